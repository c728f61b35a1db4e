"""Parsing of onboarding answers (pure functions)."""

from __future__ import annotations

from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.coach.profile import (
    InvalidAnswer,
    TimezoneAliases,
    parse_capacity,
    parse_checkin_time,
    parse_client_name,
    parse_display_name,
    resolve_timezone,
    timezone_at,
)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("17:30", time(17, 30)),
        ("7.05", time(7, 5)),
        ("5pm", time(17)),
        ("12 am", time(0)),
        ("18 Uhr", time(18)),
        ("9", time(9)),
        ("23:59", time(23, 59)),
    ],
)
def test_times(typed, expected):
    assert parse_checkin_time(typed) == expected


@pytest.mark.parametrize("typed", ["25:99", "24:00", "13pm", "noon", "", "17:3"])
def test_bad_times(typed):
    with pytest.raises(InvalidAnswer):
        parse_checkin_time(typed)


@pytest.mark.parametrize(
    ("typed", "hours"),
    [("40", 40), ("37,5", 38), ("32.4", 32), ("20h", 20), ("100", 100), ("1", 1)],
)
def test_capacity(typed, hours):
    assert parse_capacity(typed) == hours


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("-5", "capacity_low"),
        ("0", "capacity_low"),
        ("abc", "capacity_format"),
        ("400", "capacity_high"),
        ("1e3", "capacity_format"),
    ],
)
def test_bad_capacity(typed, reason):
    with pytest.raises(InvalidAnswer) as raised:
        parse_capacity(typed)
    assert raised.value.reason == reason


def test_names_are_tidied_and_checked():
    assert parse_display_name("  Anna   Lena ") == "Anna Lena"
    assert parse_client_name("Müller & Söhne") == "Müller & Söhne"
    with pytest.raises(InvalidAnswer):
        parse_client_name("🙂🙂🙂")
    with pytest.raises(InvalidAnswer):
        parse_client_name("acme", existing=["ACME"])


@given(st.text(max_size=300))
def test_client_names_are_either_valid_or_refused(text):
    try:
        name = parse_client_name(text)
    except InvalidAnswer:
        return
    assert 0 < len(name) <= 60 and name == name.strip() and "  " not in name


def test_time_zones():
    assert resolve_timezone("europe/vienna") == "Europe/Vienna"
    assert resolve_timezone("Sao Paulo") == "America/Sao_Paulo"
    assert resolve_timezone("Wien", TimezoneAliases({"wien": "Europe/Vienna"})) == "Europe/Vienna"
    with pytest.raises(InvalidAnswer):
        resolve_timezone("Mars/Olympus")


def test_locations():
    assert timezone_at(47.3769, 8.5417) == "Europe/Zurich"
    assert timezone_at(40.7128, -74.0060) == "America/New_York"
    with pytest.raises(InvalidAnswer):
        timezone_at(123, 0)
