"""Due messages as rows: local times across daylight-saving switches, late sends within the grace
window, never twice (also with two dispatchers on one PostgreSQL), blocked users paused."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from bot.coach.schedule import local_to_utc, next_checkin, next_weekly_summary
from bot.db.models import User
from bot.db.models_checkins import CheckinPrefs, ScheduledMessage
from bot.jobs.scheduler import dispatch_due, reschedule_checkin
from bot.offline.telegram_offline import BotAPIError

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
WEEKDAYS = {1, 2, 3, 4, 5}
EVERY_DAY = {1, 2, 3, 4, 5, 6, 7}


# --- pure: local wall-clock time to UTC ---------------------------------------------------------
def test_berlin_march_switch_keeps_local_time():
    # DST starts Sunday 30 March 2025: 17:30 local is 16:30 UTC before, 15:30 UTC after.
    day, due = next_checkin(
        datetime(2025, 3, 29, 17, 0, tzinfo=UTC), BERLIN, time(17, 30), EVERY_DAY
    )
    assert (day, due) == (date(2025, 3, 30), datetime(2025, 3, 30, 15, 30, tzinfo=UTC))
    _day, before = next_checkin(
        datetime(2025, 3, 28, 12, tzinfo=UTC), BERLIN, time(17, 30), EVERY_DAY
    )
    assert before == datetime(2025, 3, 28, 16, 30, tzinfo=UTC)


def test_berlin_october_switch_keeps_local_time():
    # DST ends Sunday 26 October 2025.
    _d, before = next_checkin(
        datetime(2025, 10, 25, 12, tzinfo=UTC), BERLIN, time(17, 30), EVERY_DAY
    )
    _d, after = next_checkin(
        datetime(2025, 10, 26, 12, tzinfo=UTC), BERLIN, time(17, 30), EVERY_DAY
    )
    assert before == datetime(2025, 10, 25, 15, 30, tzinfo=UTC)
    assert after == datetime(2025, 10, 26, 16, 30, tzinfo=UTC)


def test_nonexistent_and_ambiguous_local_times():
    # 02:30 does not exist on 30 March in Berlin: it moves forward by the gap (03:30 CEST).
    assert local_to_utc(date(2025, 3, 30), time(2, 30), BERLIN) == datetime(
        2025, 3, 30, 1, 30, tzinfo=UTC
    )
    # 02:30 exists twice on 26 October: the first one (CEST) is taken.
    assert local_to_utc(date(2025, 10, 26), time(2, 30), BERLIN) == datetime(
        2025, 10, 26, 0, 30, tzinfo=UTC
    )


def test_new_york_switches_on_its_own_dates():
    # US DST 2025: 9 March and 2 November. 18:00 local -> 23:00 UTC (EST) / 22:00 UTC (EDT).
    _d, before = next_checkin(datetime(2025, 3, 7, 12, tzinfo=UTC), NEW_YORK, time(18), WEEKDAYS)
    _d, after = next_checkin(datetime(2025, 3, 9, 12, tzinfo=UTC), NEW_YORK, time(18), WEEKDAYS)
    assert before == datetime(2025, 3, 7, 23, 0, tzinfo=UTC)
    assert after == datetime(2025, 3, 10, 22, 0, tzinfo=UTC)  # Monday, already EDT
    _d, november = next_checkin(datetime(2025, 11, 3, 12, tzinfo=UTC), NEW_YORK, time(18), WEEKDAYS)
    assert november == datetime(2025, 11, 3, 23, 0, tzinfo=UTC)


def test_weekends_pause_and_taken_days_are_skipped():
    friday_evening = datetime(2025, 3, 14, 18, tzinfo=UTC)
    day, _ = next_checkin(friday_evening, BERLIN, time(17, 30), WEEKDAYS)
    assert day == date(2025, 3, 17)
    day, _ = next_checkin(
        friday_evening, BERLIN, time(17, 30), WEEKDAYS, paused_until=date(2025, 3, 21)
    )
    assert day == date(2025, 3, 24)
    day, _ = next_checkin(friday_evening, BERLIN, time(17, 30), WEEKDAYS, taken={date(2025, 3, 17)})
    assert day == date(2025, 3, 18)


def test_weekly_summary_is_sunday_evening():
    sunday, due = next_weekly_summary(datetime(2025, 3, 12, 9, tzinfo=UTC), BERLIN)
    assert sunday == date(2025, 3, 16) and due == datetime(2025, 3, 16, 17, 0, tzinfo=UTC)


# --- with a database and the offline Bot API -----------------------------------------------------
async def add_users(
    bot, count: int, zone: str = "Europe/Berlin", at: str = "17:30", start: int = 500_000
):
    async with bot.app.database.sessions.begin() as session:
        users = []
        for index in range(count):
            user = User(
                id=start + index,
                chat_id=start + index,
                language="en",
                timezone=zone,
                checkin_time=at,
                capacity_hours=40,
                onboarded_at=datetime(2025, 1, 1, tzinfo=UTC),
                created_at=datetime(2025, 1, 1, tzinfo=UTC),
            )
            session.add(user)
            users.append(user)
        await session.flush()
        return users


async def plan_all(bot, users, now: datetime) -> None:
    async with bot.app.database.sessions.begin() as session:
        for user in users:
            await reschedule_checkin(session, await session.get(User, user.id), now)


def checkins_sent(bot) -> list:
    return [
        c for c in bot.api.calls if c.method == "sendMessage" and "Check-in" in c.params["text"]
    ]


async def simulate(bot, start: datetime, hours: int, step_minutes: int = 10) -> None:
    now = start
    while now < start + timedelta(hours=hours):
        await dispatch_due(bot.app, now=lambda n=now: n)
        now += timedelta(minutes=step_minutes)


async def test_a_week_sends_one_checkin_per_workday_at_local_time(bot):
    users = await add_users(bot, 3)
    start = datetime(2025, 3, 24, 6, tzinfo=UTC)  # a Monday
    await plan_all(bot, users, start)
    await simulate(bot, start, 24 * 7, step_minutes=30)
    sent = checkins_sent(bot)
    assert len(sent) == 3 * 5
    per_chat = {}
    for call in sent:
        per_chat.setdefault(int(call.params["chat_id"]), 0)
        per_chat[int(call.params["chat_id"])] += 1
    assert set(per_chat.values()) == {5}


async def test_checkin_dispatch_across_the_march_switch(bot):
    (user,) = await add_users(bot, 1)
    async with bot.app.database.sessions.begin() as session:
        session.add(CheckinPrefs(user_id=user.id, workdays="1234567", weekly_summary=False))
    start = datetime(2025, 3, 29, 6, tzinfo=UTC)
    await plan_all(bot, [user], start)
    sent_at: list[datetime] = []
    now = start
    while now < start + timedelta(days=2):
        before = len(checkins_sent(bot))
        await dispatch_due(bot.app, now=lambda n=now: n)
        if len(checkins_sent(bot)) > before:
            sent_at.append(now)
        now += timedelta(minutes=5)
    assert [t.astimezone(BERLIN).strftime("%H:%M") for t in sent_at] == ["17:30", "17:30"]


async def test_missed_while_down_is_sent_late_within_grace_and_skipped_after(bot):
    users = await add_users(bot, 2)
    start = datetime(2025, 3, 24, 6, tzinfo=UTC)
    await plan_all(bot, users, start)
    # Down from Monday morning until 2 hours after Monday's check-in: still sent, once.
    await dispatch_due(bot.app, now=lambda: datetime(2025, 3, 24, 18, 30, tzinfo=UTC))
    assert len(checkins_sent(bot)) == 2
    # Down until Wednesday noon: Tuesday's row is too late and skipped; Wednesday's comes on time.
    await dispatch_due(bot.app, now=lambda: datetime(2025, 3, 26, 12, tzinfo=UTC))
    assert len(checkins_sent(bot)) == 2
    await dispatch_due(bot.app, now=lambda: datetime(2025, 3, 26, 16, 31, tzinfo=UTC))
    assert len(checkins_sent(bot)) == 4
    async with bot.app.database.sessions() as session:
        statuses = dict(
            (
                await session.execute(
                    select(ScheduledMessage.key, ScheduledMessage.status).where(
                        ScheduledMessage.user_id == users[0].id, ScheduledMessage.kind == "checkin"
                    )
                )
            ).all()
        )
    assert statuses["2025-03-24"] == "sent" and statuses["2025-03-25"] == "skipped"


async def test_rescheduling_twice_or_after_a_timezone_change_never_doubles_a_day(bot):
    (user,) = await add_users(bot, 1)
    monday = datetime(2025, 3, 24, 6, tzinfo=UTC)
    await plan_all(bot, [user], monday)
    await dispatch_due(bot.app, now=lambda: datetime(2025, 3, 24, 16, 31, tzinfo=UTC))
    assert len(checkins_sent(bot)) == 1
    # The VA moves to New York the same evening: Monday's check-in is not sent again.
    async with bot.app.database.sessions.begin() as session:
        row = await session.get(User, user.id)
        row.timezone = "America/New_York"
        await reschedule_checkin(session, row, datetime(2025, 3, 24, 17, tzinfo=UTC))
        await reschedule_checkin(session, row, datetime(2025, 3, 24, 17, tzinfo=UTC))
    await simulate(bot, datetime(2025, 3, 24, 17, tzinfo=UTC), 30)
    sent = checkins_sent(bot)
    assert len(sent) == 2
    async with bot.app.database.sessions() as session:
        due = (
            await session.execute(
                select(ScheduledMessage.due_at).where(
                    ScheduledMessage.key == "2025-03-25", ScheduledMessage.kind == "checkin"
                )
            )
        ).scalar_one()
    assert due.replace(tzinfo=UTC) == datetime(2025, 3, 25, 21, 30, tzinfo=UTC)  # 17:30 EDT


async def test_a_user_who_blocked_the_bot_is_paused_not_retried(bot):
    users = await add_users(bot, 2)
    start = datetime(2025, 3, 24, 6, tzinfo=UTC)
    await plan_all(bot, users, start)
    bot.api.fail_next("sendMessage", BotAPIError(403, "Forbidden: bot was blocked by the user"))
    await simulate(bot, start, 24 * 5, step_minutes=60)
    sent = checkins_sent(bot)
    attempts = [c for c in bot.api.calls if c.method == "sendMessage"]
    assert len(attempts) == 6  # 1 refused + 5 for the other user, nothing retried
    async with bot.app.database.sessions() as session:
        blocked = (
            await session.execute(select(func.count()).where(CheckinPrefs.blocked_at.is_not(None)))
        ).scalar_one()
        pending = (
            await session.execute(
                select(func.count()).where(
                    ScheduledMessage.status == "pending", ScheduledMessage.user_id == users[0].id
                )
            )
        ).scalar_one()
    assert blocked == 1 and pending == 0
    assert {int(c.params["chat_id"]) for c in sent[1:]} == {users[1].id}


async def test_two_dispatchers_never_send_twice(any_database_url, bot_factory):
    first = await bot_factory(any_database_url)
    # Two bot processes on one SQLite file share nothing but the file; in one process they
    # must share its one connection (bot/db/session.py), so they share the Database.
    shared = first.app.database if "sqlite" in any_database_url else None
    second = await bot_factory(any_database_url, database=shared)
    users = await add_users(first, 300)
    now = datetime(2025, 3, 24, 6, tzinfo=UTC)
    await plan_all(first, users, now)
    due = datetime(2025, 3, 24, 16, 31, tzinfo=UTC)
    await asyncio.gather(
        dispatch_due(first.app, now=lambda: due, batch=20),
        dispatch_due(second.app, now=lambda: due, batch=20),
        dispatch_due(first.app, now=lambda: due, batch=7),
    )
    chats = [int(c.params["chat_id"]) for b in (first, second) for c in checkins_sent(b)]
    assert len(chats) == 300 and len(set(chats)) == 300
    if "postgresql" in any_database_url:
        assert checkins_sent(first) and checkins_sent(second)  # both really took part


async def test_onboarding_and_a_new_checkin_time_plan_the_next_checkin(bot):
    from datetime import UTC as _UTC

    chat = bot.chat(language_code="en")
    bot.app.clock = lambda: datetime(2025, 3, 24, 8, tzinfo=_UTC)
    await chat.send("/start")
    await chat.press("Let's start")
    await chat.press("Skip")
    await chat.send("Europe/Berlin")
    await chat.send("09:00")  # already past on Monday morning? no: 09:00 Berlin is 08:00 UTC
    for _ in range(2):
        await chat.press("Skip")

    async def pending() -> list:
        async with bot.app.database.sessions() as session:
            return (
                await session.execute(
                    select(ScheduledMessage.key, ScheduledMessage.due_at).where(
                        ScheduledMessage.user_id == chat.user["id"],
                        ScheduledMessage.kind == "checkin",
                        ScheduledMessage.status == "pending",
                    )
                )
            ).all()

    assert [key for key, _ in await pending()] == ["2025-03-25"]
    await chat.send("/settings")
    await chat.press("Check-in")
    await chat.send("18:00")
    ((key, due),) = await pending()
    assert key == "2025-03-24" and due.replace(tzinfo=_UTC) == datetime(
        2025, 3, 24, 17, tzinfo=_UTC
    )
