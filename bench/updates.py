"""Updates per second and latency of the real VA Coach application, through the offline Bot API.

    .venv/bin/python bench/updates.py [--quick] [--pg URL] [--scenario TEXT] [--json FILE]

What runs, all in one process so the ratios hold (bench/README.md explains every figure):

1. A bare python-telegram-bot echo bot (one MessageHandler, no persistence, PTB's defaults): the
   framework's own ceiling on this machine, and the denominator of every "% of echo".
2. Each flow's busiest step (SCENARIOS below) on SQLite (a temp file) and, when a PostgreSQL URL
   is given (--pg or VA_COACH_TEST_PG_URL), on PostgreSQL (public schema dropped and recreated).
   * sequential latency: `await app.process_update(update)` timed one update at a time (handler,
     offline Bot API calls and the persistence flush the app does after every update);
   * throughput: many users' updates put on `app.update_queue` at once after `app.start()`, so the
     app's PerChatUpdateProcessor runs them, until `update_queue.join()` returns; the latency of
     that burst is enqueue -> processed (persistence written) for each update.
3. 1,000 users writing at once with a simulated 50 ms Bot API round trip (OfflineBotAPI latency):
   PTB's default sequential processing vs. the app's PerChatUpdateProcessor, as a fraction of the
   zero-latency throughput.
4. Cold start of `va-coach run` to ready (in-process equivalent in a fresh interpreter) and the peak
   memory of that child and of this process.

Targets are printed as pass/MISS next to the figures and never asserted.

Adding a flow: write a Scenario (prepare = the real updates that bring one user to just before the
step; step = the measured update; verify = how many users show the durable result) and append it
to SCENARIOS. Only one template user goes through `prepare`; its rows (every table with a user_id
column, plus users) and its chat are cloned for the measured users, and the bot restarts on that
database, as after a deploy with users mid-flow.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import logging
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy
import telegram
from sqlalchemy import func, insert, select, text
from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    ContextTypes,
    MessageHandler,
    SimpleUpdateProcessor,
    filters,
)

from bot.app import OFFLINE_TOKEN, CoachApplication, build_application
from bot.concurrency import PerChatUpdateProcessor
from bot.config import Settings
from bot.db.migrate import upgrade
from bot.db.models import Base, Client, ConversationRow, User
from bot.db.session import Database
from bot.offline_chat import OfflineChat
from bot.telegram_offline import OfflineBotAPI

ROOT = Path(__file__).resolve().parent.parent
PG_ENV = "VA_COACH_TEST_PG_URL"

# Targets (reported, never asserted).
TARGET_SHARE_OF_ECHO = 0.25
TARGET_P99_MS = 15.0
TARGET_LATENCY_SHARE = 0.80
SIMULATED_LATENCY = 0.05

# Telegram user ids are below 2**52; these stay clear of anything a test or a person would use.
TEMPLATE_USER = 9_100_000_001
FIRST_USER = 9_200_000_000
_update_ids = itertools.count(10**9)


@dataclass(frozen=True)
class Sizes:
    echo: int  # updates per echo measurement (sequential and burst)
    warmup: int  # untimed steps before each scenario's sequential pass
    sequential: int  # users (one measured update each) for the sequential latency
    burst: int  # users (one measured update each) put on the queue at once
    crowd: int  # users writing at once in the 50 ms latency comparison
    crowd_sequential: int  # of those, how many PTB's sequential processing is timed on


FULL = Sizes(echo=3000, warmup=5, sequential=120, burst=300, crowd=1000, crowd_sequential=30)
QUICK = Sizes(echo=800, warmup=3, sequential=30, burst=60, crowd=200, crowd_sequential=10)


# --- building updates -------------------------------------------------------------------------------
class UpdateBuilder(OfflineChat):
    """An OfflineChat whose actions return the Update they would deliver instead of delivering it,
    so the benchmark can time or enqueue it: `update = await user.send("32")`. Same payloads as
    the tests send (message ids, command entities, the pressed button's message)."""

    async def _process(self, payload: dict) -> Update:  # type: ignore[override]
        payload["update_id"] = next(_update_ids)
        return Update.de_json(payload, self.app.bot)


# --- scenarios: one per flow's busiest step ---------------------------------------------------------
Prepare = Callable[[OfflineChat], Awaitable[object]]
Step = Callable[[UpdateBuilder], Awaitable[Update]]
Verify = Callable[[AsyncSession, Sequence[int]], Awaitable[int]]


@dataclass(frozen=True)
class Scenario:
    """A flow's busiest step.

    prepare: the real updates that bring one user to just before the step (run once, on the
        template user, through `app.process_update`; the result is cloned for every measured user).
    step: builds the measured update for one user (not delivered; the benchmark delivers it).
    verify: how many of the given users show the step's durable result in the database.
    """

    name: str
    prepare: Prepare
    step: Step
    verify: Verify


async def conversation_states(session: AsyncSession, flow: str, user_ids: Sequence[int]) -> dict:
    rows = await session.execute(
        select(ConversationRow.user_id, ConversationRow.state).where(
            ConversationRow.name == flow, ConversationRow.user_id.in_(user_ids)
        )
    )
    return {user_id: state["state"] for user_id, state in rows}


async def users_where(session: AsyncSession, user_ids: Sequence[int], *conditions: Any) -> set:
    rows = await session.execute(select(User.id).where(User.id.in_(user_ids), *conditions))
    return set(rows.scalars())


async def onboard_to_capacity(chat: OfflineChat) -> None:
    await chat.send("/start")
    await chat.press("Let's start")
    await chat.press("Call me")
    await chat.send("Europe/Berlin")
    await chat.send("18:00")


async def onboard_fully(chat: OfflineChat) -> None:
    await onboard_to_capacity(chat)
    await chat.send("32")
    await chat.send("Acme GmbH")
    await chat.press("Done")


async def verify_onboarding_capacity(session: AsyncSession, ids: Sequence[int]) -> int:
    # from profile_steps.State: CAPACITY=4 -> CLIENTS=5
    states = await conversation_states(session, "profile", ids)
    stored = await users_where(session, ids, User.capacity_hours == 32)
    return sum(1 for uid in ids if uid in stored and states.get(uid) == 5)


async def settings_to_capacity(chat: OfflineChat) -> None:
    await onboard_fully(chat)
    await chat.send("/settings")
    await chat.press("Weekly hours")


async def verify_settings_capacity(session: AsyncSession, ids: Sequence[int]) -> int:
    # back on the settings summary: State.SETTINGS=8
    states = await conversation_states(session, "profile", ids)
    stored = await users_where(session, ids, User.capacity_hours == 28)
    return sum(1 for uid in ids if uid in stored and states.get(uid) == 8)


async def clients_to_add_name(chat: OfflineChat) -> None:
    await onboard_fully(chat)
    await chat.send("/clients")
    await chat.press("Add a client")


async def verify_clients_add(session: AsyncSession, ids: Sequence[int]) -> int:
    # clients.State.LIST=0 after the add; the template's "Acme GmbH" plus the new one
    states = await conversation_states(session, "clients", ids)
    rows = await session.execute(
        select(Client.user_id, func.count())
        .where(Client.user_id.in_(ids))
        .group_by(Client.user_id)
        .having(func.count() == 2)
    )
    added = {user_id for user_id, _count in rows}
    return sum(1 for uid in ids if uid in added and states.get(uid) == 0)


SCENARIOS: list[Scenario] = [
    Scenario(
        "onboarding: capacity '32'",
        prepare=onboard_to_capacity,
        step=lambda user: user.send("32"),
        verify=verify_onboarding_capacity,
    ),
    Scenario(
        "settings: weekly hours '28'",
        prepare=settings_to_capacity,
        step=lambda user: user.send("28"),
        verify=verify_settings_capacity,
    ),
    Scenario(
        "/clients add: name",
        prepare=clients_to_add_name,
        step=lambda user: user.send("Kanzlei Roth"),
        verify=verify_clients_add,
    ),
    # Later flows append theirs here as they land, for example:
    #   Scenario("say no: pick a reason", prepare=..., step=lambda user: user.press("..."), ...)
    #   Scenario("draft: render reply", ...), Scenario("check-in: answer", ...),
    #   Scenario("reply check", ...)
]
# The 50 ms comparison uses this one (the onboarding step: what a crowd of new users does).
CROWD_SCENARIO = SCENARIOS[0]


# --- statistics -------------------------------------------------------------------------------------
def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (p99 of 100 values is the 99th smallest)."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * share // 1))
    return ordered[int(rank) - 1]


@dataclass
class Figures:
    name: str
    database: str
    updates: int = 0
    per_second: float = 0.0  # burst throughput, updates per second
    seq_p50_ms: float = 0.0
    seq_p99_ms: float = 0.0
    burst_p50_ms: float = 0.0
    burst_p99_ms: float = 0.0
    verified: int | None = None  # users whose durable result was found
    expected: int | None = None
    log_problems: int = 0

    def set_sequential(self, seconds: Sequence[float]) -> None:
        self.seq_p50_ms = statistics.median(seconds) * 1000
        self.seq_p99_ms = percentile(seconds, 0.99) * 1000


@dataclass
class Burst:
    updates: int
    seconds: float  # first enqueue -> last (or the counted) completion
    latencies: list[float] = field(default_factory=list)  # enqueue -> processed, per update

    @property
    def per_second(self) -> float:
        return self.updates / self.seconds


# --- log problems (errors the handlers hit show up here, not as exceptions) ------------------------
class ProblemCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.count = 0
        self.samples: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        if len(self.samples) < 5:
            self.samples.append(f"{record.levelname} {record.name}: {record.getMessage()}")


PROBLEMS = ProblemCounter()


# --- applications -----------------------------------------------------------------------------------
def sqlite_url(directory: Path, name: str) -> str:
    return f"sqlite+aiosqlite:///{directory / name}.db"


def settings_for(url: str, data_dir: Path) -> Settings:
    return Settings(_env_file=None, database_url=url, VA_COACH_DATA_DIR=data_dir, bot_token=None)


async def fresh_database(url: str) -> None:
    """PostgreSQL: drop and recreate the public schema. SQLite URLs point at a new temp file."""
    if url.startswith("sqlite"):
        return
    database = Database(url)
    try:
        async with database.engine.begin() as connection:
            await connection.execute(text("DROP SCHEMA public CASCADE"))
            await connection.execute(text("CREATE SCHEMA public"))
    finally:
        await database.dispose()


async def start_coach(url: str, data_dir: Path, api: OfflineBotAPI) -> CoachApplication:
    """As `va-coach run` starts it (schema upgrade, initialize, post_init), minus the polling."""
    app = build_application(settings_for(url, data_dir), request=api)
    await upgrade(app.database.engine)
    await app.initialize()
    await app.post_init(app)
    return app


async def stop_coach(app: CoachApplication) -> None:
    await app.shutdown()
    await app.post_shutdown(app)


class EchoApplication(Application):
    """A plain Application (the subclass only lets the benchmark wrap process_update)."""


async def echo(update: Update, context: Any) -> None:
    await update.message.reply_text(update.message.text)


def build_echo(api: OfflineBotAPI, processor: BaseUpdateProcessor | None = None) -> Application:
    builder = (
        ApplicationBuilder()
        .application_class(EchoApplication)
        .context_types(ContextTypes())
        .token(OFFLINE_TOKEN)
        .request(api)
        .get_updates_request(api)
    )
    if processor is not None:
        builder = builder.concurrent_updates(processor)
    app = builder.build()
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    return app


def offline_api(latency: float = 0.0) -> OfflineBotAPI:
    api = OfflineBotAPI(latency=latency)
    api.record_calls = False  # keeps memory flat; the chats themselves are still kept
    return api


# --- feeding updates --------------------------------------------------------------------------------
async def timed_one_by_one(app: Application, updates: Sequence[Update]) -> list[float]:
    """Sequential latency: each update alone through app.process_update (nothing else in flight)."""
    seconds = []
    for update in updates:
        start = time.perf_counter()
        await app.process_update(update)
        seconds.append(time.perf_counter() - start)
    return seconds


async def burst(
    app: Application, updates: Sequence[Update], count_first: int | None = None
) -> Burst:
    """Put all updates on app.update_queue at once (the app must not be running) and wait.

    Runs through the app's update processor as polling would. `count_first`: stop timing after
    that many completions and drop the rest of the queue (for PTB's sequential processing at
    50 ms, which would take minutes for 1,000 updates)."""
    enqueued: dict[int, float] = {}
    done: dict[int, float] = {}
    enough = asyncio.Event()
    original = app.process_update

    async def timed(update: object) -> None:
        try:
            await original(update)
        finally:
            done[id(update)] = time.perf_counter()
            if count_first is not None and len(done) >= count_first:
                enough.set()

    app.process_update = timed  # type: ignore[method-assign]
    await app.start()
    try:
        start = time.perf_counter()
        for update in updates:
            enqueued[id(update)] = time.perf_counter()
            app.update_queue.put_nowait(update)
        if count_first is not None:
            await enough.wait()
            while not app.update_queue.empty():
                app.update_queue.get_nowait()
                app.update_queue.task_done()
        await app.update_queue.join()
    finally:
        await app.stop()
        del app.process_update  # back to the class's method
    finished = sorted(done.items(), key=lambda item: item[1])
    if count_first is not None:
        finished = finished[:count_first]
    return Burst(
        updates=len(finished),
        seconds=finished[-1][1] - start,
        latencies=[at - enqueued[key] for key, at in finished],
    )


# --- cloning the template user ----------------------------------------------------------------------
def _swap(value: Any, old: int, new: int) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return new if value == old else value
    if isinstance(value, str):
        return value.replace(str(old), str(new))
    if isinstance(value, dict):
        return {key: _swap(item, old, new) for key, item in value.items()}
    if isinstance(value, list):
        return [_swap(item, old, new) for item in value]
    return value


def _serial_key(table: sqlalchemy.Table) -> sqlalchemy.Column | None:
    """The table's own generated integer id (clients.id), which each copy gets anew."""
    keys = list(table.primary_key.columns)
    if len(keys) == 1 and keys[0].autoincrement in (True, "auto"):
        if isinstance(keys[0].type, sqlalchemy.Integer) and not keys[0].foreign_keys:
            return keys[0]
    return None


async def clone_user(url: str, template: int, user_ids: Sequence[int]) -> None:
    """Copy the template user's rows to each of user_ids, in one transaction.

    Rows of `users` and of every table with a user_id column are copied; the template id is
    replaced everywhere (ints, strings such as conversation keys, JSON); generated ids are new,
    and foreign keys to copied rows follow them. Ids of copied rows kept inside JSON (a client id
    in flow scratch) are not rewritten: a scenario stopping at such a step needs its own fix."""
    renumbered: dict[tuple[str, Any], list[Any]] = {}
    database = Database(url)
    try:
        async with database.sessions.begin() as session:
            for table in Base.metadata.sorted_tables:
                owner = table.c.id if table.name == "users" else table.c.get("user_id")
                if owner is None:
                    continue
                rows = (await session.execute(select(table).where(owner == template))).mappings()
                rows = list(rows)
                if not rows:
                    continue
                serial = _serial_key(table)
                references = {
                    column.name: next(iter(column.foreign_keys)).column.table.name
                    for column in table.columns
                    if column.foreign_keys
                }
                values = []
                for index, user_id in enumerate(user_ids):
                    for row in rows:
                        copy = {}
                        for name, value in row.items():
                            if serial is not None and name == serial.name:
                                continue
                            target = references.get(name)
                            if target is not None and (target, value) in renumbered:
                                copy[name] = renumbered[(target, value)][index]
                            else:
                                copy[name] = _swap(value, template, user_id)
                        values.append(copy)
                if serial is None:
                    await session.execute(insert(table), values)
                    continue
                statement = insert(table).returning(serial, sort_by_parameter_order=True)
                new_ids = list((await session.execute(statement, values)).scalars())
                for position, row in enumerate(rows):
                    renumbered[(table.name, row[serial.name])] = new_ids[position :: len(rows)]
    finally:
        await database.dispose()


def clone_chat(api: OfflineBotAPI, template: int, user_ids: Sequence[int]) -> None:
    """The template chat's bot messages (and keyboards) for each user, so presses find them."""
    messages = [(key[1], msg) for key, msg in api.messages.items() if key[0] == template]
    next_id = api.reserve_message_id(template)
    for user_id in user_ids:
        for message_id, message in messages:
            api.messages[(user_id, message_id)] = {
                **message,
                "chat": {**message["chat"], "id": user_id},
            }
        for _ in range(next_id - 1):
            api.reserve_message_id(user_id)


async def prepared_coach(
    scenario: Scenario, url: str, data_dir: Path, api: OfflineBotAPI, user_ids: Sequence[int]
) -> CoachApplication:
    """A bot with each of user_ids just before the scenario's step (restarted after cloning)."""
    await fresh_database(url)
    app = await start_coach(url, data_dir, api)
    await scenario.prepare(OfflineChat(app, api, user_id=TEMPLATE_USER, first_name="Anna"))
    await stop_coach(app)
    await clone_user(url, TEMPLATE_USER, user_ids)
    clone_chat(api, TEMPLATE_USER, user_ids)
    return await start_coach(url, data_dir, api)


async def step_updates(
    scenario: Scenario, app: Application, api: OfflineBotAPI, user_ids: Sequence[int]
) -> list[Update]:
    return [
        await scenario.step(UpdateBuilder(app, api, user_id=user_id, first_name="Anna"))
        for user_id in user_ids
    ]


async def verified(app: CoachApplication, scenario: Scenario, user_ids: Sequence[int]) -> int:
    async with app.database.sessions() as session:
        return await scenario.verify(session, list(user_ids))


# --- the measurements -------------------------------------------------------------------------------
async def measure_echo(sizes: Sizes, processor: BaseUpdateProcessor | None = None) -> Figures:
    label = "echo bot (PTB defaults)" if processor is None else "echo bot, PerChatUpdateProcessor"
    figures = Figures(label, "-")
    api = offline_api()
    app = build_echo(api, processor)
    await app.initialize()
    try:
        users = [UpdateBuilder(app, api, user_id=FIRST_USER + i) for i in range(1000)]
        warm = [await users[i % 1000].send(f"warm {i}") for i in range(100)]
        await timed_one_by_one(app, warm)
        updates = [await users[i % 1000].send(f"hello {i}") for i in range(sizes.echo)]
        figures.set_sequential(await timed_one_by_one(app, updates))
        updates = [await users[i % 1000].send(f"hi {i}") for i in range(sizes.echo)]
        result = await burst(app, updates)
    finally:
        await app.shutdown()
    figures.updates = result.updates
    figures.per_second = result.per_second
    figures.burst_p50_ms = statistics.median(result.latencies) * 1000
    figures.burst_p99_ms = percentile(result.latencies, 0.99) * 1000
    return figures


async def measure_scenario(
    scenario: Scenario, url: str, database: str, data_dir: Path, sizes: Sizes
) -> Figures:
    figures = Figures(scenario.name, database)
    problems_before = PROBLEMS.count
    api = offline_api()
    count = sizes.warmup + sizes.sequential + sizes.burst
    ids = [FIRST_USER + i for i in range(count)]
    warm_ids = ids[: sizes.warmup]
    sequential_ids = ids[sizes.warmup : sizes.warmup + sizes.sequential]
    burst_ids = ids[sizes.warmup + sizes.sequential :]
    app = await prepared_coach(scenario, url, data_dir, api, ids)
    try:
        await timed_one_by_one(app, await step_updates(scenario, app, api, warm_ids))
        seconds = await timed_one_by_one(
            app, await step_updates(scenario, app, api, sequential_ids)
        )
        figures.set_sequential(seconds)
        result = await burst(app, await step_updates(scenario, app, api, burst_ids))
        figures.verified = await verified(app, scenario, sequential_ids + burst_ids)
        figures.expected = len(sequential_ids) + len(burst_ids)
    finally:
        await stop_coach(app)
    figures.updates = result.updates
    figures.per_second = result.per_second
    figures.burst_p50_ms = statistics.median(result.latencies) * 1000
    figures.burst_p99_ms = percentile(result.latencies, 0.99) * 1000
    figures.log_problems = PROBLEMS.count - problems_before
    return figures


@dataclass
class CrowdRun:
    label: str
    latency_ms: float
    processor: str
    users: int  # updates enqueued at once
    timed: int  # of which were timed
    per_second: float
    burst_p50_ms: float
    burst_p99_ms: float
    verified: int


async def measure_crowd(url: str, data_dir: Path, sizes: Sizes) -> list[CrowdRun]:
    """1,000 users at once: zero latency, 50 ms sequential (PTB default), 50 ms per-chat."""
    scenario = CROWD_SCENARIO
    api = offline_api()
    groups = [[FIRST_USER + g * sizes.crowd + i for i in range(sizes.crowd)] for g in range(3)]
    app = await prepared_coach(scenario, url, data_dir, api, [u for g in groups for u in g])
    runs = []
    plan = [
        ("zero latency, PerChatUpdateProcessor", 0.0, None, groups[0]),
        ("50 ms, PTB default (sequential)", SIMULATED_LATENCY, SimpleUpdateProcessor(1), groups[1]),
        ("50 ms, PerChatUpdateProcessor", SIMULATED_LATENCY, None, groups[2]),
    ]
    app_processor = app.update_processor
    try:
        await timed_one_by_one(app, await step_updates(scenario, app, api, groups[1][-3:]))
        for label, latency, processor, users in plan:
            updates = await step_updates(scenario, app, api, users)
            # PTB's default for comparison: the same app with SimpleUpdateProcessor(1) in place.
            app._update_processor = processor or app_processor  # noqa: SLF001
            api.latency = latency
            count_first = sizes.crowd_sequential if processor is not None else None
            try:
                result = await burst(app, updates, count_first=count_first)
            finally:
                api.latency = 0.0
                app._update_processor = app_processor  # noqa: SLF001
            done = users[: result.updates] if count_first else users
            runs.append(
                CrowdRun(
                    label=label,
                    latency_ms=latency * 1000,
                    processor=type(processor or app_processor).__name__,
                    users=len(users),
                    timed=result.updates,
                    per_second=result.per_second,
                    burst_p50_ms=statistics.median(result.latencies) * 1000,
                    burst_p99_ms=percentile(result.latencies, 0.99) * 1000,
                    verified=await verified(app, scenario, done),
                )
            )
    finally:
        await stop_coach(app)
    return runs


# --- cold start (a fresh interpreter importing only what `va-coach run` imports) ------------------
COLD_START_CHILD = textwrap.dedent(
    """
    import time
    t0 = time.perf_counter()
    import asyncio, json, resource, sys
    from pathlib import Path
    import bot.__main__  # the CLI module `va-coach` starts in
    from bot.app import build_application
    from bot.config import Settings
    from bot.runner import upgrade_database
    from bot.telegram_offline import OfflineBotAPI
    t_import = time.perf_counter()
    url, data_dir = sys.argv[1], Path(sys.argv[2])
    settings = Settings(_env_file=None, database_url=url, VA_COACH_DATA_DIR=data_dir, bot_token=None)
    asyncio.run(upgrade_database(settings))  # runner.run(): schema upgrade in its own loop first
    t_upgrade = time.perf_counter()
    async def start():
        app = build_application(settings, request=OfflineBotAPI())
        t_build = time.perf_counter()
        await app.initialize()  # what run_polling does before polling: initialize, post_init, start
        await app.post_init(app)
        await app.start()
        t_ready = time.perf_counter()
        print(json.dumps({"import": t_import - t0, "upgrade": t_upgrade - t_import,
                          "build": t_build - t_upgrade, "initialize": t_ready - t_build}), flush=True)
        await app.stop()
        await app.shutdown()
        await app.post_shutdown(app)
    asyncio.run(start())
    print(json.dumps({"peak_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
    """
)


@dataclass
class ColdStart:
    label: str
    ready_seconds: float  # process spawn -> the bot is ready (measured by the parent)
    parts: dict[str, float]  # inside the child: import, upgrade, build, initialize
    peak_rss_mib: float


def cold_start(url: str, data_dir: Path, label: str) -> ColdStart:
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", COLD_START_CHILD, url, str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert child.stdout is not None
    first = child.stdout.readline()
    ready = time.perf_counter() - start
    rest, errors = child.communicate(timeout=120)
    if child.returncode != 0 or not first.strip():
        raise RuntimeError(f"cold start child failed ({child.returncode}): {errors[-2000:]}")
    parts = json.loads(first)
    peak = json.loads(rest.strip().splitlines()[-1])["peak_rss_kib"] / 1024
    return ColdStart(label, ready, parts, peak)


# --- reporting --------------------------------------------------------------------------------------
def mark(ok: bool) -> str:
    return "pass" if ok else "MISS"


def machine() -> dict[str, str]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "nproc": str(len(os.sched_getaffinity(0))),
        "cpu": model,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "python-telegram-bot": telegram.__version__,
        "SQLAlchemy": sqlalchemy.__version__,
        "SQLite": __import__("sqlite3").sqlite_version,
    }


async def postgres_version(url: str) -> str:
    database = Database(url)
    try:
        async with database.engine.connect() as connection:
            return (await connection.execute(text("SHOW server_version"))).scalar_one()
    finally:
        await database.dispose()


def print_flow_table(echo: Figures, rows: list[Figures]) -> None:
    header = (
        f"{'database':10} {'step':32} {'upd/s':>7} {'% echo':>7} {'seq p50':>8} {'seq p99':>8} "
        f"{'burst p50':>10} {'burst p99':>10} {'durable':>9}  targets (>=25% echo, p99<15ms)"
    )
    print(header)
    print("-" * len(header))
    for row in [echo, *rows]:
        share = row.per_second / echo.per_second
        durable = f"{row.verified}/{row.expected}" if row.expected is not None else "-"
        if row is echo:
            verdict = "(baseline)"
        else:
            verdict = (
                f"{mark(share >= TARGET_SHARE_OF_ECHO)} share, "
                f"{mark(row.seq_p99_ms < TARGET_P99_MS)} p99"
            )
            if row.log_problems:
                verdict += f", {row.log_problems} log warnings/errors"
        print(
            f"{row.database:10} {row.name:32} {row.per_second:7.1f} {share:7.1%} "
            f"{row.seq_p50_ms:6.2f}ms {row.seq_p99_ms:6.2f}ms {row.burst_p50_ms:8.1f}ms "
            f"{row.burst_p99_ms:8.1f}ms {durable:>9}  {verdict}"
        )


def print_crowd(runs: list[CrowdRun]) -> None:
    zero = runs[0].per_second
    print(
        f"{'run':40} {'users':>6} {'timed':>6} {'upd/s':>7} {'vs 0 ms':>8} "
        f"{'burst p50':>10} {'burst p99':>10} {'durable':>8}"
    )
    for run in runs:
        print(
            f"{run.label:40} {run.users:6d} {run.timed:6d} {run.per_second:7.1f} "
            f"{run.per_second / zero:8.1%} {run.burst_p50_ms:8.0f}ms {run.burst_p99_ms:8.0f}ms "
            f"{run.verified:>8}"
        )
    share = runs[2].per_second / zero
    print(
        f"target: at 50 ms the app keeps >= {TARGET_LATENCY_SHARE:.0%} of its zero-latency "
        f"throughput: {share:.0%} {mark(share >= TARGET_LATENCY_SHARE)} "
        f"(PTB's sequential default keeps {runs[1].per_second / zero:.0%})"
    )


# --- main -------------------------------------------------------------------------------------------
async def run(args: argparse.Namespace) -> dict[str, Any]:
    sizes = QUICK if args.quick else FULL
    results: dict[str, Any] = {"sizes": asdict(sizes), "machine": machine()}
    pg_url = args.pg or os.environ.get(PG_ENV)
    scenarios = [
        s for s in SCENARIOS if not args.scenario or any(f in s.name for f in args.scenario)
    ]
    began = time.perf_counter()
    info = results["machine"]
    print(
        f"VA Coach update benchmark ({'quick' if args.quick else 'full'}) - {info['nproc']} cores "
        f"({info['cpu']}), Python {info['python']}, PTB {info['python-telegram-bot']}, "
        f"SQLAlchemy {info['SQLAlchemy']}, SQLite {info['SQLite']}"
    )
    if pg_url:
        info["PostgreSQL"] = await postgres_version(pg_url)
        print(f"PostgreSQL {info['PostgreSQL']} from {'--pg' if args.pg else PG_ENV}")
    else:
        print(f"PostgreSQL skipped: set {PG_ENV} or pass --pg postgresql+asyncpg://...")
    print(f"sizes: {asdict(sizes)}\n")

    with tempfile.TemporaryDirectory(prefix="va-coach-bench-") as tmp:
        tmp_dir = Path(tmp)
        databases = [("sqlite", None), ("postgres", pg_url)] if pg_url else [("sqlite", None)]

        print("echo bot ...", flush=True)
        echo_first = await measure_echo(sizes)
        echo_per_chat = await measure_echo(sizes, processor=PerChatUpdateProcessor())
        rows: list[Figures] = [echo_per_chat]
        for database, server_url in databases:
            for number, scenario in enumerate(scenarios):
                print(f"{database}: {scenario.name} ...", flush=True)
                url = server_url or sqlite_url(tmp_dir, f"flow{number}")
                rows.append(await measure_scenario(scenario, url, database, tmp_dir, sizes))
        print(
            f"{sizes.crowd} users at once, {SIMULATED_LATENCY * 1000:.0f} ms Bot API ...",
            flush=True,
        )
        crowd = await measure_crowd(sqlite_url(tmp_dir, "crowd"), tmp_dir, sizes)
        echo_last = await measure_echo(sizes)
        print("cold start ...", flush=True)
        cold_url = sqlite_url(tmp_dir, "cold")
        starts = [cold_start(cold_url, tmp_dir, "first start (empty database, migrations)")]
        for _ in range(1 if args.quick else 3):
            starts.append(cold_start(cold_url, tmp_dir, "restart (migrated database)"))

    echo = Figures(
        "echo bot (PTB defaults)",
        "-",
        updates=echo_first.updates + echo_last.updates,
        per_second=(echo_first.per_second + echo_last.per_second) / 2,
        seq_p50_ms=(echo_first.seq_p50_ms + echo_last.seq_p50_ms) / 2,
        seq_p99_ms=(echo_first.seq_p99_ms + echo_last.seq_p99_ms) / 2,
        burst_p50_ms=(echo_first.burst_p50_ms + echo_last.burst_p50_ms) / 2,
        burst_p99_ms=(echo_first.burst_p99_ms + echo_last.burst_p99_ms) / 2,
    )
    drift = echo_last.per_second / echo_first.per_second - 1
    print("\n== throughput and latency (offline Bot API, zero latency)")
    print_flow_table(echo, rows)
    print(
        f"echo baseline = mean of a run at the start ({echo_first.per_second:.0f}/s) and at the "
        f"end ({echo_last.per_second:.0f}/s): drift {drift:+.1%}"
    )
    print(
        "upd/s: burst through update_queue (PerChatUpdateProcessor for the flows); seq: one "
        "update at a time via process_update; burst: enqueue -> processed"
    )
    print(f"\n== {sizes.crowd} users writing at once, simulated Bot API round trip (sqlite)")
    print_crowd(crowd)
    print("\n== cold start of `va-coach run` to ready (fresh interpreter, offline Bot API, sqlite)")
    for start in starts:
        parts = ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in start.parts.items())
        print(
            f"{start.label:42} {start.ready_seconds * 1000:6.0f} ms ({parts}); "
            f"peak RSS {start.peak_rss_mib:.0f} MiB"
        )
    restarts = [s.ready_seconds for s in starts[1:]]
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"restart median {statistics.median(restarts) * 1000:.0f} ms")
    print(f"peak RSS of this benchmark process: {peak_self:.0f} MiB")
    if PROBLEMS.count:
        print(f"\n{PROBLEMS.count} log warnings/errors, e.g.:")
        for sample in PROBLEMS.samples:
            print(f"  {sample}")
    took = time.perf_counter() - began
    print(f"\nwhole run: {took:.0f} s")

    results.update(
        echo=asdict(echo),
        echo_drift=drift,
        flows=[asdict(row) for row in rows],
        crowd=[asdict(run) for run in crowd],
        cold_start=[asdict(start) for start in starts],
        peak_rss_mib=peak_self,
        log_problems=PROBLEMS.count,
        seconds=took,
    )
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, about 15 seconds")
    parser.add_argument("--pg", metavar="URL", help=f"PostgreSQL URL (default: ${PG_ENV})")
    parser.add_argument(
        "--scenario", action="append", metavar="TEXT", help="only flow steps whose name has TEXT"
    )
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, handlers=[PROBLEMS])
    results = asyncio.run(run(args))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
