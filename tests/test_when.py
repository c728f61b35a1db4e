"""Days and times as VAs type them, read against a fixed "now" (Europe/Berlin): a table per
language, the turn of a year and both clock-change weekends."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.coach.when import read_when

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 11, 10, 0, tzinfo=BERLIN)  # a Wednesday, 10:00

GERMAN = [
    ("Dienstag um 11", "2026-03-17 11:00"),
    ("Dienstag 11 Uhr", "2026-03-17 11:00"),
    ("am Dienstag um 11:30", "2026-03-17 11:30"),
    ("um 11", "2026-03-11 11:00"),
    ("11 Uhr", "2026-03-11 11:00"),
    ("11:30", "2026-03-11 11:30"),
    ("9 Uhr", "2026-03-12 09:00"),  # past today: tomorrow
    ("um 3", "2026-03-11 15:00"),  # a bare 3 is in the afternoon
    ("halb drei", "2026-03-11 14:30"),
    ("viertel nach vier", "2026-03-11 16:15"),
    ("viertel vor neun", "2026-03-12 08:45"),
    ("morgen früh", "2026-03-12 09:00"),
    ("morgen um 14 Uhr", "2026-03-12 14:00"),
    ("morgen nachmittag", "2026-03-12 15:00"),
    ("morgen mittag", "2026-03-12 12:00"),
    ("übermorgen 17 Uhr", "2026-03-13 17:00"),
    ("heute abend", "2026-03-11 18:00"),
    ("heute um 16:45", "2026-03-11 16:45"),
    ("Freitag", "2026-03-13 09:00"),
    ("Mittwoch", "2026-03-18 09:00"),  # said on a Wednesday: next week's
    ("nächsten Montag um 10", "2026-03-16 10:00"),
    ("Montag, 10 Uhr", "2026-03-16 10:00"),
    ("Montag 14.30 Uhr", "2026-03-16 14:30"),
    ("Do. 14:00", "2026-03-12 14:00"),
    ("Sonnabend 10 Uhr", "2026-03-14 10:00"),
    ("Dienstag halb zehn", "2026-03-17 09:30"),
    ("Freitag abends um 7", "2026-03-13 19:00"),
    ("Freitag morgens um 7", "2026-03-13 07:00"),
    ("gegen 16 Uhr", "2026-03-11 16:00"),
    ("in zwei Stunden", "2026-03-11 12:00"),
    ("in 30 Minuten", "2026-03-11 10:30"),
    ("in einer Stunde", "2026-03-11 11:00"),
    ("in einer halben Stunde", "2026-03-11 10:30"),
    ("in 3 Tagen", "2026-03-14 10:00"),
    ("15.4.", "2026-04-15 09:00"),
    ("15.4. um 14 Uhr", "2026-04-15 14:00"),
    ("15.04.2027 14:30", "2027-04-15 14:30"),
    ("am 2.3.", "2027-03-02 09:00"),  # gone this year: next year's
    ("30.3.", "2026-03-30 09:00"),
    ("15. April", "2026-04-15 09:00"),
    ("15. April 2027 um 9", "2027-04-15 09:00"),
    ("2026-05-04 08:15", "2026-05-04 08:15"),
]
ENGLISH = [
    ("Tuesday at 11", "2026-03-17 11:00"),
    ("Tuesday 11am", "2026-03-17 11:00"),
    ("Tue at 11", "2026-03-17 11:00"),
    ("next Tuesday 2pm", "2026-03-17 14:00"),
    ("Tuesday 9:30", "2026-03-17 09:30"),
    ("at 11", "2026-03-11 11:00"),
    ("11:30", "2026-03-11 11:30"),
    ("2 pm", "2026-03-11 14:00"),
    ("2:30pm", "2026-03-11 14:30"),
    ("9am", "2026-03-12 09:00"),
    ("at 3", "2026-03-11 15:00"),
    ("3 o'clock", "2026-03-11 15:00"),
    ("around 4pm", "2026-03-11 16:00"),
    ("tomorrow morning", "2026-03-12 09:00"),
    ("tomorrow at 4pm", "2026-03-12 16:00"),
    ("tomorrow afternoon", "2026-03-12 15:00"),
    ("tomorrow noon", "2026-03-12 12:00"),
    ("day after tomorrow at 10", "2026-03-13 10:00"),
    ("tonight", "2026-03-11 19:00"),
    ("this afternoon", "2026-03-11 15:00"),
    ("today at 4:45 pm", "2026-03-11 16:45"),
    ("Friday", "2026-03-13 09:00"),
    ("Wednesday", "2026-03-18 09:00"),
    ("next Monday at 10", "2026-03-16 10:00"),
    ("Mon 10am", "2026-03-16 10:00"),
    ("Monday 2.30pm", "2026-03-16 14:30"),
    ("Thu 14:00", "2026-03-12 14:00"),
    ("Sat 10am", "2026-03-14 10:00"),
    ("Friday evening at 7", "2026-03-13 19:00"),
    ("Friday morning at 7", "2026-03-13 07:00"),
    ("in two hours", "2026-03-11 12:00"),
    ("in 30 minutes", "2026-03-11 10:30"),
    ("in an hour", "2026-03-11 11:00"),
    ("in half an hour", "2026-03-11 10:30"),
    ("in 3 days", "2026-03-14 10:00"),
    ("15 April", "2026-04-15 09:00"),
    ("April 15th", "2026-04-15 09:00"),
    ("April 15 at 2pm", "2026-04-15 14:00"),
    ("15 April 2027 at 9", "2027-04-15 09:00"),
    ("2 March", "2027-03-02 09:00"),
    ("March 30", "2026-03-30 09:00"),
    ("2026-05-04 08:15", "2026-05-04 08:15"),
    ("the 15th of April at 2pm", "2026-04-15 14:00"),
]
PAST = [
    ("gestern 10 Uhr", "2026-03-10 10:00"),
    ("yesterday at 10", "2026-03-10 10:00"),
    ("the day before yesterday at 10", "2026-03-09 10:00"),
]
NOT_CLEAR = [
    "irgendwann",
    "Dienstag oder Mittwoch",
    "31.2.",
    "um 25",
    "sometime",
    "Tuesday or Wednesday",
    "February 30",
    "at 25",
    "",
]


def local(moment: datetime | None) -> str | None:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else None


@pytest.mark.parametrize(("typed", "meant"), GERMAN)
def test_german(typed, meant):
    assert local(read_when(typed, NOW)) == meant


@pytest.mark.parametrize(("typed", "meant"), ENGLISH)
def test_english(typed, meant):
    assert local(read_when(typed, NOW)) == meant


@pytest.mark.parametrize(("typed", "meant"), PAST)
def test_a_day_gone_by_is_read_so_the_caller_can_say_it_has_passed(typed, meant):
    assert local(read_when(typed, NOW)) == meant


@pytest.mark.parametrize("typed", NOT_CLEAR)
def test_what_is_not_clear_is_not_guessed(typed):
    assert read_when(typed, NOW) is None


YEAR_END = datetime(2026, 12, 30, 16, 0, tzinfo=BERLIN)  # a Wednesday


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("2.1.", "2027-01-02 09:00"),
        ("Montag um 10", "2027-01-04 10:00"),
        ("morgen früh", "2026-12-31 09:00"),
        ("übermorgen", "2027-01-01 09:00"),
        ("January 5 at 2pm", "2027-01-05 14:00"),
        ("next Monday 10am", "2027-01-04 10:00"),
        ("in 10 hours", "2026-12-31 02:00"),
    ],
)
def test_the_turn_of_the_year(typed, meant):
    assert local(read_when(typed, YEAR_END)) == meant


SPRING = datetime(2026, 3, 28, 20, 0, tzinfo=BERLIN)  # clocks go 2:00 -> 3:00 that night
AUTUMN = datetime(2026, 10, 24, 22, 0, tzinfo=BERLIN)  # clocks go 3:00 -> 2:00 that night


@pytest.mark.parametrize(
    ("now", "typed", "meant"),
    [
        (SPRING, "in 8 Stunden", "2026-03-29 05:00 +0200"),  # eight real hours
        (SPRING, "in 8 hours", "2026-03-29 05:00 +0200"),
        (SPRING, "morgen 2:30", "2026-03-29 03:30 +0200"),  # 2:30 does not exist that night
        (SPRING, "tomorrow at 9", "2026-03-29 09:00 +0200"),
        (AUTUMN, "in 4 Stunden", "2026-10-25 02:00 +0200"),
        (AUTUMN, "in 5 hours", "2026-10-25 02:00 +0100"),  # the second 2:00
        (AUTUMN, "morgen um 10", "2026-10-25 10:00 +0100"),
        (AUTUMN, "Sunday 9am", "2026-10-25 09:00 +0100"),
    ],
)
def test_the_clock_change_weekends(now, typed, meant):
    assert read_when(typed, now).strftime("%Y-%m-%d %H:%M %z") == meant


@pytest.mark.parametrize(
    ("typed", "back", "ahead"),
    [
        ("Dienstag", "2026-03-10", "2026-03-17"),
        ("Wednesday", "2026-03-11", "2026-03-18"),  # today looking back, next week's ahead
        ("letzten Mittwoch", "2026-03-04", "2026-03-04"),
        ("last Friday", "2026-03-06", "2026-03-06"),
        ("15.4.", "2025-04-15", "2026-04-15"),
        ("2 March", "2026-03-02", "2027-03-02"),
        ("gestern", "2026-03-10", "2026-03-10"),
        ("in zwei Wochen", "2026-03-25", "2026-03-25"),  # the caller says it is ahead
        ("2 days ago", "2026-03-09", "2026-03-09"),
        ("irgendwann", None, None),
        ("Dienstag oder Mittwoch", None, None),
    ],
)
def test_a_day_alone_is_read_looking_back_for_logs_and_ahead_for_pauses(typed, back, ahead):
    from bot.coach.when_day import read_day

    def shown(day):
        return day.isoformat() if day else None

    assert shown(read_day(typed, NOW.date(), past=True)) == back
    assert shown(read_day(typed, NOW.date())) == ahead
