"""Drafts and notes older than the retention (RETENTION_DAYS, default 180) are purged.

A draft goes whole; a note is emptied and the rest of its row (hours, a call's outcome) stays,
so reports keep working. The update ledger's old rows go too. Runs a minute after start and then
every six hours.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from sqlalchemy import Date, delete, update
from telegram.ext import Application, ContextTypes

from bot.db import ledger
from bot.db.models import Base

log = logging.getLogger(__name__)
INTERVAL = timedelta(hours=6)
# (table, column that dates the row, column to empty — or None to delete the row)
RULES = (
    ("drafts", "updated_at", None),
    ("checkin_days", "day", "note"),
    ("call_logs", "created_at", "note"),
)


async def purge(application: Application, now: datetime | None = None) -> int:
    """Apply the retention once; returns how many rows were deleted or emptied."""
    days = application.settings.retention_days  # type: ignore[attr-defined]
    cutoff = (now or datetime.now(UTC)) - timedelta(days=days)
    touched = 0
    async with application.database.sessions.begin() as session:  # type: ignore[attr-defined]
        for table_name, dated_by, column in RULES:
            table = Base.metadata.tables.get(table_name)
            if table is None:
                continue
            dated = table.c[dated_by]
            limit = cutoff.date() if isinstance(dated.type, Date) else cutoff
            if column is None:
                statement = delete(table).where(dated < limit)
            else:
                statement = (
                    update(table)
                    .where(dated < limit, table.c[column].is_not(None))
                    .values({column: None})
                )
            touched += (await session.execute(statement)).rowcount or 0
        # Not user data: the update ledger only has to outlive Telegram's redelivery (a day).
        await ledger.purge(session, (now or datetime.now(UTC)) - ledger.KEEP)
    if touched:
        log.info("retention: purged %d old drafts or notes", touched)
    return touched


async def _purge_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await purge(context.application)


def register(application: Application) -> None:
    if application.job_queue is not None:
        application.job_queue.run_repeating(
            _purge_job, interval=INTERVAL, first=60, name="retention"
        )
