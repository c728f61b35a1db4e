"""Edges of the flow engine a user meets: a settings question interrupted, typed words where a
button would do, a reply being filled when its fields change, an acceptance's channel changed,
and a /check left open by the version before the engine."""

from __future__ import annotations

from sqlalchemy import select

from bot.db.models import Draft, UserDataRow
from bot.i18n import translator
from tests.journeys import onboarded, through_listening, to_alternative
from tests.test_gatekeeper_playbook_flow import add_client, open_playbook, playbooks_of


async def test_a_settings_question_interrupted_by_settings_shows_the_settings(bot, chat, language):
    tr = translator(language)
    await onboarded(chat, language)
    await chat.send("/settings")
    await chat.press(tr.label("Time zone"))
    await chat.send("/settings")
    assert {"de": "Deine Einstellungen", "en": "Your settings"}[language] in chat.last_text
    await chat.send("/menu")  # nothing to "finish setting up": this user is set up
    assert not any(tr.label("Finish setting up") in label for label in chat.button_labels)


async def test_fertig_under_the_work_days_is_their_done_button(bot, chat, language):
    tr = translator(language)
    await onboarded(chat, language)
    await chat.send("/settings")
    await chat.press(tr.label("Work days"))
    await chat.send({"de": "fertig", "en": "done"}[language])
    assert {"de": "Deine Einstellungen", "en": "Your settings"}[language] in chat.last_text


async def test_fertig_under_a_draft_is_its_done_button_not_a_reply_to_check(bot, chat, language):
    tr = translator(language)
    await onboarded(chat, language)
    await through_listening(chat, language, tr.label("No name"), "chat")
    await to_alternative(chat, language, "Not my kind of project")
    await chat.press(tr.label("My own idea"))
    await chat.send(
        {"de": "gern helfe ich beim Newsletter", "en": "happy to help with the newsletter"}[
            language
        ]
    )
    await chat.send({"de": "fertig", "en": "done"}[language])
    assert {"de": "Gespeichert", "en": "Saved"}[language] in chat.last_text
    assert "/100" not in chat.last_text  # not checked as an edited reply


async def test_skip_at_the_client_s_answer_means_ask_the_client_first(bot):
    tr, chat = translator("de"), bot.chat(language_code="de")
    await onboarded(chat, "de")
    await add_client(bot, chat)
    await chat.send("/playbook")
    await chat.press("Heinicke Consulting")
    await chat.press(tr.label("Revise after first calls"))
    await chat.send("Wer ist Ihr Ansprechpartner?")
    await chat.send("überspringen")
    [playbook] = await playbooks_of(bot, chat)
    assert "überspringen" not in str(playbook.parts)
    assert "Wer ist Ihr Ansprechpartner?" in str(playbook.parts)  # kept, to be answered later


async def test_changing_the_channel_of_an_acceptance_goes_back_to_it(bot, chat, language):
    tr = translator(language)
    await onboarded(chat, language)
    await through_listening(
        chat, language, tr.label("No name"), "email", answers=(True, True, True)
    )
    await chat.press(tr.label("Draft an acceptance with clear terms"))
    await chat.send(
        {"de": "Start am Montag, 3 Stunden", "en": "Start on Monday, 3 hours"}[language]
    )
    await chat.press("1")
    await chat.press(tr.label("Change a step"))
    assert tr.label("Reason") not in chat.button_labels  # an acceptance has none
    await chat.press(tr.label("Email or chat"))
    await chat.press(tr.label("Chat message"))
    async with bot.app.database.sessions() as session:
        draft = (await session.execute(select(Draft))).scalars().one()
    assert draft.answers["channel"] == "chat" and draft.answers["terms"]
    assert tr.label("Shorter") in chat.button_labels  # the draft again, not the three questions


async def test_a_reply_being_filled_survives_a_language_switch(bot):
    """Its German-only question (the colleague's gender) is gone in English: the next one."""
    tr, chat = translator("de"), bot.chat(language_code="de")
    await onboarded(chat, "de")
    await chat.send("/replies empfehlung")
    await chat.press("verweisen")
    if tr.label("“Sie” (formal)") in " ".join(chat.button_labels):
        await chat.press(tr.label("“Sie” (formal)"))
    if tr.label("Chat message") in chat.button_labels:
        await chat.press(tr.label("Chat message"))
    await chat.send("Buchhaltung")
    await chat.send("Petra Klein")
    await chat.send("/settings")
    await chat.press(tr.label("Language"))
    await chat.press("English")
    await chat.send("/replies")
    assert "Petra Klein" in chat.last_text  # the reply, with what was answered before


async def test_a_check_opened_before_the_flow_engine_checks_the_pasted_reply(bot_factory):
    first = await bot_factory()
    chat = first.chat(language_code="en", user_id=781)
    await onboarded(chat, "en")
    await chat.send("/check")
    await first.stop()
    async with first.app.database.sessions.begin() as session:
        row = await session.get(UserDataRow, 781)
        row.data = {**row.data, "check": {}}  # the version before kept no step
    second = await bot_factory()
    chat = second.chat(language_code="en", user_id=781)
    await chat.send(
        "Hi Tom, thanks for asking! I can't take it on this week, but next Tuesday works."
    )
    assert "/100" in chat.last_text


# --- double taps: the second tap of a button changes nothing and posts nothing ----------------------
async def double_tap(chat, label: str) -> list:
    """Two quick taps: the second reaches the bot with the same message, before the first's
    answer removed its buttons. Returns the Bot API calls of the first tap."""
    message, button = chat._find_button(label, None)
    await chat.press_data(button.callback_data, message)
    first = chat.new_calls()
    await chat.press_data(button.callback_data, message)
    return first


async def test_send_as_document_tapped_twice_sends_the_playbook_once(bot, chat, language):
    tr = translator(language)
    await open_playbook(bot, chat, language)
    first = await double_tap(chat, tr.label("Send as document"))
    assert len([call for call in first if call.method == "sendDocument"]) == 2  # Markdown, PDF
    assert chat.new_calls("sendDocument") == [] and chat.new_calls("sendMessage") == []
    assert chat.answered_callbacks() == [tr.label("This button has expired.")]


async def test_start_a_new_reply_tapped_twice_starts_one(bot, chat, language):
    tr = translator(language)
    await onboarded(chat, language)
    await chat.send("/no")
    await chat.send(
        {"de": "Können Sie das bis morgen machen?", "en": "Can you do it by tomorrow?"}[language]
    )
    await chat.send("/no")  # the open reply: asked again
    await chat.send("/cancel")
    await chat.send("/no")  # the list of unfinished replies
    await double_tap(chat, tr.label("Start a new reply"))
    async with bot.app.database.sessions() as session:
        assert len((await session.execute(select(Draft))).scalars().all()) == 2
