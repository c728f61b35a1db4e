"""The update ledger: which updates' effects are stored, so a redelivered one never runs twice.

Telegram delivers an update again until the bot acknowledges it (polling: the next offset;
webhook: a 200). A crash can come between storing an update's effects and acknowledging it. So
the update's id is written in the same transaction as its first effects (`claim`, called by
the unit of work before its first commit), and marked finished in its last one (`finish`). A
redelivered update then finds its row: finished, it is skipped; started, its effects are kept
and the user is asked the open step again.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import ProcessedUpdate, utcnow

NEW, STARTED, FINISHED = "new", "started", "finished"
KEEP = timedelta(days=2)  # Telegram stops delivering an update again after 24 hours


# Every update reads and writes its row: plain SQL (no ORM statement to build and compile)
# keeps that to tens of microseconds. In each dialect's own parameter style.
SQL = {
    "sqlite": {
        "state": "SELECT finished FROM processed_updates WHERE update_id = ?",
        "claim": "INSERT INTO processed_updates (update_id, processed_at, finished) VALUES (?, ?, ?) "
        "ON CONFLICT (update_id) DO NOTHING RETURNING update_id",
        "finish": "UPDATE processed_updates SET finished = 1 WHERE update_id = ?",
        "newest": "SELECT max(update_id) FROM processed_updates",
    },
    "postgresql": {
        "state": "SELECT finished FROM processed_updates WHERE update_id = $1",
        "claim": "INSERT INTO processed_updates (update_id, processed_at, finished) VALUES ($1, $2, $3) "
        "ON CONFLICT (update_id) DO NOTHING RETURNING update_id",
        "finish": "UPDATE processed_updates SET finished = true WHERE update_id = $1",
        "newest": "SELECT max(update_id) FROM processed_updates",
    },
}


async def _run(session: AsyncSession, statement: str, *parameters: object):
    connection = await session.connection()
    dialect = connection.dialect.name
    if dialect == "sqlite":  # stored as SQLAlchemy's SQLite types store them
        parameters = tuple(_sqlite_value(value) for value in parameters)
    return await connection.exec_driver_sql(SQL[dialect][statement], parameters)


def _sqlite_value(value: object) -> object:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    return int(value) if isinstance(value, bool) else value


async def claim(session: AsyncSession, update_id: int, finished: bool = False) -> str:
    """Record the update (as started, or `finished`) in the session's transaction: NEW when
    this is its first run, else what an earlier run left (STARTED or FINISHED), and nothing is
    written."""
    if (await _run(session, "claim", update_id, utcnow(), finished)).first() is not None:
        return NEW
    return await state_of(session, update_id) or STARTED


async def state_of(session: AsyncSession, update_id: int) -> str | None:
    """STARTED or FINISHED when an earlier run stored this update's effects, else None."""
    row = (await _run(session, "state", update_id)).first()
    return None if row is None else FINISHED if row[0] else STARTED


async def newest(session: AsyncSession) -> int:
    """The highest update id stored (0 for none): Telegram's ids only grow, so a higher one has
    never been handled."""
    row = (await _run(session, "newest")).first()
    return int(row[0]) if row and row[0] is not None else 0


async def finish(session: AsyncSession, update_id: int) -> None:
    await _run(session, "finish", update_id)


async def purge(session: AsyncSession, before: datetime) -> int:
    """Forget updates older than Telegram's redelivery window."""
    result = await session.execute(
        delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < before)
    )
    return result.rowcount or 0
