"""/mytemplates: own templates with {fields} (written, saved from drafts, edited, renamed,
deleted, paged), and inline mode over the library and own templates."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.coach.own_format import (
    MAX_FILLED,
    TemplateFormatError,
    as_template,
    fields_of,
    fill,
    parse,
    room_for,
)
from bot.db import repo, repo_drafts, repo_templates
from bot.db.models_templates import ReplyTemplate
from bot.i18n import translator
from bot.offline.telegram_offline import plain
from tests.journeys import onboarded, through_listening, to_alternative, with_client

SOURCE = "Hi {client_first}, I will send you {task} by {day}. Best, {me}"


async def templates_of(bot, chat) -> list[ReplyTemplate]:
    async with bot.app.database.sessions() as session:
        result = await session.execute(
            select(ReplyTemplate)
            .where(ReplyTemplate.user_id == chat.user["id"])
            .order_by(ReplyTemplate.id)
        )
        return list(result.scalars())


# --- the format ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("source", "reason", "position"),
    [
        ("Hi {client", "unclosed", 4),
        ("Hi {a {b}", "unclosed", 4),
        ("Hi } there", "stray_close", 4),
        ("Hi {first name}", "bad_name", 4),
        ("{ {x} }", "unclosed", 1),
        ("x {__import__('os')}", "bad_name", 3),
        ("{client.__class__}", "bad_name", 1),
        ("Hi {}", "empty_name", 4),
        ("   ", "empty", 0),
        ("{" + "a" * 40 + "}", "bad_name", 1),
        ("x" * 3001, "too_long", 0),
        (" ".join(f"{{f{i}}}" for i in range(13)), "too_many", 0),
    ],
)
def test_malformed_templates_are_reported_with_their_position(source, reason, position):
    with pytest.raises(TemplateFormatError) as raised:
        parse(source)
    assert (raised.value.reason, raised.value.position) == (reason, position)


def test_fields_fill_and_literal_braces():
    assert fields_of(SOURCE) == ["client_first", "task", "day", "me"]
    assert (
        fill("{{literal}} {x} {X}", {"x": "{y}"}) == "{literal} {y} {y}"
    )  # values are never parsed again
    with pytest.raises(KeyError, match="task"):
        fill(SOURCE, {"client_first": "Tom", "me": "Sam"})
    assert (
        as_template("Hello Tom Baker, {ok}. Sam", {"client": "Tom Baker", "me": "Sam"})
        == "Hello {client}, {{ok}}. {me}"
    )
    assert as_template("Samstag", {"me": "Sam"}) == "Samstag"  # whole words only


# --- the flow ------------------------------------------------------------------------------------
async def write_template(chat, tr, source: str, name: str) -> None:
    await chat.send("/mytemplates")
    await chat.press(tr.label("Write a new template"))
    await chat.send(source)
    await chat.send(name)


async def test_write_with_errors_then_use_it(bot, chat, language):
    tr = translator(language)
    await with_client(chat, language, "Tom Baker", "du")
    await chat.send("/mytemplates")
    await chat.press(tr.label("Write a new template"))
    await chat.send("Hi {client_first, see you")
    assert (
        tr.gettext(
            "The “{{” at character {position} is never closed. Close it with “}}”, or write “{{{{” for a brace on its own.",
            position=4,
        )
        in chat.last_text
    )
    await chat.send("Hi {first name}")
    assert "{first name}" in chat.last_text and "4" in chat.last_text
    await chat.send(SOURCE)
    await chat.send("  Deadline   moved ")
    assert "Deadline moved" in chat.last_text and "task" in chat.last_text
    rows = await templates_of(bot, chat)
    assert [(t.name, t.source) for t in rows] == [("Deadline moved", SOURCE)]
    await write_template(chat, tr, "Other text", "deadline MOVED")
    assert "already have a template" in chat.last_text or "schon eine Vorlage" in chat.last_text
    await chat.send("Second")
    assert len(await templates_of(bot, chat)) == 2
    await chat.send("/mytemplates")
    await chat.press("Deadline moved")
    await chat.press(tr.label("Use it"))
    await chat.press("Tom Baker")
    await chat.send("the slides")
    await chat.send("Friday")
    assert chat.last_text == "Hi Tom, I will send you the slides by Friday. Best, Anna"


async def test_edit_rename_delete_and_paging(bot, chat, language):
    tr = translator(language)
    await onboarded(chat, language)
    async with bot.app.database.sessions.begin() as session:
        for number in range(200):
            await repo_templates.add_template(
                session, chat.user["id"], f"T{number:03d}", f"Text {number}"
            )
    await chat.send("/mytemplates")
    assert "200" in chat.last_text and "25" in chat.last_text
    assert chat.button_labels[0] == "T000"
    await chat.press("›")
    assert chat.button_labels[0] == "T008"
    await chat.press("T009")
    await chat.press(tr.label("Rename"))
    await chat.send("T010")  # taken
    assert "T010" in chat.last_text
    await chat.send("Renamed")
    await chat.press(tr.label("Edit the text"))
    await chat.send("New text for {who}")
    assert "who" in chat.last_text
    await chat.press(tr.label("Delete"))
    await chat.press(tr.label("Yes, delete it"))
    assert tr.gettext("Template deleted.") in chat.last_text
    names = {t.name for t in await templates_of(bot, chat)}
    assert len(names) == 199 and "Renamed" not in names and "T009" not in names
    await chat.press_data("mt:open:999999:0")  # another user's or a deleted template
    assert tr.gettext("That template no longer exists.") in chat.last_text


async def test_save_a_filled_reply_as_a_template(bot):
    chat = bot.chat(language_code="en", first_name="Sam")
    tr = translator("en")
    await with_client(chat, "en", "Tom Baker")
    await chat.send("/replies")
    await chat.send("follow up")
    await chat.press("Follow up")
    await chat.press("Tom Baker")
    await chat.press(tr.label("Chat message"))
    await chat.send("my quote")
    await chat.press(tr.label("Save as my template"))
    rows = await templates_of(bot, chat)
    assert rows[0].name == "Follow up when the client… – Tom Baker"  # at most 40 characters
    assert rows[0].source.startswith(  # the salutation fits whoever it is used for next
        "{salutation}\n\nI’m just following up on my message about “my quote”."
    )
    await chat.press(tr.label("Save as my template"), message=chat.bot_messages[-2])
    assert len(await templates_of(bot, chat)) == 2
    assert (await templates_of(bot, chat))[1].name.endswith("(2)")


# --- inline mode ---------------------------------------------------------------------------------
async def test_inline_results_are_filled_personal_and_within_limits(bot):
    chat = bot.chat(language_code="de", first_name="Maria")
    tr = translator("de")
    await with_client(chat, "de", "Jana Roth", "du")
    await chat.send("/replies")
    await chat.send("Preis")
    await chat.press("Preiserhöhung")
    await chat.press("Jana Roth")
    await chat.press(tr.label("Chat message"))
    await chat.press(tr.label("Skip"))
    await chat.press(tr.label("Skip"))
    await write_template(
        chat, tr, "Hallo {client_first}, kurze Frage zum Preis. {me}", "Preisfrage"
    )
    await write_template(chat, tr, "Preis für {task}", "Preis mit Feld")
    answer = await chat.inline_query("preis")
    assert answer["is_personal"] is True and answer["cache_time"] <= 60
    results = answer["results"]
    assert 1 <= len(results) <= 50
    titles = [r["title"] for r in results]
    assert "Preiserhöhung ankündigen" in titles and "Preisfrage" in titles
    assert "Preis mit Feld" not in titles  # needs a field only the VA can fill
    text = next(r for r in results if r["title"] == "Preiserhöhung ankündigen")[
        "input_message_content"
    ]["message_text"]
    assert (
        text.startswith("Hallo Jana,") and "dir" in text
    )  # filled for the client last used, in her register
    assert (
        next(r for r in results if r["title"] == "Preisfrage")["input_message_content"][
            "message_text"
        ]
        == "Hallo Jana, kurze Frage zum Preis. Maria"
    )
    assert all(len(r["input_message_content"]["message_text"]) < 4096 for r in results)
    assert "button" not in answer
    everything = await chat.inline_query("")
    assert len(everything["results"]) <= 50
    assert len({r["id"] for r in everything["results"]}) == len(everything["results"])
    long_query = await chat.inline_query("Rechnung " * 28 + "xx")  # 256 characters
    assert isinstance(long_query["results"], list)


async def test_inline_query_from_someone_who_never_started_the_bot(bot):
    stranger = bot.chat(language_code="en")
    answer = await stranger.inline_query("deadline")
    assert answer["button"]["start_parameter"] == "inline"
    assert any(r["title"] == "Push a deadline" for r in answer["results"])
    async with bot.app.database.sessions() as session:
        assert await repo.get_user(session, stranger.user["id"]) is None  # nothing stored


async def test_send_to_a_chat_offers_only_your_own_draft(bot):
    chat = bot.chat(language_code="en", first_name="Sam")
    tr = translator("en")
    await chat.send("/replies")
    await chat.send("waiting list")
    await chat.press("Offer a waiting list")
    await chat.press("Formal")  # no client: formal or casual is asked
    await chat.press(tr.label("Email"))
    await chat.press(tr.label("Skip"))
    button = next(b for b in chat.buttons if b.label == tr.label("Send to a chat"))
    assert button is not None
    from bot.db.repo_drafts import recent_drafts

    async with bot.app.database.sessions() as session:
        draft = (await recent_drafts(session, chat.user["id"]))[0]
    answer = await chat.inline_query(f"#d{draft.id}")
    assert [r["input_message_content"]["message_text"] for r in answer["results"]] == [draft.text]
    other = bot.chat(language_code="en")
    assert (await other.inline_query(f"#d{draft.id}"))["results"] == []


async def test_save_a_say_no_draft_as_a_template_and_keep_going(bot):
    chat = bot.chat(language_code="en", first_name="Sam")
    tr = translator("en")
    await with_client(chat, "en", "Tom Baker")
    await through_listening(chat, "en", "Tom Baker", "chat")
    await to_alternative(chat, "en", "Deadline too tight")
    await chat.press(tr.label("A later date"))
    await chat.press(tr.label("Skip"))
    draft_message = chat.last_message
    before = draft_message["text"]
    await chat.press(tr.label("Save as my template"))
    rows = await templates_of(bot, chat)
    assert len(rows) == 1 and rows[0].name == "My reply – Tom Baker"
    assert rows[0].source.startswith("{salutation}\n\n") and "Tom" not in rows[0].source
    await chat.press(tr.label("Shorter"), message=draft_message)  # the say-no draft still works
    assert tr.label("This button has expired.") not in chat.answered_callbacks()
    assert len(draft_message["text"]) <= len(before)


async def test_another_users_template_id_is_not_found(bot, language):
    tr = translator(language)
    owner, intruder = bot.chat(language_code=language), bot.chat(language_code=language)
    await write_template(owner, tr, "Geheime Vorlage für {client}", "Secret one")
    template_id = (await templates_of(bot, owner))[0].id
    for action in ("open", "edit", "rename", "delete", "confirm-delete"):
        data = f"mt:{action}:{template_id}:0"
        await intruder.press_data(data)
        assert "Geheime Vorlage" not in intruder.last_text
    assert [t.name for t in await templates_of(bot, owner)] == ["Secret one"]


# --- bounded expansion -----------------------------------------------------------------------------
def test_a_filled_template_is_measured_before_it_is_built():
    assert fill("{a}" * 1000, {"a": "ab"}) == "ab" * 1000
    with pytest.raises(TemplateFormatError) as raised:
        fill("{a}" * 1000, {"a": "x" * 300})
    assert (raised.value.reason, raised.value.name) == ("too_long_filled", "300000")
    assert room_for("{a}" * 1000, {}, "a") == (MAX_FILLED // 1000, 1000)
    # Another field still unanswered keeps one character per appearance for itself.
    assert room_for("Hi {a}, {b}{b}", {}, "a") == (MAX_FILLED - len("Hi , ") - 2, 1)
    assert room_for("Hi {a}, {b}{b}", {"a": "x" * 4000}, "b") == ((MAX_FILLED - 4005) // 2, 2)


async def test_an_answer_repeated_a_thousand_times_is_refused_kindly_and_a_shorter_one_works(
    bot, chat, language
):
    tr = translator(language)
    await onboarded(chat, language)
    await write_template(chat, tr, "{a}" * 1000, "Echo")
    await chat.press(tr.label("Use it"))
    assert plain(tr.gettext("What goes into <b>{{{field}}}</b>?", field="a")) in chat.last_text
    sent = await chat.send(
        "x" * 300
    )  # the longest answer a field takes: 300,000 characters filled in
    assert len(sent) == 1
    note = tr.gettext(
        "With that answer the reply would be too long for one message ({limit} characters at most). <b>{{{field}}}</b> appears {count} times in the template, so please keep your answer to {room} characters.",
        limit=tr.number(MAX_FILLED),
        field="a",
        count=tr.number(1000),
        room=tr.number(4),
    )
    assert plain(note) in chat.last_text
    assert (
        plain(tr.gettext("What goes into <b>{{{field}}}</b>?", field="a")) in chat.last_text
    )  # asked again
    sent = await chat.send("okay")
    assert len(sent) == 2  # the header and the reply, in one message
    assert chat.last_text == "okay" * 1000
    async with bot.app.database.sessions() as session:
        drafts = await repo_drafts.recent_drafts(session, chat.user["id"])
    assert [draft.text for draft in drafts] == ["okay" * 1000]


async def test_a_template_too_long_with_the_names_filled_in_is_not_filled(bot, language):
    chat = bot.chat(language_code=language, first_name="Annabelle")
    tr = translator(language)
    await onboarded(chat, language)
    await write_template(chat, tr, "{me}" * 750, "Me")  # 750 × "Annabelle": 6,750 characters
    sent = await chat.press(tr.label("Use it"))
    assert len(sent) == 1
    assert chat.last_text == tr.gettext(
        "Filled in, this template would be too long for one message ({limit} characters at most), even with the shortest answers: every field counts each time it appears, the client’s name and yours too. Please shorten it in /mytemplates.",
        limit=tr.number(MAX_FILLED),
    )
    await chat.send("/mytemplates")  # nothing is left waiting for an answer
    assert "Me" in chat.button_labels


async def test_an_own_field_takes_the_word_skip_as_its_answer(bot):
    chat = bot.chat(language_code="en", first_name="Sam")
    tr = translator("en")
    await onboarded(chat, "en")
    await write_template(chat, tr, "Next step: {step}.", "Steps")
    await chat.press(tr.label("Use it"))
    await chat.send("skip")  # an own field has no Skip button: the word is the answer
    assert chat.last_text == "Next step: skip."
