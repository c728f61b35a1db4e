"""Due messages as rows: check-ins, weekly summaries, self-checks, and any later kind
(the gatekeeper follow-ups register theirs with `register_kind`).

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
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError

from bot.coach import schedule as rules
from bot.db import repo_checkins
from bot.db.models import User
from bot.db.models_checkins import CheckinPrefs, ScheduledMessage

log = logging.getLogger(__name__)
INTERVAL_SECONDS = 30
BATCH = 100
LOST_AFTER = timedelta(minutes=15)  # a row claimed this long ago by a dead process: never resent


def utc_now() -> datetime:
    return datetime.now(UTC)


def clock_of(application: Any) -> Callable[[], datetime]:
    """The application's clock; tests replace `application.clock` to simulate days."""
    return getattr(application, "clock", None) or utc_now


def as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


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


Sender = Callable[[Any, Due, Recipient, datetime], Awaitable[str]]  # "sent" or "skipped"
Follow = Callable[[AsyncSession, list[Due], dict[int, Recipient], datetime], Awaitable[None]]


@dataclass
class KindSpec:
    send: Sender
    grace: timedelta
    follow: Follow | None = None  # schedules the chain's next row when one is claimed


KINDS: dict[str, KindSpec] = {}


def register_kind(kind: str, spec: KindSpec) -> None:
    KINDS[kind] = spec


@dataclass
class DispatchStats:
    sent: int = 0
    skipped: int = 0
    failed: int = 0
    claimed: int = 0
    claim_seconds: list[float] = field(default_factory=list)


# --- writing rows ----------------------------------------------------------------------------------
def _insert(session: AsyncSession):  # noqa: ANN202
    return pg_insert if session.bind.dialect.name == "postgresql" else sqlite_insert


async def schedule_many(session: AsyncSession, rows: list[dict]) -> None:
    """Insert due rows; a (user, kind, key) that exists already is left as it is."""
    if not rows:
        return
    for row in rows:
        row.setdefault("status", "pending")
        row.setdefault("payload", {})
    statement = _insert(session)(ScheduledMessage).values(rows)
    await session.execute(
        statement.on_conflict_do_nothing(index_elements=["user_id", "kind", "key"])
    )


async def schedule(
    session: AsyncSession, user_id: int, kind: str, key: str, due_at: datetime,
    payload: dict | None = None,
) -> None:  # fmt: skip
    await schedule_many(
        session,
        [{"user_id": user_id, "kind": kind, "key": key, "due_at": as_utc(due_at),
          "payload": payload or {}}],
    )  # fmt: skip


async def cancel_pending(session: AsyncSession, user_id: int, kind: str | None = None) -> None:
    statement = delete(ScheduledMessage).where(
        ScheduledMessage.user_id == user_id, ScheduledMessage.status == "pending"
    )
    if kind is not None:
        statement = statement.where(ScheduledMessage.kind == kind)
    await session.execute(statement)


async def _used_keys(session: AsyncSession, user_id: int, kind: str) -> set[str]:
    result = await session.execute(
        select(ScheduledMessage.key).where(
            ScheduledMessage.user_id == user_id, ScheduledMessage.kind == kind
        )
    )
    return set(result.scalars())


def _zone(user: User):  # noqa: ANN202
    return rules.zone_of(user.timezone, user.language)


async def reschedule_checkin(session: AsyncSession, user: User, now: datetime) -> date:
    """(Re)plan the user's next check-in after onboarding or a change of time zone, check-in time,
    work days or pause; also makes sure the Sunday summary and the self-check are planned.
    Returns the local day of the next check-in."""
    now = as_utc(now)
    prefs = await repo_checkins.get_prefs(session, user.id)
    prefs.blocked_at = None  # whoever changes their settings is talking to us
    zone = _zone(user)
    await cancel_pending(session, user.id, "checkin")
    used = await _used_keys(session, user.id, "checkin")
    taken = {date.fromisoformat(key) for key in used}
    taken |= set(await repo_checkins.planned_days_off(session, user.id, now.date() - timedelta(1)))
    day, due = rules.next_checkin(
        now, zone, rules.parse_hhmm(user.checkin_time), rules.parse_workdays(prefs.workdays),
        prefs.paused_until, taken,
    )  # fmt: skip
    await schedule(session, user.id, "checkin", day.isoformat(), due)
    await cancel_pending(session, user.id, "weekly")
    weekly_used = await _used_keys(session, user.id, "weekly")
    after = now
    while True:
        sunday, weekly_due = rules.next_weekly_summary(after, zone)
        if sunday.isoformat() not in weekly_used:
            break
        after = weekly_due
    await schedule(session, user.id, "weekly", sunday.isoformat(), weekly_due)
    if not await _has_pending(session, user.id, "selfcheck"):
        first = now + rules.SELF_CHECK_EVERY
        await schedule(session, user.id, "selfcheck", first.date().isoformat(), first)
    return day


async def _has_pending(session: AsyncSession, user_id: int, kind: str) -> bool:
    result = await session.execute(
        select(ScheduledMessage.id).where(
            ScheduledMessage.user_id == user_id,
            ScheduledMessage.kind == kind,
            ScheduledMessage.status == "pending",
        )
    )
    return result.first() is not None


# --- the chains: what follows a claimed row ---------------------------------------------------------
async def follow_checkins(
    session: AsyncSession, rows: list[Due], people: dict[int, Recipient], now: datetime
) -> None:
    planned: list[dict] = []
    for row in rows:
        person = people.get(row.user_id)
        if person is None or person.prefs.blocked_at is not None:
            continue
        zone = _zone(person.user)
        taken = {date.fromisoformat(row.key)}
        day, due = rules.next_checkin(
            max(now, row.due_at), zone, rules.parse_hhmm(person.user.checkin_time),
            rules.parse_workdays(person.prefs.workdays), person.prefs.paused_until, taken,
        )  # fmt: skip
        planned.append({"user_id": row.user_id, "kind": "checkin", "key": day.isoformat(),
                        "due_at": due})  # fmt: skip
    await schedule_many(session, planned)


async def follow_weekly(
    session: AsyncSession, rows: list[Due], people: dict[int, Recipient], now: datetime
) -> None:
    planned = []
    for row in rows:
        person = people.get(row.user_id)
        if person is None or person.prefs.blocked_at is not None:
            continue
        sunday, due = rules.next_weekly_summary(max(now, row.due_at), _zone(person.user))
        planned.append({"user_id": row.user_id, "kind": "weekly", "key": sunday.isoformat(),
                        "due_at": due})  # fmt: skip
    await schedule_many(session, planned)


async def follow_self_checks(
    session: AsyncSession, rows: list[Due], people: dict[int, Recipient], now: datetime
) -> None:
    planned = []
    for row in rows:
        person = people.get(row.user_id)
        if person is None or person.prefs.blocked_at is not None:
            continue
        due = max(now, row.due_at) + rules.SELF_CHECK_EVERY
        planned.append({"user_id": row.user_id, "kind": "selfcheck",
                        "key": due.date().isoformat(), "due_at": due})  # fmt: skip
    await schedule_many(session, planned)


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
    if session.bind.dialect.name == "postgresql":
        due = due.with_for_update(skip_locked=True)
    statement = (
        update(table)
        .where(table.id.in_(due.scalar_subquery()), table.status == "pending")
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
    except Exception:  # noqa: BLE001 - one bad row must not stop the others
        log.exception("sending %s %s failed", row.kind, row.id)
        return "failed"


async def _record(session: AsyncSession, rows: list[Due], outcomes: list[str], now: datetime):  # noqa: ANN202
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
            .where(ScheduledMessage.status == "sending",
                   ScheduledMessage.claimed_at < now - LOST_AFTER)
            .values(status="failed")
        )  # fmt: skip


async def dispatcher_job(context: Any) -> None:
    await dispatch_due(context.application)


def install(application: Any, interval: float = INTERVAL_SECONDS) -> None:
    """Run the dispatcher as a repeating PTB job (when the application has a JobQueue)."""
    if application.job_queue is not None:
        application.job_queue.run_repeating(
            dispatcher_job, interval=interval, first=5, name="scheduler",
            job_kwargs={"max_instances": 1, "coalesce": True, "misfire_grace_time": None},
        )  # fmt: skip
