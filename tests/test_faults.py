"""Faults injected through the offline Bot API and the database: nothing the user answered is
lost, and the flow is not broken."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import OperationalError
from telegram.error import NetworkError, TimedOut

from bot.db import repo
from bot.db.unit import UnitOfWork, UpdateNotStored
from bot.i18n import translator
from bot.offline.offline_chat import OfflineChat
from bot.offline.telegram_offline import BotAPIError
from bot.runtime.app import build_application
from tests.journeys import QUESTION, at_step, register_label, user_row


@pytest.mark.parametrize(
    "fault",
    [NetworkError("connection reset"), TimedOut("timed out"), BotAPIError(502, "Bad Gateway")],
)
async def test_telegram_failing_while_answering_keeps_the_answer(bot, chat, language, fault):
    await at_step(chat, language, "capacity")
    bot.api.fail_next("sendMessage", fault)
    await chat.send("25")  # stored, but sending the next question failed once
    assert (await user_row(bot, chat)).capacity_hours == 25
    # The error handler apologises and asks the step the user is on now.
    assert {"de": "etwas schiefgelaufen", "en": "something went wrong"}[language] in chat.last_text
    assert QUESTION["clients"][language] in chat.last_text
    await chat.send("Acme")
    assert "Acme" in chat.last_text


async def test_a_blocked_bot_is_silent_not_crashing(bot, chat, language, caplog):
    await at_step(chat, language, "name")
    bot.api.fail_next("sendMessage", BotAPIError(403, "Forbidden: bot was blocked by the user"))
    bot.api.fail_next("sendMessage", BotAPIError(403, "Forbidden: bot was blocked by the user"))
    await chat.send("Zoe")
    assert (await user_row(bot, chat)).display_name == "Zoe"
    assert not [r for r in caplog.records if "could not tell the user" in r.getMessage()]


async def test_retry_after_is_waited_out_by_the_rate_limiter(bot, tmp_path, language):
    """With the production rate limiter, a 429 is retried after the wait Telegram asks for."""
    app = build_application(
        bot.settings, request=bot.api, database=bot.app.database, rate_limit=True
    )
    async with app:
        chat = OfflineChat(app, bot.api, user_id=31337, language_code=language)
        bot.api.fail_next(
            "sendMessage", BotAPIError(429, "Too Many Requests: retry after 1", retry_after=1)
        )
        await chat.send("/start")
        assert "VA Coach" in chat.last_text


async def test_the_database_briefly_unreachable(bot, chat, language, monkeypatch):
    await at_step(chat, language, "clients")
    real, failures = repo.list_clients, {"left": 1}

    async def flaky(session, user_id):
        if failures["left"]:
            failures["left"] -= 1
            raise OperationalError("SELECT", {}, Exception("database is locked"))
        return await real(session, user_id)

    monkeypatch.setattr(repo, "list_clients", flaky)
    produced = await chat.send("Nordlicht GmbH")  # delivered again, as Telegram does, and stored
    # Told once, honestly, that it is not stored yet; then answered without sending it again.
    outage = {"de": "Ich kann gerade nichts speichern", "en": "I can’t save anything right now"}[
        language
    ]
    assert [outage in m["text"] for m in produced].count(True) == 1
    await chat.press(register_label(language))
    assert "Nordlicht GmbH" in chat.last_text
    async with bot.app.database.sessions() as session:
        assert [c.name for c in await repo.list_clients(session, chat.user["id"])] == [
            "Nordlicht GmbH"
        ]


OUTAGE = {"de": "Ich kann gerade nichts speichern", "en": "I can’t save anything right now"}
APOLOGY = {"de": "Was du gespeichert hast", "en": "What you saved is kept"}


async def test_a_full_disk_gets_one_honest_message(bot, chat, language, monkeypatch):
    await at_step(chat, language, "clients")
    real, failures = UnitOfWork.commit, {"left": 2}

    async def disk_full(unit):
        if failures["left"] and unit.session is not None and unit.session.in_transaction():
            failures["left"] -= 1
            raise OperationalError(
                "COMMIT", {}, sqlite3.OperationalError("database or disk is full")
            )
        return await real(unit)

    monkeypatch.setattr(UnitOfWork, "commit", disk_full)
    produced = await chat.send("Nordlicht GmbH")  # stored on the third delivery
    texts = [m["text"] for m in produced]
    assert sum(OUTAGE[language] in t for t in texts) == 1, texts  # said once, not per attempt
    assert not any(APOLOGY[language] in t for t in texts)  # no "what you saved is kept"
    await chat.press(register_label(language))
    async with bot.app.database.sessions() as session:
        assert [c.name for c in await repo.list_clients(session, chat.user["id"])] == [
            "Nordlicht GmbH"
        ]


async def test_a_file_locked_by_another_process_holds_up_only_those_who_write(
    bot, language, database_url
):
    tr = translator(language)
    writer, reader = bot.chat(language_code=language), bot.chat(language_code=language)
    await at_step(writer, language, "clients")
    await reader.send("/start")
    await reader.press(tr.label("Let's start"))
    await reader.send("/cancel")  # set up, nothing open
    other = sqlite3.connect(database_url.removeprefix("sqlite:///"), isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another process keeps the file locked
    try:
        with pytest.raises(UpdateNotStored):
            await writer.send("Nordlicht GmbH")
        assert sum(OUTAGE[language] in m["text"] for m in writer.bot_messages) == 1
        assert await reader.send("/help")  # everyone else is answered meanwhile
        assert "VA Coach" in reader.last_text
    finally:
        other.execute("ROLLBACK")
        other.close()
    await writer.deliver_again()  # Telegram's next delivery, once the lock is gone
    assert "Nordlicht GmbH" in writer.last_text
    await writer.press(register_label(language))
    async with bot.app.database.sessions() as session:
        assert [c.name for c in await repo.list_clients(session, writer.user["id"])] == [
            "Nordlicht GmbH"
        ]
