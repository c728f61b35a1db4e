"""A lone `va-coach run` on PostgreSQL rides out a database restart: it keeps running, and what
the user sent while the database was down is answered once it is back, exactly once."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from bot.db.models import User
from bot.db.session import Database
from tests.conftest import PG_URL, REQUIRE_PG, fresh_postgres
from tests.e2e.driver import TelegramUser
from tests.e2e.harness import BotProcess, bot_command, bot_environment
from tests.e2e.journeys import wait_for_log
from tests.e2e.outage_proxy import OutageProxy

pytestmark = [pytest.mark.e2e, pytest.mark.postgres]
OUTAGE_TOKEN = "7000000007:AAE2Eoutage-token_for_the_emulator07"
OUTAGE_SECONDS = 5


async def stored_name(url: str, user_id: int) -> str | None:
    database = Database(url)
    try:
        async with database.sessions() as session:
            return await session.scalar(select(User.display_name).where(User.id == user_id))
    finally:
        await database.dispose()


async def test_a_lone_bot_rides_out_a_postgresql_restart(e2e_services, tmp_path: Path):
    if not PG_URL:
        if REQUIRE_PG:
            pytest.fail("VA_COACH_REQUIRE_PG=1 but VA_COACH_TEST_PG_URL is not set")
        pytest.skip("no PostgreSQL: set VA_COACH_TEST_PG_URL (scripts/test.sh does)")
    await fresh_postgres(PG_URL)
    target = make_url(PG_URL)
    proxy = OutageProxy(target.host, target.port)
    proxied = target.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    env = bot_environment(e2e_services.bridge, tmp_path, token=OUTAGE_TOKEN)
    env["DATABASE_URL"] = proxied
    user = TelegramUser(
        emulator_url=e2e_services.emulator.url,
        bridge=e2e_services.bridge,
        token=OUTAGE_TOKEN,
        user_id=880_201,
        first_name="Ida",
        language_code="en",
    )
    bot = BotProcess(bot_command(), env, tmp_path).start()
    try:
        await wait_for_log(bot, "VA Coach is running", 45)
        await user.command("/start")
        await user.press("Let's start")
        await user.wait_for("What should I call you")

        outage = asyncio.create_task(asyncio.to_thread(proxy.restart, OUTAGE_SECONDS))
        await asyncio.sleep(0.5)
        await user.send("Idalia")  # sent while PostgreSQL is down
        await outage
        await user.wait_for("Which time zone", timeout=60)
        await user.wait_quiet(2.0)

        assert bot.process.poll() is None, bot.log_tail()  # still running
        asked = [m for m in user.messages() if m.from_bot and "Which time zone" in m.text]
        assert len(asked) == 1  # answered once
        assert await stored_name(PG_URL, user.user_id) == "Idalia"
        await user.press("Berlin")  # and the conversation goes on
        await user.wait_for("check-in", timeout=20)
        assert bot.problems() == [], bot.log()
    finally:
        await user.aclose()
        code = bot.stop()
        proxy.close()
    assert code == 0
