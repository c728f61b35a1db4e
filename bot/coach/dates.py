"""Dates typed by the VA, read in either language (pure: no Telegram, no database)."""

from __future__ import annotations

from datetime import date, datetime

from bot.i18n import LANGUAGES


def parse_date(text: str, language: str, today: date) -> date | None:
    """A typed date in either language, in the future ("15.1.", "next Friday", "morgen")."""
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
