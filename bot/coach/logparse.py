"""`/log 3.5 Acme yesterday`, `/log 2h gestern`: hours, an optional client, an optional day.

Dates are read by `dateparser` in German and English, relative to the user's local today and
preferring the past. Pure: the caller passes the clients and today's local date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import dateparser

from bot.coach.profile import InvalidAnswer
from bot.coach.workload import parse_hours

MAX_DAYS_BACK = 366
MAX_LOG_TEXT = 200
# Words around a date that dateparser does not need ("am Montag", "letzten Freitag", "on monday").
_FILLERS = {
    "am",
    "an",
    "vom",
    "den",
    "letzten",
    "letzte",
    "letztes",
    "letzter",
    "vergangenen",
    "on",
    "for",
    "für",
    "fuer",
    "at",
}
_DATE_LIKE = re.compile(r"^(\d{1,2}\.\d{1,2}\.(\d{2,4})?|\d{1,2}/\d{1,2}(/\d{2,4})?)$")


@dataclass(frozen=True)
class LogEntry:
    minutes: int
    added: bool
    client_id: int | None
    day: date


def _find_hours(tokens: list[str]) -> tuple[int, int, int, bool]:
    """(first index, count, minutes, added) of the hours in the tokens."""
    first_error: InvalidAnswer | None = None
    for index, token in enumerate(tokens):
        if _DATE_LIKE.match(token):
            continue
        for count in (2, 1):
            if index + count > len(tokens):
                continue
            try:
                minutes, added = parse_hours(" ".join(tokens[index : index + count]), True)
            except InvalidAnswer as invalid:
                if count == 1 and first_error is None and any(c.isdigit() for c in token):
                    first_error = invalid
                continue
            return index, count, minutes, added
    raise first_error or InvalidAnswer("log_format")


def _find_client(text: str, clients: list[tuple[int, str]]) -> tuple[int | None, str]:
    folded = text.casefold()
    for client_id, name in sorted(clients, key=lambda item: -len(item[1])):
        match = re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", folded)
        if match:
            return client_id, (text[: match.start()] + " " + text[match.end() :]).strip()
    words = text.split()
    for client_id, name in clients:
        first = name.split()[0].casefold()
        if len(first) >= 3:
            for word in words:
                if word.casefold() == first:
                    return client_id, " ".join(w for w in words if w is not word)
    return None, text


def parse_date(text: str, today: date, language: str, month_first: bool = False) -> date:
    words = [w for w in text.split() if w.casefold() not in _FILLERS]
    if not words:
        return today
    base = datetime.combine(today, datetime.min.time()).replace(hour=12)
    parsed = dateparser.parse(
        " ".join(words),
        languages=[language, "en" if language == "de" else "de"],
        settings={
            "PREFER_DATES_FROM": "past",
            "RELATIVE_BASE": base,
            "DATE_ORDER": "MDY" if month_first else "DMY",
        },
    )
    if parsed is None:
        raise InvalidAnswer("log_unknown", words=text)
    day = parsed.date()
    if day > today:
        raise InvalidAnswer("log_future", day=day)
    if today - day > timedelta(days=MAX_DAYS_BACK):
        raise InvalidAnswer("log_too_old")
    return day


def parse_log(
    text: str,
    clients: list[tuple[int, str]],
    today: date,
    language: str,
    month_first: bool = False,
) -> LogEntry:
    if len(text) > MAX_LOG_TEXT:
        raise InvalidAnswer("too_long")
    tokens = text.split()
    if not tokens:
        raise InvalidAnswer("log_empty")
    index, count, minutes, added = _find_hours(tokens)
    rest = " ".join(tokens[:index] + tokens[index + count :])
    client_id, rest = _find_client(rest, clients)
    day = parse_date(rest, today, language, month_first)
    return LogEntry(minutes=minutes, added=added, client_id=client_id, day=day)
