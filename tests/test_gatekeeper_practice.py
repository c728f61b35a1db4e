"""/practice through the offline Bot API: the receptionist reacts, feedback and score follow."""

from __future__ import annotations

from sqlalchemy import select

from bot.db.models_calls import PracticeSession
from bot.i18n import translator
from tests.journeys import onboarded


async def sessions_of(bot, chat) -> list[PracticeSession]:
    async with bot.app.database.sessions() as session:
        result = await session.execute(
            select(PracticeSession).where(PracticeSession.user_id == chat.user["id"])
        )
        return list(result.scalars())


async def start(chat, language: str, level: str = "strict") -> None:
    data = translator(language).data("gatekeeper")
    await onboarded(chat, language)
    await chat.send("/practice")
    await chat.press(data["scenarios"]["software"]["title"])
    await chat.press(data["levels"][level])


async def test_german_strict_practice_catches_the_lie_and_scores(bot):
    chat = bot.chat(language_code="de")
    await start(chat, "de")
    assert "Schreinerei Berger, Empfang, Frau Lenz" in chat.last_text
    await chat.send("Guten Tag, ich möchte bitte Herrn Berger sprechen.")
    assert "worum geht es denn?" in chat.last_text
    await chat.send("Er erwartet meinen Anruf bereits.")
    assert "davon weiß ich nichts" in chat.last_text
    await chat.send(
        "Entschuldigung, ehrlich gesagt: Ich rufe im Auftrag von Jungblut Software an, es geht um eine App zur Zeiterfassung für Handwerksbetriebe. Wer ist dafür zuständig?"
    )
    assert "Herr Kolb" in chat.last_text and "abgesprochen" in chat.last_text
    await chat.send("Nein, das ist ein unverbindlicher Anruf, danke der Nachfrage.")
    assert "E-Mail" in chat.last_text
    await chat.send("Gern, danke! An wen darf ich sie richten?")
    # she has named the right person: she passes the call on, no "kein Interesse" after it
    feedback = chat.last_text
    assert "ich gebe das an Herrn Kolb aus dem Büro weiter" in feedback
    assert "kein Interesse" not in feedback
    assert "Du behauptest, dein Anruf sei angekündigt oder verabredet." in feedback
    assert (
        "Zum Beispiel: „Ganz offen: Herr Berger kennt mich noch nicht. Ich rufe im Auftrag von Jungblut Software an"
        in feedback
    )
    assert (
        "✅ Ehrlich und konkret" in feedback
        and "Freundlich und wertschätzend im ganzen Gespräch" in feedback
    )
    assert "Punkte:" in feedback
    rows = await sessions_of(bot, chat)
    assert rows[-1].status == "done" and rows[-1].score is not None and len(rows[-1].turns) == 5
    assert rows[-1].outcome == "contact" and rows[-1].turns[1]["claim"] == "expected"


async def test_english_strict_objection_and_an_off_topic_answer(bot):
    chat = bot.chat(language_code="en")
    await start(chat, "en")
    await chat.send("Hello, I'm calling on behalf of Jungblut Software about a time tracking app.")
    assert "Has this been arranged with Mr Berger?" in chat.last_text
    await chat.send("No, it hasn't. Thank you for asking.")
    assert "send an email" in chat.last_text
    await chat.send("Fine, I'll send one.")
    assert "we're not interested" in chat.last_text
    await chat.send("Do you like football?")
    assert "not quite sure what you're after" in chat.last_text and "Score:" not in chat.last_text
    await chat.send("How is your day going?")
    feedback = chat.last_text
    assert "I'm afraid I can't help you" in feedback and "Score:" in feedback
    assert "That didn’t answer the question." in feedback
    assert (await sessions_of(bot, chat))[-1].outcome == "declined"


async def test_english_rude_answer_ends_the_call(bot):
    chat = bot.chat(language_code="en")
    await start(chat, "en", "friendly")
    await chat.send("That's none of your business, just connect me.")
    assert "Not in that tone" in chat.last_text and "Score:" in chat.last_text


async def test_empty_and_question_mark_answers_are_asked_again(bot, language):
    chat = bot.chat(language_code=language)
    await start(chat, language, "busy")
    before = len((await sessions_of(bot, chat))[-1].turns)
    await chat.send("?")
    tr = translator(language)
    assert (
        tr.gettext(
            "The receptionist is waiting for an answer. Type what you would say on the phone."
        )
        in chat.last_text
    )
    assert len((await sessions_of(bot, chat))[-1].turns) == before


async def test_leaving_half_way_keeps_the_session_unscored(bot, language):
    chat = bot.chat(language_code=language)
    await start(chat, language, "busy")
    await chat.send("Hello" if language == "en" else "Hallo")
    await chat.send("/cancel")
    row = (await sessions_of(bot, chat))[-1]
    assert row.status == "left" and row.score is None
    await chat.send("/practice")  # a fresh start works
    assert (
        translator(language).data("gatekeeper")["scenarios"]["software"]["title"]
        in chat.button_labels
    )


async def test_stop_button_gives_feedback_so_far(bot):
    chat = bot.chat(language_code="en")
    await start(chat, "en", "busy")
    await chat.send(
        "Hi, I'm calling on behalf of Jungblut Software about a time tracking app for joiners."
    )
    await chat.press(translator("en").label("Stop and show feedback"))
    assert "Score:" in chat.last_text
    assert (await sessions_of(bot, chat))[-1].status == "done"


async def test_a_paused_call_continues_at_the_receptionists_last_line(bot):
    tr = translator("en")
    chat = bot.chat(language_code="en")
    await start(chat, "en", "busy")
    assert "The phone rings" in chat.last_text
    await chat.send("Hello")
    line = chat.last_text
    await chat.send("/calls")  # another command: the call waits
    await chat.press(tr.label("Continue the practice call"))
    assert line in chat.last_text and "The phone rings" not in chat.last_text
    await chat.press(tr.label("Stop and show feedback"))
    assert "Score:" in chat.last_text
    assert len((await sessions_of(bot, chat))[-1].turns) == 1
