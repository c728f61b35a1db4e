"""/replies: browse or search the library, fill in only what is missing, copy the reply; the
reply lands in /drafts and its shape and register change with one tap."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from bot.coach.drafting import renderer
from bot.coach.templates import salutation_line
from bot.flows.replies.codecs import FillChoice
from bot.i18n import translator
from tests.journeys import drafts_of, onboarded, register_label, with_client


def copy_texts(chat) -> list[str]:
    return [b.copy_text for b in chat.buttons if b.copy_text]


async def test_english_browse_fill_and_copy(bot):
    chat = bot.chat(language_code="en", first_name="Sam")
    tr = translator("en")
    await with_client(chat, "en", "Tom Baker")
    await chat.send("/replies")
    assert "Reply templates" in chat.last_text
    await chat.press("Time and deadlines")
    await chat.press("Push a deadline")
    await chat.press("Tom Baker")  # the client: its register, no question about Sie/du
    await chat.press(tr.label("Email"))
    assert "1/2" in chat.last_text and "Which task?" in chat.last_text
    await chat.send("“the newsletter”.")
    assert "2/2" in chat.last_text
    await chat.press(tr.label("Next Monday"))  # the tests' clock: Wednesday 11 March 2026
    reply = chat.last_text
    # Tom is a formal client: the salutation the drafts use for him (replies/_parts.j2)
    salutation = salutation_line(renderer("en"), "Tom Baker", "sie", None)
    assert reply.startswith(f"{salutation}\n\nA quick update on “the newsletter”.")
    assert "by Monday 16 March." in reply
    assert reply.endswith(",\nSam")  # a sign-off, then the VA's name
    assert copy_texts(chat) == ([reply] if len(reply) <= 256 else [])  # Telegram's limit
    assert tr.label("Send to a chat") in chat.button_labels  # any length, through inline mode
    rows = await drafts_of(bot, chat)
    assert rows[-1].kind == "template" and rows[-1].status == "done" and rows[-1].text == reply
    assert rows[-1].client_name == "Tom Baker"
    await chat.press(tr.label("As a chat message"))
    assert "A quick update" in chat.last_text and "Sam" not in chat.last_text
    assert (await drafts_of(bot, chat))[-1].text == chat.last_text
    await chat.send("/drafts")
    assert any("Tom Baker" in label for label in chat.button_labels)


async def test_german_search_with_typo_register_and_switches(bot):
    chat = bot.chat(language_code="de", first_name="Maria")
    tr = translator("de")
    await chat.send("/replies")
    await chat.send("rechnug")  # a typo
    assert "Vorlagen zu „rechnug“" in chat.last_text
    await chat.press("Arbeit pausieren")
    await chat.press(tr.label("“Sie” (formal)"))  # no clients: Sie or du is asked
    await chat.press(tr.label("Chat message"))
    await chat.send("2025-017")
    reply = chat.last_text
    assert reply.startswith(
        "Eine kurze Erinnerung: Die Rechnung 2025-017 ist inzwischen überfällig."
    )
    assert "Ihren Aufgaben" in reply
    await chat.press("Mit „du“")
    assert "deinen Aufgaben" in chat.last_text and "Ihren" not in chat.last_text
    await chat.press(tr.label("As an email"))
    salutation = salutation_line(renderer("de"), None, "du", None)  # nobody named
    assert chat.last_text.startswith(f"{salutation}\n\neine kurze Erinnerung")
    assert chat.last_text.endswith("Grüße\nMaria")


async def test_skipping_fields_and_the_date_picker(bot, chat, language):
    tr = translator(language)
    await chat.send("/replies")
    await chat.press(tr.data("library")["categories"]["time"])
    await chat.press(tr.data("library")["situations"]["asap"]["title"])
    await chat.press(register_label(language, "du"))
    await chat.press(tr.label("Chat message"))
    await chat.press(tr.label("Skip"))
    await chat.press(tr.label("Pick a date"))
    assert len(chat.buttons) >= 35
    await chat.press("›")
    assert tr.label("Back") in chat.button_labels
    day = next(b for b in chat.buttons if b.label == "15")
    await chat.press_data(day.callback_data)
    reply = chat.last_text
    assert "15." in reply or " 15 " in reply
    assert "“" not in reply and "„" not in reply  # the skipped task is worded generally


async def test_typed_dates_and_bad_dates(bot, chat, language):
    tr = translator(language)
    await chat.send("/replies")
    await chat.send(tr.data("library")["situations"]["waitlist"]["title"])
    await chat.press(tr.data("library")["situations"]["waitlist"]["title"])
    await chat.press(register_label(language, "sie"))
    await chat.press(tr.label("Email"))
    await chat.send("banana")
    assert (
        tr.gettext(
            "I could not read that as a date after today. Try for example 15.3. or next Friday."
        )
        in chat.last_text
    )
    await chat.send("1.2.2099")
    assert "2099" not in chat.last_text  # the year is not part of the phrase
    assert (
        ("1. Februar" in chat.last_text) if language == "de" else ("1 February" in chat.last_text)
    )


async def test_stale_and_tampered_buttons(bot, chat, language):
    tr = translator(language)
    await chat.send("/replies")
    await chat.press(tr.data("library")["categories"]["money"])
    await chat.press(tr.data("library")["situations"]["rate_increase"]["title"])
    await chat.press_data(FillChoice(step=103, value="skip").pack())
    assert tr.label("This button has expired.") in chat.answered_callbacks()
    await chat.press_data("tl.use:lib:no_such_template")
    assert tr.gettext("That template no longer exists.") in chat.last_text
    await chat.send("/cancel")
    await chat.press_data(FillChoice(step=3, value="email").pack())
    assert tr.label("This button has expired.") in chat.answered_callbacks()


async def test_a_very_long_search_and_nonsense(bot, chat, language):
    await chat.send("/replies")
    await chat.send("x" * 4000)
    assert chat.last_text  # answered, not crashed
    await chat.send("qqqzzz")
    assert "qqqzzz" in chat.last_text and len(chat.buttons) >= 5  # topics offered instead


async def test_a_restart_resumes_filling_where_it_was(bot_factory):
    first = await bot_factory()
    chat = first.chat(language_code="en", first_name="Sam")
    tr = translator("en")
    await chat.send("/replies")
    await chat.send("scope creep")
    await chat.press("Scope creep")
    await chat.press("Formal")  # no client: formal or casual is asked
    await chat.press(tr.label("Chat message"))
    await first.stop()
    second = await bot_factory()
    again = second.chat(language_code="en", user_id=chat.user["id"], first_name="Sam")
    await again.send("three more landing pages")
    assert "“three more landing pages”" in again.last_text


async def test_a_filled_reply_goes_to_the_reply_check(bot):
    chat = bot.chat(language_code="en", first_name="Sam")
    tr = translator("en")
    await chat.send("/replies")
    await chat.send("waiting list")
    await chat.press("Offer a waiting list")
    await chat.press("Formal")  # no client: formal or casual is asked
    await chat.press(tr.label("Chat message"))
    await chat.press(tr.label("Skip"))
    reply = chat.last_text
    await chat.press(tr.label("Check this reply"))
    assert chat.last_text != reply  # the check's answer
    assert tr.label("This button has expired.") not in chat.answered_callbacks()


# The quick date buttons on each day of a week (Monday 9 to Sunday 15 March 2026): what is
# offered, and that a button's date is the one in the reply.
WEEK_OF_BUTTONS = {
    9: [
        "Tomorrow · Tue 10 Mar",
        "Friday · Fri 13 Mar",
        "Next Monday · Mon 16 Mar",
        "In two weeks · Mon 23 Mar",
        "Next month · Wed 1 Apr",
    ],
    10: [
        "Tomorrow · Wed 11 Mar",
        "Friday · Fri 13 Mar",
        "Next Monday · Mon 16 Mar",
        "In two weeks · Tue 24 Mar",
        "Next month · Wed 1 Apr",
    ],
    11: [
        "Tomorrow · Thu 12 Mar",
        "Friday · Fri 13 Mar",
        "Next Monday · Mon 16 Mar",
        "In two weeks · Wed 25 Mar",
        "Next month · Wed 1 Apr",
    ],
    12: [
        "Tomorrow · Fri 13 Mar",
        "Next Monday · Mon 16 Mar",
        "In two weeks · Thu 26 Mar",
        "Next month · Wed 1 Apr",
    ],
    13: [
        "Tomorrow · Sat 14 Mar",
        "Next Monday · Mon 16 Mar",
        "Friday · Fri 20 Mar",
        "In two weeks · Fri 27 Mar",
        "Next month · Wed 1 Apr",
    ],
    14: [
        "Tomorrow · Sun 15 Mar",
        "Next Monday · Mon 16 Mar",
        "Friday · Fri 20 Mar",
        "In two weeks · Sat 28 Mar",
        "Next month · Wed 1 Apr",
    ],
    15: [
        "Tomorrow · Mon 16 Mar",
        "Friday · Fri 20 Mar",
        "In two weeks · Sun 29 Mar",
        "Next month · Wed 1 Apr",
    ],
}


@pytest.mark.parametrize("day", sorted(WEEK_OF_BUTTONS))
async def test_date_buttons_on_each_day_of_the_week(bot, day: int):
    bot.app.clock = lambda: datetime(2026, 3, day, 10, 0, tzinfo=UTC)
    chat = bot.chat(language_code="en", first_name="Sam")
    await with_client(chat, "en", "Tom Baker")
    await chat.send("/replies")
    await chat.press("Time and deadlines")
    await chat.press("Push a deadline")
    await chat.press("Tom Baker")
    await chat.press(translator("en").label("Email"))
    await chat.send("the newsletter")
    offered = [label for label in chat.button_labels if " · " in label]
    assert offered == WEEK_OF_BUTTONS[day]
    last = offered[-2]  # "In two weeks": its date is in the reply
    await chat.press(last)
    weekday, number, month = last.split(" · ")[1].split()
    assert re.search(rf"by {weekday}\w* {number} {month}\w*\.", chat.last_text)


async def test_a_typed_skip_skips_a_library_field(bot):
    chat = bot.chat(language_code="de", first_name="Maria")
    tr = translator("de")
    await chat.send("/replies")
    await chat.send("rechnug")
    await chat.press("Arbeit pausieren")
    await chat.press(tr.label("“Sie” (formal)"))
    await chat.press(tr.label("Chat message"))
    await chat.send("überspringen")  # the invoice number: skipped, not "überspringen"
    texts = "\n".join(m["text"] for m in chat.bot_messages[-3:])
    assert "überspringen" not in texts


async def test_typed_du_answers_sie_or_du_and_a_double_tap_changes_nothing(bot):
    chat = bot.chat(language_code="de", first_name="Maria")
    tr = translator("de")
    await chat.send("/replies")
    await chat.send("rechnug")
    await chat.press("Arbeit pausieren")
    await chat.send("du")  # typed, not tapped
    await chat.press(tr.label("Chat message"))
    question = chat.last_text
    await chat.press_data(FillChoice(step=3, value="email").pack())  # the shape, tapped again
    assert tr.label("This button has expired.") in chat.answered_callbacks()
    assert chat.last_text == question
    await chat.send("2025-017")
    assert "deinen Aufgaben" in chat.last_text


async def test_back_from_the_date_picker_offers_the_quick_dates_again(bot):
    chat = bot.chat(language_code="en", first_name="Sam")
    tr = translator("en")
    await chat.send("/replies")
    await chat.send("waiting list")
    await chat.press("Offer a waiting list")
    await chat.press("Formal")  # no client: formal or casual is asked
    await chat.press(tr.label("Email"))
    await chat.press(tr.label("Pick a date"))
    await chat.press("›")
    await chat.press(tr.label("Back"))
    assert tr.label("Pick a date") in chat.button_labels
    await chat.press("Next Monday · Mon 16 Mar")  # the tests' clock: Wednesday 11 March 2026
    assert "16 March" in chat.last_text


async def test_an_english_reply_for_a_new_client_asks_formal_or_casual_not_sie_or_du(bot):
    chat = bot.chat(language_code="en", first_name="Sam")
    await onboarded(chat, "en")  # no clients yet
    await chat.send("/replies")
    await chat.press("Time and deadlines")
    await chat.press("Push a deadline")
    assert "formally" in chat.last_text and "“Sie”" not in chat.last_text
    assert chat.button_labels[:2] == ["Formal", "Casual"]
    await chat.press("Casual")
    await chat.press("Email")
    assert "Which task?" in chat.last_text
