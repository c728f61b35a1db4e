"""Onboarding as a new VA experiences it, in German and in English."""

from __future__ import annotations

import pytest

from bot.i18n import translator
from tests.journeys import client_rows, register_label, user_row


async def test_full_onboarding_stores_every_answer(bot, chat, language):
    tr = translator(language)
    await chat.send("/start")
    assert "VA Coach" in chat.last_text
    await chat.press(tr.label("Let's start"))
    await chat.press(tr.label("Call me {name}", name="Anna"))
    await chat.send("Europe/Lisbon")
    await chat.send("18:15")
    await chat.send("32")
    await chat.send("Acme GmbH")
    assert {"de": "„Sie“", "en": "Formal"}[language] in chat.button_labels[0]
    await chat.press(register_label(language, "du"))
    await chat.send("Dr. Anna Hoffmann")  # the contact person
    assert "Acme GmbH" in chat.last_text
    await chat.press(tr.label("Done"))

    user = await user_row(bot, chat)
    assert user.display_name == "Anna"
    assert user.language == language
    assert user.timezone == "Europe/Lisbon"
    assert user.checkin_time == "18:15"
    assert user.capacity_hours == 32
    assert user.onboarded_at is not None
    clients = await client_rows(bot, chat)
    assert [(c.name, c.register, c.contact_title, c.contact_last) for c in clients] == [
        ("Acme GmbH", "du", "Dr.", "Hoffmann")
    ]
    # The summary repeats what was understood, then the main menu follows.
    summary = chat.bot_messages[-2]["text"]
    assert "Europe/Lisbon" in summary and "32" in summary
    assert tr.label("Settings") in chat.button_labels


async def test_skipping_everything_keeps_the_defaults(bot, chat, language):
    tr = translator(language)
    await chat.send("/start")
    await chat.press(tr.label("Let's start"))
    for _ in range(5):
        await chat.press(tr.label("Skip"))
    user = await user_row(bot, chat)
    assert (user.checkin_time, user.capacity_hours, user.timezone) == ("17:30", 40, None)
    assert user.onboarded_at is not None
    assert tr.label("Clients") in chat.button_labels


@pytest.mark.parametrize(
    ("code", "expected"),
    [("de", "de"), ("de-AT", "de"), ("de-CH", "de"), ("en-GB", "en"), ("fr", "en"), (None, "en")],
)
async def test_language_comes_from_telegram(bot, code, expected):
    chat = bot.chat(language_code=code)
    await chat.send("/start")
    assert translator(expected).label("Let's start") in chat.button_labels
    assert (await user_row(bot, chat)).language == expected


async def test_language_can_be_switched_on_the_welcome_screen(bot):
    chat = bot.chat(language_code="en")
    await chat.send("/start")
    await chat.press("Deutsch")
    assert "Wie darf ich dich nennen?" in chat.last_text
    assert (await user_row(bot, chat)).language == "de"


async def test_start_again_offers_the_menu_not_a_reset(bot, chat, language):
    tr = translator(language)
    await chat.send("/start")
    await chat.press(tr.label("Let's start"))
    await chat.send("Bea")
    for _ in range(4):
        await chat.press(tr.label("Skip"))
    await chat.send("/start")
    assert tr.label("Settings") in chat.button_labels
    assert "Bea" in chat.last_text  # greeted by the chosen name, not Telegram's
    assert (await user_row(bot, chat)).display_name == "Bea"


async def test_shared_location_becomes_a_time_zone(bot, chat, language):
    tr = translator(language)
    await chat.send("/start")
    await chat.press(tr.label("Let's start"))
    await chat.press(tr.label("Skip"))
    await chat.share_location(48.2082, 16.3738)  # Vienna
    assert "Europe/Vienna" in chat.bot_messages[-2]["text"]
    assert (await user_row(bot, chat)).timezone == "Europe/Vienna"


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("berlin", "Europe/Berlin"),
        ("America/New_York", "America/New_York"),
        ("new york", "America/New_York"),
    ],
)
async def test_time_zone_typed_as_city_or_iana_name(bot, typed, zone):
    chat = bot.chat(language_code="en")
    await chat.send("/start")
    await chat.press("Let's start")
    await chat.press("Skip")
    await chat.send(typed)
    assert (await user_row(bot, chat)).timezone == zone


async def test_german_city_names_are_understood(bot):
    chat = bot.chat(language_code="de")
    await chat.send("/start")
    await chat.press("Los geht")
    await chat.press("Überspringen")
    await chat.send("München")
    assert (await user_row(bot, chat)).timezone == "Europe/Berlin"
