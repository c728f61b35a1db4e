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

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import ProcessedUpdate, utcnow

NEW, STARTED, FINISHED = "new", "started", "finished"
KEEP = timedelta(days=2)  # Telegram stops delivering an update again after 24 hours


async def claim(session: AsyncSession, update_id: int, finished: bool = False) -> str:
    """Record the update (as started, or `finished`) in the session's transaction: NEW when
    this is its first run, else what an earlier run left (STARTED or FINISHED), and nothing is
    written."""
    insert = sqlite_insert if session.bind.dialect.name == "sqlite" else pg_insert
    statement = (
        insert(ProcessedUpdate)
        .values(update_id=update_id, processed_at=utcnow(), finished=finished)
        .on_conflict_do_nothing(index_elements=[ProcessedUpdate.update_id])
        .returning(ProcessedUpdate.update_id)
    )
    if (await session.execute(statement)).first() is not None:
        return NEW
    finished = await session.scalar(
        select(ProcessedUpdate.finished).where(ProcessedUpdate.update_id == update_id)
    )
    return FINISHED if finished else STARTED


async def state_of(session: AsyncSession, update_id: int) -> str | None:
    """STARTED or FINISHED when an earlier run stored this update's effects, else None."""
    finished = await session.scalar(
        select(ProcessedUpdate.finished).where(ProcessedUpdate.update_id == update_id)
    )
    return None if finished is None else FINISHED if finished else STARTED


async def finish(session: AsyncSession, update_id: int) -> None:
    await session.execute(
        update(ProcessedUpdate).where(ProcessedUpdate.update_id == update_id).values(finished=True)
    )


async def purge(session: AsyncSession, before: datetime) -> int:
    """Forget updates older than Telegram's redelivery window."""
    result = await session.execute(delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < before))
    return result.rowcount or 0
