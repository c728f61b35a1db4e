"""/playbook through the offline Bot API: parts, what is missing, target group, documents, revisions."""

from __future__ import annotations

from sqlalchemy import select

from bot.db import repo
from bot.db.models_calls import Playbook
from bot.flows.gatekeeper.codecs import PlaybookPick
from bot.i18n import translator
from tests.journeys import onboarded


async def add_client(bot, chat, name: str = "Heinicke Consulting") -> int:
    async with bot.app.database.sessions.begin() as session:
        return (await repo.add_client(session, chat.user["id"], name, "sie")).id


async def playbooks_of(bot, chat) -> list[Playbook]:
    async with bot.app.database.sessions() as session:
        result = await session.execute(select(Playbook).where(Playbook.user_id == chat.user["id"]))
        return list(result.scalars())


async def open_playbook(bot, chat, language: str) -> None:
    await onboarded(chat, language)
    await add_client(bot, chat)
    await chat.send("/playbook")
    await chat.press("Heinicke Consulting")


async def test_without_clients_the_playbook_points_to_clients(bot, chat, language):
    await onboarded(chat, language)
    await chat.send("/playbook")
    assert "/clients" in chat.last_text
    await chat.send("/call")
    assert "/playbook" in chat.last_text


async def test_write_parts_choose_target_and_see_what_is_missing(bot, chat, language):
    tr = translator(language)
    parts = tr.data("gatekeeper")["parts"]
    await open_playbook(bot, chat, language)
    overview = chat.last_text
    assert parts["voicemail"]["why"] in overview and parts["reason"]["title"] in overview
    await chat.press(parts["reason"]["title"])
    assert parts["reason"]["example"] in chat.last_text
    await chat.send("x" * 3000)  # refused kindly, nothing saved
    assert tr.number(3000) in chat.last_text and tr.number(1500) in chat.last_text
    assert not (await playbooks_of(bot, chat))[0].parts
    await chat.send_photo()
    assert parts["reason"]["example"] in chat.last_text  # asked again
    await chat.send("Ich rufe für Heinicke an: Wir schulen Vertriebsteams.")
    assert tr.gettext("Saved.") in chat.last_text
    assert parts["reason"]["why"] not in chat.last_text  # no longer missing
    await chat.press(tr.label("Target group"))
    assert "UWG § 7" in chat.last_text and "§ 7a" in chat.last_text
    assert ("not legal advice" if language == "en" else "keine Rechtsberatung") in chat.last_text
    await chat.press(tr.data("gatekeeper")["targets"]["consumer"])
    row = (await playbooks_of(bot, chat))[0]
    assert row.target == "consumer" and row.parts["reason"].startswith("Ich rufe")
    await chat.press(tr.label("Done"))
    assert "/call" in chat.last_text


async def test_send_as_markdown_and_pdf(bot, chat, language):
    tr = translator(language)
    await open_playbook(bot, chat, language)
    await chat.press(tr.data("gatekeeper")["parts"]["data"]["title"])
    await chat.send("Name der Empfangskraft\nRichtige Ansprechperson\nE-Mail für Müller & Söhne")
    await chat.press(tr.label("Send as document"))
    documents = chat.new_calls("sendDocument")
    assert len(documents) == 2
    markdown = documents[0].files["document"].decode()
    assert (
        "# " in markdown
        and "- [ ] Richtige Ansprechperson" in markdown
        and "Müller & Söhne" in markdown
    )
    assert tr.label("not written yet") in markdown
    assert documents[1].files["document"][:5] == b"%PDF-"
    assert tr.label("Send as document") in chat.button_labels  # back on the overview


async def test_revise_stores_open_questions_and_answers(bot, chat, language):
    tr = translator(language)
    await open_playbook(bot, chat, language)
    await chat.press(tr.label("Revise after first calls"))
    await chat.send("Gibt es eine Testphase?")
    await chat.press(tr.label("I'll ask the client first"))
    assert "Gibt es eine Testphase?" in chat.last_text
    await chat.press(tr.label("Revise after first calls"))
    await chat.send("Do you work with small teams?")
    await chat.send("Yes, from three people.")
    row = (await playbooks_of(bot, chat))[0]
    assert row.parts["faq"] == "Do you work with small teams? – Yes, from three people."
    assert row.parts["open_questions"] == "Gibt es eine Testphase?" and row.revisions == 2


async def test_another_users_client_in_a_forged_button_is_not_found(bot, language):
    tr = translator(language)
    mallory, victim = bot.chat(language_code=language), bot.chat(language_code=language)
    await onboarded(victim, language)
    their_client = await add_client(bot, victim, "Secret GmbH")
    await onboarded(mallory, language)
    await add_client(bot, mallory, "Mine")
    await mallory.send("/playbook")
    await mallory.press_data(PlaybookPick(step=0, value=str(their_client)).pack())
    assert tr.gettext("That client was not found.") in mallory.last_text
    assert "Secret GmbH" not in mallory.last_text
    assert await playbooks_of(bot, mallory) == [] and await playbooks_of(bot, victim) == []


async def test_stale_button_and_restart_resume(bot_factory, language):
    tr = translator(language)
    first = await bot_factory()
    chat = first.chat(language_code=language)
    await open_playbook(first, chat, language)
    await chat.press(tr.data("gatekeeper")["parts"]["exit"]["title"])
    await chat.press_data(PlaybookPick(step=1, value="exit").pack())  # an older overview button
    assert tr.data("gatekeeper")["parts"]["exit"]["example"] in chat.last_text
    await first.stop()
    second = await bot_factory()
    again = second.chat(language_code=language, user_id=chat.user["id"])
    await again.send("Vielen Dank, ich melde mich im Frühjahr wieder.")
    assert tr.gettext("Saved.") in again.last_text
    assert (await playbooks_of(second, again))[0].parts["exit"].startswith("Vielen Dank")


async def test_main_menu_button_opens_the_playbook(bot, chat, language):
    tr = translator(language)
    await onboarded(chat, language)
    await add_client(bot, chat)
    await chat.send("/menu")
    await chat.press(tr.label("Call playbook"))
    assert "Heinicke Consulting" in chat.button_labels


async def test_done_typed_in_words_closes_the_playbook(bot, chat, language):
    await open_playbook(bot, chat, language)
    await chat.send({"de": "fertig", "en": "Done."}[language])
    assert "/call" in chat.last_text
    assert "playbook" not in bot.app.user_data[chat.user["id"]]
