"""One database session per update (bot/db/unit.py): what a user is shown is already stored,
no update holds the database while it talks to Telegram, and a step that fails half-way keeps
nothing of its own half."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url

from bot.coach.profile_steps import Step as ProfileStep
from bot.db import repo
from bot.db.models import UserDataRow
from bot.flows.profile.store import FLOW as PROFILE
from bot.i18n import translator
from tests.journeys import client_rows, onboarded, register_label, user_row


def spy_on_requests(bot, on_request) -> None:
    """Call `on_request(api_method)` as each Bot API request arrives, before it is answered."""
    answer = bot.api.do_request

    async def do_request(url: str, method: str, request_data=None, **timeouts):
        on_request(url.rsplit("/", 1)[-1])
        return await answer(url, method, request_data, **timeouts)

    bot.api.do_request = do_request


def list_clients_fails_once(monkeypatch) -> list[bool]:
    """The next read of the client list fails as a lost database would; the list returned
    gets an entry when that happened."""
    real_list = repo.list_clients
    failures: list[bool] = []

    async def fails_once(*args, **kwargs):
        if not failures:
            failures.append(True)
            raise RuntimeError("the database went away")
        return await real_list(*args, **kwargs)

    monkeypatch.setattr(repo, "list_clients", fails_once)
    return failures


async def test_a_new_client_is_stored_before_the_list_showing_it_goes_out(bot, chat, language):
    tr = translator(language)
    await onboarded(chat, language)
    database_file = Path(make_url(bot.app.database.url).database)
    stored_when_sent: list[list[str]] = []

    def read_with_another_connection(method: str) -> None:
        if method == "sendMessage":
            reader = sqlite3.connect(database_file)
            try:
                names = reader.execute(
                    "SELECT name FROM clients WHERE user_id = ?", (chat.user["id"],)
                )
                stored_when_sent.append([name for (name,) in names])
            finally:
                reader.close()

    await chat.send("/clients")
    await chat.press(tr.label("Add a client"))
    spy_on_requests(bot, read_with_another_connection)
    await chat.send("Acme Ltd")
    await chat.press(register_label(language))
    assert "Acme Ltd" in chat.last_text
    assert stored_when_sent and stored_when_sent[-1] == ["Acme Ltd"]


async def test_no_update_holds_the_database_while_talking_to_telegram(
    any_database_url, bot_factory
):
    bot = await bot_factory(any_database_url)
    pool = bot.app.database.engine.sync_engine.pool
    held: list[tuple[str, int]] = []
    spy_on_requests(bot, lambda method: held.append((method, pool.checkedout())))
    chat = bot.chat(language_code="de")
    tr = translator("de")
    await onboarded(chat, "de")
    await chat.send("/clients")
    await chat.press(tr.label("Add a client"))
    await chat.send("Acme GmbH")
    await chat.press(tr.label("“Sie” (formal)"))
    await chat.press(tr.label("Skip"))  # no contact person
    await chat.press(tr.label("Done"))
    await chat.send("/checkin")
    await chat.press("4")
    assert len(held) > 10
    assert [entry for entry in held if entry[1]] == []


async def test_a_step_that_fails_half_way_asks_the_same_question_again(bot, language, monkeypatch):
    """The weekly hours are stored, then reading the clients for the next question fails: the
    hours must not stay stored behind a question the user never got, so the user hears the
    apology and the hours question again, and answering it works."""
    tr = translator(language)
    chat = bot.chat(language_code=language)
    await chat.send("/start")
    await chat.press(tr.label("Let's start"))
    for _ in range(3):  # name, time zone, check-in time
        await chat.press(tr.label("Skip"))
    assert {"de": "Stunden pro Woche", "en": "hours a week"}[language] in chat.last_text
    failures = list_clients_fails_once(monkeypatch)
    replies = await chat.send("33")
    apology = tr.gettext(
        "Sorry, something went wrong on my side. What you saved is kept; please try that again."
    )
    assert failures and apology in chat.last_text
    assert {"de": "Stunden pro Woche", "en": "hours a week"}[language] in chat.last_text
    assert len(replies) == 1
    assert (await user_row(bot, chat)).capacity_hours != 33

    await chat.send("33")
    assert (await user_row(bot, chat)).capacity_hours == 33
    assert {"de": "Kund", "en": "clients"}[language] in chat.last_text


async def test_a_first_message_that_fails_still_leaves_a_usable_account(bot, language, monkeypatch):
    """The user row a first message creates is kept when the rest of the step fails, so the
    next try works (it used to be rolled back while the "known" flag stayed)."""
    tr = translator(language)
    chat = bot.chat(language_code=language)
    failures = list_clients_fails_once(monkeypatch)
    await chat.send("/clients")
    assert failures and await user_row(bot, chat) is not None
    await chat.send("/clients")
    await chat.press(tr.label("Add a client"))
    await chat.send("Acme")
    await chat.press(register_label(language))
    assert [client.name for client in await client_rows(bot, chat)] == ["Acme"]


async def test_forty_users_answering_at_once_are_all_stored(any_database_url, bot_factory):
    """Forty updates in flight together share SQLite's one connection (or PostgreSQL's pool)
    and the persistence lock: none waits forever, every answer and flow state is stored."""
    bot = await bot_factory(any_database_url)
    tr = translator("en")
    chats = [bot.chat(language_code="en") for _ in range(40)]

    async def to_weekly_hours(chat) -> None:
        await chat.send("/start")
        await chat.press(tr.label("Let's start"))
        for _ in range(3):
            await chat.press(tr.label("Skip"))

    await asyncio.wait_for(asyncio.gather(*(to_weekly_hours(chat) for chat in chats)), timeout=60)
    bot.api.latency = 0.005  # every Bot API call yields, so the forty steps interleave
    await asyncio.wait_for(
        asyncio.gather(*(chat.send(str(20 + index)) for index, chat in enumerate(chats))),
        timeout=60,
    )
    async with bot.app.database.sessions() as session:
        stored = {
            row.user_id: row.data for row in (await session.execute(select(UserDataRow))).scalars()
        }
    for index, chat in enumerate(chats):
        assert (await user_row(bot, chat)).capacity_hours == 20 + index
        assert "clients" in chat.last_text
        # The step the user now sees is the stored one: a restart would ask the same question.
        assert stored[chat.user["id"]][PROFILE]["step"] == ProfileStep.CLIENTS
