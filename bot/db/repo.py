"""Repository functions. Each takes the session of the current unit of work and is scoped to
one user: nothing here can read or change another user's rows."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.coach.contact import Contact, columns_of
from bot.db.ids import is_row_id
from bot.db.models import Client, User, utcnow


async def get_user(session: AsyncSession, user_id: int) -> User | None:
    return await session.get(User, user_id)


async def ensure_user(
    session: AsyncSession,
    user_id: int,
    chat_id: int | None,
    language: str,
    checkin_time: str,
    capacity_hours: int,
) -> User:
    user = await session.get(User, user_id)
    if user is None:
        user = User(
            id=user_id,
            chat_id=chat_id,
            language=language,
            checkin_time=checkin_time,
            capacity_hours=capacity_hours,
            created_at=utcnow(),
        )
        session.add(user)
        await session.flush()
    elif chat_id is not None and user.chat_id != chat_id:
        user.chat_id = chat_id
    return user


async def mark_onboarded(session: AsyncSession, user: User) -> None:
    if user.onboarded_at is None:
        user.onboarded_at = utcnow()


async def list_clients(session: AsyncSession, user_id: int) -> list[Client]:
    result = await session.execute(
        select(Client).where(Client.user_id == user_id).order_by(func.lower(Client.name))
    )
    return list(result.scalars())


async def count_clients(session: AsyncSession, user_id: int) -> int:
    result = await session.execute(select(func.count()).where(Client.user_id == user_id))
    return int(result.scalar_one())


async def get_client(session: AsyncSession, user_id: int, client_id: int) -> Client | None:
    if not is_row_id(client_id):
        return None
    result = await session.execute(
        select(Client).where(Client.id == client_id, Client.user_id == user_id)
    )
    return result.scalar_one_or_none()


async def add_client(session: AsyncSession, user_id: int, name: str, register: str) -> Client:
    client = Client(user_id=user_id, name=name, register=register, created_at=utcnow())
    session.add(client)
    await session.flush()
    return client


async def get_client_by_name(session: AsyncSession, user_id: int, name: str) -> Client | None:
    """A client by its exact name (names are unique per user)."""
    result = await session.execute(
        select(Client).where(Client.user_id == user_id, Client.name == name)
    )
    return result.scalar_one_or_none()


def set_contact(client: Client, contact: Contact | None) -> None:
    """The client's contact person (None: no contact person)."""
    for column, value in columns_of(contact).items():
        setattr(client, column, value)


async def delete_client(session: AsyncSession, client: Client) -> None:
    await session.delete(client)
