"""Due messages as rows: check-ins, weekly summaries, self-checks, and any later kind
(each feature registers its kinds with `register_kinds`, from its setup.py).

    schedule()/reschedule_checkin() ──▶ scheduled_messages (pending, due_at UTC, indexed)
    dispatch_due() every ~30 s:  claim due rows (pending -> sending, FOR UPDATE SKIP LOCKED on
        PostgreSQL; one UPDATE ... RETURNING on SQLite), schedule each chain's next row in the
        same transaction, send through the bot (PTB's rate limiter paces it), mark sent/skipped.

A claimed row is never claimed again, so nothing is sent twice, also with two processes on one
PostgreSQL. A row found later than its kind's grace window is skipped, not sent. A user who
blocked the bot gets no more rows until they come back (/start or /resume).
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError

from bot.db import repo_checkins
from bot.db.models import User
from bot.db.models_checkins import CheckinPrefs, ScheduledMessage
from bot.jobs.schedule_rows import (  # noqa: F401 - re-exported for flows and kinds
    as_utc,
    cancel_pending,
    follow_checkins,
    follow_self_checks,
    follow_weekly,
    reschedule_checkin,
    schedule,
    schedule_many,
)

log = logging.getLogger(__name__)
INTERVAL_SECONDS = 30
BATCH = 100
LOST_AFTER = timedelta(minutes=15)  # a row claimed this long ago by a dead process: never resent


def utc_now() -> datetime:
    return datetime.now(UTC)


def clock_of(application: Any) -> Callable[[], datetime]:
    """The application's clock; tests replace `application.clock` to simulate days."""
    return getattr(application, "clock", None) or utc_now


@dataclass(frozen=True)
class Due:
    id: int
    user_id: int
    kind: str
    key: str
    due_at: datetime
    payload: dict


@dataclass
class Recipient:
    user: User
    prefs: CheckinPrefs
    extra: dict = field(default_factory=dict)  # what a kind's `prepare` loaded for the batch


Sender = Callable[[Any, Due, Recipient, datetime], Awaitable[str]]  # "sent" or "skipped"
Follow = Callable[[AsyncSession, list[Due], dict[int, Recipient], datetime], Awaitable[None]]


@dataclass
class KindSpec:
    send: Sender
    grace: timedelta
    follow: Follow | None = None  # schedules the chain's next row when one is claimed
    prepare: Follow | None = None  # loads what the sender needs for the whole batch at once


KINDS: dict[str, KindSpec] = {}


def register_kinds(kinds: dict[str, KindSpec]) -> None:
    """A feature's scheduled messages (its setup.py registers them)."""
    KINDS.update(kinds)


@dataclass
class DispatchStats:
    sent: int = 0
    skipped: int = 0
    failed: int = 0
    claimed: int = 0
    claim_seconds: list[float] = field(default_factory=list)


# --- claiming and sending ---------------------------------------------------------------------------
async def claim_due(session: AsyncSession, now: datetime, limit: int, worker: str) -> list[Due]:
    """Mark up to `limit` due rows as ours (pending -> sending) and return them."""
    table = ScheduledMessage
    due = (
        select(table.id)
        .where(table.status == "pending", table.due_at <= now)
        .order_by(table.due_at)
        .limit(limit)
    )
    claimable = table.id.in_(due.scalar_subquery())
    if session.bind.dialect.name == "postgresql":
        due = due.with_for_update(skip_locked=True)
        claimable = table.id.in_(due.scalar_subquery()) & (table.status == "pending")
    # (SQLite runs the statement under its one write lock; a second status test there would make
    # it scan the status index instead of looking the ids up by primary key.)
    statement = (
        update(table)
        .where(claimable)
        .values(status="sending", claimed_by=worker, claimed_at=now)
        .returning(table.id, table.user_id, table.kind, table.key, table.due_at, table.payload)
        .execution_options(synchronize_session=False)
    )
    result = await session.execute(statement)
    return [Due(r.id, r.user_id, r.kind, r.key, as_utc(r.due_at), r.payload or {}) for r in result]


async def load_recipients(session: AsyncSession, user_ids: set[int]) -> dict[int, Recipient]:
    users = await session.execute(select(User).where(User.id.in_(user_ids)))
    prefs = await session.execute(select(CheckinPrefs).where(CheckinPrefs.user_id.in_(user_ids)))
    by_user = {p.user_id: p for p in prefs.scalars()}
    people = {}
    for user in users.scalars():
        if user.id not in by_user:
            by_user[user.id] = await repo_checkins.get_prefs(session, user.id)
        people[user.id] = Recipient(user, by_user[user.id])
    return people


async def _send_one(application: Any, row: Due, person: Recipient | None, now: datetime) -> str:
    spec = KINDS.get(row.kind)
    if spec is None or person is None or person.user.chat_id is None:
        return "skipped"
    if person.prefs.blocked_at is not None:
        return "skipped"
    if now - row.due_at > spec.grace:
        return "skipped"  # missed while we were down, and too late to still be useful
    try:
        return await spec.send(application, row, person, now)
    except RetryAfter:
        return "retry"
    except Forbidden:
        return "blocked"
    except BadRequest as error:
        return "blocked" if "chat not found" in error.message.lower() else "failed"
    except TelegramError as error:
        log.warning("sending %s %s failed: %s", row.kind, row.id, type(error).__name__)
        return "failed"  # it may have arrived: never resent
    except Exception:
        log.exception("sending %s %s failed", row.kind, row.id)
        return "failed"


async def _record(session: AsyncSession, rows: list[Due], outcomes: list[str], now: datetime):
    by_status: dict[str, list[int]] = {}
    blocked: set[int] = set()
    for row, outcome in zip(rows, outcomes, strict=True):
        if outcome == "blocked":
            blocked.add(row.user_id)
            outcome = "failed"
        by_status.setdefault(outcome, []).append(row.id)
    table = ScheduledMessage
    for status, ids in by_status.items():
        values: dict[str, Any] = {"status": status}
        if status == "sent":
            values["sent_at"] = now
        if status == "retry":
            values = {"status": "pending", "claimed_by": None, "claimed_at": None}
        await session.execute(update(table).where(table.id.in_(ids)).values(**values))
    for user_id in blocked:
        (await repo_checkins.get_prefs(session, user_id)).blocked_at = now
        await cancel_pending(session, user_id)
        log.info("a user blocked the bot: their scheduled messages are paused")


async def dispatch_due(
    application: Any,
    now: Callable[[], datetime] | None = None,
    batch: int = BATCH,
    budget_seconds: float = INTERVAL_SECONDS * 0.8,
    worker: str | None = None,
) -> DispatchStats:
    """Send what is due, batch by batch, until nothing is due or the time budget is used."""
    clock = now or clock_of(application)
    worker = worker or f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
    sessions = application.database.sessions
    stats = DispatchStats()
    started = time.monotonic()
    while time.monotonic() - started < budget_seconds:
        current = as_utc(clock())
        async with sessions.begin() as session:
            claim_started = time.perf_counter()
            rows = await claim_due(session, current, batch, worker)
            stats.claim_seconds.append(time.perf_counter() - claim_started)
            if not rows:
                break
            people = await load_recipients(session, {row.user_id for row in rows})
            for kind, spec in KINDS.items():
                mine = [row for row in rows if row.kind == kind]
                if mine and spec.follow is not None:
                    await spec.follow(session, mine, people, current)
                if mine and spec.prepare is not None:
                    await spec.prepare(session, mine, people, current)
        stats.claimed += len(rows)
        outcomes = await asyncio.gather(
            *(_send_one(application, row, people.get(row.user_id), current) for row in rows)
        )
        async with sessions.begin() as session:
            await _record(session, rows, list(outcomes), current)
        stats.sent += outcomes.count("sent")
        stats.skipped += outcomes.count("skipped")
        stats.failed += len(outcomes) - outcomes.count("sent") - outcomes.count("skipped")
    await _sweep_lost(sessions, as_utc(clock()))
    return stats


async def _sweep_lost(sessions: Any, now: datetime) -> None:
    async with sessions.begin() as session:
        await session.execute(
            update(ScheduledMessage)
            .where(
                ScheduledMessage.status == "sending", ScheduledMessage.claimed_at < now - LOST_AFTER
            )
            .values(status="failed")
        )


async def dispatcher_job(context: Any) -> None:
    await dispatch_due(context.application)


def install(application: Any, interval: float = INTERVAL_SECONDS) -> None:
    """Run the dispatcher as a repeating PTB job (when the application has a JobQueue)."""
    if application.job_queue is not None:
        application.job_queue.run_repeating(
            dispatcher_job,
            interval=interval,
            first=5,
            name="scheduler",
            job_kwargs={"max_instances": 1, "coalesce": True, "misfire_grace_time": None},
        )
