"""The daily check-in, /log, /pause, /resume, warnings, /week and the self-check, as a VA uses
them, in German and in English, with a fixed clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.db.models import User
from bot.db.models_checkins import SelfCheck, WorkloadAlert
from bot.flows.workload.codecs import CheckinHours
from bot.jobs.scheduler import dispatch_due, reschedule_checkin
from tests.journeys import TODAY, day_row, logs, setup_user


async def test_checkin_per_client_energy_stress_note(bot, chat, language):
    tr = await setup_user(bot, chat, language, ("Acme", "Bea"))
    await chat.send("/checkin")
    assert "Acme" in chat.last_text
    await chat.press("4")
    assert "Bea" in chat.last_text
    await chat.press("2")
    await chat.press("3")  # energy
    await chat.press("2")  # stress
    await chat.send("Long call with Acme")
    text = chat.last_text
    assert "6" in text and "Acme 4" in text and "Long call" in text
    assert sum((await logs(bot, chat)).values()) == 360
    row = await day_row(bot, chat)
    assert (row.energy, row.stress, row.note) == (3, 2, "Long call with Acme")
    # Answered twice: the old message's button corrects the day.
    first = chat.bot_messages[-1]
    await chat.press_data(
        CheckinHours(day=TODAY.toordinal(), client=1, minutes=5 * 60).pack(), first
    )
    assert sum((await logs(bot, chat)).values()) == 7 * 60
    assert tr.label("No note") not in chat.button_labels


async def test_day_off_is_good_news(bot, chat, language):
    tr = await setup_user(bot, chat, language)
    await chat.send("/checkin")
    await chat.press(tr.label("0 – day off"))
    await chat.press("4")
    await chat.press("1")
    await chat.press(tr.label("No note"))
    assert ("good news" if language == "en" else "gute Nachricht") in chat.last_text
    assert await logs(bot, chat) == {(TODAY, None): 0}


async def test_typed_hours_accept_a_german_comma_and_refuse_nonsense(bot, chat, language):
    tr = await setup_user(bot, chat, language)
    await chat.send("/checkin")
    await chat.press(tr.label("Other…"))
    for bad in ("-1", "25", "viele"):
        await chat.send(bad)
        assert sum((await logs(bot, chat)).values()) == 0
    assert "24" in chat.bot_messages[-2]["text"]  # "a day has 24 hours"
    await chat.send("8,5")
    assert await logs(bot, chat) == {(TODAY, None): 510}
    assert "8" in chat.last_text  # on to the energy question


async def test_a_long_note_is_refused_kindly_and_a_short_one_kept(bot, chat, language):
    tr = await setup_user(bot, chat, language)
    await chat.send("/checkin")
    await chat.press("8")
    await chat.press("3")
    await chat.press("3")
    await chat.send("x" * 5000)
    assert "5000" in chat.last_text or "5.000" in chat.last_text or "5,000" in chat.last_text
    assert (await day_row(bot, chat)).note is None
    await chat.send("ok")
    assert (await day_row(bot, chat)).note == "ok"
    assert tr.label("Settings") not in chat.button_labels


async def test_a_button_from_last_week_is_refused(bot, chat, language):
    await setup_user(bot, chat, language)
    await chat.send("/checkin")
    old = CheckinHours(day=(TODAY - timedelta(days=7)).toordinal(), client=0, minutes=480).pack()
    await chat.press_data(old)
    assert "/log" in chat.last_text
    assert await logs(bot, chat) == {}


async def test_a_late_answer_counts_for_the_right_day(bot, chat, language):
    await setup_user(bot, chat, language, now=datetime(2025, 3, 13, 6, tzinfo=UTC))
    async with bot.app.database.sessions.begin() as session:
        await reschedule_checkin(
            session, await session.get(User, chat.user["id"]), datetime(2025, 3, 13, 6, tzinfo=UTC)
        )
    await dispatch_due(bot.app, now=lambda: datetime(2025, 3, 13, 16, 31, tzinfo=UTC))
    assert "Check-in" in chat.last_text
    bot.app.clock = lambda: datetime(2025, 3, 14, 7, 0, tzinfo=UTC)  # answered next morning
    await chat.press("6")
    assert await logs(bot, chat) == {(date(2025, 3, 13), None): 360}


@pytest.mark.parametrize(
    ("language", "command", "expected"),
    [
        ("en", "/log 3.5 Acme yesterday", (date(2025, 3, 13), 210)),
        ("de", "/log 2h gestern", (date(2025, 3, 13), 120)),
        ("de", "/log 8,5 Acme", (TODAY, 510)),
        ("de", "/log 3 Acme am Montag", (date(2025, 3, 10), 180)),
    ],
)
async def test_log_in_one_line(bot, language, command, expected):
    chat = bot.chat(language_code=language)
    await setup_user(bot, chat, language, ("Acme",))
    await chat.send(command)
    assert (
        sum(m for (d, _c), m in (await logs(bot, chat)).items() if d == expected[0]) == expected[1]
    )
    assert "Acme" in chat.last_text or "Acme" not in command


@pytest.mark.parametrize(
    "command", ["/log -1", "/log 25", "/log viele", "/log 2 tomorrow", "/log", "/log 3 Globex"]
)
async def test_log_refuses_bad_input(bot, chat, language, command):
    await setup_user(bot, chat, language, ("Acme",))
    await chat.send(command)
    assert await logs(bot, chat) == {}
    assert chat.last_text


async def test_a_long_day_warns_once_with_its_source_and_a_next_step(bot, chat, language):
    tr = await setup_user(bot, chat, language, ("Acme",))
    await chat.send("/log 11 Acme")
    warning = chat.last_text
    assert "11" in warning and "10" in warning and "Arbeitszeitgesetz" in warning
    assert tr.label("Plan a day off") in chat.button_labels
    warned = chat.last_message
    await chat.send("/log 1 Acme")  # adds: 12 h that day
    assert chat.last_text != warning and "Arbeitszeitgesetz" not in chat.last_text
    async with bot.app.database.sessions() as session:
        alerts = (await session.execute(select(WorkloadAlert))).scalars().all()
    assert [a.rule for a in alerts] == ["long_day"]
    await chat.press(tr.label("Plan a day off"), warned)
    await chat.press(chat.button_labels[0])
    assert (await day_row(bot, chat, TODAY + timedelta(days=1))).day_off


async def test_55_hours_cite_who_ilo(bot, chat, language):
    await setup_user(bot, chat, language, ("Acme",))
    for back in range(6, 0, -1):
        await chat.send(f"/log 9 Acme {(TODAY - timedelta(days=back)).strftime('%d.%m.%Y')}")
    async with bot.app.database.sessions.begin() as session:
        for alert in (await session.execute(select(WorkloadAlert))).scalars():
            await session.delete(alert)
    await chat.send("/log 2 Acme")
    assert "55" in chat.last_text and "Pega" in chat.last_text


async def test_week_report_sends_a_png_chart_and_a_summary(bot, chat, language):
    await setup_user(bot, chat, language, ("Acme", "Bea"))
    await chat.send("/log 4 Acme")
    await chat.send("/log 3 Bea yesterday" if language == "en" else "/log 3 Bea gestern")
    await chat.send("/week")
    photos = chat.new_calls("sendPhoto")
    assert len(photos) == 1
    png = photos[0].files["photo"]
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5000
    assert "7" in chat.last_text and "Acme" in chat.last_text
    await chat.send("/month")
    assert chat.new_calls("sendPhoto")[0].files["photo"].startswith(b"\x89PNG")


async def test_pause_and_resume(bot, chat, language):
    tr = await setup_user(bot, chat, language)
    await chat.send("/pause")
    await chat.press(tr.label("2 weeks"))
    assert "28" in chat.last_text  # back on Friday 28 March
    await chat.send("/resume")
    assert "17" in chat.last_text  # next: Monday 17 March


async def test_selfcheck_scores_as_specified_and_points_to_help_when_high(bot, chat, language):
    tr = await setup_user(bot, chat, language)
    await chat.send("/selfcheck")
    await chat.press(tr.label("Start the self-check"))
    scales = tr.data("cbi")["scales"]
    from bot.coach.burnout import ITEMS

    for _subscale, scale, _reverse in ITEMS:
        await chat.press(scales[scale][0])  # always / to a very high degree
    async with bot.app.database.sessions() as session:
        check = (await session.execute(select(SelfCheck))).scalar_one()
    assert check.client_score == 100.0 and check.work_score == pytest.approx(85.7)
    assert "116 117" in chat.bot_messages[-2]["text"]  # care first (test_care.py), then scores
    assert "85" in chat.last_text


async def test_a_crisis_note_gets_care_and_numbers(bot, chat, language):
    await setup_user(bot, chat, language)
    await chat.send("/checkin")
    await chat.press("10")
    await chat.press("1")
    await chat.press("5")
    await chat.send("Ich kann nicht mehr" if language == "de" else "I can't go on like this")
    card = chat.bot_messages[-2]["text"]  # the care card comes before the day's receipt
    assert "0800 111 0 111" in card and "112" in card


async def test_same_as_yesterday_copies_every_clients_hours_and_moves_on(bot, chat, language):
    tr = await setup_user(bot, chat, language, ("Acme", "Bea"))
    await chat.send("/log 3 Acme yesterday" if language == "en" else "/log 3 Acme gestern")
    await chat.send("/log 2 Bea yesterday" if language == "en" else "/log 2 Bea gestern")
    await chat.send("/checkin")
    await chat.press(tr.label("Same as yesterday"))
    stored = await logs(bot, chat)
    yesterday = TODAY - timedelta(days=1)
    acme, bea = (stored[(yesterday, key)] for key in sorted(k for d, k in stored if d == yesterday))
    assert sorted(minutes for (day, _), minutes in stored.items() if day == TODAY) == sorted(
        [acme, bea]
    )
    # The next screen shows the copied total and asks for the energy.
    assert chat.last_text.split("\n")[0].endswith({"de": "· 5 Std.", "en": "· 5 h"}[language])
    assert [str(n) for n in range(1, 6)] == chat.button_labels[:5]


async def test_typed_hours_continue_after_another_command(bot, chat, language):
    tr = await setup_user(bot, chat, language, ("Acme", "Bea"))
    await chat.send("/checkin")
    await chat.press(tr.label("Other…"))  # Acme's hours, typed
    await chat.send("/week")  # another command before the number
    await chat.press(tr.label("Continue the check-in"))
    await chat.send("2,5")
    assert sorted((await logs(bot, chat)).values()) == [150]
    assert "Bea" in chat.last_text  # on to the next client's hours, with its buttons
    await chat.press("3")
    assert [str(n) for n in range(1, 6)] == chat.button_labels[:5]  # the energy question


async def test_hours_logged_without_a_client_are_assigned_not_counted_twice(bot, chat, language):
    await setup_user(bot, chat, language, ("Acme", "Bea"))
    await chat.send("/log 6")  # the day's hours, no client named
    await chat.send("/checkin")
    lines = chat.last_text.split("\n")
    assert "Acme" in lines[1] and "6" in lines[2]  # what is there, on a line of its own
    await chat.send("4")  # for Acme: of those 6 hours
    assert await logs(bot, chat) == {(TODAY, None): 120, (TODAY, 1): 240}
    assert "Bea" in chat.last_text and "2" in chat.last_text.split("\n")[-1]  # 2 h still open
    await chat.press("2")
    assert await logs(bot, chat) == {(TODAY, 1): 240, (TODAY, 2): 120}  # still a 6-hour day
    assert chat.last_text.split("\n")[0].endswith({"de": "· 6 Std.", "en": "· 6 h"}[language])


@pytest.mark.parametrize("count", [1, 2])
def test_the_hours_question_and_what_is_logged_are_separate_lines(language, count):
    from bot.i18n import translator

    text = translator(language).render(
        "checkin/ask_hours",
        note=None,
        day="Thursday 13 March",
        client="Acme",
        position=1,
        count=count,
        current=None,
        unassigned=None,
        logged="6",
    )
    question, logged = text.split("\n")[1:]
    assert question.endswith("?" if count == 1 else "(1/2)")
    assert logged.startswith("<i>") and "6" in logged
