"""/log as VAs type it: minutes or hours, a client by any word of the name or a close
misspelling, a day; a second entry adds to the first and can replace it instead. A table per
language against a fixed today, then the journeys through the offline Bot API."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.coach.logparse import parse_log
from bot.coach.profile import InvalidAnswer
from bot.flows.workload.log_codecs import LogClient, LogReplace
from tests.clock import TEST_START
from tests.journeys import TODAY, client_rows, logs, setup_user

WEDNESDAY = TEST_START.date()  # Wednesday 11 March 2026
CLIENTS = [
    (1, "Priya Shah"),
    (2, "Dr. Thomas Weber GmbH"),
    (3, "Bloom & Co"),
    (4, "Acme"),
    (5, "Lena Krause"),
]
NAMES = dict(CLIENTS)
NO_CLIENT = None


def day(n: int) -> date:
    """A day in March 2026."""
    return date(2026, 3, n)


GERMAN = [
    ("45 min priya", 45, "Priya Shah", day(11)),
    ("45 Minuten Priya", 45, "Priya Shah", day(11)),
    ("90m Weber", 90, "Dr. Thomas Weber GmbH", day(11)),
    ("1:30 h bloom", 90, "Bloom & Co", day(11)),
    ("1,5 h für Lena am Donnerstag", 90, "Lena Krause", day(5)),
    ("2h 15 Acme gestern", 135, "Acme", day(10)),
    ("3,5 Acme", 210, "Acme", day(11)),
    ("8", 480, NO_CLIENT, day(11)),
    ("2 Std. Weber vorgestern", 120, "Dr. Thomas Weber GmbH", day(9)),
    ("1 Std. 30 Min. Lena", 90, "Lena Krause", day(11)),
    ("zwei Stunden Bloom", 120, "Bloom & Co", day(11)),
    ("eine halbe Stunde Priya", 30, "Priya Shah", day(11)),
    ("anderthalb Stunden Acme", 90, "Acme", day(11)),
    ("für Acme am Montag 4h", 240, "Acme", day(9)),
    ("3 Acme Mittwoch", 180, "Acme", day(11)),  # said on a Wednesday: today
    ("3 Acme letzten Mittwoch", 180, "Acme", day(4)),
    ("6 Weeber am 2.3.", 360, "Dr. Thomas Weber GmbH", day(2)),
    ("2 Acme 28.02.2026", 120, "Acme", date(2026, 2, 28)),
    ("0,75 Lena 5. März", 45, "Lena Krause", day(5)),
    ("4 Thomas Weber", 240, "Dr. Thomas Weber GmbH", day(11)),
    ("1,25 h Pryia", 75, "Priya Shah", day(11)),
    ("2,5 Std. für Lena heute morgen", 150, "Lena Krause", day(11)),
    ("Acme 2h vor 3 Tagen", 120, "Acme", day(8)),
    ("2 Stunden gestern", 120, NO_CLIENT, day(10)),
    ("30 min Bloon Freitag", 30, "Bloom & Co", day(6)),
]
ENGLISH = [
    ("45 min priya", 45, "Priya Shah", day(11)),
    ("45 minutes Priya", 45, "Priya Shah", day(11)),
    ("90m Weber", 90, "Dr. Thomas Weber GmbH", day(11)),
    ("1:30 h bloom", 90, "Bloom & Co", day(11)),
    ("2h 15 for Acme on Thursday", 135, "Acme", day(5)),
    ("1.5 h for Lena yesterday", 90, "Lena Krause", day(10)),
    ("3.5 Acme", 210, "Acme", day(11)),
    ("7.5", 450, NO_CLIENT, day(11)),
    ("2 hrs Weber the day before yesterday", 120, "Dr. Thomas Weber GmbH", day(9)),
    ("1 hour 30 minutes Lena", 90, "Lena Krause", day(11)),
    ("two hours Bloom", 120, "Bloom & Co", day(11)),
    ("half an hour Priya", 30, "Priya Shah", day(11)),
    ("an hour Acme", 60, "Acme", day(11)),
    ("for Acme on Monday 4h", 240, "Acme", day(9)),
    ("3 Acme Wednesday", 180, "Acme", day(11)),
    ("3 Acme last Wednesday", 180, "Acme", day(4)),
    ("6 Weeber on 2 March", 360, "Dr. Thomas Weber GmbH", day(2)),
    ("2 Acme 2026-02-28", 120, "Acme", date(2026, 2, 28)),
    ("0.75 Lena March 5th", 45, "Lena Krause", day(5)),
    ("4 Thomas Weber", 240, "Dr. Thomas Weber GmbH", day(11)),
    ("1.25h Pryia Shah", 75, "Priya Shah", day(11)),
    ("2.5 hours for Lena this morning", 150, "Lena Krause", day(11)),
    ("Acme 2h 3 days ago", 120, "Acme", day(8)),
    ("2 hours yesterday", 120, NO_CLIENT, day(10)),
    ("30 min Bloon Friday", 30, "Bloom & Co", day(6)),
    ("1.5h Acme 5/3", 90, "Acme", day(5)),  # day first outside the US
]
REFUSED = [
    ("-1", "hours_negative"),
    ("25", "log_maybe_minutes"),
    ("45 Acme", "log_maybe_minutes"),
    ("25 h", "hours_too_many"),
    ("1500 min", "hours_too_many"),
    ("viele", "log_format"),
    ("lots", "log_format"),
    ("", "log_empty"),
    ("2 morgen", "log_future"),
    ("2 tomorrow", "log_future"),
    ("3 Globex", "log_unknown"),
    ("2 Acme 1.1.2024", "log_too_old"),
    ("2 Acme Dienstag oder Mittwoch", "log_unknown"),
    ("2 hrs Weber some day", "log_unknown"),
    ("1:75 Acme", "hours_format"),
    ("x" * 300, "too_long"),
]


def check(typed, minutes, client, logged_day):
    entry = parse_log(typed, CLIENTS, WEDNESDAY)
    assert (entry.minutes, NAMES.get(entry.client_id), entry.day) == (minutes, client, logged_day)
    assert entry.choices == ()


@pytest.mark.parametrize(("typed", "minutes", "client", "logged_day"), GERMAN)
def test_german(typed, minutes, client, logged_day):
    check(typed, minutes, client, logged_day)


@pytest.mark.parametrize(("typed", "minutes", "client", "logged_day"), ENGLISH)
def test_english(typed, minutes, client, logged_day):
    check(typed, minutes, client, logged_day)


@pytest.mark.parametrize(("typed", "reason"), REFUSED)
def test_what_cannot_be_logged_is_refused_with_a_reason(typed, reason):
    with pytest.raises(InvalidAnswer) as refused:
        parse_log(typed, CLIENTS, WEDNESDAY)
    assert refused.value.reason == reason


def test_a_us_user_types_the_month_first():
    entry = parse_log("1.5h Acme 3/5", CLIENTS, WEDNESDAY, month_first=True)
    assert entry.day == day(5)


def test_a_name_two_clients_share_is_asked_not_guessed():
    clients = [*CLIENTS, (6, "Priya Patel")]
    assert parse_log("1h priya", clients, WEDNESDAY).choices == (1, 6)
    assert parse_log("1h Priya Patel", clients, WEDNESDAY).client_id == 6
    assert parse_log("1h Shah Priya", clients, WEDNESDAY).client_id == 1  # both words fit


def test_the_number_in_a_clients_name_is_not_taken_for_hours():
    clients = [(1, "Studio 54"), (2, "Acme")]
    entry = parse_log("Studio 54 2 gestern", clients, WEDNESDAY)
    assert (entry.minutes, entry.client_id, entry.day) == (120, 1, day(10))


def test_a_day_is_not_taken_for_a_misspelt_client():
    clients = [(1, "Gerstner Consulting")]
    entry = parse_log("2h gestern", clients, WEDNESDAY)
    assert (entry.client_id, entry.day) == (None, day(10))


# --- journeys -------------------------------------------------------------------------------------
LABELS = {  # what the user sees for 14 March 2025 and for an hour and a half
    "de": {"day": "Fr., 14. März", "replace": "Stattdessen ersetzen", "h": "Std."},
    "en": {"day": "Fri 14 Mar", "replace": "Replace instead", "h": "h"},
}


async def client_id(bot, chat, name: str) -> int:
    return next(c.id for c in await client_rows(bot, chat) if c.name == name)


async def test_45_minutes_for_priya_are_logged_as_three_quarters_of_an_hour(bot, chat, language):
    await setup_user(bot, chat, language, ("Priya Shah", "Acme"))
    await chat.send("/log 45 min priya")
    priya = await client_id(bot, chat, "Priya Shah")
    assert await logs(bot, chat) == {(TODAY, priya): 45}
    expected = {
        "de": "Eingetragen für Priya Shah am Fr., 14. März: 0,75 Std.",
        "en": "Logged: 0.75 h for Priya Shah on Fri 14 Mar.",
    }[language]
    assert expected in chat.last_text.replace("<b>", "").replace("</b>", "")
    assert chat.button_labels == []  # a first entry: nothing to replace


async def test_a_second_entry_adds_and_can_replace_instead(bot, chat, language):
    await setup_user(bot, chat, language, ("Acme", "Bea"))
    thursday = "am Donnerstag" if language == "de" else "on Thursday"
    await chat.send(f"/log 2h Acme {thursday}")
    await chat.send(
        f"/log 1,5 h für Acme {thursday}" if language == "de" else "/log 1.5 h for Acme on Thursday"
    )
    acme = await client_id(bot, chat, "Acme")
    thu = TODAY - timedelta(days=1)
    assert await logs(bot, chat) == {(thu, acme): 210}
    now = {
        "de": "1,5 Std. dazugerechnet für Acme am Do., 13. März: jetzt 3,5 Std. statt 2 Std.",
        "en": "Added 1.5 h: now 3.5 h for Acme on Thu 13 Mar (before: 2 h).",
    }
    assert now[language] in chat.last_text.replace("<b>", "").replace("</b>", "")
    added = chat.last_message
    await chat.press(LABELS[language]["replace"])
    assert await logs(bot, chat) == {(thu, acme): 90}
    assert ("Ersetzt" if language == "de" else "Replaced") in chat.last_text
    assert chat.button_labels == [] or LABELS[language]["replace"] not in chat.button_labels
    # The same button again (a double tap, an old message): out of date, nothing changes.
    stale = LogReplace(day=thu.toordinal(), client=acme, minutes=90, expect=210).pack()
    await chat.press_data(stale, added)
    assert await logs(bot, chat) == {(thu, acme): 90}
    assert ("veraltet" if language == "de" else "out of date") in chat.last_text


async def test_a_tampered_replace_button_changes_nothing(bot, chat, language):
    await setup_user(bot, chat, language, ("Acme",))
    await chat.send("/log 2 Acme")
    acme = await client_id(bot, chat, "Acme")
    for tampered in (
        LogReplace(day=TODAY.toordinal(), client=acme + 50, minutes=1, expect=0),  # not theirs
        LogReplace(day=(TODAY + timedelta(days=3)).toordinal(), client=acme, minutes=1, expect=0),
        LogReplace(day=TODAY.toordinal(), client=acme, minutes=1, expect=999),
    ):
        await chat.press_data(tampered.pack())
        assert await logs(bot, chat) == {(TODAY, acme): 120}
        assert ("veraltet" if language == "de" else "out of date") in chat.last_text
    await chat.press_data("lg.r:1:2:3")  # not even the right shape
    assert await logs(bot, chat) == {(TODAY, acme): 120}


async def test_a_name_two_clients_share_is_asked_with_buttons(bot, chat, language):
    await setup_user(bot, chat, language, ("Priya Shah", "Priya Patel"))
    await chat.send("/log 1h priya")
    assert await logs(bot, chat) == {}
    assert {"Priya Shah", "Priya Patel"} <= set(chat.button_labels)
    question = chat.last_message
    await chat.press("Priya Patel")
    patel = await client_id(bot, chat, "Priya Patel")
    assert await logs(bot, chat) == {(TODAY, patel): 60}
    assert "Priya Patel" in chat.last_text
    # The other button of the same question, pressed after: out of date, nothing added.
    shah = await client_id(bot, chat, "Priya Shah")
    other = LogClient(day=TODAY.toordinal(), client=shah, minutes=60, total=0).pack()
    await chat.press_data(other, question)
    assert await logs(bot, chat) == {(TODAY, patel): 60}


async def test_more_than_a_day_is_refused_and_nothing_is_added(bot, chat, language):
    await setup_user(bot, chat, language, ("Acme",))
    await chat.send("/log 20 Acme")
    await chat.send("/log 5 Acme")
    assert sum((await logs(bot, chat)).values()) == 20 * 60
    assert "24" in chat.last_text


async def test_what_is_not_understood_is_named(bot, chat, language):
    await setup_user(bot, chat, language, ("Acme",))
    await chat.send("/log 2 Globex")
    assert "Globex" in chat.last_text and "/clients" in chat.last_text
    assert await logs(bot, chat) == {}
