"""Dates typed by the VA, read in either language (pure: no Telegram, no database)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from bot.coach.when import read_when
from bot.i18n import LANGUAGES


def parse_date(text: str, language: str, today: date) -> date | None:
    """A typed date in either language, in the future ("15.1.", "next Friday", "morgen").

    bot/coach/when.py reads it first (the same reader as the call log's times); dateparser
    then tries what that one does not know ("Ende März", "in two weeks' time")."""
    moment = read_when(text, datetime.combine(today, time(0, 0), tzinfo=UTC))
    if moment is not None:
        return moment.date() if moment.date() > today else None
    import dateparser  # imported on use: it takes a moment to load

    parsed = dateparser.parse(
        text,
        languages=[language, *(other for other in LANGUAGES if other != language)],
        settings={
            "PREFER_DATES_FROM": "future",
            "RELATIVE_BASE": datetime.combine(today, datetime.min.time()),
            "DATE_ORDER": "DMY",
        },
    )
    if parsed is None or parsed.date() <= today:
        return None
    return parsed.date()


# --- working days: suggested dates skip weekends and public holidays -----------------------------
# Nationwide public holidays only (regional ones differ by state or county); computed here so no
# yearly data file goes stale. The country follows the user's time zone (bot/coach/country.py).
COUNTRY_OF_LANGUAGE = {"de": "DE", "en": "GB"}


def country_of(zone: str | None, language: str) -> str:
    from bot.coach.country import country_of as zone_country

    return zone_country(zone) or COUNTRY_OF_LANGUAGE.get(language, "DE")


def easter(year: int) -> date:
    """Easter Sunday (Gregorian calendar; the anonymous algorithm, "Meeus/Jones/Butcher")."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_monday(year: int, month: int, n: int) -> date:
    """The n-th Monday of a month; n = -1 is the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(7 - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=last.weekday())


def _substitutes(days: list[date]) -> set[date]:
    """UK and Irish rule: a holiday on a weekend moves to the next free weekday."""
    taken: set[date] = set()
    for day in sorted(days):
        while day.weekday() >= 5 or day in taken:
            day += timedelta(days=1)
        taken.add(day)
    return taken


def public_holidays(year: int, country: str) -> set[date]:
    e = easter(year)
    if country in ("GB", "IE"):
        fixed = [date(year, 1, 1), date(year, 12, 25), date(year, 12, 26)]
        if country == "IE":
            february = date(year, 2, 1)  # St Brigid's Day: 1 February if a Friday, else 1st Monday
            brigid = february if february.weekday() == 4 else _nth_monday(year, 2, 1)
            moving = {brigid, e + timedelta(days=1), _nth_monday(year, 5, 1)}
            moving |= {_nth_monday(year, 6, 1), _nth_monday(year, 8, 1), _nth_monday(year, 10, -1)}
            return _substitutes([*fixed, date(year, 3, 17)]) | moving
        moving = {e - timedelta(days=2), e + timedelta(days=1), _nth_monday(year, 5, 1)}
        moving |= {_nth_monday(year, 5, -1), _nth_monday(year, 8, -1)}
        return _substitutes(fixed) | moving
    days = {date(year, 1, 1), date(year, 12, 25), date(year, 12, 26)}
    days |= {e + timedelta(days=1), e + timedelta(days=39), e + timedelta(days=50)}
    if country == "AT":
        days |= {date(year, 1, 6), date(year, 5, 1), e + timedelta(days=60)}
        days |= {date(year, 8, 15), date(year, 10, 26), date(year, 11, 1), date(year, 12, 8)}
    elif country == "CH":
        days |= {date(year, 8, 1), e - timedelta(days=2)}
    else:  # DE
        days |= {e - timedelta(days=2), date(year, 5, 1), date(year, 10, 3)}
    return days


def is_working_day(day: date, country: str) -> bool:
    return day.weekday() < 5 and day not in public_holidays(day.year, country)


def next_working_day(day: date, country: str, avoid: frozenset[date] = frozenset()) -> date:
    """`day` itself if it is a working day the client did not ask for, else the next one."""
    while not is_working_day(day, country) or day in avoid:
        day += timedelta(days=1)
    return day


def suggested_dates(today: date, country: str, avoid: frozenset[date] = frozenset()) -> list[date]:
    """A later date to offer: next week's first working day, one a week after, and the first
    working day of next month; never a weekend, a public holiday or the day the client asked for."""
    monday = today + timedelta(days=(7 - today.weekday()) or 7)
    first = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
    days = {next_working_day(day, country, avoid) for day in (monday, monday + timedelta(7), first)}
    while len(days) < 3:  # two fell on the same day: one more a week after the last
        days.add(next_working_day(max(days) + timedelta(7), country, avoid))
    return sorted(days)


def asked_dates(request: str, language: str, today: date) -> frozenset[date]:
    """The days a request names ("am Samstag", "by 15 January"): never offered as "later"."""
    import re

    found = set()
    if re.search(NEXT_WEEK, request, re.IGNORECASE):  # "nächste Woche": that whole week
        monday = today + timedelta(days=7 - today.weekday())
        found |= {monday + timedelta(days=offset) for offset in range(5)}
    for match in re.finditer(DATE_WORDS, request, re.IGNORECASE):
        parsed = parse_date(match.group(0), language, today)
        if parsed is not None:
            found.add(parsed)
    return frozenset(found)


NEXT_WEEK = r"\b(?:nächste|kommende)n? woche\b|\b(?:next|the coming) week\b"
DATE_WORDS = (
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|übermorgen"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)\b"
    r"|\b\d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?"
    r"|\b\d{1,2}\.?\s(?:januar|jänner|februar|feber|märz|april|mai|juni|juli|august|september|oktober"
    r"|november|dezember|january|february|march|may|june|july|october|december)\b"
)
