"""/log by the person a VA works with: "/log 1,5 Weber" for Acme, whose contact is Herr
Dr. Thomas Weber. The contact's first and last name name the client, typed exactly or a little
misspelt; a name two clients share is asked with buttons, never guessed."""

from __future__ import annotations

from datetime import date

from sqlalchemy import update

from bot.coach.logparse import parse_log
from bot.db.models import Client
from tests.clock import TEST_START
from tests.journeys import TODAY, client_rows, logs, setup_user

WEDNESDAY = TEST_START.date()  # Wednesday 11 March 2026
CLIENTS = [(1, "Priya Shah"), (4, "Acme"), (5, "Lena Krause")]
CONTACTS = {4: ("Thomas", "Weber"), 5: (None, None)}  # Lena Krause has no contact person


def logged(typed: str, contacts=CONTACTS, clients=CLIENTS):
    entry = parse_log(typed, clients, WEDNESDAY, contacts=contacts)
    return entry.minutes, entry.client_id, entry.day, entry.choices


def test_the_contacts_surname_names_the_client():
    assert logged("1,5 Weber") == (90, 4, WEDNESDAY, ())
    assert logged("1.5 h for Weber yesterday") == (90, 4, date(2026, 3, 10), ())


def test_the_contacts_first_name_or_both_names_name_the_client():
    assert logged("2 Thomas") == (120, 4, WEDNESDAY, ())
    assert logged("45 min Thomas Weber am Montag") == (45, 4, date(2026, 3, 9), ())


def test_a_misspelt_contact_name_is_understood():
    assert logged("1,5 Webr") == (90, 4, WEDNESDAY, ())
    assert logged("2 h Tomas gestern") == (120, 4, date(2026, 3, 10), ())


def test_a_name_a_client_and_another_clients_contact_share_is_asked():
    contacts = {4: ("Lena", "Weber")}
    assert logged("1 Lena", contacts)[3] == (4, 5)
    assert logged("1 Lena Krause", contacts)[1] == 5  # the whole name is Lena Krause's
    assert logged("1 Lena Weber", contacts)[1] == 4  # both words are Acme's contact's


def test_a_month_as_a_contacts_first_name_does_not_hide_the_day():
    contacts = {4: ("April", "von der Leyen")}
    assert logged("2 Leyen", contacts)[1] == 4
    assert logged("2 h am 1. April", contacts)[1:3] == (None, date(2025, 4, 1))  # last April


async def set_contact(bot, chat, name: str, first: str, last: str) -> int:
    client = next(c for c in await client_rows(bot, chat) if c.name == name)
    async with bot.app.database.sessions.begin() as session:
        await session.execute(
            update(Client)
            .where(Client.id == client.id)
            .values(contact_title="Dr.", contact_first=first, contact_last=last)
        )
    return client.id


async def test_log_weber_is_logged_for_acme(bot, chat, language):
    await setup_user(bot, chat, language, ("Acme", "Bloom"))
    acme = await set_contact(bot, chat, "Acme", "Thomas", "Weber")
    await chat.send("/log 1,5 Weber" if language == "de" else "/log 1.5 Weber")
    assert await logs(bot, chat) == {(TODAY, acme): 90}
    assert "Acme" in chat.last_text  # the answer says which client the hours went to


async def test_a_surname_two_clients_share_offers_both_as_buttons(bot, chat, language):
    await setup_user(bot, chat, language, ("Acme", "Weber Consulting"))
    await set_contact(bot, chat, "Acme", "Thomas", "Weber")
    await chat.send("/log 2 Weber")
    assert await logs(bot, chat) == {}
    assert {"Acme", "Weber Consulting"} <= set(chat.button_labels)
    await chat.press("Acme")
    acme = next(c.id for c in await client_rows(bot, chat) if c.name == "Acme")
    assert await logs(bot, chat) == {(TODAY, acme): 120}
