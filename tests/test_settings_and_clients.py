"""/settings changes any onboarding answer; /clients adds, renames, removes and switches Sie/du."""

from __future__ import annotations

from datetime import time

from bot.i18n import translator
from tests.journeys import client_rows, onboarded, register_label, user_row, with_client


async def test_settings_change_one_answer_and_return(bot, chat, language):
    tr = translator(language)
    await onboarded(chat, language)
    await chat.send("/settings")
    await chat.press(tr.label("Weekly hours"))
    await chat.send("28")
    assert "28" in chat.last_text and "✅" in chat.last_text
    await chat.press(tr.label("Check-in time"))
    await chat.press(tr.time(time(18, 0)))
    await chat.press(tr.label("Time zone"))
    await chat.send("Zurich")
    await chat.press(tr.label("Name"))
    await chat.send("  Eva   Maria ")
    await chat.press(tr.label("Close"))
    user = await user_row(bot, chat)
    assert (user.capacity_hours, user.checkin_time, user.timezone, user.display_name) == (
        28,
        "18:00",
        "Europe/Zurich",
        "Eva Maria",
    )


async def test_settings_back_button_changes_nothing(bot, chat, language):
    tr = translator(language)
    await onboarded(chat, language)
    await chat.send("/settings")
    await chat.press(tr.label("Weekly hours"))
    await chat.press(tr.label("Back"))
    assert (await user_row(bot, chat)).capacity_hours == 40
    assert tr.label("Weekly hours") in chat.button_labels


async def test_client_lifecycle(bot, chat, language):
    tr = translator(language)
    await onboarded(chat, language)
    await chat.send("/clients")
    await chat.press(tr.label("Add a client"))
    await chat.send("Kanzlei Roth")
    await chat.press(register_label(language))
    await chat.press(tr.label("Skip"))  # no contact person
    assert "Kanzlei Roth" in chat.button_labels

    await chat.press("Kanzlei Roth")
    await chat.press(tr.label("Rename"))
    await chat.send("Kanzlei Roth & Partner")
    assert "Kanzlei Roth & Partner" in chat.last_text

    await chat.press({"de": "du", "en": tr.label("Switch to casual")}[language])
    assert [c.register for c in await client_rows(bot, chat)] == ["du"]

    await chat.press(tr.label("Remove"))
    await chat.press(tr.label("No, keep"))
    assert len(await client_rows(bot, chat)) == 1
    await chat.press(tr.label("Remove"))
    await chat.press(tr.label("Yes, remove"))
    assert await client_rows(bot, chat) == []
    await chat.press(tr.label("Done"))
    assert "reply_markup" not in chat.last_message


async def test_client_list_pages(bot, chat, language):
    tr = translator(language)
    await onboarded(chat, language)
    for number in range(11):
        await chat.send("/clients") if number == 0 else None
        await chat.press(tr.label("Add a client"))
        await chat.send(f"Client {number:02d}")
        await chat.press(register_label(language))
        await chat.press(tr.label("Skip"))
    assert "Client 00" in chat.button_labels and "Client 10" not in chat.button_labels
    await chat.press("›")
    assert "Client 10" in chat.button_labels
    assert len(await client_rows(bot, chat)) == 11


async def test_another_users_client_id_is_not_found(bot, language):
    tr = translator(language)
    owner, intruder = bot.chat(language_code=language), bot.chat(language_code=language)
    await onboarded(owner, language)
    await owner.send("/clients")
    await owner.press(tr.label("Add a client"))
    await owner.send("Secret Client")
    await owner.press(register_label(language))
    await owner.press(tr.label("Skip"))
    client_id = (await client_rows(bot, owner))[0].id

    await onboarded(intruder, language)
    for data in (
        f"cl.open:{client_id}",
        f"cl.do:confirm-remove:{client_id}",
        f"cl.do:rename:{client_id}",
    ):
        await intruder.press_data(data)
        assert "Secret Client" not in intruder.last_text
        assert {"de": "nicht mehr in deiner Kundenliste", "en": "no longer in your list"}[
            language
        ] in intruder.last_text
    assert [c.name for c in await client_rows(bot, owner)] == ["Secret Client"]


async def test_settings_clients_button_opens_the_client_list(chat, language):
    tr = translator(language)
    await onboarded(chat, language)
    await chat.send("/settings")
    await chat.press(tr.label("Clients"))
    assert tr.label("Add a client") in chat.button_labels


async def test_rename_to_an_existing_name_is_refused(bot):
    chat = bot.chat(language_code="en")
    await onboarded(chat, "en")
    await chat.send("/clients")
    for name in ("Alpha", "Beta"):
        await chat.press("Add a client")
        await chat.send(name)
        await chat.press("Formal")
        await chat.press("Skip")
    await chat.press("Beta")
    await chat.press("Rename")
    await chat.send("alpha")
    assert "already have a client" in chat.last_text
    assert sorted(c.name for c in await client_rows(bot, chat)) == ["Alpha", "Beta"]


async def test_work_days_switch_on_and_off_and_keep_one(bot, chat, language):
    from bot.db import repo_checkins

    tr = translator(language)
    await onboarded(chat, language)
    await chat.send("/settings")
    await chat.press(tr.label("Work days"))
    saturday = chat.button_labels[5]
    assert not saturday.startswith("✓") and chat.button_labels[0].startswith("✓")
    await chat.press(saturday)
    assert chat.button_labels[5].startswith("✓")
    for label in list(chat.button_labels[:5]):
        await chat.press(label)  # Monday to Friday off
    await chat.press(chat.button_labels[5])  # Saturday, the last one: refused
    assert tr.label("Keep at least one work day.") in chat.answered_callbacks()
    await chat.press(tr.label("Done"))
    async with bot.app.database.sessions() as session:
        prefs = await repo_checkins.get_prefs(session, chat.user["id"])
    assert prefs.workdays == "6"


async def test_a_first_message_other_than_start_works(bot, language):
    """/clients (or anything) before /start: the user is known at once, nothing fails."""
    tr = translator(language)
    chat = bot.chat(language_code=language)
    await chat.send("/clients")
    await chat.press(tr.label("Add a client"))
    await chat.send("Kanzlei Roth")
    await chat.press(register_label(language))
    assert [c.name for c in await client_rows(bot, chat)] == ["Kanzlei Roth"]


async def test_a_name_waiting_for_sie_or_du_survives_another_command(bot):
    """A German VA types a new client's name, checks the week before saying "Sie" or "du", and
    /clients asks for that name's "Sie" or "du" again; a typed "du" counts as the button."""
    tr = translator("de")
    chat = bot.chat(language_code="de")
    await with_client(chat, "de", "Acme")
    await chat.send("/clients")
    await chat.press(tr.label("Add a client"))
    await chat.send("Kanzlei Roth")
    await chat.send("/week")  # another command in between
    await chat.send("/clients")
    assert "Kanzlei Roth" in chat.last_text and tr.label("“du” (informal)") in chat.button_labels
    await chat.send("du")
    assert sorted((c.name, c.register) for c in await client_rows(bot, chat)) == [
        ("Acme", "sie"),
        ("Kanzlei Roth", "du"),
    ]
    await chat.send("überspringen")  # no contact person
    assert "Kanzlei Roth" in chat.button_labels  # the list again
    await chat.send("fertig")  # as the Done button
    assert "gespeichert" in chat.last_text and "reply_markup" not in chat.last_message


async def test_adding_a_client_continues_after_another_command(bot, chat, language):
    tr = translator(language)
    await onboarded(chat, language)
    await chat.send("/clients")
    await chat.press(tr.label("Add a client"))
    await chat.send("/week")
    await chat.press(tr.label("Continue with your clients"))  # offered under the report
    await chat.send("Kanzlei Roth")  # the name asked for before the report
    await chat.send({"de": "Sie", "en": "formal"}[language])
    await chat.send({"de": "überspringen", "en": "skip"}[language])  # no contact person
    assert [(c.name, c.register) for c in await client_rows(bot, chat)] == [("Kanzlei Roth", "sie")]
    await chat.send("/week")  # the list is a menu: nothing to continue
    assert tr.label("Continue with your clients") not in chat.button_labels


async def test_skip_while_adding_or_renaming_changes_nothing(bot, chat, language):
    tr = translator(language)
    await with_client(chat, language, "Acme")
    await chat.send("/clients")
    await chat.press(tr.label("Add a client"))
    await chat.send({"de": "überspringen", "en": "skip"}[language])
    assert tr.label("Add a client") in chat.button_labels  # back at the list
    await chat.press("Acme")
    await chat.press(tr.label("Rename"))
    await chat.send({"de": "fertig", "en": "done"}[language])
    assert tr.label("Rename") in chat.button_labels  # back at the card
    assert [c.name for c in await client_rows(bot, chat)] == ["Acme"]


async def test_remove_answered_in_words(bot, chat, language):
    tr = translator(language)
    await with_client(chat, language, "Acme")
    await chat.send("/clients")
    await chat.press("Acme")
    await chat.press(tr.label("Remove"))
    await chat.send({"de": "nein", "en": "no"}[language])
    assert tr.label("Rename") in chat.button_labels and len(await client_rows(bot, chat)) == 1
    await chat.press(tr.label("Remove"))
    await chat.send({"de": "ja", "en": "yes"}[language])
    assert await client_rows(bot, chat) == []
    assert "Acme" in chat.last_text  # "“Acme” is removed."
