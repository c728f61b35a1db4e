"""Repository functions of the workload capability. Each takes the session and a user id and
never reads or changes another user's rows."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.coach.workload import Day
from bot.db.ids import is_row_id
from bot.db.models import utcnow
from bot.db.models_checkins import CheckinDay, CheckinPrefs, SelfCheck, WorkloadAlert, WorkLog


async def get_prefs(session: AsyncSession, user_id: int) -> CheckinPrefs:
    prefs = await session.get(CheckinPrefs, user_id)
    if prefs is None:
        prefs = CheckinPrefs(user_id=user_id, workdays="12345", weekly_summary=True)
        session.add(prefs)
        await session.flush()
    return prefs


# --- hours ------------------------------------------------------------------------------------------
async def day_minutes(session: AsyncSession, user_id: int, day: date) -> dict[int | None, int]:
    rows = await session.execute(
        select(WorkLog.client_id, WorkLog.minutes).where(
            WorkLog.user_id == user_id, WorkLog.day == day
        )
    )
    result: dict[int | None, int] = {}
    for client_id, minutes in rows:
        result[client_id] = result.get(client_id, 0) + minutes
    return result


async def set_hours(
    session: AsyncSession,
    user_id: int,
    day: date,
    client_id: int | None,
    minutes: int,
    add: bool = False,
) -> tuple[int, int]:
    """Set (or with `add`, increase) the minutes of one client on one day: (old, new)."""
    rows = list(
        (
            await session.execute(
                select(WorkLog).where(
                    WorkLog.user_id == user_id,
                    WorkLog.day == day,
                    WorkLog.client_id.is_(None)
                    if client_id is None
                    else WorkLog.client_id == client_id,
                )
            )
        ).scalars()
    )
    old = sum(row.minutes for row in rows)
    new = old + minutes if add else minutes
    for extra in rows[1:]:
        await session.delete(extra)
    if rows:
        rows[0].minutes, rows[0].updated_at = new, utcnow()
    else:
        session.add(
            WorkLog(user_id=user_id, day=day, client_id=client_id, minutes=new, updated_at=utcnow())
        )
    await session.flush()
    return old, new


async def clear_day(session: AsyncSession, user_id: int, day: date) -> None:
    await session.execute(delete(WorkLog).where(WorkLog.user_id == user_id, WorkLog.day == day))


# --- energy, stress, note ----------------------------------------------------------------------------
async def get_day(session: AsyncSession, user_id: int, day: date) -> CheckinDay | None:
    result = await session.execute(
        select(CheckinDay).where(CheckinDay.user_id == user_id, CheckinDay.day == day)
    )
    return result.scalar_one_or_none()


async def ensure_day(session: AsyncSession, user_id: int, day: date) -> CheckinDay:
    row = await get_day(session, user_id, day)
    if row is None:
        row = CheckinDay(user_id=user_id, day=day, day_off=False, updated_at=utcnow())
        session.add(row)
        await session.flush()
    return row


async def planned_days_off(session: AsyncSession, user_id: int, start: date) -> list[date]:
    result = await session.execute(
        select(CheckinDay.day).where(
            CheckinDay.user_id == user_id, CheckinDay.day >= start, CheckinDay.day_off.is_(True)
        )
    )
    return list(result.scalars())


async def load_days(session: AsyncSession, user_id: int, start: date, end: date) -> dict[date, Day]:
    days: dict[date, Day] = {}
    logs = await session.execute(
        select(WorkLog.day, WorkLog.client_id, WorkLog.minutes).where(
            WorkLog.user_id == user_id, WorkLog.day >= start, WorkLog.day <= end
        )
    )
    for day, client_id, minutes in logs:
        entry = days.setdefault(day, Day(day, minutes=0))
        entry.minutes = (entry.minutes or 0) + minutes
        entry.per_client[client_id] = entry.per_client.get(client_id, 0) + minutes
    checkins = await session.execute(
        select(CheckinDay).where(
            CheckinDay.user_id == user_id, CheckinDay.day >= start, CheckinDay.day <= end
        )
    )
    for row in checkins.scalars():
        entry = days.setdefault(row.day, Day(row.day, minutes=0 if row.day_off else None))
        entry.energy, entry.stress = row.energy, row.stress
    return days


async def batch_context(session: AsyncSession, user_ids: set[int], days: set[date]) -> dict:
    """For the scheduler: per user, ({day: {client: minutes}}, [(client id, name)], {day: row})."""
    from bot.db.models import Client

    result: dict[int, tuple[dict, list, dict]] = {uid: ({}, [], {}) for uid in user_ids}
    logs = await session.execute(
        select(WorkLog.user_id, WorkLog.day, WorkLog.client_id, WorkLog.minutes).where(
            WorkLog.user_id.in_(user_ids), WorkLog.day.in_(days)
        )
    )
    for user_id, day, client_id, minutes in logs:
        per_day = result[user_id][0].setdefault(day, {})
        per_day[client_id] = per_day.get(client_id, 0) + minutes
    clients = await session.execute(
        select(Client.user_id, Client.id, Client.name)
        .where(Client.user_id.in_(user_ids))
        .order_by(func.lower(Client.name))
    )
    for user_id, client_id, name in clients:
        result[user_id][1].append((client_id, name))
    rows = await session.execute(
        select(CheckinDay).where(CheckinDay.user_id.in_(user_ids), CheckinDay.day.in_(days))
    )
    for row in rows.scalars():
        result[row.user_id][2][row.day] = row
    return result


# --- warnings ------------------------------------------------------------------------------------------
async def last_alerts(session: AsyncSession, user_id: int, since: date) -> dict[str, date]:
    result = await session.execute(
        select(WorkloadAlert.rule, func.max(WorkloadAlert.day))
        .where(WorkloadAlert.user_id == user_id, WorkloadAlert.day >= since)
        .group_by(WorkloadAlert.rule)
    )
    return {rule: day for rule, day in result}


async def alert_sent_on(session: AsyncSession, user_id: int, day: date) -> bool:
    result = await session.execute(
        select(WorkloadAlert.id).where(WorkloadAlert.user_id == user_id, WorkloadAlert.day == day)
    )
    return result.first() is not None


async def record_alert(session: AsyncSession, user_id: int, day: date, rule: str) -> None:
    session.add(WorkloadAlert(user_id=user_id, day=day, rule=rule, sent_at=utcnow()))
    await session.flush()


# --- self-checks --------------------------------------------------------------------------------------
async def start_self_check(session: AsyncSession, user_id: int, now: datetime) -> SelfCheck:
    check = SelfCheck(user_id=user_id, started_at=now, answers=[])
    session.add(check)
    await session.flush()
    return check


async def get_self_check(session: AsyncSession, user_id: int, check_id: int) -> SelfCheck | None:
    if not is_row_id(check_id):
        return None
    result = await session.execute(
        select(SelfCheck).where(SelfCheck.id == check_id, SelfCheck.user_id == user_id)
    )
    return result.scalar_one_or_none()


async def completed_self_checks(
    session: AsyncSession, user_id: int, limit: int = 4
) -> list[SelfCheck]:
    result = await session.execute(
        select(SelfCheck)
        .where(SelfCheck.user_id == user_id, SelfCheck.completed_at.is_not(None))
        .order_by(SelfCheck.completed_at.desc())
        .limit(limit)
    )
    return list(result.scalars())


def week_bounds(day: date) -> tuple[date, date]:
    start = day - timedelta(days=day.weekday())
    return start, start + timedelta(days=6)


# --- check-ins asked ------------------------------------------------------------------------------
async def checkins_sent(session: AsyncSession, user_id: int, days: list[date]) -> set[date]:
    """Which of `days` had their scheduled check-in sent (typed hours may answer it)."""
    from bot.db.models_checkins import ScheduledMessage

    result = await session.execute(
        select(ScheduledMessage.key).where(
            ScheduledMessage.user_id == user_id,
            ScheduledMessage.kind == "checkin",
            ScheduledMessage.status == "sent",
            ScheduledMessage.key.in_([day.isoformat() for day in days]),
        )
    )
    return {date.fromisoformat(key) for key in result.scalars()}
