"""The pure rules behind the check-in, its snooze and the reports: typed hours as VAs write
them, a typed 1-5, when a snooze comes back (also across a clock change), when a day counts as
logged in full, and hours rounded for people. No Telegram, fixed moments."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.coach.checkin_steps import day_after, first_open, logged_in_full, scale_value
from bot.coach.profile import InvalidAnswer
from bot.coach.snooze import (
    acceptable,
    clock_alternative,
    clock_only,
    read_snooze,
    snooze_until,
)
from bot.coach.workload import Day, hours_for_people, parse_hours, summarize

BERLIN = ZoneInfo("Europe/Berlin")
THURSDAY_1731 = datetime(2025, 3, 13, 17, 31, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [
        ("2,5", 150),
        ("2.5h", 150),
        ("9", 540),
        ("2 Std", 120),
        ("2 Std.", 120),
        ("1:30", 90),
        ("1:30 h", 90),
        ("2h30", 150),
        ("7,75 Stunden", 465),
        ("45 min", 45),
        ("90m", 90),
        ("45 Minuten", 45),
        ("0", 0),
    ],
)
def test_typed_hours(typed, minutes):
    assert parse_hours(typed)[0] == minutes


@pytest.mark.parametrize("typed", ["viele", "2:75", "-1", "25", "1500 min", "in 1 h", "heute"])
def test_not_hours(typed):
    with pytest.raises(InvalidAnswer):
        parse_hours(typed)


@pytest.mark.parametrize(
    ("typed", "value"), [("3", 3), ("4/5", 4), ("2 von 5", 2), ("5 out of 5", 5), ("1.", 1)]
)
def test_a_typed_scale_answer(typed, value):
    assert scale_value(typed) == value


@pytest.mark.parametrize("typed", ["0", "6", "3,5", "drei", "35"])
def test_not_a_scale_answer(typed):
    assert scale_value(typed) is None


def test_in_one_hour_and_tonight():
    assert snooze_until("hour", THURSDAY_1731) == datetime(2025, 3, 13, 18, 31, tzinfo=BERLIN)
    assert snooze_until("evening", THURSDAY_1731) == datetime(2025, 3, 13, 20, 0, tzinfo=BERLIN)
    late = datetime(2025, 3, 13, 19, 20, tzinfo=BERLIN)  # too close to 20:00 to be "tonight"
    assert snooze_until("evening", late) == datetime(2025, 3, 13, 20, 20, tzinfo=BERLIN)


def test_in_one_hour_counts_real_time_across_the_spring_clock_change():
    night = datetime(2026, 3, 29, 1, 30, tzinfo=BERLIN)  # clocks go from 2:00 to 3:00
    assert snooze_until("hour", night).strftime("%H:%M") == "03:30"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("in 1 h", "18:31"),
        ("in 2 Stunden", "19:31"),
        ("in einer halben Stunde", "18:01"),
        ("tonight", "20:00"),
        ("heute Abend", "20:00"),
        ("this evening", "20:00"),
        ("um 21 Uhr", "21:00"),
        ("at 7pm", "19:00"),
    ],
)
def test_a_typed_snooze(typed, expected):
    moment = read_snooze(typed, THURSDAY_1731)
    assert moment is not None and moment.strftime("%H:%M") == expected
    assert acceptable(moment, THURSDAY_1731)


@pytest.mark.parametrize("typed", ["später", "Später.", "later", "later please", "nachher"])
def test_later_is_in_an_hour_as_the_button(typed):
    assert read_snooze(typed, THURSDAY_1731).strftime("%H:%M") == "18:31"


EVENING_1830 = datetime(2025, 3, 13, 18, 30, tzinfo=BERLIN)
MORNING_0700 = datetime(2025, 3, 13, 7, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("typed", "now", "expected"),
    [
        ("um 8", EVENING_1830, "2025-03-13 20:00"),  # not tomorrow morning
        ("at 8", EVENING_1830, "2025-03-13 20:00"),
        ("halb neun", EVENING_1830, "2025-03-13 20:30"),
        ("um 8 Uhr", EVENING_1830, "2025-03-13 20:00"),
        ("8:30 Uhr", EVENING_1830, "2025-03-13 20:30"),
        ("um 8", MORNING_0700, "2025-03-13 08:00"),  # the next 8 o'clock is the morning's
        ("um 3", MORNING_0700, "2025-03-13 15:00"),
        ("um 20 Uhr", EVENING_1830, "2025-03-13 20:00"),
        ("at 8am", EVENING_1830, "2025-03-14 08:00"),  # said so: the morning
        ("08:00 Uhr", EVENING_1830, "2025-03-14 08:00"),  # 24-hour clock: no doubt
        ("morgen um 8", EVENING_1830, "2025-03-14 08:00"),
        ("20:00", THURSDAY_1731, "2025-03-13 20:00"),
    ],
)
def test_a_bare_clock_time_is_the_next_one_within_twelve_hours(typed, now, expected):
    assert read_snooze(typed, now).strftime("%Y-%m-%d %H:%M") == expected


@pytest.mark.parametrize(("typed", "clock"), [("20:00", True), ("13.30", True), ("20 Uhr", False)])
def test_hh_mm_from_13_on_is_a_clock_time(typed, clock):
    assert clock_only(typed) is clock


def test_a_number_that_could_be_a_clock_time_too():
    assert clock_alternative("20", THURSDAY_1731).strftime("%d %H:%M") == "13 20:00"
    assert clock_alternative("20h", THURSDAY_1731).strftime("%d %H:%M") == "13 20:00"
    assert clock_alternative("15", THURSDAY_1731).strftime("%d %H:%M") == "14 15:00"  # tomorrow
    assert clock_alternative("7,5", THURSDAY_1731) is None
    assert clock_alternative("20 Stunden", THURSDAY_1731) is None  # said: hours


def test_a_clients_hours_are_taken_from_those_logged_without_a_client():
    assert day_after({None: 360}, 1, 360) == {1: 360}  # /log 6, then Acme 6: a 6-hour day
    assert day_after({None: 360}, 1, 240) == {None: 120, 1: 240}
    assert day_after({None: 120, 1: 240}, 2, 120) == {1: 240, 2: 120}
    assert day_after({None: 360}, 1, 480) == {1: 480}  # more than was logged: the answer counts
    assert day_after({None: 120, 1: 240}, 1, 300) == {None: 60, 1: 300}  # corrected upwards
    assert day_after({1: 240}, 2, 120) == {1: 240, 2: 120}  # nothing without a client
    assert day_after({None: 360}, -1, 0) == {None: 0}  # the day off clears the day


def test_a_snooze_too_soon_or_too_far_is_not_acceptable():
    assert not acceptable(read_snooze("in 2 min", THURSDAY_1731), THURSDAY_1731)
    assert not acceptable(read_snooze("in 3 Tagen", THURSDAY_1731), THURSDAY_1731)


def test_logged_in_full():
    clients = [1, 2]
    assert not logged_in_full(clients, {})
    assert not logged_in_full(clients, {1: 300})  # Bea is missing
    assert logged_in_full(clients, {1: 300, 2: 0})  # nothing for Bea is an answer too
    assert logged_in_full(clients, {None: 0})  # the "Day off" button
    assert logged_in_full(clients, {}, day_off=True)  # a planned day off
    assert logged_in_full(clients, {1: 300}, stress=3)  # a check-in answered to the end
    assert logged_in_full([], {None: 420})  # no clients: any hours
    assert first_open(clients, {1: 300}) == 1 and first_open(clients, {}) == 0


def test_hours_for_people():
    assert hours_for_people(750) == 12.5
    assert hours_for_people(470) == 7.8  # 7:50
    assert hours_for_people(32 * 60 * 31 / 7) == 141.7


def test_no_days_off_before_joining_and_no_trend_across_it():
    monday, thursday, friday = date(2025, 3, 10), date(2025, 3, 13), date(2025, 3, 14)
    days = {thursday: Day(thursday, 480, per_client={1: 480})}
    summary = summarize(days, monday, monday.replace(day=16), friday, joined=thursday)
    assert summary.days_off == 0  # Friday still under way, Monday to Wednesday before joining
    assert summary.trend_minutes is None
    settled = summarize(days, monday, monday.replace(day=16), friday, joined=date(2025, 1, 6))
    assert settled.days_off == 3 and settled.trend_minutes == 480
