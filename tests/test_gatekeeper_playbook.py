"""Pure playbook and call logic: parts, missing parts, callback times, follow-ups, week numbers."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.coach.playbook import (
    MAX_PART,
    add_open_question,
    call_stats,
    calls_per_day,
    checklist,
    clean_part,
    missing,
    open_questions,
    parse_callback,
    retry_at,
)
from bot.coach.profile import InvalidAnswer

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 10, 15, 0, tzinfo=BERLIN)  # a Tuesday


def test_a_part_of_3000_characters_is_refused():
    with pytest.raises(InvalidAnswer) as error:
        clean_part("x" * 3000)
    assert error.value.reason == "part_too_long" and error.value.details["limit"] == MAX_PART
    with pytest.raises(InvalidAnswer):
        clean_part("   ")
    assert clean_part("  Di–Do 8 Uhr ") == "Di–Do 8 Uhr"


def test_missing_parts_in_order_with_the_target_group_first():
    assert missing({}, None)[:3] == ["target", "reason", "best_time"]
    assert missing({"reason": "x", "voicemail": "y"}, "business")[0] == "best_time"
    assert "voicemail" not in missing({"voicemail": "y"}, "consumer")


def test_checklist_from_lines_or_commas():
    assert checklist("- Name\n- Ansprechperson\n\n• E-Mail") == ["Name", "Ansprechperson", "E-Mail"]
    assert checklist("name, right contact, best time") == ["name", "right contact", "best time"]
    assert checklist(None) == []


def test_open_questions_from_revisions():
    parts = add_open_question({}, "Do you work with our CRM?")
    parts = add_open_question(parts, "Gibt es eine Testphase?")
    assert open_questions(parts) == ["Do you work with our CRM?", "Gibt es eine Testphase?"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("morgen früh", "de", datetime(2026, 3, 11, 9, 0)),
        ("übermorgen nachmittag", "de", datetime(2026, 3, 12, 15, 0)),
        ("Freitag 14 Uhr", "de", datetime(2026, 3, 13, 14, 0)),
        ("tomorrow morning", "en", datetime(2026, 3, 11, 9, 0)),
        ("12.3. 11:00", "de", datetime(2026, 3, 12, 11, 0)),
    ],
)
def test_callback_times(text, language, expected):
    assert parse_callback(text, language, NOW) == expected.replace(tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("gestern", "callback_past"),
        ("heute 9:00", "callback_past"),
        ("blabla", "callback_format"),
    ],
)
def test_bad_callback_times(text, reason):
    with pytest.raises(InvalidAnswer) as error:
        parse_callback(text, "de", NOW)
    assert error.value.reason == reason


def test_retry_skips_the_weekend_and_keeps_local_time():
    friday = datetime(2026, 3, 13, 10, 30, tzinfo=BERLIN)
    again = retry_at(friday, BERLIN, 1)
    assert again.tzinfo == UTC and again.astimezone(BERLIN) == datetime(
        2026, 3, 16, 10, 30, tzinfo=BERLIN
    )
    across_dst = retry_at(
        datetime(2026, 3, 27, 10, 0, tzinfo=BERLIN), BERLIN, 3
    )  # clocks change on the 29th
    assert across_dst.astimezone(BERLIN).hour == 10


def test_call_stats_count_every_no():
    stats = call_stats(
        ["declined"] * 9 + ["appointment"] * 2 + ["reached", "referred", "voicemail"]
    )
    assert (
        stats.calls,
        stats.declines,
        stats.appointments,
        stats.conversations,
        stats.referrals,
    ) == (14, 9, 2, 3, 1)


def test_calls_per_day_in_local_time():
    late = datetime(2026, 3, 9, 23, 30, tzinfo=UTC)  # 00:30 on the 10th in Berlin
    assert calls_per_day([late], BERLIN, [date(2026, 3, 9), date(2026, 3, 10)]) == [0, 1]


def test_about_answer_from_the_faq_or_the_reason():
    from bot.coach.playbook import about_answer

    faq = "Was kostet das? – Ab 1.200 €\nWorum geht es denn? – Um Schulungen für Ihr Vertriebsteam."
    assert about_answer({"faq": faq, "reason": "R"}) == "Um Schulungen für Ihr Vertriebsteam."
    assert about_answer({"faq": "What is it about - training", "reason": "R"}) == "training"
    assert about_answer({"reason": " We train sales teams. "}) == "We train sales teams."
    assert about_answer({}) is None
