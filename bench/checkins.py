"""Check-in scheduler benchmark: N users over many time zones and check-in times.

    .venv/bin/python bench/checkins.py [--users 100000] [--hours 24] [--pg URL]

Prints, per database: time to find the due rows (the claim query, p50/p99/max), CPU time per
dispatched check-in (claim + chain + render + send through the offline Bot API + mark sent),
peak Python memory during dispatch, and a simulated day of dispatch at Telegram's 30 messages a
second (time advanced by the clock, one tick a minute), checked for no duplicates and no misses.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("PTB_TIMEDELTA", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select, text

from bot.coach.schedule import next_checkin, parse_hhmm, zone_of
from bot.config import Settings
from bot.db.migrate import upgrade
from bot.db.models import User
from bot.db.models_checkins import CheckinPrefs, ScheduledMessage
from bot.jobs.scheduler import claim_due, dispatch_due, schedule_many
from bot.offline.telegram_offline import OfflineBotAPI
from bot.runtime.app import build_application

ZONES = [
    "Europe/Berlin",
    "Europe/Vienna",
    "Europe/Zurich",
    "Europe/London",
    "Europe/Lisbon",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Asia/Tokyo",
    "Asia/Kolkata",
    "Australia/Sydney",
    "Pacific/Auckland",
    "America/Sao_Paulo",
    "Africa/Johannesburg",
    "UTC",
]
TIMES = [f"{h:02d}:{m:02d}" for h in range(15, 21) for m in (0, 15, 30, 45)]
RATE = 30  # messages a second, Telegram's limit for one bot to different chats
START = datetime(2025, 3, 24, 0, 0, tzinfo=UTC)  # a Monday


async def populate(app, users: int) -> None:
    rng = random.Random(5)
    now = START
    async with app.database.sessions.begin() as session:
        for offset in range(0, users, 5000):
            people, prefs, rows = [], [], []
            for uid in range(offset + 1, min(users, offset + 5000) + 1):
                zone, at = rng.choice(ZONES), rng.choice(TIMES)
                people.append(
                    {
                        "id": uid,
                        "chat_id": uid,
                        "language": rng.choice(("de", "en")),
                        "timezone": zone,
                        "checkin_time": at,
                        "capacity_hours": 40,
                        "onboarded_at": now,
                        "created_at": now,
                    }
                )
                prefs.append({"user_id": uid, "workdays": "12345", "weekly_summary": True})
                day, due = next_checkin(now, zone_of(zone), parse_hhmm(at), {1, 2, 3, 4, 5})
                rows.append(
                    {"user_id": uid, "kind": "checkin", "key": day.isoformat(), "due_at": due}
                )
            await session.execute(User.__table__.insert(), people)
            await session.execute(CheckinPrefs.__table__.insert(), prefs)
            await schedule_many(session, rows)
    if app.database.url.startswith("postgresql"):
        async with app.database.engine.begin() as connection:
            await connection.execute(text("ANALYZE"))


async def time_finding(app, samples: int = 30) -> tuple[list[float], list[float]]:
    """At random minutes of the day: the query that finds every row due (up to a minute's worth
    at 30/s), and the claim of one batch of 100 (find + mark as ours), both rolled back."""
    rng = random.Random(7)
    finding, claiming = [], []
    due = (
        select(ScheduledMessage.id)
        .where(ScheduledMessage.status == "pending", ScheduledMessage.due_at <= text(":now"))
        .order_by(ScheduledMessage.due_at)
        .limit(RATE * 60)
    )
    for _ in range(samples):
        now = START + timedelta(minutes=rng.randrange(24 * 60))
        async with app.database.sessions() as session:
            started = time.perf_counter()
            await session.execute(due, {"now": now})
            finding.append(time.perf_counter() - started)
            started = time.perf_counter()
            await claim_due(session, now, 100, "bench")
            claiming.append(time.perf_counter() - started)
            await session.rollback()
    return finding, claiming


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    return (
        f"p50 {statistics.median(ordered) * 1000:.2f} ms, "
        f"p99 {ordered[max(0, int(len(ordered) * 0.99) - 1)] * 1000:.2f} ms, "
        f"max {ordered[-1] * 1000:.2f} ms"
    )


async def run(url: str, users: int, hours: int) -> None:
    settings = Settings(_env_file=None, database_url=url, bot_token=None)
    api = OfflineBotAPI()
    api.record_calls = False
    app = build_application(settings, request=api, rate_limit=False)
    await upgrade(app.database.engine)
    await app.initialize()
    label = "PostgreSQL" if url.startswith("postgresql") else "SQLite"
    started = time.perf_counter()
    await populate(app, users)
    print(f"\n== {label}: {users:,} users (populated in {time.perf_counter() - started:.1f} s)")
    finding, claiming = await time_finding(app)
    print(f"finding the due rows (a minute's worth): {_ms(finding)}")
    print(f"claiming a batch of 100 (find + mark): {_ms(claiming)}")

    sent_per_chat: dict[int, int] = {}
    original = api._api_sendMessage

    def counting(params: dict) -> dict:
        chat = int(params["chat_id"])
        sent_per_chat[chat] = sent_per_chat.get(chat, 0) + 1
        return original(params)

    api._api_sendMessage = counting
    busy_cpu, idle_cpu, idle_ticks, wall_backlog, sent, minute = 0.0, 0.0, 0, 0.0, 0, 0
    longest_backlog = 0.0  # seconds the last message of a minute waits at 30/s
    claim_times: list[float] = []
    peak_tick = 0
    while minute < hours * 60:
        now = START + timedelta(minutes=minute)
        before = time.process_time()
        stats = await dispatch_due(app, now=lambda n=now: n, batch=RATE * 10, budget_seconds=1e9)
        spent = time.process_time() - before
        if stats.sent:
            busy_cpu += spent
        else:
            idle_cpu, idle_ticks = idle_cpu + spent, idle_ticks + 1
        claim_times.extend(stats.claim_seconds)
        sent += stats.sent
        peak_tick = max(peak_tick, stats.sent)
        # Simulated wall time at 30/s: a minute holds 1,800 sends; the rest waits for the next.
        wall_backlog = max(0.0, wall_backlog + stats.sent / RATE - 60)
        longest_backlog = max(longest_backlog, wall_backlog + min(stats.sent / RATE, 60))
        api.messages.clear()  # the fake Telegram's chat history is not the bot's memory
        minute += 1
    duplicates = sum(1 for count in sent_per_chat.values() if count > 1)
    # Memory of the next busy minute, traced separately (tracing slows everything, so it is not
    # on while CPU is measured). The offline API keeps no record of the calls here: its call log
    # would grow with every send and is the fake Telegram's memory, not the bot's.
    api.messages.clear()
    api.record_calls = False
    busiest = START + timedelta(days=1, hours=16, minutes=30)  # 17:30 in Berlin, a common time
    await dispatch_due(
        app, now=lambda: busiest - timedelta(minutes=1), batch=RATE * 10, budget_seconds=1e9
    )
    api.messages.clear()
    tracemalloc.start()
    stats = await dispatch_due(app, now=lambda: busiest, batch=RATE * 10, budget_seconds=1e9)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"memory: that minute sent {stats.sent} check-ins in batches of {RATE * 10}")
    async with app.database.sessions() as session:
        expected = (
            await session.execute(
                select(func.count()).where(
                    ScheduledMessage.kind == "checkin",
                    ScheduledMessage.due_at < START + timedelta(hours=hours),
                    ScheduledMessage.status != "pending",
                )
            )
        ).scalar_one()
        pending_due = (
            await session.execute(
                select(func.count()).where(
                    ScheduledMessage.status == "pending",
                    ScheduledMessage.due_at < START + timedelta(hours=hours),
                )
            )
        ).scalar_one()
    print(
        f"simulated {hours} h of dispatch: {sent:,} check-ins sent, {duplicates} duplicates, "
        f"{pending_due} due but not sent, {expected:,} rows claimed"
    )
    print(
        f"CPU per dispatched check-in: {busy_cpu / max(sent, 1) * 1000:.3f} ms "
        f"(claim, chain, render, send, mark); an idle minute: "
        f"{idle_cpu / max(idle_ticks, 1) * 1000:.2f} ms; busiest minute {peak_tick} sends, "
        f"the last one of it goes out after {longest_backlog:.0f} s at {RATE}/s"
    )
    print(
        f"claim query while dispatching: p50 {statistics.median(claim_times) * 1000:.2f} ms, "
        f"max {max(claim_times) * 1000:.2f} ms"
    )
    print(
        f"peak traced Python memory of one dispatch tick: {peak / 1e6:.1f} MB; "
        f"process max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )
    await app.shutdown()
    await app.database.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--hours", type=int, default=24)
    parser.add_argument("--pg", default=os.environ.get("VA_COACH_TEST_PG_URL"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        asyncio.run(run(f"sqlite:///{directory}/bench.db", args.users, args.hours))
    if args.pg:
        asyncio.run(_fresh_pg(args.pg))
        asyncio.run(run(args.pg, args.users, args.hours))
    else:
        print("\n(no PostgreSQL: pass --pg URL or set VA_COACH_TEST_PG_URL)")


async def _fresh_pg(url: str) -> None:
    from bot.db.session import Database

    database = Database(url)
    async with database.engine.begin() as connection:
        await connection.execute(text("DROP SCHEMA public CASCADE"))
        await connection.execute(text("CREATE SCHEMA public"))
    await database.dispose()


if __name__ == "__main__":
    main()
