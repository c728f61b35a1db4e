"""Own reply templates, and the client last used in a draft; always scoped to their user."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.ids import is_row_id
from bot.db.models import Client, Draft, utcnow
from bot.db.models_templates import ReplyTemplate

MAX_TEMPLATES = 500  # per user; far more than a list can show, but a bound all the same
PAGE_SIZE = 8


class DuplicateName(ValueError):
    """The user already has a template of that name (compared case-blind)."""


async def count_templates(session: AsyncSession, user_id: int) -> int:
    result = await session.execute(
        select(func.count()).select_from(ReplyTemplate).where(ReplyTemplate.user_id == user_id)
    )
    return int(result.scalar_one())


async def list_templates(
    session: AsyncSession, user_id: int, page: int = 0, page_size: int = PAGE_SIZE
) -> list[ReplyTemplate]:
    result = await session.execute(
        select(ReplyTemplate)
        .where(ReplyTemplate.user_id == user_id)
        .order_by(func.lower(ReplyTemplate.name), ReplyTemplate.id)
        .offset(max(0, page) * page_size)
        .limit(page_size)
    )
    return list(result.scalars())


async def recent_templates(
    session: AsyncSession, user_id: int, limit: int = 50
) -> list[ReplyTemplate]:
    result = await session.execute(
        select(ReplyTemplate)
        .where(ReplyTemplate.user_id == user_id)
        .order_by(ReplyTemplate.updated_at.desc(), ReplyTemplate.id.desc())
        .limit(limit)
    )
    return list(result.scalars())


async def get_template(
    session: AsyncSession, user_id: int, template_id: int
) -> ReplyTemplate | None:
    if not is_row_id(template_id):
        return None
    result = await session.execute(
        select(ReplyTemplate).where(
            ReplyTemplate.id == template_id, ReplyTemplate.user_id == user_id
        )
    )
    return result.scalar_one_or_none()


async def name_taken(
    session: AsyncSession, user_id: int, name: str, except_id: int | None = None
) -> bool:
    query = select(ReplyTemplate.id).where(
        ReplyTemplate.user_id == user_id, func.lower(ReplyTemplate.name) == name.lower()
    )
    if except_id is not None:
        query = query.where(ReplyTemplate.id != except_id)
    return (await session.execute(query.limit(1))).first() is not None


async def free_name(session: AsyncSession, user_id: int, name: str) -> str:
    """`name`, or `name (2)`, `name (3)` … the first one not taken."""
    candidate, number = name, 2
    while await name_taken(session, user_id, candidate):
        suffix = f" ({number})"
        candidate = f"{name[: 40 - len(suffix)]}{suffix}"
        number += 1
    return candidate


async def add_template(
    session: AsyncSession, user_id: int, name: str, source: str
) -> ReplyTemplate:
    if await name_taken(session, user_id, name):
        raise DuplicateName(name)
    now = utcnow()
    template = ReplyTemplate(
        user_id=user_id, name=name, source=source, created_at=now, updated_at=now
    )
    session.add(template)
    await session.flush()
    return template


async def update_template(
    session: AsyncSession,
    template: ReplyTemplate,
    *,
    name: str | None = None,
    source: str | None = None,
) -> None:
    if name is not None:
        if await name_taken(session, template.user_id, name, except_id=template.id):
            raise DuplicateName(name)
        template.name = name
    if source is not None:
        template.source = source
    template.updated_at = utcnow()


async def delete_template(session: AsyncSession, user_id: int, template_id: int) -> bool:
    if not is_row_id(template_id):
        return False
    result = await session.execute(
        delete(ReplyTemplate).where(
            ReplyTemplate.id == template_id, ReplyTemplate.user_id == user_id
        )
    )
    return result.rowcount > 0


async def last_client(session: AsyncSession, user_id: int) -> Client | None:
    """The client of the newest draft that had one (any flow): "the client last used"."""
    result = await session.execute(
        select(Client)
        .join(Draft, Draft.client_id == Client.id)
        .where(Draft.user_id == user_id, Client.user_id == user_id)
        .order_by(Draft.updated_at.desc(), Draft.id.desc())
        .limit(1)
    )
    return result.scalar_one_or_none()
