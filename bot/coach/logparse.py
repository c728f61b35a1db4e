"""`/log 45 min priya`, `/log 1,5 h für Lena am Donnerstag`, `/log 2h 15 Acme yesterday`:
an amount of time, an optional client, an optional day, in any order.

    the amount   hours or minutes: "3,5", "1.5h", "45 min", "90m", "1:30 h", "2h 15", "zwei Stunden"
    the client   any word of the name or of its contact person's name, or a close misspelling
                 ("priya", "Weber", "bloom", "Webr"); several clients fit equally well:
                 `choices` lists them and the caller asks
    the day      read by bot/coach/when_day.py looking back (a weekday is the most recent one)

Pure: the caller passes the clients (with their contacts' first and last names) and the user's
local today.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from rapidfuzz import fuzz

from bot.coach.profile import InvalidAnswer
from bot.coach.when import MONTHS, NUMBERS, WEEKDAYS
from bot.coach.when_day import DAY_FILLER, read_day
from bot.coach.workload import MAX_DAY_MINUTES

MAX_DAYS_BACK = 366
MAX_LOG_TEXT = 200
CLOSE_ENOUGH = 80  # rapidfuzz ratio of a misspelt word to a word of a client's name
TIE = 5  # fuzzy scores this close are a tie: ask rather than pick
# Parts of a name that do not tell one client from another: never matched on their own.
GENERIC = {
    *("gmbh", "ug", "ag", "kg", "ohg", "gbr", "ek", "mbh", "co", "und", "and", "the"),
    *("ltd", "llc", "inc", "plc", "corp", "dr", "prof", "mr", "mrs", "ms", "frau", "herr"),
}
# Small words of a contact's surname ("von der Leyen"): too common to name anyone.
NAME_PARTICLES = {
    *("von", "vom", "zu", "zum", "der", "den", "van", "de", "del", "della", "di", "da", "du"),
    *("la", "le", "ten", "ter", "dos", "das", "bin", "al", "el"),
}
# Words before a client's name ("für Lena", "for Acme", "bei Weber").
CLIENT_FILLER = {"für", "fuer", "for", "bei", "with", "mit", "client", "kunde", "kundin"}

_H = r"(?:h|hr|hrs|hours?|std|stunden?)(?:\.|(?!\w))"
_M = r"(?:m|min|mins|minutes?|minuten?)(?:\.|(?!\w))"
_WORD = "|".join(sorted(NUMBERS, key=len, reverse=True))
_SIGN = r"(?P<sign>[+-])?\s*"
# Each amount form with a unit (or a colon), tried before a bare number ("3 Dec" is a day).
_WITH_UNIT = [
    # "2h 15", "2 h 5 min" (not "2h 3 days ago": one digit needs its unit)
    re.compile(
        _SIGN + rf"(?P<h>\d{{1,2}})\s*{_H}\s*(?P<m>\d{{2}}|\d(?=\s*{_M}))(?:\s*{_M})?", re.I
    ),
    re.compile(_SIGN + rf"(?P<h>\d{{1,2}}):(?P<m>\d{{2}})(?:\s*{_H})?", re.I),
    re.compile(_SIGN + rf"(?P<min>\d{{1,4}})\s*{_M}", re.I),
    re.compile(_SIGN + rf"(?P<hours>\d{{1,2}}(?:[.,]\d{{1,2}})?)\s*{_H}", re.I),
    re.compile(rf"(?P<word>{_WORD}|anderthalb|eineinhalb)\s+{_H}", re.I),
    re.compile(r"(?:eine\s+)?halbe\s+stunde|half\s+an\s+hour|(?:a\s+)?half\s+hour", re.I),
]
_BARE = re.compile(_SIGN + r"(?P<bare>\d{1,4}(?:[.,]\d{1,2})?)")
_DATE_LIKE = re.compile(r"\d{1,2}[./]\d{1,2}[./]|\d{1,2}/\d{1,2}|\d{4}-")


@dataclass(frozen=True)
class LogEntry:
    minutes: int
    client_id: int | None
    day: date
    choices: tuple[int, ...] = ()  # several clients fit: ask which one (client_id is None)


def parse_log(
    text: str,
    clients: list[tuple[int, str]],
    today: date,
    month_first: bool = False,
    contacts: dict[int, tuple[str, ...]] | None = None,
) -> LogEntry:
    """`contacts`: per client id, its contact person's first and last name; a VA often logs
    the person they work with ("/log 1,5 Weber" for Acme, whose contact is Thomas Weber)."""
    if len(text) > MAX_LOG_TEXT:
        raise InvalidAnswer("too_long")
    text = " ".join(text.split())
    if not text:
        raise InvalidAnswer("log_empty")
    # A whole name first: its digits are not hours ("/log Studio 54 2").
    whole = _whole_name(text, clients)
    try:
        minutes, rest = find_amount(whole[1] if whole else text)
        choices = whole[0] if whole else None
    except InvalidAnswer:
        if whole is None:
            raise
        minutes, rest = find_amount(text)  # the name held the only number: not a name then
        choices = None
    if choices is None:
        choices, rest = find_client(rest, clients, today, month_first, contacts)
    day = _day_of(rest, today, month_first)
    if len(choices) == 1:
        return LogEntry(minutes=minutes, client_id=choices[0], day=day)
    return LogEntry(minutes=minutes, client_id=None, day=day, choices=tuple(choices))


# --- the amount -----------------------------------------------------------------------------------
def find_amount(text: str) -> tuple[int, str]:
    """(minutes, the text without them): the first amount with a unit, else the first number."""
    starts = [0] + [m.end() for m in re.finditer(r" ", text)]
    for forms in (_WITH_UNIT, [_BARE]):
        for start in starts:
            if _DATE_LIKE.match(text, start):
                continue
            for form in forms:
                found = form.match(text, start)
                if found and _ends_a_word(text, found.end()):
                    if _a_day_follows(text, found.end()):
                        continue  # "3 Dec", "2h 15 Dez": a day follows, not (all) hours
                    return _minutes(found), (text[:start] + text[found.end() :]).strip()
    raise InvalidAnswer("hours_format" if re.search(r"\d", text) else "log_format")


def _ends_a_word(text: str, end: int) -> bool:
    return end == len(text) or text[end] == " "


def _a_day_follows(text: str, end: int) -> bool:
    following = text[end:].split()
    return bool(following) and following[0].casefold().rstrip(".") in MONTHS


def _minutes(found: re.Match) -> int:
    parts = found.groupdict()
    if parts.get("sign") == "-":
        raise InvalidAnswer("hours_negative")
    if parts.get("h") is not None:
        if int(parts["m"]) >= 60:
            raise InvalidAnswer("hours_format")
        minutes = int(parts["h"]) * 60 + int(parts["m"])
    elif parts.get("min") is not None:
        minutes = int(parts["min"])
    elif parts.get("bare") is not None:  # a number alone is hours; "45" may be minutes meant
        minutes = round(float(parts["bare"].replace(",", ".")) * 60)
        if minutes > MAX_DAY_MINUTES:
            raise InvalidAnswer("log_maybe_minutes")
    elif parts.get("hours") is not None:
        minutes = round(float(parts["hours"].replace(",", ".")) * 60)
    elif parts.get("word") is not None:
        word = parts["word"].casefold()
        minutes = 90 if word in ("anderthalb", "eineinhalb") else NUMBERS[word] * 60
    else:
        minutes = 30  # "eine halbe Stunde", "half an hour"
    if minutes > MAX_DAY_MINUTES:
        raise InvalidAnswer("hours_too_many")
    return minutes


# --- the client -----------------------------------------------------------------------------------
def find_client(
    text: str,
    clients: list[tuple[int, str]],
    today: date,
    month_first: bool = False,
    contacts: dict[int, tuple[str, ...]] | None = None,
) -> tuple[list[int], str]:
    """The clients `text` names (one, or several that fit equally well) and the rest of it.
    A whole client name, else the words of names and contacts' names: typed exactly, or
    misspelt when the line has no exact one and is not simply a day ("Montag" is a day even
    beside a client "Monte")."""
    whole = _whole_name(text, clients)
    if whole is not None:
        return whole
    words = text.split()
    exact, close = _fitting(words, _match_words(clients, contacts or {}))
    fits = exact or close
    if not fits:
        return [], text
    top = max(score for score, _ in fits.values())
    tied = [client_id for client_id, (score, _) in fits.items() if top - score < TIE]
    if not exact and _is_day(text, today, month_first):
        return [], text
    # Every word of the chosen names goes, the misspelt ones too ("Pryia Shah").
    used = set().union(*(found[c][1] for found in (exact, close) for c in tied if c in found))
    rest = " ".join(word for index, word in enumerate(words) if index not in used)
    if not exact and not _is_day(rest, today, month_first):
        return [], text  # a near miss in a line that is not understood: say what was not
    return tied, rest


def _whole_name(text: str, clients: list[tuple[int, str]]) -> tuple[list[int], str] | None:
    folded = text.casefold()
    for client_id, name in sorted(clients, key=lambda item: -len(item[1])):
        found = re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", folded)
        if found:
            return [client_id], (text[: found.start()] + " " + text[found.end() :]).strip()
    return None


def _match_words(
    clients: list[tuple[int, str]], contacts: dict[int, tuple[str, ...]]
) -> list[tuple[int, set[str]]]:
    """Per client, the words that name it: its name's, and its contact's first and last name
    (not a particle like "von", nor a month or weekday: "April" would hide "1. April")."""
    found = []
    for client_id, name in clients:
        words = _significant_words(name)
        for part in contacts.get(client_id, ()):
            words |= {
                word
                for word in _significant_words(part or "")
                if word not in NAME_PARTICLES and word not in MONTHS and word not in WEEKDAYS
            }
        found.append((client_id, words))
    return found


def _fitting(
    words: list[str], clients: list[tuple[int, set[str]]]
) -> tuple[dict[int, tuple[float, set]], dict[int, tuple[float, set]]]:
    """Per client: how well the typed words fit the words that name it (100 a word typed
    exactly, less a close misspelling; summed, so "Shah Priya" fits Priya Shah better than
    Priya Patel), and which words fit: (typed exactly, misspelt). Misspellings choose a client
    only where no word fits any name exactly."""
    exact: dict[int, tuple[float, set]] = {}
    close: dict[int, tuple[float, set]] = {}
    for index, word in enumerate(words):
        folded = _plain(word)
        if len(folded) < 2 or folded in GENERIC | DAY_FILLER | CLIENT_FILLER:
            continue
        for client_id, parts in clients:
            if folded in parts:
                score, found = 100.0, exact
            elif len(folded) >= 3 and parts:
                score, found = max(fuzz.ratio(folded, part) for part in parts), close
            else:
                continue
            if score >= CLOSE_ENOUGH:
                total, used = found.get(client_id, (0.0, set()))
                found[client_id] = (total + score, used | {index})
    return exact, close


def _significant_words(name: str) -> set[str]:
    return {w for w in re.findall(r"\w+", name.casefold()) if len(w) >= 2 and w not in GENERIC}


def _plain(word: str) -> str:
    return word.casefold().strip(".,;:!?\"'“”„()")


# --- the day --------------------------------------------------------------------------------------
def _read_day(text: str, today: date, month_first: bool) -> date | None:
    """The day in what is left of the line; nothing but "for", "on", "am" (or nothing): today."""
    words = [w for w in text.split() if _plain(w) not in CLIENT_FILLER]
    if all(_plain(w) in DAY_FILLER for w in words):
        return today
    return read_day(" ".join(words), today, past=True, month_first=month_first)


def _is_day(text: str, today: date, month_first: bool) -> bool:
    return _read_day(text, today, month_first) is not None


def _day_of(text: str, today: date, month_first: bool) -> date:
    day = _read_day(text, today, month_first)
    if day is None:
        raise InvalidAnswer("log_unknown", words=text)
    if day > today:
        raise InvalidAnswer("log_future", day=day)
    if today - day > timedelta(days=MAX_DAYS_BACK):
        raise InvalidAnswer("log_too_old")
    return day
