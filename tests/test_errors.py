"""One error handler: an apology and the same step again; the log has no message contents."""

from __future__ import annotations

import logging

from bot.db import repo
from bot.i18n import translator
from bot.offline.telegram_offline import BotAPIError
from tests.journeys import QUESTION, at_step, client_rows, register_label


async def test_a_crash_in_a_handler_apologises_and_the_flow_goes_on(
    bot, chat, language, monkeypatch, caplog
):
    await at_step(chat, language, "clients")
    real = repo.list_clients
    calls = {"n": 0}

    async def flaky(session, user_id):
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("database hiccup")
        return await real(session, user_id)

    monkeypatch.setattr(repo, "list_clients", flaky)
    caplog.set_level(logging.INFO)
    await chat.send("Geheimkunde AG")
    assert {"de": "etwas schiefgelaufen", "en": "something went wrong"}[language] in chat.last_text
    assert QUESTION["clients"][language] in chat.last_text
    assert "Traceback" not in chat.last_text

    await chat.send("Geheimkunde AG")  # the user simply tries again
    await chat.press(register_label(language))
    await chat.press(translator(language).label("Skip"))  # no contact person
    assert [c.name for c in await client_rows(bot, chat)] == ["Geheimkunde AG"]

    logged = "\n".join(record.getMessage() + str(record.exc_info) for record in caplog.records)
    assert "RuntimeError" in logged
    assert "Geheimkunde" not in logged


async def test_message_not_modified_is_harmless(bot, chat, language):
    tr = translator(language)
    await chat.send("/clients")
    list_message = chat.last_message
    bot.api.fail_next("editMessageText", BotAPIError(400, "Bad Request: message is not modified"))
    await chat.press(tr.label("Add a client"), message=list_message)
    assert {"de": "Wie heißt", "en": "client’s name"}[language] in chat.last_text


async def test_a_failing_send_during_the_apology_does_not_raise(bot, chat, language, monkeypatch):
    await at_step(chat, language, "name")

    async def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(repo, "ensure_user", broken)
    bot.api.fail_next("sendMessage", BotAPIError(400, "Bad Request: chat not found"))
    await chat.send("Zoe")  # must not propagate out of process_update
    monkeypatch.undo()
    await chat.send("Zoe")
    assert QUESTION["timezone"][language] in chat.last_text
