"""`va-coach run` killed (SIGKILL) at each Bot API call of a step, and started again: every
update is applied exactly once, and the user ends with the same rows and the same final screen
as a run without kills. The bridge holds the call and kills the bot right there."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sqlite3
from pathlib import Path

import pytest

from bot.i18n import translator
from tests.e2e.driver import TelegramUser
from tests.e2e.harness import BotProcess, bot_command, bot_environment
from tests.e2e.journeys import wait_for_log

pytestmark = pytest.mark.e2e
KILL_TOKEN = "7000000008:AAE2Ekill-token_for_the_emulator0008"
TR = translator("de")
# The latest question on screen, and what the user answers to it.
CHECKIN = [
    ("Wie viele Stunden hast du", "6"),
    ("Wie viel Energie", "4"),
    ("Wie gestresst", "2"),
    ("etwas zu heute merken", TR.label("No note")),
]


class Killer:
    """The bridge's hook: counts this bot's calls once armed and kills the bot at the k-th."""

    def __init__(self, env: dict[str, str], workdir: Path) -> None:
        self.env, self.workdir = env, workdir
        self.bot = BotProcess(bot_command(), env, workdir).start()
        self.counting = False
        self.armed_at: int | None = None
        self.count = 0
        self.kills = 0

    def __call__(self, token: str, call: object) -> bool:
        if token != KILL_TOKEN or not self.counting:
            return False
        self.count += 1
        if self.count != self.armed_at:
            return False
        self.armed_at = None
        os.kill(self.bot.process.pid, signal.SIGKILL)  # dead before the call is answered
        self.bot.process.wait(10)
        self.kills += 1
        self.bot = BotProcess(bot_command(), self.env, self.workdir).start()
        return True


async def onboard(user: TelegramUser) -> None:
    await user.command("/start")
    await user.press(TR.label("Let's start"))
    await user.wait_for("Wie darf ich dich nennen")
    await user.send("Ida")
    await user.press("Berlin")
    await user.press(TR.label("Skip"))
    await user.press(TR.label("Skip"))
    await user.wait_for("Für wen arbeitest du")
    await user.send("Acme GmbH")
    await user.press(TR.label("“du” (informal)"))
    await user.press(TR.label("Skip"))  # no contact person
    await user.press(TR.label("Done"))
    await user.wait_for("Was möchtest du tun")


async def log_and_check_in(user: TelegramUser) -> str:
    """/log and a check-in, answering whatever question is on screen; the final screen."""
    await user.command("/log +2 Acme gestern")
    await user.wait_for("Eingetragen|schon gespeichert", timeout=30)
    await user.command("/checkin")
    for _ in range(15):
        await user.wait_quiet(0.6)
        texts = [m.text for m in user.messages()]
        final = next((t for t in reversed(texts) if t.startswith("Gespeichert ·")), None)
        if final:
            return final
        question = next((m for m in reversed(user.messages()) if m.inline_keyboard), None)
        answer = next((a for q, a in CHECKIN if question and re.search(q, question.text)), None)
        if answer is None:
            await asyncio.sleep(0.5)  # the bot is starting again
            continue
        await user.press(answer, fresh=False, timeout=30)
    raise AssertionError(f"the check-in did not finish\n{user.transcript()}")


def rows(database: Path, user_id: int) -> dict:
    with sqlite3.connect(database) as connection:
        work = connection.execute(
            "SELECT day, minutes FROM work_logs WHERE user_id = ? ORDER BY day", (user_id,)
        ).fetchall()
        days = connection.execute(
            "SELECT day, energy, stress, note FROM checkin_days WHERE user_id = ?", (user_id,)
        ).fetchall()
    return {"work": work, "checkins": days}


async def test_killed_at_each_call_of_a_step_changes_nothing(e2e_services, tmp_path: Path):
    env = bot_environment(e2e_services.bridge, tmp_path, token=KILL_TOKEN)
    killer = Killer(env, tmp_path)
    e2e_services.bridge.before_call = killer
    users: list[TelegramUser] = []

    async def journey(user_id: int, kill_at: int | None) -> tuple[dict, str]:
        user = TelegramUser(
            emulator_url=e2e_services.emulator.url,
            bridge=e2e_services.bridge,
            token=KILL_TOKEN,
            user_id=user_id,
            first_name="Ida",
            language_code="de",
            default_timeout=30,
        )
        users.append(user)
        await onboard(user)
        killer.count, killer.armed_at, killer.counting = 0, kill_at, True
        final = await log_and_check_in(user)
        killer.counting = False
        return rows(tmp_path / "e2e.db", user_id), final

    try:
        await wait_for_log(killer.bot, "VA Coach is running", 45)
        clean_rows, clean_final = await journey(882_000, None)
        calls = killer.count
        assert clean_rows["work"][0][1] == 120 and calls >= 8
        for kill_at in range(1, calls + 1):
            killed_rows, final = await journey(882_000 + kill_at, kill_at)
            assert killer.kills == kill_at, f"not killed at call {kill_at}"
            assert (killed_rows, final) == (clean_rows, clean_final), f"killed at call {kill_at}"
        assert killer.bot.problems() == []
    finally:
        e2e_services.bridge.before_call = None
        for user in users:
            await user.aclose()
        killer.bot.stop()
