"""A day and a time as VAs type them, in German or English, read to a local moment.

    "Dienstag um 11", "Tuesday at 11", "morgen früh", "halb drei", "next Tuesday 2pm",
    "in zwei Stunden", "15.1. 14:30", "15 January at 9", "übermorgen 17 Uhr"

Pure and deterministic (no dateparser: it read "Tuesday at 11" as Friday 9:00). What it cannot
read with certainty it does not guess: `read_when` returns None and the caller asks again.
A day without a time is 9:00; a time without a day is its next occurrence; a bare hour from 1
to 7 is in the afternoon ("um 3" is 15:00), as business calls are. A weekday is the next one,
never today ("Dienstag" said on a Tuesday is next week's). Local times that a clock change
skips move forward by the gap; "in 2 Stunden" counts real hours across a clock change.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta

NUMBERS = {
    **dict.fromkeys(("ein", "eine", "einer", "eins", "one", "an", "a"), 1),
    **{
        w: n
        for n, w in enumerate(
            "zwei drei vier fünf sechs sieben acht neun zehn elf zwölf".split(), 2
        )
    },
    **{
        w: n
        for n, w in enumerate(
            "two three four five six seven eight nine ten eleven twelve".split(), 2
        )
    },
}
WEEKDAYS = {
    **{
        w: n
        for n, w in enumerate("montag dienstag mittwoch donnerstag freitag samstag sonntag".split())
    },
    **{
        w: n
        for n, w in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
    },
    **{w: n for n, w in enumerate("mo di mi do fr sa so".split())},
    **{w: n for n, w in enumerate("mon tue wed thu fri sat sun".split())},
    "sonnabend": 5,
    "tues": 1,
    "thur": 3,
    "thurs": 3,
}
MONTHS = {
    **{
        w: n
        for n, w in enumerate(
            "januar februar märz april mai juni juli august september oktober november dezember".split(),
            1,
        )
    },
    **{
        w: n
        for n, w in enumerate(
            "january february march april may june july august september october november december".split(),
            1,
        )
    },
    **{w: n for n, w in enumerate("jan feb mär apr mai jun jul aug sep okt nov dez".split(), 1)},
    **{w: n for n, w in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)},
    "jänner": 1,
    "feber": 2,
    "sept": 9,
}
RELATIVE_DAYS = {
    **{"heute": 0, "today": 0, "morgen": 1, "tomorrow": 1, "übermorgen": 2},
    **{"gestern": -1, "yesterday": -1, "vorgestern": -2},  # past: the caller says so
}
LAST = {"last", "letzten", "letzte", "letzter", "letztes", "vergangenen", "vergangener"}
DAYTIMES = {  # a part of the day without a clock time
    "früh": time(9),
    "morgens": time(9),
    "vormittag": time(10),
    "vormittags": time(10),
    "mittag": time(12),
    "mittags": time(12),
    "nachmittag": time(15),
    "nachmittags": time(15),
    "abend": time(18),
    "abends": time(18),
    "morning": time(9),
    "noon": time(12),
    "midday": time(12),
    "afternoon": time(15),
    "evening": time(18),
    "tonight": time(19),
}
FILLER = {
    "am",
    "um",
    "at",
    "on",
    "the",
    "ab",
    "gegen",
    "around",
    "kommenden",
    "kommender",
    "nächsten",
    "nächste",
    "nächster",
    "next",
    "this",
    "diesen",
    "diese",
    "in",
    "der",
    "den",
    "of",
    "uhr",
}
UNITS = {
    **dict.fromkeys(("minute", "minuten", "min", "minutes"), 1),
    **dict.fromkeys(("stunde", "stunden", "std", "hour", "hours", "h"), 60),
    **dict.fromkeys(("tag", "tagen", "tage", "day", "days"), 1440),
    **dict.fromkeys(("woche", "wochen", "week", "weeks"), 10080),
}
NUMBER = r"(\d{1,2}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")"


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else NUMBERS.get(word)


def read_when(text: str, now: datetime) -> datetime | None:
    """The moment `text` names, in `now`'s zone (aware), or None when it is not clear."""
    words = " ".join(text.casefold().replace(",", " ").split())
    relative = _relative(words)
    if relative is not None:
        # Real hours: through UTC, since aware arithmetic in one zone counts wall-clock time.
        later = (now.astimezone(UTC) + relative).astimezone(now.tzinfo)
        return later.replace(second=0, microsecond=0)
    clock, words = _clock(words)
    day, words = _day(words, now.date())
    if words.strip() and not all(word in FILLER for word in words.split()):
        return None  # something left that was not understood
    if day is None and clock is None:
        return None
    if day is None:
        moment = _local(now.date(), clock, now)
        return moment if moment > now else _local(now.date() + timedelta(days=1), clock, now)
    return _local(day, clock or time(9), now)


def _relative(words: str) -> timedelta | None:
    """ "in zwei Stunden", "in 30 min", "in 3 days", "in an hour", "in einer halben Stunde"."""
    if re.fullmatch(r"in (einer )?halben stunde|in half an hour", words):
        return timedelta(minutes=30)
    found = re.fullmatch(NUMBER + r" ?(" + "|".join(UNITS) + r")", words.removeprefix("in "))
    if not words.startswith("in ") or not found:
        return None
    count = _number(found.group(1))
    return timedelta(minutes=count * UNITS[found.group(2)]) if count else None


def _clock(words: str) -> tuple[time | None, str]:
    """The clock time in `words`, and the words without it."""
    rules = (
        (r"\bhalb " + NUMBER + r"\b", lambda m: _afternoon(_number(m[1]) - 1, 30)),
        (r"\bviertel nach " + NUMBER + r"\b", lambda m: _afternoon(_number(m[1]), 15)),
        (r"\bviertel vor " + NUMBER + r"\b", lambda m: _afternoon(_number(m[1]) - 1, 45)),
        (r"\b(\d{1,2}) o'?clock\b", lambda m: _afternoon(int(m[1]))),
        (r"\b(\d{1,2})[:.](\d{2}) ?(am|pm)\b", lambda m: _ampm(int(m[1]), int(m[2]), m[3])),
        (r"\b(\d{1,2}) ?(am|pm)\b", lambda m: _ampm(int(m[1]), 0, m[2])),
        (r"\b(\d{1,2})[:.](\d{2})( ?uhr| ?h)?(?![.\d])", lambda m: _hm(int(m[1]), int(m[2]))),
        (r"\b(\d{1,2}) ?(uhr|h)\b", lambda m: _afternoon(int(m[1]))),
        (r"\b(?:um|at|gegen|around|ab) (\d{1,2})\b(?![.:\d])", lambda m: _afternoon(int(m[1]))),
    )
    for pattern, make in rules:
        found = re.search(pattern, words)
        if found:
            clock = make(found)
            if clock is None:
                return None, words
            return _daytime_of(words[: found.start()] + " " + words[found.end() :], clock)
    return _daytime_of(words, None)


def _daytime_of(words: str, clock: time | None) -> tuple[time | None, str]:
    """ "morgen früh": the part of the day, when no clock time says more ("abends um 7" is 19:00)."""
    for word in words.split():
        if word in DAYTIMES:
            rest = _drop(words, word)
            if clock is None:
                return DAYTIMES[word], rest
            part = DAYTIMES[word]
            if part >= time(15) and clock.hour < 12:  # "abends um 7": 19:00
                return time(clock.hour + 12, clock.minute), rest
            if part < time(12) and 13 <= clock.hour <= 19:  # "morgens um 7": not 19:00
                return time(clock.hour - 12, clock.minute), rest
            return clock, rest
    return clock, words


def _hm(hour: int | None, minute: int) -> time | None:
    return time(hour, minute) if hour is not None and 0 <= hour < 24 and 0 <= minute < 60 else None


def _afternoon(hour: int | None, minute: int = 0) -> time | None:
    """A bare hour: 1 to 7 are in the afternoon, as business calls are ("um 3" is 15:00)."""
    if hour is None:
        return None
    return _hm(hour + 12 if 1 <= hour <= 7 else hour, minute)


def _ampm(hour: int, minute: int, half: str) -> time | None:
    if not 1 <= hour <= 12:
        return None
    return _hm(hour % 12 + (12 if half == "pm" else 0), minute)


def _day(words: str, today: date, past: bool = False) -> tuple[date | None, str]:
    """The day in `words` (a date, a weekday, today/tomorrow), and the words without it.
    `past`: a weekday or a date without a year is the most recent one, not the next."""
    found = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", words)
    if found:
        return _date(int(found[1]), int(found[2]), int(found[3])), _cut(words, found)
    found = re.search(r"\b(\d{1,2})\.(\d{1,2})\.(\d{2,4})?(?!\d)", words)
    if found:
        year = found[3] and int(found[3]) + (2000 if len(found[3]) == 2 else 0)
        return _ahead(today, int(found[2]), int(found[1]), year, past), _cut(words, found)
    months = "|".join(sorted(MONTHS, key=len, reverse=True))
    found = re.search(
        rf"\b(\d{{1,2}})(?:\.|st|nd|rd|th)? (?:of )?({months})\.?(?: (\d{{4}}))?\b", words
    )
    found = found or re.search(
        rf"\b({months})\.? (\d{{1,2}})(?:st|nd|rd|th)?(?: (\d{{4}}))?\b", words
    )
    if found:
        day, month = (found[1], found[2]) if found[1][0].isdigit() else (found[2], found[1])
        year = int(found[3]) if found[3] else None
        return _ahead(today, MONTHS[month], int(day), year, past), _cut(words, found)
    for phrase, days in (("day after tomorrow", 2), ("day before yesterday", -2)):
        if phrase in words:
            return today + timedelta(days=days), words.replace(phrase, " ")
    for word in words.split():
        if word in RELATIVE_DAYS:
            return today + timedelta(days=RELATIVE_DAYS[word]), _drop(words, word)
        if word.rstrip(".") in WEEKDAYS:
            weekday = WEEKDAYS[word.rstrip(".")]
            if past:  # the most recent one, today included; "letzten Montag": before today
                strictly = any(w in LAST for w in words.split())
                back = (today.weekday() - weekday - (1 if strictly else 0)) % 7 + strictly
                return today - timedelta(days=back), _drop(words, word)
            ahead = (weekday - today.weekday() - 1) % 7 + 1
            return today + timedelta(days=ahead), _drop(words, word)
    return None, words


def _ahead(today: date, month: int, day: int, year: int | None, past: bool = False) -> date | None:
    """A date without a year is the next one to come (on 30 December, "2.1." is January);
    looking back, the most recent one (on 3 January, "30.12." is last December)."""
    if year is not None:
        return _date(year, month, day)
    candidate = _date(today.year, month, day)
    if past and candidate is not None and candidate > today:
        return _date(today.year - 1, month, day)
    if not past and candidate is not None and candidate < today:
        candidate = _date(today.year + 1, month, day)
    return candidate


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _cut(words: str, found: re.Match) -> str:
    return words[: found.start()] + " " + words[found.end() :]


def _drop(words: str, word: str) -> str:
    return " ".join(w for w in words.split() if w != word)


def _local(day: date | None, clock: time | None, now: datetime) -> datetime | None:
    """`day` at `clock` in `now`'s zone; a time a clock change skips moves forward by the gap."""
    if day is None or clock is None:
        return None
    # Through UTC: a skipped time (2:30 when clocks spring forward) becomes 3:30; a repeated
    # one (autumn) is its first occurrence.
    wall = datetime.combine(day, clock, tzinfo=now.tzinfo)
    return wall.astimezone(UTC).astimezone(now.tzinfo)
