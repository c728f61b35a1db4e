"""Care before numbers (DOMAIN.md §9): crisis words get the acute card first, a high self-check
score the graduated card first, with the help numbers of the user's country."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from bot.coach.burnout import ITEMS
from bot.coach.care import is_crisis
from bot.db.models import User
from bot.i18n import LANGUAGES, translator
from tests.journeys import setup_user

CRISIS_NOTES = [
    "Ich kann nicht mehr.",
    "ich halte das nicht mehr aus",
    "Ehrlich gesagt bin ich lebensmüde",
    "Das hat alles keinen Sinn mehr",
    "Ich schaff das nicht mehr",
    "I can't do this anymore",
    "i cant go on",
    "I can’t go on like this",
    "Honestly I want to die",
    "I'm at breaking point",
]
ORDINARY_NOTES = [
    "Langer Call mit Acme, aber gut geschafft",
    "Endlich die Rechnungen fertig",
    "Good day, finished the onboarding deck",
    "Client went on and on about the website",
]


@pytest.mark.parametrize("language", LANGUAGES)
def test_crisis_words_are_recognised_whatever_the_language_and_apostrophe(language):
    phrases = translator(language).data("crisis")["phrases"]
    assert [note for note in CRISIS_NOTES if not is_crisis(note, phrases)] == []
    assert [note for note in ORDINARY_NOTES if is_crisis(note, phrases)] == []


async def set_timezone(bot, chat, zone: str) -> None:
    async with bot.app.database.sessions.begin() as session:
        await session.execute(update(User).where(User.id == chat.user["id"]).values(timezone=zone))


async def note_after_checkin(chat, note: str) -> list[str]:
    await chat.send("/checkin")
    await chat.press("10")
    await chat.press("1")
    await chat.press("5")
    before = len(chat.bot_messages)
    await chat.send(note)
    # The check-in message is edited into the card, then the day's receipt follows.
    return [m["text"] for m in chat.bot_messages[before - 1 :]]


async def test_a_german_crisis_note_gets_care_before_the_hours(bot):
    chat = bot.chat(language_code="de")
    await setup_user(bot, chat, "de")
    card, receipt = (await note_after_checkin(chat, "Ich halte das nicht mehr aus"))[-2:]
    assert card.startswith("Das klingt gerade nach sehr viel.")
    assert "0800 111 0 111" in card and "116 117" in card and "Samaritans" not in card
    assert "10" in receipt and "0800" not in receipt
    assert "<b>" not in card  # the numbers are bold, not shown as markup


async def test_a_uk_user_gets_uk_numbers(bot):
    chat = bot.chat(language_code="en")
    await setup_user(bot, chat, "en")
    await set_timezone(bot, chat, "Europe/London")
    card = (await note_after_checkin(chat, "I can't do this anymore"))[-2]
    assert "Samaritans" in card and "116 123" in card and "NHS" in card and "999" in card
    assert "0800 111 0 111" not in card and "116 117" not in card


async def test_an_unknown_country_lists_every_countrys_crisis_line(bot):
    chat = bot.chat(language_code="en")
    await setup_user(bot, chat, "en")
    await set_timezone(bot, chat, "America/New_York")
    card = (await note_after_checkin(chat, "cant go on"))[-2]
    for number in ("0800 111 0 111", "142", "143", "116 123"):
        assert number in card


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_high_self_check_gets_the_graduated_card_before_the_scores(bot, language):
    chat = bot.chat(language_code=language)
    tr = await setup_user(bot, chat, language, ("Acme", "Bea"))
    await chat.send("/log 9 Acme" if language == "en" else "/log 9 Acme")
    await chat.send("/selfcheck")
    await chat.press(tr.label("Start the self-check"))
    scales = tr.data("cbi")["scales"]
    for _subscale, scale, _reverse in ITEMS:
        await chat.press(scales[scale][0])  # always / to a very high degree
    card, scores = chat.bot_messages[-2], chat.bot_messages[-1]
    assert "116 117" in card["text"] and "Acme" in card["text"]
    assert "0800 111 0 111" in card["text"]  # one line at the end, not the acute card
    labels = [b["text"] for row in card["reply_markup"]["inline_keyboard"] for b in row]
    assert tr.label("Say no to {client}, kindly", client="Acme") in labels
    assert "85" in scores["text"] and "100" in scores["text"]
