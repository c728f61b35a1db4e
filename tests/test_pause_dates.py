"""/pause's end as VAs type it ("bis 6. Januar", "until 2 January", "for two weeks"), read
against a fixed today: the day check-ins start again. Then /pause as a user meets it: with the
day typed after the command, typed instead of a button, and not understood."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.coach.pause_steps import read_until
from bot.coach.profile import InvalidAnswer
from bot.db.models_checkins import CheckinPrefs
from bot.flows.workload.pause_flow import NOT_A_DAY as NOT_A_DAY_NOTE
from bot.flows.workload.pause_flow import NOT_TODAY
from bot.i18n import translator
from tests.clock import TEST_START
from tests.journeys import TODAY, setup_user

WEDNESDAY = TEST_START.date()  # Wednesday 11 March 2026
YEAR_END = date(2026, 12, 30)  # a Wednesday


def march(n: int) -> date:
    return date(2026, 3, n)


# "bis", "until", "till", "through" name the last day off ("Urlaub bis 6. Januar" includes the
# 6th): check-ins start the day after. A day alone, or the end of a span, is the day back.
GERMAN = [
    ("bis 6. Januar", date(2027, 1, 7)),
    ("6. Januar", date(2027, 1, 6)),
    ("bis einschließlich 6. Januar", date(2027, 1, 7)),
    ("Urlaub bis 6. Januar", date(2027, 1, 7)),
    ("bis zum 20. März", march(21)),
    ("20.3.", march(20)),
    ("bis 20.03.2026", march(21)),
    ("2 Wochen", march(25)),
    ("zwei Wochen", march(25)),
    ("für zwei Wochen", march(25)),
    ("bis in zwei Wochen", march(25)),
    ("in 10 Tagen", march(21)),
    ("eine Woche", march(18)),
    ("einen Monat", date(2026, 4, 11)),
    ("bis Montag", march(17)),
    ("nächsten Montag", march(16)),
    ("bis nächste Woche", march(16)),
    ("bis einschließlich nächste Woche", march(23)),  # the whole week off
    ("morgen", march(12)),
    ("bis morgen", march(13)),
    ("bis heute", march(12)),  # only today off
    ("übermorgen", march(13)),
    ("bis Mittwoch", march(19)),  # said on a Wednesday: next week's
    ("1. April", date(2026, 4, 1)),
    ("bis 2.3.", date(2027, 3, 3)),  # gone this year: next year's
    ("Fr.", march(13)),
    ("bis Sonntag, den 22. März", march(23)),
]
ENGLISH = [
    ("until 2 January", date(2027, 1, 3)),
    ("2 January", date(2027, 1, 2)),
    ("until 20 March", march(21)),
    ("until the 20th of March", march(21)),
    ("through 20 March", march(21)),
    ("20 March inclusive", march(21)),
    ("March 20th", march(20)),
    ("for two weeks", march(25)),
    ("2 weeks", march(25)),
    ("for 10 days", march(21)),
    ("a week", march(18)),
    ("for a month", date(2026, 4, 11)),
    ("until Monday", march(17)),
    ("next Monday", march(16)),
    ("next week", march(16)),
    ("until next week", march(16)),
    ("through next week", march(23)),
    ("on holiday until Friday", march(14)),
    ("tomorrow", march(12)),
    ("until today", march(12)),
    ("day after tomorrow", march(13)),
    ("until the day after tomorrow", march(14)),
    ("until Wednesday", march(19)),
    ("1 April", date(2026, 4, 1)),
    ("2026-04-01", date(2026, 4, 1)),
    ("20/3", march(20)),
    ("till Fri", march(14)),
    ("thru Friday", march(14)),
    ("until Sunday, 22 March", march(23)),
]
REFUSED = [
    ("irgendwann", "pause_date"),
    ("sometime", "pause_date"),
    ("31.2.", "pause_date"),
    ("bis Montag oder Dienstag", "pause_date"),
    ("heute", "pause_today"),  # not gone by: check-ins come back tomorrow at the earliest
    ("today", "pause_today"),
    ("gestern", "pause_past"),
    ("bis gestern", "pause_past"),
    ("bis 10.3.2026", "pause_past"),
    ("until yesterday", "pause_past"),
    ("", "pause_date"),
]


@pytest.mark.parametrize(("typed", "back"), GERMAN)
def test_german(typed, back):
    assert read_until(typed, WEDNESDAY) == back


@pytest.mark.parametrize(("typed", "back"), ENGLISH)
def test_english(typed, back):
    assert read_until(typed, WEDNESDAY) == back


@pytest.mark.parametrize(("typed", "reason"), REFUSED)
def test_what_is_not_a_day_ahead_is_refused(typed, reason):
    with pytest.raises(InvalidAnswer) as refused:
        read_until(typed, WEDNESDAY)
    assert refused.value.reason == reason


@pytest.mark.parametrize(
    ("typed", "back"),
    [
        ("bis 6. Januar", date(2027, 1, 7)),
        ("until 2 January", date(2027, 1, 3)),
        ("2.1.", date(2027, 1, 2)),
        ("bis 31.12.", date(2027, 1, 1)),
        ("2 Wochen", date(2027, 1, 13)),
        ("Montag", date(2027, 1, 4)),
    ],
)
def test_the_turn_of_the_year(typed, back):
    assert read_until(typed, YEAR_END) == back


def test_a_pause_ends_within_a_year():
    assert read_until("in 400 Tagen", WEDNESDAY) == WEDNESDAY + timedelta(days=366)
    assert read_until("bis 31.3.2027", WEDNESDAY) == WEDNESDAY + timedelta(days=366)


# --- journeys -------------------------------------------------------------------------------------
async def paused_until(bot, chat) -> date | None:
    async with bot.app.database.sessions() as session:
        prefs = await session.get(CheckinPrefs, chat.user["id"])
        return prefs.paused_until if prefs else None


UNTIL = {"de": "bis 6. April", "en": "until 6 April"}
TWO_WEEKS = {"de": "2 Wochen", "en": "for two weeks"}
NOT_A_DAY = {"de": "irgendwann", "en": "sometime"}


PAUSED = {  # what /pause until 6 April (a Sunday) answers: the last day off and the day back
    "de": "Die Check-ins pausieren bis einschließlich So., 6. April und starten wieder am "
    "Mo., 7. April.",
    "en": "Check-ins are paused until Sunday 6 April and start again on Monday 7 April.",
}


async def test_the_day_after_pause_is_read(bot, chat, language):
    await setup_user(bot, chat, language)
    await chat.send(f"/pause {UNTIL[language]}")
    assert await paused_until(bot, chat) == date(2025, 4, 6)  # 6 April is a day off too
    assert PAUSED[language] in chat.last_text.replace("<b>", "").replace("</b>", "")


async def test_a_typed_day_answers_the_pause_buttons(bot, chat, language):
    tr = await setup_user(bot, chat, language)
    await chat.send("/pause")
    assert tr.label("2 weeks") in chat.button_labels
    await chat.send(TWO_WEEKS[language])
    assert await paused_until(bot, chat) == TODAY + timedelta(days=13)  # back on Fri 28 March
    assert "28" in chat.last_text


async def test_a_day_not_understood_is_said_and_the_buttons_come_again(bot, chat, language):
    tr = translator(language)
    await setup_user(bot, chat, language)
    await chat.send("/pause")
    await chat.send(NOT_A_DAY[language])
    assert await paused_until(bot, chat) is None
    assert tr.gettext(NOT_A_DAY_NOTE) in chat.last_text
    assert tr.label("1 week") in chat.button_labels
    await chat.send(UNTIL[language])  # a second try is read as well
    assert await paused_until(bot, chat) == date(2025, 4, 6)


async def test_a_day_gone_by_after_pause_offers_the_buttons(bot, chat, language):
    tr = await setup_user(bot, chat, language)
    await chat.send("/pause gestern" if language == "de" else "/pause yesterday")
    assert await paused_until(bot, chat) is None
    assert tr.label("1 week") in chat.button_labels
    await chat.press(tr.label("1 week"))
    assert await paused_until(bot, chat) == TODAY + timedelta(days=6)


async def test_today_is_not_called_gone_by_and_until_today_pauses_just_today(bot, chat, language):
    tr = await setup_user(bot, chat, language)
    await chat.send("/pause heute" if language == "de" else "/pause today")
    assert await paused_until(bot, chat) is None
    assert tr.gettext(NOT_TODAY) in chat.last_text  # "tomorrow at the earliest"
    assert ("vorbei" if language == "de" else "passed") not in chat.last_text
    assert tr.label("1 week") in chat.button_labels
    await chat.send("bis heute" if language == "de" else "until today")
    assert await paused_until(bot, chat) == TODAY  # back tomorrow, Saturday 15 March
    assert "14" in chat.last_text and "17" in chat.last_text  # no weekend check-ins: Monday


async def test_after_another_command_text_is_no_longer_a_pause_date(bot, chat, language):
    await setup_user(bot, chat, language)
    await chat.send("/pause")
    await chat.send("/resume")
    await chat.send(TWO_WEEKS[language])
    assert await paused_until(bot, chat) is None


async def test_a_day_typed_after_a_restart_still_answers_pause(bot_factory, language):
    first = await bot_factory()
    chat = first.chat(language_code=language, user_id=779)
    await setup_user(first, chat, language)
    await chat.send("/pause")
    await first.stop()
    second = await bot_factory()
    chat = second.chat(language_code=language, user_id=779)
    second.app.clock = first.app.clock
    await chat.send(TWO_WEEKS[language])
    assert await paused_until(second, chat) == TODAY + timedelta(days=13)
