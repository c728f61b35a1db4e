"""A crash (SIGKILL) in the middle of a flow: after a restart the user continues where they were."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from tests.e2e.driver import TelegramUser
from tests.e2e.harness import BotProcess, bot_command, bot_environment
from tests.e2e.journeys import wait_for_log

pytestmark = pytest.mark.e2e
CRASH_TOKEN = "7000000003:AAE2Ecrash-token_for_the_emulator000"


async def test_killed_in_the_middle_of_the_say_no_coach(e2e_services, tmp_path: Path):
    env = bot_environment(e2e_services.bridge, tmp_path, token=CRASH_TOKEN)
    user = TelegramUser(
        emulator_url=e2e_services.emulator.url,
        bridge=e2e_services.bridge,
        token=CRASH_TOKEN,
        user_id=880_101,
        first_name="Ole",
        language_code="en",
    )
    bot = BotProcess(bot_command(), env, tmp_path).start()
    try:
        await wait_for_log(bot, "VA Coach is running", 45)
        await user.command("/no")
        await user.wait_for("Step 1 of 5")
        await user.send("Could you also do the invoices this weekend?")
        await user.wait_for("Who is the request from")
        bot.process.send_signal(signal.SIGKILL)
        bot.process.wait(10)

        restarted = BotProcess(bot_command(), env, tmp_path)
        restarted.start()
        bot = restarted
        await wait_for_log(bot, "VA Coach is running", 45)
        await user.press("No name", fresh=False)  # the button from before the crash
        await user.wait_for("email or by chat")
        assert bot.problems() == []
    finally:
        await user.aclose()
        if bot.process and bot.process.poll() is None:
            bot.stop()
