"""/export offers the hours per client and month as CSV for invoicing, in the user's locale:
German Excel's semicolons, 12,5 and 01.02.2025; English commas, 12.5 and ISO dates.
Fixed clock: Friday 14 March 2025 in Berlin."""

from __future__ import annotations

from datetime import date

from bot.db.models import Client
from bot.db.models_checkins import WorkLog
from tests.journeys import setup_user

EXPECTED = {
    "de": [
        "Von;Bis;Kund:in;Stunden",
        "01.02.2025;28.02.2025;Acme;12,5",
        "01.02.2025;28.02.2025;Sonstige Arbeit;0,75",
        "01.03.2025;14.03.2025;'=Bea Co;2",
        '01.03.2025;14.03.2025;"Müller; Söhne";7,25',
    ],
    "en": [
        "From,To,Client,Hours",
        "2025-02-01,2025-02-28,Acme,12.5",
        "2025-02-01,2025-02-28,Other work,0.75",
        "2025-03-01,2025-03-14,'=Bea Co,2",
        "2025-03-01,2025-03-14,Müller; Söhne,7.25",
    ],
}


async def with_hours(bot, chat, language):
    tr = await setup_user(bot, chat, language, ("Acme", "Müller; Söhne"))
    async with bot.app.database.sessions.begin() as session:
        # A name a spreadsheet would run as a formula must stay text.
        session.add(Client(user_id=chat.user["id"], name="=Bea Co", register="sie"))
        await session.flush()
        for day, client, minutes in (
            (date(2025, 2, 3), 1, 465),  # 7:45
            (date(2025, 2, 4), 1, 285),  # 4:45: 12.5 h for Acme in February
            (date(2025, 2, 5), None, 45),  # without a client
            (date(2025, 2, 6), None, 0),  # a day off: no row
            (date(2025, 3, 10), 2, 435),  # 7:15 for Müller; Söhne
            (date(2025, 3, 11), 3, 120),
        ):
            session.add(
                WorkLog(user_id=chat.user["id"], day=day, client_id=client, minutes=minutes)
            )
    return tr


async def test_export_offers_hours_per_client_and_month_in_the_users_locale(bot, chat, language):
    tr = await with_hours(bot, chat, language)
    await chat.send("/export")
    assert len(chat.new_calls("sendDocument")) == 2  # the JSON and the readable file, as before
    await chat.press(tr.label("Hours per client (CSV)"))
    documents = chat.new_calls("sendDocument")
    assert len(documents) == 1
    raw = documents[0].files["document"]
    assert raw.startswith(b"\xef\xbb\xbf")  # so Excel reads the umlauts as UTF-8
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[:-1] == EXPECTED[language] and lines[-1] == ""
    caption = documents[0].params.get("caption", "")
    assert "14" in caption and "Excel" in caption


async def test_no_hours_yet_gets_a_friendly_answer_and_no_empty_file(bot, chat, language):
    tr = await setup_user(bot, chat, language, ("Acme",))
    await chat.send("/export")
    chat.new_calls("sendDocument")
    await chat.press(tr.label("Hours per client (CSV)"))
    assert chat.new_calls("sendDocument") == []
    assert "/log" in chat.last_text
