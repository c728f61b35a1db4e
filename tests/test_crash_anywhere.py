"""Killed at any Bot API call of any step, the bot applies each update exactly once after a
restart, and the user gets the answer or the open step again.

The process death is played in-process: at the k-th call to Telegram, `Crash` (a BaseException,
which no handler catches) ends the update; the application is dropped without shutting down
(nothing more is written), a new one is built on the same database, and the same update is
delivered again, as Telegram does with an unacknowledged one. Each k is one run of the same
journey; rows and the final screen must equal a run without a crash.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import select
from telegram import Update

from bot.db.migrate import upgrade
from bot.db.models import Client, User
from bot.db.models_checkins import CheckinDay, WorkLog
from bot.i18n import translator
from bot.offline.offline_chat import OfflineChat
from bot.offline.telegram_offline import OfflineBotAPI
from bot.runtime.app import build_application
from tests.clock import RunningClock
from tests.conftest import make_settings

NOT_COUNTED = {"getMe", "setMyCommands", "getMyCommands", "deleteMyCommands"}
USER_ID = 4711


class Crash(BaseException):
    """The process dies here."""


class CrashingAPI(OfflineBotAPI):
    """The offline Bot API, dying at the `crash_at`-th call (of those a step makes)."""

    def __init__(self) -> None:
        super().__init__()
        self.counted = 0
        self.crash_at: int | None = None

    async def do_request(self, url: str, method: str, request_data: Any = None, **kwargs: Any):
        if url.rsplit("/", 1)[-1] not in NOT_COUNTED:
            self.counted += 1
            if self.counted == self.crash_at:
                raise Crash
        return await super().do_request(url, method, request_data, **kwargs)


class RestartingApp:
    """What the chat talks to: the current application; after a crash, a new one on the same
    database (and the same chat history at Telegram), which gets the update again."""

    def __init__(self, database_url: str, tmp_path: Path, api: CrashingAPI) -> None:
        self.settings = make_settings(database_url, tmp_path)
        self.api = api
        self.current = None
        self.crashes = 0

    async def start(self) -> None:
        self.current = build_application(self.settings, request=self.api)
        self.current.clock = RunningClock()
        await upgrade(self.current.database.engine)
        await self.current.initialize()

    async def process_update(self, update: Update) -> None:
        try:
            await self.current.process_update(update)
        except Crash:
            self.crashes += 1
            await self.current.database.dispose()  # dead: no shutdown, nothing more written
            await self.start()
            await self.current.process_update(Update.de_json(update.to_dict(), self.current.bot))

    async def stop(self) -> None:
        await self.current.shutdown()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.current, name)


# What a user does when the bot shows a question: the latest question on screen is answered.
ONBOARDING = [
    ("Ich bin <b>VA Coach</b>|Ich bin VA Coach", ("press", "Let's start")),
    ("Wie darf ich dich nennen", ("send", "Ida")),
    ("In welcher Zeitzone", ("press_raw", "Berlin")),
    ("Wann soll dein täglicher Check-in", ("press", "Skip")),
    ("Wie viele Stunden pro Woche", ("press", "Skip")),
    ("Für wen arbeitest du gerade", ("send", "Acme GmbH")),
    ("Wie sprichst du", ("press", "“du” (informal)")),
    ("Wem schreibst du bei", ("send", "Lena Weber")),
    ("Deine Kund:innen bisher", ("press", "Done")),
]
CHECKIN = [
    ("Wie viele Stunden hast du", ("press_raw", "6")),
    ("Wie viel Energie", ("press_raw", "4")),
    ("Wie gestresst", ("press_raw", "2")),
    ("etwas zu heute merken", ("press", "No note")),
]


def transcript(chat: OfflineChat) -> str:
    return "\n---\n".join(m.get("text", "") for m in chat.bot_messages)


async def answer_latest_question(chat: OfflineChat, script: list) -> None:
    tr = translator("de")
    for message in reversed(chat.bot_messages):
        text = message.get("text", "")
        for pattern, (how, what) in script:
            if re.search(pattern, text):
                if how == "send":
                    await chat.send(what)
                else:
                    await chat.press(tr.label(what) if how == "press" else what, message)
                return
    raise AssertionError(f"no question to answer on screen:\n{transcript(chat)}")


async def journey(app: RestartingApp, database_url: str) -> str:
    """Onboarding, /log, a check-in; returns the check-in's final screen."""
    chat = OfflineChat(app, app.api, user_id=USER_ID, first_name="Ida", language_code="de")
    await chat.send("/start")
    for _ in range(20):
        if await onboarded(app):
            break
        await answer_latest_question(chat, ONBOARDING)
    await chat.send("/log +2 Acme gestern")
    await chat.send("/checkin")
    for _ in range(12):
        final = next(
            (
                m["text"]
                for m in reversed(chat.bot_messages)
                if "Gespeichert ·" in m.get("text", "")
            ),
            None,
        )
        if final:
            return final
        await answer_latest_question(chat, CHECKIN)
    raise AssertionError(f"the check-in did not finish:\n{transcript(chat)}")


async def onboarded(app: RestartingApp) -> bool:
    async with app.current.database.sessions() as session:
        user = await session.get(User, USER_ID)
        return user is not None and user.onboarded_at is not None


async def stored(app: RestartingApp) -> dict:
    async with app.current.database.sessions() as session:
        user = await session.get(User, USER_ID)
        clients = (await session.execute(select(Client.name, Client.register))).all()
        logs = (
            await session.execute(select(WorkLog.day, WorkLog.minutes).order_by(WorkLog.day))
        ).all()
        days = (
            await session.execute(
                select(CheckinDay.day, CheckinDay.energy, CheckinDay.stress, CheckinDay.note)
            )
        ).all()
    return {
        "user": (user.display_name, user.timezone, user.language),
        "clients": sorted(clients),
        "work": [tuple(row) for row in logs],
        "checkins": [tuple(row) for row in days],
    }


async def run(tmp_path: Path, crash_at: int | None) -> tuple[dict, str, RestartingApp]:
    directory = tmp_path / f"run-{crash_at}"
    directory.mkdir()
    url = f"sqlite:///{directory / 'bot.db'}"
    api = CrashingAPI()
    app = RestartingApp(url, directory, api)
    await app.start()
    api.crash_at = crash_at
    try:
        final = await journey(app, url)
        return await stored(app), final, app
    finally:
        await app.stop()


async def test_a_crash_at_any_call_changes_nothing_the_user_relies_on(tmp_path: Path):
    clean_rows, clean_final, clean = await run(tmp_path, None)
    assert clean_rows["work"] == [(clean_rows["work"][0][0], 120), (clean_rows["work"][1][0], 360)]
    calls = clean.api.counted
    assert calls >= 20  # every step's calls: sends, edits, button answers
    failed = {}
    for crash_at in range(1, calls + 1):
        try:
            rows, final, app = await run(tmp_path, crash_at)
        except AssertionError as error:
            failed[crash_at] = str(error)[-1500:]
            continue
        if (app.crashes, rows, final) != (1, clean_rows, clean_final):
            failed[crash_at] = f"{app.crashes} crash(es); {rows} {final}"
    assert failed == {}, "\n\n".join(f"crashed at call {k}: {v}" for k, v in failed.items())
