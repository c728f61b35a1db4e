"""Drafts: the say-no coach's unfinished and finished replies, always scoped to their user."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.ids import is_row_id
from bot.db.models import Draft, utcnow

HISTORY_SIZE = 10


async def create_draft(
    session: AsyncSession, user_id: int, kind: str, language: str, answers: dict
) -> Draft:
    now = utcnow()
    draft = Draft(
        user_id=user_id,
        kind=kind,
        status="open",
        language=language,
        answers=answers,
        created_at=now,
        updated_at=now,
    )
    session.add(draft)
    await session.flush()
    return draft


async def get_draft(session: AsyncSession, user_id: int, draft_id: int) -> Draft | None:
    if not is_row_id(draft_id):
        return None
    draft = await session.get(Draft, draft_id)  # read once per update (the session holds it)
    return draft if draft is not None and draft.user_id == user_id else None


async def save_answers(
    session: AsyncSession, draft: Draft, answers: dict, **fields: object
) -> None:
    draft.answers = dict(answers)
    for name, value in fields.items():
        setattr(draft, name, value)
    draft.updated_at = utcnow()


async def open_drafts(session: AsyncSession, user_id: int, kind: str = "say_no") -> list[Draft]:
    result = await session.execute(
        select(Draft)
        .where(Draft.user_id == user_id, Draft.status == "open", Draft.kind == kind)
        .order_by(Draft.updated_at.desc())
        .limit(5)
    )
    return list(result.scalars())


async def recent_drafts(
    session: AsyncSession, user_id: int, limit: int = HISTORY_SIZE
) -> list[Draft]:
    result = await session.execute(
        select(Draft)
        .where(Draft.user_id == user_id, Draft.text.is_not(None))
        .order_by(Draft.updated_at.desc())
        .limit(limit)
    )
    return list(result.scalars())


async def delete_draft(session: AsyncSession, user_id: int, draft_id: int) -> bool:
    if not is_row_id(draft_id):
        return False
    result = await session.execute(
        delete(Draft).where(Draft.id == draft_id, Draft.user_id == user_id)
    )
    return result.rowcount > 0
