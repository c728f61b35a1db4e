"""Bad input during onboarding: each gets a short, specific answer and the flow goes on."""

from __future__ import annotations

import pytest

from bot.i18n import translator
from tests.journeys import QUESTION, at_step, client_rows, register_label, user_row


@pytest.mark.parametrize("kind", ["photo", "sticker", "voice", "document"])
async def test_non_text_where_text_is_expected(chat, language, kind):
    await at_step(chat, language, "name")
    await getattr(chat, f"send_{kind}")()
    text = chat.last_text
    assert {"de": "nur Text", "en": "only read text"}[language] in text
    assert QUESTION["name"][language] in text  # the same question again


async def test_ten_thousand_characters(chat, language):
    await at_step(chat, language, "name")
    await chat.send("x" * 10_000)
    assert {"de": "länger, als ich hier verwenden kann", "en": "longer than I can use here"}[
        language
    ] in chat.last_text
    assert QUESTION["name"][language] in chat.last_text
    assert len(chat.last_text) < 1000  # the answer is short, the input is not echoed


async def test_unknown_time_zone(bot, chat, language):
    await at_step(chat, language, "timezone")
    await chat.send("Atlantis/Lost_City")
    assert {"de": "kenne ich nicht", "en": "do not know that time zone"}[language] in chat.last_text
    await chat.send("Europe/Berlin")
    assert (await user_row(bot, chat)).timezone == "Europe/Berlin"


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("-5", {"de": "beginnen bei 1", "en": "start at 1"}),
        ("abc", {"de": "als Zahl", "en": "as a number"}),
        ("400", {"de": "400 Stunden", "en": "400 hours"}),
    ],
)
async def test_bad_capacity(bot, chat, language, typed, words):
    await at_step(chat, language, "capacity")
    await chat.send(typed)
    assert words[language] in chat.last_text
    assert QUESTION["capacity"][language] in chat.last_text
    assert (await user_row(bot, chat)).capacity_hours == 40


async def test_impossible_check_in_time(bot, chat, language):
    await at_step(chat, language, "checkin")
    await chat.send("25:99")
    assert {"de": "Uhrzeit gibt es nicht", "en": "does not exist on a clock"}[
        language
    ] in chat.last_text
    await chat.send("7:45 pm" if language == "en" else "19.45")
    assert (await user_row(bot, chat)).checkin_time == "19:45"


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("A" * 500, {"de": "höchstens 200 Zeichen", "en": "200 characters at most"}),
        ("B" * 61, {"de": "höchstens 60 Zeichen", "en": "60 characters at most"}),
        ("🚀🚀🔥", {"de": "mindestens einen Buchstaben", "en": "at least one letter"}),
    ],
)
async def test_bad_client_names(bot, chat, language, name, words):
    await at_step(chat, language, "clients")
    await chat.send(name)
    assert words[language] in chat.last_text
    assert await client_rows(bot, chat) == []


async def test_duplicate_client_name(bot, chat, language):
    tr = translator(language)
    await at_step(chat, language, "clients")
    await chat.send("Acme")
    await chat.press(register_label(language))
    await chat.press(tr.label("Skip"))  # no contact person
    await chat.send("ACME")
    assert "Acme" in chat.last_text
    assert {"de": "schon eine Kundin oder einen Kunden", "en": "already have a client"}[
        language
    ] in chat.last_text
    assert len(await client_rows(bot, chat)) == 1


async def test_button_from_an_old_message(bot, chat, language):
    tr = translator(language)
    await at_step(chat, language, "timezone")
    old_question = chat.last_message
    await chat.press(tr.label("Skip"))  # on to the check-in time
    # The old time zone buttons were removed, but a client may still show them: press one.
    await chat.press_data("pf:2:Europe/London", message=old_question)
    assert tr.label("This button has expired.") in chat.answered_callbacks()
    assert QUESTION["checkin"][language] in chat.last_text
    assert (await user_row(bot, chat)).timezone is None


@pytest.mark.parametrize(
    "data", ["pf:9:x", "pf:2:../../etc", "garbage", "cl.do:remove:abc", "menu:" + "x" * 70]
)
async def test_tampered_callback_data(chat, language, data):
    await at_step(chat, language, "name")
    await chat.press_data(data)
    assert translator(language).label("This button has expired.") in chat.answered_callbacks()
    assert QUESTION["name"][language] in chat.last_text


async def test_a_command_in_the_middle_of_onboarding_runs_and_start_continues_it(
    bot, chat, language
):
    await at_step(chat, language, "capacity")
    await chat.send("/check")  # right away, not "let's finish this step first"
    assert {"de": "Antwort-Check", "en": "Reply check"}[language] in chat.last_text
    await chat.send(
        {
            "de": "Danke für Ihre Anfrage! Diese Woche bin ich leider ausgebucht.",
            "en": "Thanks for asking! I'm fully booked this week, sorry.",
        }[language]
    )
    assert "/100" in chat.last_text
    await chat.send("/start")  # the setup again, where it was
    assert QUESTION["capacity"][language] in chat.last_text
    await chat.send("25")  # and it goes on
    assert (await user_row(bot, chat)).capacity_hours == 25
    assert QUESTION["clients"][language] in chat.last_text


async def test_help_in_the_middle_of_onboarding_does_not_break_it(bot, chat, language):
    await at_step(chat, language, "capacity")
    await chat.send("/help")
    assert "/settings" in chat.last_text
    await chat.send("30")
    assert (await user_row(bot, chat)).capacity_hours == 30


async def test_cancel_leaves_onboarding_with_defaults(bot, chat, language):
    tr = translator(language)
    await at_step(chat, language, "checkin")
    await chat.send("/cancel")
    assert "/settings" in chat.last_text
    user = await user_row(bot, chat)
    assert user.onboarded_at is not None and user.checkin_time == "17:30"
    await chat.send("/start")
    assert tr.label("Settings") in chat.button_labels
    await chat.send("/cancel")
    assert {"de": "nichts, das ich abbrechen", "en": "Nothing to cancel"}[
        language
    ] in chat.last_text


async def test_unknown_command_and_chatter_outside_a_flow(chat, language):
    tr = translator(language)
    await at_step(chat, language, "name")
    await chat.send("/cancel")
    await chat.send("/frobnicate")
    assert "/help" in chat.last_text
    await chat.send("hello?")
    assert tr.label("Settings") in chat.button_labels
