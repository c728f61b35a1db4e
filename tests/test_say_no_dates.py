"""Later dates the say-no coach offers: working days in the user's country, never the day the
client asked for (issue 14, "The coach listens")."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.coach.dates import asked_dates, country_of, public_holidays, suggested_dates
from bot.flows.say_no.steps import date_choices
from tests.clock import TEST_START

TODAY = TEST_START.date()  # a Wednesday in March 2026


def test_suggestions_are_working_days_after_today():
    for offset in range(0, 60):
        today = TODAY + timedelta(days=offset)
        for country in ("DE", "AT", "GB", "IE", "CH"):
            offered = suggested_dates(today, country)
            assert len(set(offered)) == 3
            for day in offered:
                assert day > today and day.weekday() < 5
                assert day not in public_holidays(day.year, country)


@pytest.mark.parametrize(
    ("country", "holiday"),
    [
        ("DE", date(2026, 4, 6)),  # Ostermontag
        ("GB", date(2026, 5, 4)),  # Early May bank holiday
        ("AT", date(2026, 5, 25)),  # Pfingstmontag
    ],
)
def test_a_public_holiday_on_a_suggested_monday_moves_to_the_next_working_day(country, holiday):
    friday_before = holiday - timedelta(days=holiday.weekday() + 3)
    offered = suggested_dates(friday_before, country)
    assert holiday not in offered
    assert holiday + timedelta(days=1) in offered


def test_the_uk_moves_christmas_on_a_weekend_to_the_next_weekdays():
    assert {date(2027, 12, 27), date(2027, 12, 28)} <= public_holidays(2027, "GB")
    assert date(2027, 12, 25) in public_holidays(2027, "DE")


def test_the_day_the_client_asked_for_is_never_offered_as_later():
    friday = TODAY + timedelta(days=2)
    monday = TODAY + timedelta(days=5)
    assert monday in suggested_dates(friday, "DE")
    asked = asked_dates("Könnten Sie das am Montag erledigen?", "de", friday)
    assert monday in asked
    assert monday not in date_choices(friday, "DE", "Könnten Sie das am Montag erledigen?", "de")
    next_week = asked_dates("Could you cover next week?", "en", TODAY)
    assert all(
        day not in next_week
        for day in date_choices(TODAY, "GB", "Could you cover next week?", "en")
    )


def test_the_country_follows_the_time_zone_else_the_language():
    assert country_of("Europe/Vienna", "de") == "AT"
    assert country_of(None, "en") == "GB"
    assert country_of(None, "de") == "DE"


def test_austrian_month_names_are_read_as_the_dates_asked_for():
    # "Jänner" and "Feber" are how Austrian clients write January and February (blind set 40)
    asked = asked_dates("Geht das bis 7. Jänner? Sonst bis 3. Feber.", "de", TODAY)
    assert asked == {date(2027, 1, 7), date(2027, 2, 3)}
    assert date(2027, 1, 7) not in date_choices(date(2027, 1, 5), "AT", "Bis 7. Jänner?", "de")
