"""Everything the bot keeps about one user, found through the schema itself: every table with a
`user_id` column (and `users` by its id). A table added later is exported and deleted too."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Base


def user_tables() -> list[tuple[Table, str]]:
    """(table, column holding the user id), children before parents."""
    tables = []
    for table in reversed(Base.metadata.sorted_tables):
        if table.name == "users":
            tables.append((table, "id"))
        elif "user_id" in table.columns:
            tables.append((table, "user_id"))
    return tables


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


async def export_user(session: AsyncSession, user_id: int) -> dict[str, list[dict]]:
    """Every row of this user, table by table, as JSON-ready dictionaries."""
    export: dict[str, list[dict]] = {}
    for table, column in reversed(user_tables()):
        rows = (await session.execute(select(table).where(table.c[column] == user_id))).mappings()
        export[table.name] = [{key: _plain(value) for key, value in row.items()} for row in rows]
    return export


async def delete_user(session: AsyncSession, user_id: int) -> int:
    """Delete every row of this user; returns how many rows went."""
    removed = 0
    for table, column in user_tables():
        result = await session.execute(delete(table).where(table.c[column] == user_id))
        removed += result.rowcount or 0
    return removed
