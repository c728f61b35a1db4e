"""When the next check-in, weekly summary or self-check is due: local wall-clock rules -> UTC.

Pure functions over plain values. Local times are built from the user's IANA zone with
`zoneinfo`, so daylight-saving changes are handled by the zone data: 17:30 stays 17:30 local
across the switch. A time that does not exist on the switch day (02:30 in Europe/Berlin on the
last Sunday of March) moves forward by the gap; a time that exists twice (02:30 on the last
Sunday of October) is taken at its first occurrence.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

FALLBACK_ZONE = {"de": "Europe/Berlin"}  # a German user who skipped the question; else UTC
WEEKLY_SUMMARY_AT = time(18, 0)  # Sunday evening, local time
SELF_CHECK_EVERY = timedelta(days=14)
LOOKAHEAD_DAYS = 400


def zone_of(name: str | None, language: str = "en") -> ZoneInfo:
    for candidate in (name, FALLBACK_ZONE.get(language), "UTC"):
        if not candidate:
            continue
        try:
            return ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return ZoneInfo("UTC")


def parse_hhmm(value: str | None, default: time = time(17, 30)) -> time:
    try:
        hour, minute = (int(part) for part in (value or "").split(":", 1))
        return time(hour, minute)
    except ValueError:
        return default


def local_to_utc(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of wall-clock `at` on `day` in `zone` (gap: moved forward; fold: first)."""
    naive = datetime.combine(day, at)
    aware = naive.replace(tzinfo=zone, fold=0)
    instant = aware.astimezone(UTC)
    # In a gap, fold=0 maps with the offset before the switch: that is "forward by the gap".
    return instant


def local_day(instant: datetime, zone: ZoneInfo) -> date:
    return instant.astimezone(zone).date()


def parse_workdays(value: str | None) -> frozenset[int]:
    days = frozenset(int(char) for char in (value or "") if char in "1234567")
    return days or frozenset({1, 2, 3, 4, 5})


def next_checkin(
    after: datetime,
    zone: ZoneInfo,
    at: time,
    workdays: Iterable[int],
    paused_until: date | None = None,
    taken: Iterable[date] = (),
) -> tuple[date, datetime]:
    """The first work day whose check-in instant is after `after` (UTC), skipping paused days
    (up to and including `paused_until`) and days that already have a check-in (`taken`).

    Returns (local day, UTC due time)."""
    workdays = frozenset(workdays) or frozenset({1, 2, 3, 4, 5})
    taken = frozenset(taken)
    day = local_day(after, zone) - timedelta(days=1)
    for _ in range(LOOKAHEAD_DAYS):
        day += timedelta(days=1)
        if day.isoweekday() not in workdays or day in taken:
            continue
        if paused_until is not None and day <= paused_until:
            continue
        due = local_to_utc(day, at, zone)
        if due > after:
            return day, due
    raise ValueError("no check-in day within a year")  # unreachable with a non-empty workdays


def next_weekly_summary(after: datetime, zone: ZoneInfo) -> tuple[date, datetime]:
    """The next Sunday 18:00 local after `after`; the key is that Sunday."""
    day = local_day(after, zone)
    day += timedelta(days=(7 - day.isoweekday()) % 7)
    while True:
        due = local_to_utc(day, WEEKLY_SUMMARY_AT, zone)
        if due > after:
            return day, due
        day += timedelta(days=7)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())
