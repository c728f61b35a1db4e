"""The user's country, for the help numbers that follow it (DOMAIN.md §9: by country, not by
language). Taken from the time zone the user chose; None when the zone names no country we
have numbers for, and then every country's numbers are shown."""

from __future__ import annotations

# Only countries the help cards know; a zone shared by several countries is left out on purpose.
COUNTRY_OF_ZONE = {
    "Europe/Berlin": "DE",
    "Europe/Busingen": "DE",
    "Europe/Vienna": "AT",
    "Europe/Zurich": "CH",
    "Europe/London": "GB",
    "Europe/Belfast": "GB",
    "GB": "GB",
    "Europe/Dublin": "IE",
    "Eire": "IE",
}


def country_of(timezone: str | None) -> str | None:
    return COUNTRY_OF_ZONE.get(timezone or "")
