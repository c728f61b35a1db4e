"""/export gives a user everything the bot keeps; /delete leaves nothing behind, in any table."""

from __future__ import annotations

import json

from sqlalchemy import select, text

from bot.db.models import Base
from bot.i18n import translator
from tests.journeys import onboarded, register_label, through_listening


async def rows_mentioning(bot, user_id: int) -> dict[str, int]:
    """Per table, rows whose user column (or id, for users) is this user."""
    found = {}
    async with bot.app.database.sessions() as session:
        for table in Base.metadata.sorted_tables:
            column = (
                "id" if table.name == "users" else "user_id" if "user_id" in table.columns else None
            )
            if column is None:
                continue
            count = len(
                (await session.execute(select(table).where(table.c[column] == user_id))).all()
            )
            if count:
                found[table.name] = count
    return found


async def a_user_with_data(bot, language: str):
    tr = translator(language)
    chat = bot.chat(language_code=language)
    await onboarded(chat, language)
    await chat.send("/clients")
    await chat.press(tr.label("Add a client"))
    await chat.send("Geheim & Co")
    await chat.press(register_label(language))
    await chat.send("Frau Dr. Erika Muster")  # the contact person: exported and deleted too
    await chat.press(tr.label("Done"))
    await through_listening(chat, language, "Geheim & Co", "email")  # leaves a say-no reply open
    return chat


async def test_export_sends_json_and_a_readable_file(bot, language):
    chat = await a_user_with_data(bot, language)
    await chat.send("/cancel")
    await chat.send("/export")
    documents = chat.new_calls("sendDocument")
    assert len(documents) == 2
    exported = json.loads(documents[0].files["document"].decode())
    assert exported["users"][0]["id"] == chat.user["id"]
    assert [c["name"] for c in exported["clients"]] == ["Geheim & Co"]
    assert exported["clients"][0]["contact_last"] == "Muster"
    assert exported["drafts"][0]["answers"]["request"]
    readable = documents[1].files["document"].decode()
    assert (
        "Geheim & Co" in readable
        and {"de": "Deine Kund:innen", "en": "Your clients"}[language] in readable
    )


async def test_delete_erases_every_row_and_open_conversation(bot, language):
    tr = translator(language)
    chat = await a_user_with_data(bot, language)
    other = bot.chat(language_code=language)
    await onboarded(other, language)
    assert set(await rows_mentioning(bot, chat.user["id"])) >= {
        "users",
        "clients",
        "drafts",
        "conversations",
        "user_data",
    }

    await chat.send("/delete")  # allowed in the middle of a flow
    await chat.press(tr.label("No, keep my data"))
    assert await rows_mentioning(bot, chat.user["id"])
    await chat.send("/delete")
    await chat.press(tr.label("Yes, delete everything"))
    assert {"de": "ist gelöscht", "en": "is deleted"}[language] in chat.last_text
    await bot.app.update_persistence()
    assert await rows_mentioning(bot, chat.user["id"]) == {}
    assert await rows_mentioning(bot, other.user["id"])  # nobody else's data went
    async with bot.app.database.sessions() as session:
        leftovers = (await session.execute(text("SELECT count(*) FROM conversations"))).scalar_one()
    assert leftovers <= 1  # at most the other user's

    await chat.send("/start")  # afterwards the bot knows nothing: a fresh welcome
    assert tr.label("Let's start") in chat.button_labels


def test_every_table_of_a_user_has_a_readable_heading_in_both_languages():
    from bot.db.repo_privacy import user_tables

    for language in ("de", "en"):
        labels = translator(language).data("privacy")["tables"]
        assert {table.name for table, _ in user_tables()} <= set(labels), language
