"""Dates typed by the VA, read in either language (pure: no Telegram, no database)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

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
