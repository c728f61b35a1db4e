"""Parsing and validating the answers of onboarding and settings.

Each parser returns a value or raises InvalidAnswer with a reason code; the flow turns the code
into a friendly, specific message in the user's language.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import time
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

MAX_DISPLAY_NAME = 40
MAX_CLIENT_NAME = 60
MIN_CAPACITY, MAX_CAPACITY = 1, 100
# Texts longer than this are not answers to a short question; said so before anything else.
MAX_ANSWER = 200


class InvalidAnswer(ValueError):
    def __init__(self, reason: str, **details: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.details = details


def _has_word_character(text: str) -> bool:
    return any(unicodedata.category(char)[0] in "LN" for char in text)


def clean_name(text: str, limit: int) -> str:
    """A person's or company's name: trimmed, single-spaced, with at least one letter or digit."""
    if len(text) > MAX_ANSWER and limit < MAX_ANSWER:
        raise InvalidAnswer("name_too_long", limit=limit)
    name = " ".join(text.split())
    if not name or not _has_word_character(name):
        raise InvalidAnswer("name_no_letters")
    if len(name) > limit:
        raise InvalidAnswer("name_too_long", limit=limit)
    if any(unicodedata.category(char) == "Cc" for char in name):
        raise InvalidAnswer("name_no_letters")
    return name


def parse_display_name(text: str) -> str:
    return clean_name(text, MAX_DISPLAY_NAME)


def parse_client_name(text: str, existing: list[str] | tuple[str, ...] = ()) -> str:
    name = clean_name(text, MAX_CLIENT_NAME)
    if name.casefold() in {other.casefold() for other in existing}:
        raise InvalidAnswer("client_exists", name=name)
    return name


_TIME = re.compile(r"^(\d{1,2})(?:[:.h ](\d{2}))?\s*(am|pm|uhr|h)?$", re.IGNORECASE)


def parse_checkin_time(text: str) -> time:
    """'17:30', '17.30', '1730'-less forms like '17', '5pm', '5:30 pm', '18 Uhr'."""
    cleaned = text.strip().lower().replace("\u202f", " ")
    if len(cleaned) > 20:
        raise InvalidAnswer("time_format")
    match = _TIME.match(cleaned)
    if not match:
        raise InvalidAnswer("time_format")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    suffix = (match.group(3) or "").lower()
    if suffix in ("am", "pm"):
        if not 1 <= hour <= 12:
            raise InvalidAnswer("time_range")
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    if hour > 23 or minute > 59:
        raise InvalidAnswer("time_range")
    return time(hour, minute)


def format_hhmm(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def parse_hhmm(value: str) -> time:
    hour, minute = value.split(":")
    return time(int(hour), int(minute))


_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


def parse_capacity(text: str) -> int:
    """Weekly hours: a whole number from 1 to 100 ('37,5' rounds to 38)."""
    cleaned = text.strip().lower().removesuffix("h").removesuffix("stunden").strip()
    if not _NUMBER.match(cleaned):
        raise InvalidAnswer("capacity_format")
    hours = float(cleaned.replace(",", "."))
    if hours < MIN_CAPACITY:
        raise InvalidAnswer("capacity_low")
    if hours > MAX_CAPACITY:
        raise InvalidAnswer("capacity_high", hours=round(hours))
    return round(hours)


@cache
def _zones_by_city() -> dict[str, str]:
    """'berlin' -> 'Europe/Berlin', 'new york' -> 'America/New_York' for every IANA zone."""
    zones: dict[str, str] = {}
    for zone in sorted(available_timezones()):
        if "/" not in zone or zone.startswith(("Etc/", "SystemV/", "posix/", "right/")):
            continue
        city = zone.rsplit("/", 1)[-1].replace("_", " ").casefold()
        zones.setdefault(city, zone)
    return zones


@cache
def _zones_by_lower_name() -> dict[str, str]:
    return {zone.casefold(): zone for zone in available_timezones()}


@dataclass(frozen=True)
class TimezoneAliases:
    """City names in the user's language that IANA does not use ('Wien', 'München')."""

    names: dict[str, str]

    def lookup(self, text: str) -> str | None:
        return self.names.get(text.casefold())


def resolve_timezone(text: str, aliases: TimezoneAliases | None = None) -> str:
    """An IANA name ('Europe/Berlin', any case) or a city ('Berlin', 'New York', 'Wien')."""
    cleaned = " ".join(text.strip().split())
    if not cleaned or len(cleaned) > 64:
        raise InvalidAnswer("timezone_unknown")
    key = cleaned.casefold()
    zone = _zones_by_lower_name().get(key.replace(" ", "_"))
    if zone is None and aliases is not None:
        zone = aliases.lookup(cleaned)
    if zone is None:
        zone = _zones_by_city().get(key.replace("_", " "))
    if zone is None:
        raise InvalidAnswer("timezone_unknown")
    try:
        ZoneInfo(zone)
    except ZoneInfoNotFoundError as exc:
        raise InvalidAnswer("timezone_unknown") from exc
    return zone


@cache
def _finder():
    from timezonefinder import TimezoneFinder

    return TimezoneFinder(in_memory=True)


def timezone_at(latitude: float, longitude: float) -> str:
    """The IANA zone at a shared location, looked up offline."""
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise InvalidAnswer("location_unknown")
    zone = _finder().timezone_at(lng=longitude, lat=latitude)
    if not zone:
        raise InvalidAnswer("location_unknown")
    return zone
