"""Commands and menu buttons work in the middle of a flow; the interrupted flow waits, keeps its
answers and is picked up again at the open step (its command, or "Continue"), also after a
restart. A flow on its final screen is simply done."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.db import repo
from bot.db.models import User
from bot.i18n import translator
from bot.jobs.scheduler import dispatch_due, reschedule_checkin
from tests.journeys import QUESTION, REQUEST, at_step, drafts_of, onboarded

CHECKIN_HOURS = {"de": "Wie viele Stunden", "en": "How many hours"}
SAVED = {"de": "Gespeichert ·", "en": "Saved ·"}
CHANNEL = {"de": "E-Mail oder per Chat", "en": "email or by chat"}


async def to_the_channel_step(chat, language: str) -> None:
    tr = translator(language)
    await onboarded(chat, language)
    await chat.send("/no")
    await chat.send(REQUEST[language])
    await chat.press(tr.label("No name"))
    assert CHANNEL[language] in chat.last_text


async def check_in(chat, language: str) -> None:
    await chat.send("/checkin")
    assert CHECKIN_HOURS[language] in chat.last_text  # the check-in, not "finish this step first"
    for answer in ("6", "4", "2"):
        await chat.press(answer)
    await chat.press(translator(language).label("No note"))


async def test_a_check_in_during_the_coach_then_continue(bot, language):
    tr = translator(language)
    chat = bot.chat(language_code=language)
    await to_the_channel_step(chat, language)
    await check_in(chat, language)
    saved = [m["text"] for m in chat.bot_messages if SAVED[language] in m.get("text", "")]
    assert saved, "the check-in was stored and shown"
    # Afterwards the way back: one button, to the step the coach was on.
    assert chat.button_labels == [tr.label("Continue the say-no reply")]
    await chat.press(tr.label("Continue the say-no reply"))
    assert CHANNEL[language] in chat.last_text
    await chat.press(tr.label("Email"))
    assert tr.label("Yes") in chat.button_labels  # the coach goes on with the answers so far


@pytest.mark.parametrize("restart", [False, True])
async def test_no_picks_the_coach_up_where_it_was(bot_factory, language, restart):
    tr = translator(language)
    bot = await bot_factory()
    chat = bot.chat(language_code=language, user_id=5150)
    await to_the_channel_step(chat, language)
    await chat.send("/week")  # a report in between
    if restart:
        await bot.stop()
        bot = await bot_factory()
        chat = bot.chat(language_code=language, user_id=5150)
    await chat.send("/no")
    assert CHANNEL[language] in chat.last_text  # the open step, not a new request
    await chat.press(tr.label("Email"))
    assert tr.label("Yes") in chat.button_labels


async def test_a_finished_draft_is_done_and_the_next_command_simply_runs(bot, language):
    tr = translator(language)
    chat = bot.chat(language_code=language)
    await to_the_channel_step(chat, language)
    await chat.press(tr.label("Email"))
    for _ in range(3):
        await chat.press(tr.label("No"))
    await chat.press("1")  # the first empathy sentence offered
    await chat.press(tr.label("I know enough, continue"))
    await chat.press(tr.label("Too much work"))
    await chat.press(tr.label("Skip"))
    await chat.press(tr.label("Skip"))
    await chat.press(tr.label("A later date"))
    await chat.press(tr.label("Skip"))
    assert tr.label("Shorter") in chat.button_labels  # the draft
    await check_in(chat, language)
    assert SAVED[language] in chat.last_text  # and nothing offers to continue a finished draft
    assert tr.label("Continue the say-no reply") not in chat.button_labels


async def test_typed_words_count_as_the_buttons(bot, language):
    tr = translator(language)
    chat = bot.chat(language_code=language)
    await chat.send("/start")
    await chat.press(tr.label("Let's start"))
    # Name, time zone, check-in time, weekly hours: skipped in either language.
    for word in ("überspringen", "skip", "Später", "später!"):
        await chat.send(word)
    assert {"de": "Für wen arbeitest du", "en": "Who are your current clients"}[
        language
    ] in chat.last_text
    await chat.send({"de": "Fertig", "en": "done"}[language])  # the Done button, not a client
    async with bot.app.database.sessions() as session:
        assert await repo.list_clients(session, chat.user["id"]) == []
        assert (await repo.get_user(session, chat.user["id"])).onboarded_at is not None
    await chat.send("/no")
    await chat.send(REQUEST[language])
    await chat.press(tr.label("No name"))
    await chat.press(tr.label("Email"))
    for word in {"de": ["Nein", "nein.", "no"], "en": ["No", "nope", "Nein"]}[language]:
        await chat.send(word)  # the three yes/no questions
    assert "1" in chat.button_labels and tr.label("Write my own") in chat.button_labels


async def test_a_double_tap_changes_nothing_and_posts_nothing(bot, language):
    tr = translator(language)
    chat = bot.chat(language_code=language)
    await to_the_channel_step(chat, language)
    await chat.press(tr.label("Email"))
    question = chat.bot_messages[-1]  # the first yes/no question
    target, button = chat._find_button(tr.label("No"), question)
    produced = []
    for _ in range(3):  # three quick taps on "No", all on the same message
        produced += await chat.press_data(button.callback_data, target)
    assert len(produced) == 1  # the next question, once
    assert chat.answered_callbacks() == [tr.label("This button has expired.")]  # the later taps
    await chat.press(tr.label("No"))  # and the coach goes on from the next question
    assert (await drafts_of(bot, chat))[-1].answers["want"] is False


async def test_a_scheduled_check_in_during_the_coach_works_and_offers_the_way_back(bot, language):
    tr = translator(language)
    chat = bot.chat(language_code=language)
    await to_the_channel_step(chat, language)
    morning = datetime(2026, 3, 11, 6, tzinfo=UTC)
    async with bot.app.database.sessions.begin() as session:
        await reschedule_checkin(session, await session.get(User, chat.user["id"]), morning)
    await dispatch_due(bot.app, now=lambda: morning + timedelta(hours=12))  # the evening check-in
    checkin = chat.bot_messages[-1]
    assert CHECKIN_HOURS[language] in checkin["text"]
    await chat.press("6", checkin)  # tapped while the coach is open: it works
    for answer in ("4", "2"):
        await chat.press(answer)
    await chat.press(tr.label("No note"))
    assert SAVED[language] in chat.bot_messages[-2]["text"]
    await chat.press(tr.label("Continue the say-no reply"))  # afterwards, the way back
    assert CHANNEL[language] in chat.last_text


async def test_a_check_in_interrupted_at_its_note_continues_there(bot, language):
    tr = translator(language)
    chat = bot.chat(language_code=language)
    await onboarded(chat, language)
    await chat.send("/checkin")
    for answer in ("6", "4", "2"):
        await chat.press(answer)
    await chat.send("/week")  # the note step was open
    await chat.press(tr.label("Continue the check-in"))  # offered under the report
    assert tr.label("No note") in chat.button_labels  # the note screen again, its button too
    await chat.send({"de": "nein", "en": "no"}[language])  # no note, in words
    assert SAVED[language] in chat.last_text and "6" in chat.last_text
    await chat.send("/clients")
    assert tr.label("Continue the check-in") not in chat.button_labels  # done: never offered again


async def test_a_button_of_another_flow_pauses_the_open_one(bot, language):
    tr = translator(language)
    chat = bot.chat(language_code=language)
    await onboarded(chat, language)
    await chat.send(REQUEST[language])
    offer = chat.bot_messages[-1]
    await chat.send("/practice")
    data = tr.data("gatekeeper")
    await chat.press(data["scenarios"]["software"]["title"])
    await chat.press(data["levels"]["friendly"])
    await chat.press(tr.label("Say no to this"), offer)  # the older message's button
    # The pasted text was dropped with the next message (it is kept only for the buttons right
    # under it), so the coach starts at its first step.
    assert {"de": "Schritt 1 von 5", "en": "Step 1 of 5"}[language] in chat.last_text
    assert bot.app.user_data[chat.user["id"]]["flow"] == "say_no"  # one flow open, not two
    assert bot.app.user_data[chat.user["id"]]["paused"] == ["practice"]


async def test_settings_during_the_setup_is_the_setup(bot, language):
    chat = bot.chat(language_code=language)
    await at_step(chat, language, "checkin")
    await chat.send("/settings")
    assert QUESTION["checkin"][language] in chat.last_text  # where it was: nothing wiped


async def test_menus_and_typos_pause_nothing(bot, language):
    tr = translator(language)
    chat = bot.chat(language_code=language)
    await onboarded(chat, language)
    await chat.send("/replies")  # the topic list: a menu
    await chat.send("/log 3")
    assert tr.label("Continue the reply template") not in chat.button_labels
    await chat.send("/no")
    await chat.send(REQUEST[language])
    await chat.press(tr.label("No name"))
    await chat.send("/chekin")  # a typo: "unknown command", the coach stays open
    await chat.press(tr.label("Email"))
    assert tr.label("Yes") in chat.button_labels


async def test_typed_sie_or_du_and_nein_at_the_setups_client_questions(bot):
    chat = bot.chat(language_code="de")
    await at_step(chat, "de", "clients")
    await chat.send("Kanzlei Roth")
    await chat.send("Sie")  # typed, not tapped
    await chat.send("nein")  # no contact person: "nein" is not a person named "nein"
    await chat.send("nein")  # no more clients: "nein" is not a client named "nein"
    async with bot.app.database.sessions() as session:
        clients = await repo.list_clients(session, chat.user["id"])
    assert [(c.name, c.register) for c in clients] == [("Kanzlei Roth", "sie")]
    assert "Alles eingerichtet" in "\n".join(m["text"] for m in chat.bot_messages[-3:])
