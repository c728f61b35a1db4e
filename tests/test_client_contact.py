"""Who a draft is for: a client's contact person and form of address, asked when a client is
added, shown and changed on the client's card, and used by reply templates."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command

from bot.coach.contact import Contact, asks_address, parse_contact
from bot.coach.drafting import renderer
from bot.coach.profile import InvalidAnswer
from bot.coach.templates import salutation_line
from bot.db.migrate import alembic_config, upgrade
from bot.db.session import Database
from bot.i18n import translator
from tests.conftest import sqlite_url
from tests.journeys import client_rows, onboarded, register_label, user_row

ANNA = Contact("Dr.", "Anna", "Hoffmann", "frau")


# --- reading the typed name ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "register", "expected"),
    [
        ("Dr. Anna Hoffmann", "sie", Contact("Dr.", "Anna", "Hoffmann")),
        ("Prof. Dr. Lena Roth", "sie", Contact("Prof. Dr.", "Lena", "Roth")),
        ("Frau Dr. Anna Hoffmann", "sie", ANNA),
        ("Mr Tom Baker", "du", Contact("", "Tom", "Baker", "herr")),
        ("Dr Priya Shah", "du", Contact("Dr", "Priya", "Shah")),
        ("Ursula von der Leyen", "sie", Contact("", "Ursula", "von der Leyen")),
        ("Hoffmann, Anna", "sie", Contact("", "Anna", "Hoffmann")),
        ("  „Anna Maria Hoffmann“. ", "sie", Contact("", "Anna Maria", "Hoffmann")),
        ("Hoffmann", "sie", Contact("", "", "Hoffmann")),  # "Sie": addressed by the last name
        ("Lena", "du", Contact("", "Lena", "")),  # "du": by the first name
        ("Dr. Hoffmann", "du", Contact("Dr.", "", "Hoffmann")),
    ],
)
def test_a_typed_contact_is_read_into_title_first_and_last_name(typed, register, expected):
    assert parse_contact(typed, register) == expected


@pytest.mark.parametrize(
    "typed", ["anna@hoffmann.de", "Anna Hoffmann (CEO)", "0171 234567", "Herr", "", "a b c d e f g"]
)
def test_what_is_no_name_is_refused(typed):
    with pytest.raises(InvalidAnswer):
        parse_contact(typed)


def test_the_form_of_address_is_asked_for_formal_clients_with_a_last_name():
    anna = Contact("Dr.", "Anna", "Hoffmann")
    assert asks_address(anna, "sie", "de")  # Frau Dr. Hoffmann
    assert not asks_address(anna, "du", "de")
    assert not asks_address(ANNA, "sie", "de")  # typed with "Frau"
    assert not asks_address(Contact(first="Lena"), "sie", "de")
    priya = Contact("", "Priya", "Shah")
    assert asks_address(priya, "sie", "en")  # Ms Shah rather than "Dear Priya Shah,"
    assert asks_address(Contact(last="Shah"), "sie", "en")  # else "Hello,": the name lost
    assert not asks_address(priya, "du", "en")  # "Hi Priya,"
    assert not asks_address(Contact("Dr", "Priya", "Shah"), "sie", "en")  # "Dear Dr Shah,"
    assert not asks_address(Contact("", "Priya", "Shah", "frau"), "sie", "en")  # "Ms Priya Shah"


def test_onboarding_s_path_takes_each_client_s_register_and_contact_then_the_next_client():
    from bot.coach.given import Given
    from bot.coach.profile_steps import ProfileAnswers, Step, advance

    answers = ProfileAnswers(step=int(Step.CLIENTS))
    assert advance(answers, Step.CLIENTS, Given(text="Kanzlei Roth"), "en") == Step.CLIENT_REGISTER
    assert advance(answers, Step.CLIENT_REGISTER, Given(value="sie"), "en") == Step.CLIENT_CONTACT
    assert answers.changes == {"client": ("Kanzlei Roth", "sie")}
    answers.changes = {}
    anna = Contact("Dr.", "Anna", "Hoffmann").as_dict()
    assert advance(answers, Step.CLIENT_CONTACT, Given(value=anna), "de") == Step.CLIENT_ADDRESS
    assert answers.changes == {"contact": ("Kanzlei Roth", anna)}
    answers.changes = {}
    assert advance(answers, Step.CLIENT_ADDRESS, Given(value="frau"), "de") == Step.CLIENTS
    assert answers.changes == {"address": ("Kanzlei Roth", "frau")}
    assert answers.pending_client is None  # ready for the next name


# --- /clients --------------------------------------------------------------------------------------
async def add_client(chat, language: str, name: str, register: str = "sie") -> None:
    await onboarded(chat, language)
    await chat.send("/clients")
    await chat.press(translator(language).label("Add a client"))
    await chat.send(name)
    await chat.press(register_label(language, register))


async def test_dr_anna_hoffmann_as_frau_shows_on_the_card_of_a_sie_client(bot):
    chat, tr = bot.chat(language_code="de"), translator("de")
    await add_client(chat, "de", "Kanzlei Roth")
    assert "Wem schreibst du bei Kanzlei Roth?" in chat.last_text
    await chat.send("Dr. Anna Hoffmann")
    assert chat.button_labels == [
        "Frau Dr. Hoffmann",
        "Herr Dr. Hoffmann",
        "Mit vollem Namen: Anna Hoffmann",
    ]
    await chat.press("Frau Dr. Hoffmann")
    assert "Kanzlei Roth – Sie · Dr. Anna Hoffmann" in chat.last_text  # the list
    await chat.press("Kanzlei Roth")
    card = chat.last_text
    assert "Ansprechperson: Frau Dr. Anna Hoffmann" in card
    assert "In deinen Entwürfen siezt du Kanzlei Roth." in card and "Kundschaft" not in card
    assert "Frau Dr. Hoffmann," in card  # how emails open
    [client] = await client_rows(bot, chat)
    assert (client.contact_title, client.contact_first, client.contact_last) == (
        "Dr.",
        "Anna",
        "Hoffmann",
    )
    assert client.contact_address == "frau"

    await chat.press(tr.label("Change form of address"))
    await chat.send("Herr")  # typed instead of tapped
    assert "Ansprechperson: Herr Dr. Anna Hoffmann" in chat.last_text
    await chat.press(tr.label("Remove contact person"))
    assert "Ansprechperson: noch keine" in chat.last_text
    assert (await client_rows(bot, chat))[0].contact_last is None


async def test_the_english_card_says_formal_or_casual_never_sie_or_du(bot):
    chat, tr = bot.chat(language_code="en"), translator("en")
    await add_client(chat, "en", "Acme Ltd")
    await chat.send("Dr Priya Shah")  # no Mr/Ms question in English
    await chat.press("Acme Ltd")
    card = chat.last_text
    assert "formal" in card and "Sie" not in card and "“du”" not in card
    assert "Contact person: Dr Priya Shah" in card and "Dear Dr Shah," in card
    await chat.press(tr.label("Switch to casual"))
    assert "casual" in chat.last_text and "Hi Priya," in chat.last_text
    assert (await client_rows(bot, chat))[0].register == "du"
    assert "Acme Ltd – casual · Dr Priya Shah" not in chat.last_text  # the card, not the list
    await chat.press(tr.label("Back to the list"))
    assert "Acme Ltd – casual · Dr Priya Shah" in chat.last_text


async def test_an_english_formal_contact_is_asked_ms_mr_or_full_name(bot):
    chat, tr = bot.chat(language_code="en"), translator("en")
    await add_client(chat, "en", "Shah Legal")
    assert "or “Ms Priya Shah”" in chat.last_text  # the example shows Ms can be typed
    await chat.send("Priya Shah")
    assert "as Ms or Mr before the last name" in chat.last_text
    assert chat.button_labels == ["Ms Shah", "Mr Shah", "By full name: Priya Shah"]
    await chat.press("Ms Shah")
    await chat.press("Shah Legal")
    card = chat.last_text
    assert "Contact person: Ms Priya Shah" in card and "“Dear Ms Shah,”" in card
    await chat.press(tr.label("Change form of address"))  # on the English card too
    await chat.send("full name")
    assert "“Dear Priya Shah,”" in chat.last_text
    [client] = await client_rows(bot, chat)
    assert client.contact_address == "name"


@pytest.mark.parametrize(
    ("language", "typed", "buttons", "pressed", "opening"),
    [
        ("de", "Weber", ["Frau Weber", "Herr Weber", "Weiß ich nicht"], "Herr Weber",
         "„Guten Tag Herr Weber,“"),
        ("en", "Shah", ["Ms Shah", "Mr Shah", "Not sure"], "Mr Shah", "“Dear Mr Shah,”"),
    ],
)  # fmt: skip
async def test_a_last_name_alone_is_asked_ms_or_mr_and_never_offered_as_a_full_name(
    bot, language, typed, buttons, pressed, opening
):
    chat = bot.chat(language_code=language)
    await add_client(chat, language, "Acme")
    await chat.send(typed)
    assert chat.button_labels == buttons  # no "By full name: Shah"
    await chat.press(pressed)
    await chat.press("Acme")
    assert opening in chat.last_text


async def test_an_english_card_puts_no_ms_before_a_title(bot):
    chat = bot.chat(language_code="en")
    await add_client(chat, "en", "Shah Legal")
    await chat.send("Ms Dr Priya Shah")  # typed with both: the title wins in English
    await chat.press("Shah Legal")
    card = chat.last_text
    assert "Contact person: Dr Priya Shah" in card and "Ms Dr" not in card
    assert "“Dear Dr Shah,”" in card


async def test_skip_adds_the_client_without_a_contact_and_it_can_be_added_later(
    bot, chat, language
):
    tr = translator(language)
    await add_client(chat, language, "Acme GmbH", "du")
    await chat.press(tr.label("Skip"))
    assert tr.label("Add a client") in chat.button_labels  # back at the list
    await chat.press("Acme GmbH")
    await chat.press(tr.label("Add a contact person"))
    await chat.send("anna@acme.example")  # not a name: asked again, nothing lost
    assert {"de": "nicht als Namen", "en": "could not read that as a name"}[language] in (
        chat.last_text
    )
    await chat.send("Lena Weber")
    assert {"de": "Hallo Lena,", "en": "Hi Lena,"}[language] in chat.last_text
    [client] = await client_rows(bot, chat)
    assert (client.name, client.contact_first, client.contact_last) == (
        "Acme GmbH",
        "Lena",
        "Weber",
    )


async def test_a_client_who_is_a_person_is_their_own_contact_in_one_tap(bot, chat, language):
    await add_client(chat, language, "Tom Baker", "du")
    await chat.press("Tom Baker")  # the client's own name, offered as the contact person
    [client] = await client_rows(bot, chat)
    assert (client.contact_first, client.contact_last) == ("Tom", "Baker")


async def test_the_contact_question_waits_through_another_command(bot, chat, language):
    tr = translator(language)
    await add_client(chat, language, "Acme GmbH")
    await chat.send("/week")  # another command in between
    await chat.press(tr.label("Continue with your clients"))
    await chat.send("Frau Dr. Anna Hoffmann")  # the question asked before the report
    [client] = await client_rows(bot, chat)
    assert (client.contact_last, client.contact_address) == ("Hoffmann", "frau")
    assert "Acme GmbH" in chat.button_labels  # the list again


async def test_onboarding_asks_for_the_contact_person_of_each_client(bot, chat, language):
    tr = translator(language)
    await chat.send("/start")
    await chat.press(tr.label("Let's start"))
    for _ in range(4):
        await chat.press(tr.label("Skip"))
    await chat.send("Kanzlei Roth")
    await chat.press(register_label(language, "sie"))
    await chat.send("Dr. Anna Hoffmann")
    if language == "de":  # Frau, Herr or the full name
        await chat.press("Frau Dr. Hoffmann")
    await chat.send("Lena Weber")
    await chat.press(register_label(language, "du"))
    await chat.press(tr.label("Skip"))  # no contact person
    await chat.press(tr.label("Done"))
    assert (await user_row(bot, chat)).onboarded_at is not None
    rows = sorted(
        (c.name, c.register, c.contact_last, c.contact_address)
        for c in await client_rows(bot, chat)
    )
    assert rows == [
        ("Kanzlei Roth", "sie", "Hoffmann", "frau" if language == "de" else None),
        ("Lena Weber", "du", None, None),
    ]


# --- reply templates -------------------------------------------------------------------------------
async def test_an_own_template_opens_with_the_salutation_the_drafts_use(bot, chat, language):
    tr = translator(language)
    await add_client(chat, language, "Kanzlei Roth")
    await chat.send("Frau Dr. Anna Hoffmann")
    await chat.press(tr.label("Done"))
    await chat.send("/mytemplates")
    await chat.press(tr.label("Write a new template"))
    await chat.send("{salutation}\n\nthanks, {contact_first} {contact_last}")
    await chat.send("Thanks")
    await chat.press(tr.label("Use it"))
    await chat.press("Kanzlei Roth")
    salutation = salutation_line(renderer(language), "Kanzlei Roth", "sie", ANNA)
    assert "Hoffmann" in salutation and salutation.endswith(",")
    assert chat.last_text == f"{salutation}\n\nthanks, Anna Hoffmann"


async def test_a_library_reply_greets_the_contact_person(bot, chat, language):
    tr = translator(language)
    await add_client(chat, language, "Kanzlei Roth")
    await chat.send("Frau Dr. Anna Hoffmann")
    await chat.press(tr.label("Done"))
    await chat.send("/replies")
    title = tr.data("library")["situations"]["waitlist"]["title"]
    await chat.send(title)
    await chat.press(title)
    await chat.press("Kanzlei Roth")
    await chat.press(tr.label("Email"))
    await chat.press(tr.label("Skip"))
    first_line = chat.last_text.split("\n")[0]
    assert "Hoffmann" in first_line and "Kanzlei Roth" not in first_line


async def test_an_english_reply_switches_between_formal_and_casual(bot):
    chat, tr = bot.chat(language_code="en"), translator("en")
    await add_client(chat, "en", "Acme Ltd")
    await chat.send("Dr Priya Shah")
    await chat.press(tr.label("Done"))
    await chat.send("/replies")
    title = tr.data("library")["situations"]["waitlist"]["title"]
    await chat.send(title)
    await chat.press(title)
    await chat.press("Acme Ltd")
    await chat.press(tr.label("Email"))
    await chat.press(tr.label("Skip"))
    assert (
        "· formal" in chat.bot_messages[-2]["text"] and "Sie" not in chat.bot_messages[-2]["text"]
    )
    assert chat.last_text.startswith("Dear Dr Shah,")
    await chat.press(tr.label("Casual"))
    assert chat.last_text.startswith("Hi Priya,")


def test_a_salutation_line_of_a_saved_draft_becomes_the_salutation_field():
    from bot.flows.replies.mytemplates_save import template_source

    text = "Guten Tag Frau Dr. Hoffmann,\n\nvielen Dank, Anna.\n\nViele Grüße\nMaria"
    assert template_source(text, "Kanzlei Roth", "Maria", ANNA) == (
        "{salutation}\n\nvielen Dank, {contact_first}.\n\nViele Grüße\n{me}"
    )


# --- the schema ------------------------------------------------------------------------------------
async def test_the_contact_columns_migrate_up_and_down_on_sqlite(tmp_path):
    database = Database(sqlite_url(tmp_path))
    engine = database.engine
    try:
        await upgrade(engine, "0007_update_ledger")
        async with engine.begin() as connection:
            await connection.execute(
                sa.text(
                    "INSERT INTO users (id, language, checkin_time, capacity_hours, created_at) VALUES (1, 'de', '17:30', 40, '2025-03-14')"
                )
            )
            await connection.execute(
                sa.text(
                    "INSERT INTO clients (user_id, name, register, created_at) VALUES (1, 'Kanzlei Roth', 'sie', '2025-03-14')"
                )
            )
        await upgrade(engine)
        async with engine.begin() as connection:
            row = (
                await connection.execute(sa.text("SELECT name, contact_last FROM clients"))
            ).one()
            assert tuple(row) == ("Kanzlei Roth", None)  # kept, with no contact person yet
            await connection.execute(sa.text("UPDATE clients SET contact_last = 'Hoffmann'"))

        def downgrade(sync) -> None:
            config = alembic_config()
            config.attributes["connection"] = sync
            command.downgrade(config, "0007_update_ledger")

        async with engine.begin() as connection:
            await connection.run_sync(downgrade)
            columns = await connection.run_sync(
                lambda sync: [c["name"] for c in sa.inspect(sync).get_columns("clients")]
            )
            assert "contact_last" not in columns
            names = (await connection.execute(sa.text("SELECT name FROM clients"))).scalars()
            assert list(names) == ["Kanzlei Roth"]  # the client survives the way back
    finally:
        await database.dispose()
