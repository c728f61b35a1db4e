"""Writing due rows and planning each chain's next one (check-ins, Sunday summary, self-check).

Used by bot/jobs/scheduler.py when a row is claimed, and by the flows when a user's settings change
(`reschedule_checkin`, re-exported from bot.jobs.scheduler).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.coach import schedule as rules
from bot.db import repo_checkins
from bot.db.models import User
from bot.db.models_checkins import ScheduledMessage

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from bot.jobs.scheduler import Due, Recipient

    # The next row of a chain: (key, due) from the claimed row, its person and the time it
    # counts from.
    NextRow = Callable[[Due, Recipient, datetime], tuple[str, datetime]]


def as_utc(value: datetime) -> datetime:
    from datetime import UTC

    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# --- writing rows ----------------------------------------------------------------------------------
def _insert(session: AsyncSession):
    return pg_insert if session.bind.dialect.name == "postgresql" else sqlite_insert


async def schedule_many(session: AsyncSession, rows: list[dict]) -> None:
    """Insert due rows; a (user, kind, key) that exists already is left as it is."""
    if not rows:
        return
    for row in rows:
        row.setdefault("status", "pending")
        row.setdefault("payload", {})
    # One cached statement run for many rows (executemany), not a new multi-row VALUES each time.
    statement = _insert(session)(ScheduledMessage).on_conflict_do_nothing(
        index_elements=["user_id", "kind", "key"]
    )
    await session.execute(statement, rows)


async def schedule(
    session: AsyncSession,
    user_id: int,
    kind: str,
    key: str,
    due_at: datetime,
    payload: dict | None = None,
) -> None:
    await schedule_many(
        session,
        [
            {
                "user_id": user_id,
                "kind": kind,
                "key": key,
                "due_at": as_utc(due_at),
                "payload": payload or {},
            }
        ],
    )


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


def _zone(user: User):
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
        now,
        zone,
        rules.parse_hhmm(user.checkin_time),
        rules.parse_workdays(prefs.workdays),
        prefs.paused_until,
        taken,
    )
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
def chain(kind: str, next_row: NextRow) -> Callable[..., Awaitable[None]]:
    """A `KindSpec.follow`: plan the next `kind` row for each claimed row of a user not blocked."""

    async def follow(
        session: AsyncSession, rows: list[Due], people: dict[int, Recipient], now: datetime
    ) -> None:
        planned = []
        for row in rows:
            person = people.get(row.user_id)
            if person is None or person.prefs.blocked_at is not None:
                continue
            key, due = next_row(row, person, max(now, row.due_at))
            planned.append({"user_id": row.user_id, "kind": kind, "key": key, "due_at": due})
        await schedule_many(session, planned)

    return follow


def _next_checkin(row: Due, person: Recipient, after: datetime) -> tuple[str, datetime]:
    day, due = rules.next_checkin(
        after,
        _zone(person.user),
        rules.parse_hhmm(person.user.checkin_time),
        rules.parse_workdays(person.prefs.workdays),
        person.prefs.paused_until,
        {date.fromisoformat(row.key)},
    )
    return day.isoformat(), due


def _next_weekly(_row: Due, person: Recipient, after: datetime) -> tuple[str, datetime]:
    sunday, due = rules.next_weekly_summary(after, _zone(person.user))
    return sunday.isoformat(), due


def _next_self_check(_row: Due, _person: Recipient, after: datetime) -> tuple[str, datetime]:
    due = after + rules.SELF_CHECK_EVERY
    return due.date().isoformat(), due


follow_checkins = chain("checkin", _next_checkin)
follow_weekly = chain("weekly", _next_weekly)
follow_self_checks = chain("selfcheck", _next_self_check)
