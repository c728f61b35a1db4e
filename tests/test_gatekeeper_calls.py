"""/call, /calllog, /calls and the follow-up reminders through the offline Bot API, with a fixed
clock (Tuesday 10 March 2026, 15:00 in Berlin)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select

from bot.charts import ChartData
from bot.db.models import Client
from bot.db.models_calls import CallLog, Playbook
from bot.db.models_checkins import ScheduledMessage
from bot.flows.gatekeeper.codecs import CallAgain, CallPick, CallStart
from bot.i18n import translator
from bot.jobs.scheduler import clock_of, dispatch_due
from tests.journeys import setup_user

NOW = datetime(2026, 3, 10, 14, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")
PARTS = {
    "reason": "Wir schulen Vertriebsteams in der Telefonakquise.",
    "opening": "Guten Tag, Simone Jungblut im Auftrag von Heinicke Consulting.",
    "faq": "Worum geht es denn? – Um eine Schulung für Ihr Vertriebsteam.",
    "unreachable": "Kurze E-Mail an info@ mit Betreff „Anfrage im Auftrag von Heinicke“.",
    "data": "Name der Empfangskraft, Richtige Ansprechperson",
}


async def setup(bot, chat, language: str, playbook: bool = True) -> int:
    await setup_user(bot, chat, language, ("Heinicke",), now=NOW)
    async with bot.app.database.sessions.begin() as session:
        client = (
            await session.execute(select(Client).where(Client.user_id == chat.user["id"]))
        ).scalar_one()
        if playbook:
            session.add(
                Playbook(
                    user_id=chat.user["id"],
                    client_id=client.id,
                    client_name=client.name,
                    target="business",
                    parts=dict(PARTS),
                    retry_days=2,
                    revisions=0,
                )
            )
        return client.id


async def rows(bot, chat, table):
    async with bot.app.database.sessions() as session:
        result = await session.execute(
            select(table).where(table.user_id == chat.user["id"]).order_by(table.id)
        )
        return list(result.scalars())


def outcome(language: str, key: str) -> str:
    return translator(language).data("gatekeeper")["outcomes"][key]


async def log_call(
    chat, language: str, key: str, prospect: str = "Berger Logistik", time_text: str | None = None
) -> None:
    tr = translator(language)
    await chat.send("/calllog")
    await chat.press("Heinicke")
    await chat.press(outcome(language, key))
    if time_text:
        await chat.send(time_text)
        await chat.press(tr.label("✅ Yes, that’s right"))
    await chat.send(prospect)
    if key not in ("unreachable", "voicemail"):
        await chat.press(tr.label("Skip"))  # receptionist
    await chat.press(tr.label("Skip"))  # note
    await chat.press(tr.label("Skip"))  # next step


async def test_call_card_shows_the_playbook_and_what_is_missing(bot, chat, language):
    tr = translator(language)
    await setup(bot, chat, language)
    await chat.send("/call")
    await chat.press("Heinicke")
    card = chat.last_text
    assert PARTS["reason"] in card and PARTS["opening"] in card
    assert "Um eine Schulung für Ihr Vertriebsteam." in card  # the answer to "What is it about?"
    assert "☐ Richtige Ansprechperson" in card and "UWG § 7" in card
    assert (
        "not written yet – /playbook" if language == "en" else "noch nicht geschrieben – /playbook"
    ) in card
    assert card.count("👉") == 2
    await chat.press(tr.label("Log this call"))
    assert outcome(language, "reached") in chat.button_labels


async def test_call_back_tomorrow_morning_schedules_a_reminder_with_context(bot, chat, language):
    tr = translator(language)
    await setup(bot, chat, language)
    await chat.send("/calllog")
    await chat.press("Heinicke")
    await chat.press(outcome(language, "callback"))
    await chat.send("blabla")
    assert (
        tr.gettext(
            "I could not read that as a time. Type it like “Tuesday at 11” or “tomorrow 10:00”, "
            "or tap one of the times below."
        )
        in chat.last_text
    )
    await chat.send("gestern" if language == "de" else "yesterday")
    assert tr.gettext("That time has already passed. When should you call back?") in chat.last_text
    await chat.send("morgen früh" if language == "de" else "tomorrow morning")
    await chat.press(tr.label("✅ Yes, that’s right"))
    await chat.send("B" * 121)  # too long for a name
    assert "120" in chat.last_text
    await chat.send("Berger Logistik")
    await chat.send("Frau Schubert")
    await chat.send("Herr Neumann ist ab Mittwoch zurück.")
    await chat.send("Infomaterial schicken")
    assert "Berger Logistik" in chat.last_text and "⏰" in chat.last_text
    [call] = await rows(bot, chat, CallLog)
    assert (call.outcome, call.receptionist, call.next_step) == (
        "callback",
        "Frau Schubert",
        "Infomaterial schicken",
    )
    [due] = [row for row in await rows(bot, chat, ScheduledMessage) if row.kind == "call_followup"]
    local = due.due_at.replace(tzinfo=due.due_at.tzinfo or UTC).astimezone(BERLIN)
    assert (local.day, local.hour, local.minute) == (11, 9, 0)
    await dispatch_due(bot.app, now=lambda: local.astimezone(UTC) + timedelta(minutes=1))
    reminder = chat.last_text
    assert (
        "Berger Logistik" in reminder and "Frau Schubert" in reminder and "Herr Neumann" in reminder
    )
    await chat.press(tr.label("Log this call"))
    assert (
        "Berger Logistik" in chat.last_text and outcome(language, "reached") in chat.button_labels
    )


async def test_third_unreachable_attempt_suggests_the_alternative(bot, chat, language):
    await setup(bot, chat, language)
    for attempt in range(3):
        bot.app.clock = lambda attempt=attempt: NOW + timedelta(days=2 * attempt)
        await log_call(chat, language, "unreachable")
    assert PARTS["unreachable"] in chat.last_text and "3" in chat.last_text
    followups = [
        row for row in await rows(bot, chat, ScheduledMessage) if row.kind == "call_followup"
    ]
    assert len(followups) == 2  # no call reminder after the third attempt
    first = followups[0].due_at.replace(tzinfo=followups[0].due_at.tzinfo or UTC).astimezone(BERLIN)
    assert (first.day, first.hour) == (12, 15)  # retry rule: two days later, same local time


async def test_a_newer_call_replaces_the_older_reminder(bot, chat, language):
    await setup(bot, chat, language)
    await log_call(chat, language, "voicemail")
    bot.app.clock = lambda: NOW + timedelta(hours=1)
    await log_call(chat, language, "declined")
    before = len(chat.bot_messages)
    sent = await dispatch_due(bot.app, now=lambda: NOW + timedelta(days=2, minutes=1))
    assert sent.sent == 0 and sent.skipped == 1 and len(chat.bot_messages) == before


async def test_a_call_for_a_client_deleted_meanwhile_still_logs(bot, chat, language):
    tr = translator(language)
    client_id = await setup(bot, chat, language, playbook=False)
    await chat.send("/calllog")
    await chat.press("Heinicke")
    await chat.press(outcome(language, "declined"))
    async with bot.app.database.sessions.begin() as session:
        await session.execute(delete(Client).where(Client.id == client_id))
    await chat.send("Berger Logistik")
    await chat.press(tr.label("Skip"))
    await chat.press(tr.label("Skip"))
    await chat.press(tr.label("Skip"))
    [call] = await rows(bot, chat, CallLog)
    assert (call.client_id, call.client_name, call.outcome) == (None, "Heinicke", "declined")


async def test_week_numbers_count_every_no_as_a_step(bot, chat, language):
    await setup(bot, chat, language)
    await chat.send("/calls")
    assert "/calllog" in chat.last_text
    for key in ("declined", "declined", "appointment", "referred"):
        await log_call(chat, language, key)
    await chat.send("/calls")
    week = chat.last_text
    assert "📞 4" in week and "✋ 2" in week and "📅 1" in week and "↪️ 1" in week
    assert (
        "4 calls, 2 no's, 1 appointment" if language == "en" else "4 Anrufe, 2-mal Nein, 1 Termin"
    ) in week


async def test_forged_ids_of_another_user_are_not_found(bot, language):
    tr = translator(language)
    victim, mallory = bot.chat(language_code=language), bot.chat(language_code=language)
    their_client = await setup(bot, victim, language)
    await log_call(victim, language, "reached")
    [their_call] = await rows(bot, victim, CallLog)
    await setup(bot, mallory, language)
    await mallory.press_data(CallAgain(call_id=their_call.id).pack())
    assert tr.gettext("That call was not found.") in mallory.last_text
    assert "Berger" not in mallory.last_text
    await mallory.send("/cancel")
    await mallory.press_data(CallStart(action="card", client_id=their_client).pack())
    assert tr.gettext("That playbook was not found. /call lists yours.") in mallory.last_text
    await mallory.press_data(CallStart(action="log", client_id=their_client).pack())
    assert tr.gettext("That client was not found.") in mallory.last_text
    assert await rows(bot, mallory, CallLog) == []


async def test_the_week_chart_gets_the_calls(bot, chat, language, monkeypatch):
    await setup(bot, chat, language)
    for key in ("declined", "reached"):
        await log_call(chat, language, key)
    seen: list[ChartData] = []
    from bot.flows.workload import report

    monkeypatch.setattr(report, "render_png", lambda data: seen.append(data) or b"\x89PNG")
    await chat.send("/week")
    assert seen[0].calls == [0, 2, 0, 0, 0, 0, 0]  # Tuesday
    assert chat.new_calls("sendPhoto")


async def test_skip_typed_in_words_skips_like_the_button(bot, chat, language):
    words = {"de": ("überspringen", "Später", "weiter"), "en": ("skip", "Later", "not now")}
    await setup(bot, chat, language)
    await chat.send("/calllog")
    await chat.press("Heinicke")
    await chat.press(outcome(language, "declined"))
    await chat.send("Berger Logistik")
    for word in words[language]:  # receptionist, note, next step
        await chat.send(word)
    assert "Berger Logistik" in chat.last_text
    [call] = await rows(bot, chat, CallLog)
    assert (call.receptionist, call.note, call.next_step) == (None, None, None)


async def test_a_double_tap_on_an_outcome_changes_nothing(bot, chat, language):
    tr = translator(language)
    await setup(bot, chat, language)
    await chat.send("/calllog")
    await chat.press("Heinicke")
    await chat.press(outcome(language, "declined"))
    asked, sent = chat.last_text, len(chat.bot_messages)
    await chat.press_data(CallPick(step=1, value="reached").pack())  # the outcome's button again
    assert chat.answered_callbacks()[-1] == tr.label("This button has expired.")
    assert len(chat.bot_messages) == sent  # still the prospect question, asked once
    await chat.send("/calllog")  # its own command: where it is
    assert chat.last_text == asked
    await chat.send("Berger Logistik")
    for _ in range(3):
        await chat.press(tr.label("Skip"))
    [call] = await rows(bot, chat, CallLog)
    assert call.outcome == "declined"


async def test_tuesday_at_11_is_next_tuesday_at_11_not_friday_at_9(bot, chat, language):
    """The agreed time, read as said: the reminder is due then, and the confirmation says it."""
    await setup(bot, chat, language)
    await chat.send("/calllog")
    await chat.press("Heinicke")
    await chat.press(outcome(language, "callback"))
    await chat.send({"de": "Dienstag um 11", "en": "Tuesday at 11"}[language])
    await chat.send({"de": "ja", "en": "yes"}[language])  # the time read back is right
    await chat.send("Berger Logistik")
    for _ in range(3):
        await chat.send({"de": "überspringen", "en": "skip"}[language])
    [due] = [row for row in await rows(bot, chat, ScheduledMessage) if row.kind == "call_followup"]
    local = due.due_at.replace(tzinfo=due.due_at.tzinfo or UTC).astimezone(BERLIN)
    today = clock_of(bot.app)().astimezone(BERLIN).date()
    assert local.weekday() == 1 and 1 <= (local.date() - today).days <= 7
    assert (local.hour, local.minute) == (11, 0)
    said = {"de": f"Di., {local.day}. März, 11:00 Uhr", "en": f"Tue {local.day} Mar, 11:00"}
    assert said[language] in chat.last_text
