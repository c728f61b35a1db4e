"""A day without a time, as VAs type it for /log and /pause, read by when.py's rules.

    looking back (/log):    "gestern", "Donnerstag", "am 3.12.", "letzten Freitag", "2 days ago"
    looking ahead (/pause): "bis 6. Januar", "until 2 January", "for two weeks", "2 Wochen"

Pure. What is not clearly a day gives None, and the caller asks again; it never guesses.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from bot.coach.when import DAYTIMES, FILLER, LAST, NUMBERS, WEEKDAYS, _day

# Words around a day that say nothing more about it ("bis zum 6. Januar", "for Thursday").
DAY_FILLER = (
    FILLER
    | LAST
    | {
        *("bis", "zum", "dem", "vom", "ab", "für", "fuer", "lang", "bitte"),
        *("until", "till", "til", "to", "for", "from", "please"),
    }
)
SPAN_DAYS = {
    **dict.fromkeys(("tag", "tage", "tagen", "day", "days"), 1),
    **dict.fromkeys(("woche", "wochen", "week", "weeks"), 7),
}
SPAN_MONTHS = ("monat", "monate", "monaten", "month", "months")
_COUNT = r"(\d{1,3}|einen|einem|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")"
_UNIT = "(" + "|".join([*SPAN_DAYS, *SPAN_MONTHS]) + ")"
_AHEAD = re.compile(rf"(?:(?:in|für|fuer|for|bis in) )?{_COUNT} {_UNIT}(?: lang)?")
_BACK = re.compile(rf"vor {_COUNT} {_UNIT}|{_COUNT} {_UNIT} ago")
_NEXT_WEEK = re.compile(r"(?:bis )?(?:nächste|kommende) woche|(?:until )?next week")


def read_day(text: str, today: date, past: bool = False, month_first: bool = False) -> date | None:
    """The day `text` names, or None. `past`: a weekday or a date without a year is the most
    recent one (logging hours); else the next one to come (the end of a pause). `month_first`:
    "3/12" is 12 March (as in the US), else 3 December."""
    words = " ".join(text.casefold().replace(",", " ").split())
    # "heute morgen" is this morning, not tomorrow; "3.12" is a date without its last dot.
    words = re.sub(r"\b(heute|gestern|vorgestern) morgen\b", r"\1 früh", words)
    words = re.sub(r"\b(\d{1,2})\.(\d{1,2})(?![.\d])", r"\1.\2.", words)
    words = _slash_dates(words, month_first)
    span = _span(words, today)
    if span is not None:
        return span
    past = past or any(word in LAST for word in words.split())  # "letzten Montag" is gone
    found, rest = _day(words, today, past)
    if found is not None:  # "Sonntag, 22. März": a weekday that agrees with the date says no more
        rest = " ".join(w for w in rest.split() if WEEKDAYS.get(w.rstrip(".")) != found.weekday())
    if any(w not in DAY_FILLER and w not in DAYTIMES for w in rest.split()):
        return None
    if found is None and any(w in DAYTIMES for w in rest.split()):
        return today  # "this morning", "tonight"
    return found


def _span(words: str, today: date) -> date | None:
    """ "in zwei Wochen", "for 10 days", "einen Monat", "vor 3 Tagen", "2 days ago"."""
    if _NEXT_WEEK.fullmatch(words):
        return today + timedelta(days=7 - today.weekday())  # next Monday
    ahead, back = _AHEAD.fullmatch(words), _BACK.fullmatch(words)
    if not ahead and not back:
        return None
    count_word, unit = [group for group in (ahead or back).groups() if group is not None]
    count = int(count_word) if count_word.isdigit() else NUMBERS.get(count_word, 1)
    sign = 1 if ahead else -1
    if unit in SPAN_MONTHS:
        return _add_months(today, sign * count)
    return today + timedelta(days=sign * count * SPAN_DAYS[unit])


def _add_months(day: date, count: int) -> date:
    index = day.month - 1 + count
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def _slash_dates(words: str, month_first: bool) -> str:
    """ "3/12" and "3/12/2026" as the dotted dates when.py reads."""

    def dotted(found: re.Match) -> str:
        first, second, year = found[1], found[2], found[3] or ""
        day, month = (second, first) if month_first else (first, second)
        return f"{day}.{month}.{year}"

    return re.sub(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b", dotted, words)
