"""Hot standby: two `va-coach run` against one PostgreSQL; kill the active one (SIGKILL) and the
standby takes over within seconds, with the user's conversation where it was."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from tests.conftest import PG_URL, REQUIRE_PG, fresh_postgres
from tests.e2e.driver import TelegramUser
from tests.e2e.harness import BotProcess, bot_command, bot_environment
from tests.e2e.journeys import wait_for_log

pytestmark = pytest.mark.e2e
# A second bot on the same emulator, so the session's main bot does not see these updates.
STANDBY_TOKEN = "7000000002:AAE2Estandby-token_for_the_emulat0"
TAKEOVER_LIMIT = 15.0


async def test_the_standby_takes_over_when_the_active_process_dies(e2e_services, tmp_path: Path):
    if not PG_URL:
        if REQUIRE_PG:
            pytest.fail("VA_COACH_REQUIRE_PG=1 but VA_COACH_TEST_PG_URL is not set")
        pytest.skip("no PostgreSQL: set VA_COACH_TEST_PG_URL (scripts/test.sh does)")
    await fresh_postgres(PG_URL)
    processes = []
    for name in ("first", "second"):
        workdir = tmp_path / name
        workdir.mkdir()
        env = bot_environment(e2e_services.bridge, workdir, token=STANDBY_TOKEN)
        env["DATABASE_URL"] = PG_URL
        processes.append(BotProcess(bot_command(), env, workdir))
    first, second = processes
    user = TelegramUser(
        emulator_url=e2e_services.emulator.url,
        bridge=e2e_services.bridge,
        token=STANDBY_TOKEN,
        user_id=880_001,
        first_name="Ida",
        language_code="en",
    )
    try:
        first.start()
        await wait_for_log(first, "VA Coach is running", 45)
        second.start()
        await wait_for_log(second, "standby: another process is active", 45)
        assert "VA Coach is running" not in second.log()

        await user.command("/start")
        await user.wait_for("VA Coach")
        await user.press("Let's start")
        await user.wait_for("What should I call you")

        first.process.send_signal(signal.SIGKILL)
        took = await wait_for_log(second, "VA Coach is running", 30)
        assert took < TAKEOVER_LIMIT

        await user.send("Ida")  # answered by the new active process, where the user was
        await user.wait_for("Which time zone", timeout=20)
        assert second.problems() == []
    finally:
        await user.aclose()
        for process in processes:
            if process.process and process.process.poll() is None:
                process.stop()
