"""The say-no coach from a client's request to a reply the VA can send."""

from __future__ import annotations

import pytest

from bot.coach.say_no_steps import Step as State
from bot.flows.say_no.codecs import NoPick
from bot.i18n import translator
from tests.journeys import (
    REQUEST,
    drafts_of,
    onboarded,
    through_listening,
    to_alternative,
    with_client,
)


async def test_german_sie_email_from_request_to_draft(bot):
    chat = bot.chat(language_code="de", first_name="Maria")
    tr = translator("de")
    await with_client(chat, "de", "Dr. Petra Lang", "sie")
    await through_listening(chat, "de", "Dr. Petra Lang", "email")
    restated = [
        m["text"] for m in chat.bot_messages if "Präsentation fürs Board" in m.get("text", "")
    ]
    assert any("Das klingt eilig" in text and "Hast du Lust darauf?" in text for text in restated)
    assert "Zeitdruck" in chat.last_text  # openers that fit an urgent request
    await chat.press("2")  # the second opener
    await chat.press(tr.label("I know enough, continue"))
    await chat.press(tr.label("Too much work"))
    await chat.send("die Quartalszahlen wie geplant bis Freitag")
    await chat.send("die finalen Folien bis Mittwoch")
    await chat.press(tr.label("A referral"))
    await chat.send("Jonas Weber")
    await chat.press(tr.label("Colleague (male)"))
    draft = chat.last_text
    # A client name with a title greets by full name, never "Guten Tag Dr. Petra Lang,".
    assert draft.startswith(
        "Guten Tag Petra Lang,\n\nich verstehe, dass Sie unter Zeitdruck stehen"
    )
    assert "empfehle ich Ihnen gern meinen Kollegen Jonas Weber." in draft  # accusative
    assert "Fest zusagen kann ich Ihnen die Quartalszahlen wie geplant bis Freitag." in draft
    # what the VA needs comes with the commitment, before the alternative
    needs = draft.index("Dafür brauche ich von Ihnen die finalen Folien bis Mittwoch.")
    assert needs < draft.index("Jonas Weber")
    assert " du " not in draft and "dich" not in draft
    assert draft.rstrip().endswith("Beste Grüße\nMaria")
    rows = await drafts_of(bot, chat)
    assert rows[-1].status == "done" and rows[-1].text == draft


async def test_english_chat_reply_is_short_and_has_no_sign_off(bot):
    chat = bot.chat(language_code="en", first_name="Sam")
    tr = translator("en")
    await with_client(chat, "en", "Tom Baker")
    await through_listening(chat, "en", "Tom Baker", "chat")
    await to_alternative(chat, "en", "Deadline too tight")
    await chat.press(tr.label("A later date"))
    await chat.press(tr.label("Skip"))
    draft = chat.last_text
    assert draft.startswith("Hello Tom Baker,")  # a formal client, greeted in chat
    assert "deadline" in draft and "a later date" in draft
    assert "regards" not in draft and "Sam" not in draft
    assert len(draft.split()) <= 60
    assert tr.label("Shorter") in chat.button_labels


async def test_tone_buttons_rewrite_the_draft_in_place(bot, language):
    chat = bot.chat(language_code=language)
    tr = translator(language)
    await with_client(chat, language, "Nina Roth", "du")
    await through_listening(chat, language, "Nina Roth", "email")
    await to_alternative(chat, language, "Too much work")
    await chat.press(tr.label("A waiting list"))
    await chat.press(tr.label("Skip"))
    original = chat.last_text
    draft_message = chat.last_message
    await chat.press(tr.label("Shorter"))
    shorter = chat.last_text
    assert len(shorter) < len(original) and chat.last_message is draft_message
    await chat.press(tr.label("More formal"))
    assert {"de": "Beste Grüße", "en": "Kind regards"}[language] in chat.last_text
    await chat.press(tr.label("More formal"))
    assert tr.label("The draft already has that tone.") in chat.answered_callbacks()
    await chat.press(tr.label("Warmer"))
    assert {"de": "Ich hätte dir gern zugesagt.", "en": "I’d have loved to say yes."}[
        language
    ] in chat.last_text
    await chat.press(tr.label("Done"))
    assert "/drafts" in chat.last_text


async def test_three_yeses_offer_an_acceptance_with_terms(bot, language):
    chat = bot.chat(language_code=language)
    tr = translator(language)
    await onboarded(chat, language)
    await chat.send("/no")
    await chat.send(REQUEST[language])
    await chat.press(tr.label("No name"))
    await chat.press(tr.label("Email"))
    for _ in range(3):
        await chat.press(tr.label("Yes"))
    assert {"de": "Vielleicht ist das hier ein Ja", "en": "maybe this is a yes"}[
        language
    ] in chat.last_text
    await chat.press(tr.label("Draft an acceptance with clear terms"))
    await chat.send(
        "die Folien bis Donnerstag, 4 Stunden"
        if language == "de"
        else "the slides by Thursday, 4 hours"
    )
    await chat.press("1")
    assert {"de": "Gern übernehme ich das", "en": "happy to take this on"}[
        language
    ] in chat.last_text
    assert {"de": "die Folien bis Donnerstag, 4 Stunden", "en": "the slides by Thursday, 4 hours"}[
        language
    ] in chat.last_text


async def test_ask_first_then_resume_later_with_no(bot, language):
    chat = bot.chat(language_code=language)
    tr = translator(language)
    await with_client(chat, language, "Acme GmbH")
    await through_listening(chat, language, "Acme GmbH", "email")
    await chat.press("1")
    # "bis morgen" / "by tomorrow": the question about the date is left out, so the former
    # second question is now the first
    assert tr.label("Ask question {n} first", n=3) not in chat.button_labels
    await chat.press(tr.label("Ask question {n} first", n=1))
    question = chat.last_text
    assert {"de": "Welcher Teil ist wirklich eilig", "en": "Which part is truly urgent"}[
        language
    ] in question
    assert question.startswith(
        {"de": "Guten Tag,", "en": "Hello,"}[language]
    )  # a company: no "Hello Acme,"

    await chat.send("/no")  # a day later
    await chat.press(tr.label("Resume: {what}", what="Acme GmbH"))
    assert {"de": "Warum sagst du Nein?", "en": "Why are you saying no?"}[
        language
    ] in chat.last_text
    await chat.press(tr.label("Outside my skills"))
    await chat.press(tr.label("Skip"))
    await chat.press(tr.label("Skip"))
    await chat.press(tr.label("A referral"))
    await chat.press(tr.label("Skip"))
    assert {"de": "jemanden aus meinem Netzwerk", "en": "someone from my network"}[
        language
    ] in chat.last_text


async def test_change_one_step_from_the_draft(bot):
    chat = bot.chat(language_code="en")
    await onboarded(chat, "en")
    await through_listening(chat, "en", "No name", "email")
    await to_alternative(chat, "en", "Rate too low")
    await chat.press("A smaller scope")
    await chat.send("the four weekly posts without the newsletter")
    package = "a smaller package: the four weekly posts without the newsletter."
    assert package in chat.last_text
    await chat.press("Change a step")
    await chat.press("What I need")
    await chat.send("a signed offer")
    assert "All I need from you is a signed offer." in chat.last_text
    assert package in chat.last_text  # everything else stayed


async def test_drafts_history_reopen_and_delete(bot, language):
    tr = translator(language)
    chat = bot.chat(language_code=language)
    await onboarded(chat, language)
    await through_listening(chat, language, tr.label("No name"), "chat")
    await to_alternative(chat, language, "Not my kind of project", opener="3")
    await chat.press(tr.label("My own idea"))
    await chat.send("happy to help with your newsletter instead")
    text = chat.last_text
    await chat.press(tr.label("Done"))
    await chat.send("/drafts")
    assert len(chat.buttons) == 1
    await chat.press(chat.button_labels[0])
    assert chat.last_text == text
    await chat.press(tr.label("Delete"))
    assert await drafts_of(bot, chat) == []


@pytest.mark.parametrize(
    "data", ["dr.t:shorter:999999", "dr.open:999999", "dr.del:999999", "no.go:999999"]
)
async def test_another_users_draft_ids_are_not_found(bot, data):
    owner = bot.chat(language_code="en")
    await onboarded(owner, "en")
    await through_listening(owner, "en", "No name", "chat")
    draft_id = (await drafts_of(bot, owner))[0].id
    intruder = bot.chat(language_code="en")
    await onboarded(intruder, "en")
    await intruder.press_data(data.replace("999999", str(draft_id)))
    assert REQUEST["en"] not in intruder.last_text
    rows = await drafts_of(bot, owner)
    assert len(rows) == 1 and rows[0].answers["request"] == REQUEST["en"]


async def test_bad_input_in_the_coach(bot, language):
    tr = translator(language)
    chat = bot.chat(language_code=language)
    await onboarded(chat, language)
    await chat.send("/no")
    await chat.send_sticker()
    assert {"de": "nur Text", "en": "only read text"}[language] in chat.last_text
    await chat.send("x" * 7000)
    assert "6000" in chat.last_text.replace(".", "").replace(",", "")
    await chat.send_photo(caption=REQUEST[language])  # a forwarded screenshot with a caption
    assert tr.label("Someone else") in chat.button_labels
    await chat.press(tr.label("No name"))
    await chat.send("/settings")  # a command mid-flow runs at once
    assert {"de": "Deine Einstellungen", "en": "Your settings"}[language] in chat.last_text
    await chat.send("/no")  # and /no picks the coach up where it was
    await chat.press(tr.label("Email"))
    assert tr.label("Yes") in chat.button_labels


async def test_the_coach_survives_a_restart(bot_factory, language):
    tr = translator(language)
    first = await bot_factory()
    chat = first.chat(language_code=language, user_id=4242)
    await onboarded(chat, language)
    await chat.send("/no")
    await chat.send(REQUEST[language])
    await chat.press(tr.label("No name"))
    await first.stop()
    second = await bot_factory()
    chat = second.chat(language_code=language, user_id=4242)
    # The phone still shows the channel buttons from before the restart: press one.
    await chat.press_data(NoPick(step=State.CHANNEL, value="chat").pack())
    assert tr.label("Yes") in chat.button_labels


async def test_no_while_a_reply_is_open_offers_to_resume(bot):
    chat = bot.chat(language_code="en")
    await onboarded(chat, "en")
    await chat.send("/no")
    await chat.send(REQUEST["en"])
    await chat.send("/cancel")
    assert "/no" in chat.last_text
    await chat.send("/no")
    assert "Start a new reply" in chat.button_labels
    await chat.press("Start a new reply")
    assert "Step 1 of 5" in chat.last_text
    assert len(await drafts_of(bot, chat)) == 2


async def test_a_later_date_picked_by_button_goes_into_the_draft(bot, language):
    tr = translator(language)
    chat = bot.chat(language_code=language)
    await onboarded(chat, language)
    await through_listening(chat, language, tr.label("No name"), "email")
    await to_alternative(chat, language, "Deadline too tight")
    await chat.press(tr.label("A later date"))
    dates = [label for label in chat.button_labels if label != tr.label("Skip")]
    assert len(dates) == 3
    await chat.press(dates[0])
    draft = chat.last_text
    assert {"de": "ab ", "en": "from "}[language] in draft
    assert {"de": "zu einem späteren Zeitpunkt", "en": "at a later date"}[language] not in draft


RATE_REQUEST = {
    "de": "Könnten Sie uns beim Stundensatz entgegenkommen? 10 % günstiger wäre wichtig.",
    "en": "Could you lower your hourly rate? 10% less would really help our budget.",
}


async def test_a_request_to_lower_the_rate_gets_its_own_path(bot, language):
    """A self-check on costs instead of want/time/energy, no question about the amount the
    client already named, a reason that keeps the rate and a smaller package."""
    chat = bot.chat(language_code=language)
    tr = translator(language)
    await onboarded(chat, language)
    await chat.send("/no")
    await chat.send(RATE_REQUEST[language])
    await chat.press(tr.label("No name"))
    await chat.press(tr.label("Email"))
    assert {"de": "Deckt der niedrigere Satz", "en": "Does the lower rate still cover"}[
        language
    ] in chat.last_text
    await chat.press(tr.label("No"))
    await chat.press("1")
    questions = chat.last_text
    assert {"de": "Welches Budget", "en": "What budget"}[language] not in questions
    await chat.press(tr.label("I know enough, continue"))
    await chat.press(tr.label("Rate too low"))
    await chat.press(tr.label("Skip"))
    await chat.press(tr.label("Skip"))
    await chat.press(tr.label("A smaller scope"))
    await chat.press(tr.label("Skip"))
    draft = chat.last_text
    assert {"de": "bleibe ich bei meinem Satz", "en": "stay at my current rate"}[language] in draft
    assert {"de": "kleineres Paket", "en": "smaller package"}[language] in draft


async def test_working_hours_are_a_reason_and_a_tone_that_changes_nothing_says_so(bot, language):
    chat = bot.chat(language_code=language)
    tr = translator(language)
    await onboarded(chat, language)
    await through_listening(chat, language, tr.label("No name"), "chat")
    await to_alternative(chat, language, "Outside my working hours")
    await chat.press(tr.label("No alternative"))
    draft = chat.last_text
    assert {"de": "Außerhalb meiner Arbeitszeiten", "en": "outside my working hours"}[
        language
    ] in draft
    await chat.press(tr.label("Shorter"))  # a chat draft is already short: nothing to cut
    unchanged = tr.label("That would not change this draft: it already reads that way.")
    assert unchanged in chat.answered_callbacks()
    assert chat.last_text == draft


async def test_the_draft_greets_the_clients_contact_person(bot):
    """A contact person set in /clients: "Dear Dr Shah," and "Kind regards", never the firm."""
    chat = bot.chat(language_code="en", first_name="Sam")
    tr = translator("en")
    await onboarded(chat, "en")
    await chat.send("/clients")
    await chat.press(tr.label("Add a client"))
    await chat.send("Shah Legal")
    await chat.press(tr.label("Formal"))
    await chat.send("Dr Priya Shah")
    await through_listening(chat, "en", "Shah Legal", "email")
    await to_alternative(chat, "en", "Outside my working hours")
    await chat.press(tr.label("A later date"))
    await chat.press(tr.label("Skip"))
    draft = chat.last_text
    assert draft.startswith("Dear Dr Shah,\n\n")
    assert "Shah Legal" not in draft
    assert "\n\nKind regards,\n" in draft
