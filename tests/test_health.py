"""Health: `GET /healthz` in webhook mode and `va-coach status` tell a monitor whether this
process is the active one and whether the database answers."""

from __future__ import annotations

import asyncio
import json
import socket
import time

import httpx
import pytest

from bot.db.migrate import upgrade
from bot.runtime.webhook import Front, serve
from tests.conftest import PG_URL, REQUIRE_PG, Bot, fresh_postgres
from tests.ops_telegram_stub import BotProcess, TelegramStub, bot_environment, va_coach

SECRET = "health-check_secret"
SECRET_HEADER = {"X-Telegram-Bot-Api-Secret-Token": SECRET}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def until_answering(client: httpx.AsyncClient) -> None:
    for _ in range(200):
        try:
            await client.get("/")
            return
        except httpx.TransportError:
            await asyncio.sleep(0.05)


async def test_healthz_reports_the_active_role_and_a_working_database(database_url, tmp_path):
    bot = Bot(database_url, tmp_path)
    await upgrade(bot.app.database.engine)
    port, stop = free_port(), asyncio.Event()
    task = asyncio.create_task(serve(bot.app, "127.0.0.1", port, "telegram", SECRET, None, stop))
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            await until_answering(client)
            response = await client.get("/healthz")
    finally:
        stop.set()
        await task
    assert response.status_code == 200
    assert response.json() == {"role": "active", "database": "ok"}
    assert response.headers["Content-Type"].startswith("application/json")


@pytest.fixture
async def standing_by(tmp_path):
    """The webhook server of a process that waits as the standby."""
    database = tmp_path / "va-coach.db"
    database.touch()
    front = Front(f"sqlite:///{database}", SECRET, "telegram")
    port = free_port()
    assert front.listen("127.0.0.1", port)
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        yield front, client, database
    front.close()


async def test_a_standby_answers_healthz_and_turns_updates_away(standing_by):
    _, client, _ = standing_by
    health = await client.get("/healthz")
    assert health.status_code == 200
    assert health.json() == {"role": "standby", "database": "ok"}
    update = json.dumps({"update_id": 1})
    assert (await client.post("/telegram", content=update)).status_code == 403
    # 503: Telegram delivers the update again, to whichever process is active by then.
    assert (
        await client.post("/telegram", content=update, headers=SECRET_HEADER)
    ).status_code == 503


async def test_healthz_is_503_when_the_database_file_is_gone(standing_by):
    _, client, database = standing_by
    database.unlink()
    health = await client.get("/healthz")
    assert health.status_code == 503
    assert health.json() == {"role": "standby", "database": "unreachable"}


async def test_healthz_is_503_when_postgresql_does_not_answer():
    url = f"postgresql+asyncpg://coach:pw@127.0.0.1:{free_port()}/vacoach"  # nobody listens
    front = Front(url, SECRET, "telegram")
    front.role = "active"
    port = free_port()
    assert front.listen("127.0.0.1", port)
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            health = await client.get("/healthz")
    finally:
        front.close()
    assert health.status_code == 503
    assert health.json() == {"role": "active", "database": "unreachable"}


def healthz(port: int) -> dict:
    return httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=10).json()


def until_role(port: int, role: str, bot: BotProcess, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            if healthz(port) == {"role": role, "database": "ok"}:
                return
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, f"no {role} on :{port}\n{bot.output}"
        time.sleep(0.1)


def test_a_webhook_pair_reports_active_and_standby_and_the_standby_takes_over(tmp_path):
    """The hot-standby pair of docs/deploy.md on one SQLite file, as two real processes."""
    stub = TelegramStub()
    database = tmp_path / "va-coach.db"
    ports = free_port(), free_port()
    bots: list[BotProcess] = []

    def start(port: int) -> BotProcess:
        webhook = {"WEBHOOK_URL": "https://coach.example.org/hook", "WEBHOOK_SECRET": SECRET}
        env = bot_environment(database, stub.url, WEBHOOK_PORT=str(port), **webhook)
        bots.append(BotProcess(env, tmp_path, "--webhook"))
        return bots[-1]

    try:
        first = start(ports[0])
        until_role(ports[0], "active", first)  # the first one takes the lock...
        second = start(ports[1])
        until_role(ports[1], "standby", second)  # ...the second one waits, and says so
        second.wait_for("waiting to take over")
        assert first.stop() == 0
        until_role(ports[1], "active", second)
    finally:
        exit_codes = [bot.stop() for bot in bots]
        stub.close()
    output = "".join(bot.output for bot in bots)
    assert exit_codes == [0, 0], output
    assert "Traceback" not in output, output


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def status_database_url(request, tmp_path) -> str:
    """SQLite (the lock file) and PostgreSQL (the advisory lock, read from pg_locks)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'va-coach.db'}"
    if not PG_URL:
        if REQUIRE_PG:
            pytest.fail("VA_COACH_REQUIRE_PG=1 but VA_COACH_TEST_PG_URL is not set")
        pytest.skip("no PostgreSQL: set VA_COACH_TEST_PG_URL (scripts/test.sh does)")
    asyncio.run(fresh_postgres(PG_URL))
    return PG_URL


def test_status_tells_whether_a_bot_serves_the_database(tmp_path, status_database_url):
    stub = TelegramStub()
    env = bot_environment(tmp_path / "va-coach.db", stub.url)
    env["DATABASE_URL"] = status_database_url
    bot = BotProcess(env, tmp_path)
    try:
        bot.wait_for("this process is now the active one")
        running = va_coach(env, tmp_path, "status")
    finally:
        assert bot.stop() == 0, bot.output
        stub.close()
    assert (running.returncode, json.loads(running.stdout)) == (
        0,
        {"role": "active", "database": "ok"},
    )

    stopped = va_coach(env, tmp_path, "status")
    assert (stopped.returncode, json.loads(stopped.stdout)) == (
        3,
        {"role": "none", "database": "ok"},
    )


def test_status_exits_non_zero_when_the_database_is_unreachable(tmp_path):
    unreachable = f"postgresql+asyncpg://coach:pw@127.0.0.1:{free_port()}/vacoach"
    env = bot_environment(tmp_path / "unused.db", "http://127.0.0.1:9/bot")
    done = va_coach({**env, "DATABASE_URL": unreachable}, tmp_path, "status")
    assert done.returncode == 1
    assert json.loads(done.stdout) == {"role": "unknown", "database": "unreachable"}
    assert "pw" not in done.stdout + done.stderr


async def test_a_standby_whose_port_is_taken_binds_it_once_it_is_free(tmp_path):
    """Two processes on one machine with the same WEBHOOK_PORT: the standby cannot bind at
    start and is not stopped by it; it binds when the active one is gone."""
    url = f"sqlite:///{tmp_path / 'va-coach.db'}"
    port = free_port()
    active, standby = Front(url, SECRET, "telegram"), Front(url, SECRET, "telegram")
    assert active.listen("127.0.0.1", port)
    try:
        assert not standby.listen("127.0.0.1", port)
    finally:
        active.close()
    assert standby.listen("127.0.0.1", port)
    standby.close()


async def test_a_process_that_took_over_but_cannot_take_updates_yet_is_not_healthy(standing_by):
    front, client, _ = standing_by
    front.role = "starting"  # as bot/runtime/runner.py sets it on taking the lock
    health = await client.get("/healthz")
    assert health.status_code == 503  # a load balancer must not send updates here yet
    assert health.json() == {"role": "starting", "database": "ok"}
