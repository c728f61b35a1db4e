"""Text outside any flow is understood: a client's request (pasted or forwarded) offers the say-no
coach with it as the request, a reply the VA wrote offers the reply check, chatter a pointer."""

from __future__ import annotations

from bot.i18n import translator
from tests.journeys import REQUEST, drafts_of, onboarded

REPLY = {
    "de": "Danke für Ihre Anfrage! Diese Woche bin ich leider ausgebucht, ab Montag kann ich es übernehmen.",
    "en": "Thanks for asking! I'm fully booked this week, but I could start on Monday.",
}
CLIENT_QUESTION = {"de": "Von wem kommt die Anfrage", "en": "Who is the request from"}


async def test_a_pasted_request_goes_to_the_coach_as_it_is(bot, language):
    tr = translator(language)
    chat = bot.chat(language_code=language)
    await onboarded(chat, language)
    await chat.send(REQUEST[language])
    assert chat.button_labels == [tr.label("Say no to this"), tr.label("Find a reply template")]
    await chat.press(tr.label("Say no to this"))
    assert CLIENT_QUESTION[language] in chat.last_text  # step 1 is answered already
    assert (await drafts_of(bot, chat))[-1].answers["request"] == REQUEST[language]


async def test_a_forwarded_message_reads_as_a_request(bot, language):
    tr = translator(language)
    chat = bot.chat(language_code=language)
    await onboarded(chat, language)
    client = {"id": 777, "is_bot": False, "first_name": "Priya"}
    await chat.send(
        "Let me know when the invoices are done.",
        forward_origin={"type": "user", "date": 1_700_000_000, "sender_user": client},
    )
    assert tr.label("Say no to this") in chat.button_labels
    await chat.press(tr.label("Find a reply template"))
    assert {"de": "Antwortvorlagen", "en": "Reply templates"}[language] in chat.last_text


async def test_a_reply_the_va_wrote_is_offered_the_check(bot, language):
    tr = translator(language)
    chat = bot.chat(language_code=language)
    await onboarded(chat, language)
    await chat.send(REPLY[language])
    assert chat.button_labels == [tr.label("Check this reply")]
    await chat.press(tr.label("Check this reply"))
    assert "/100" in chat.last_text


async def test_chatter_gets_a_short_pointer(bot, language):
    chat = bot.chat(language_code=language)
    await onboarded(chat, language)
    await chat.send("hallo")
    assert "/help" in chat.last_text
    assert translator(language).label("Say no to this") not in chat.button_labels


async def test_a_question_to_the_coach_is_not_a_clients_request(bot, language):
    chat = bot.chat(language_code=language)
    await onboarded(chat, language)
    for question in {
        "de": [
            "Was kannst du alles?",
            "Wie kann ich meine Check-in-Zeit ändern?",
            "Hallo, wie geht es dir heute?",
        ],
        "en": [
            "What can you do for me?",
            "How do I change my check-in time?",
            "Hello, how are you doing today?",
        ],
    }[language]:
        await chat.send(question)
        assert translator(language).label("Say no to this") not in chat.button_labels, question
        assert "/help" in chat.last_text
