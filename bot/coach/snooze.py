"""When a snoozed check-in comes back: "in 1 h", "tonight", or a time typed the way bot/coach/when.py
reads it ("in 2 Stunden", "heute Abend", "um 20 Uhr"). Pure: local, aware datetimes in, out.

    button "in 1 h"   ─▶ now + 1 h
    button "tonight"  ─▶ 20:00 today; from 19:00 on (too close to be "tonight") now + 1 h
    typed             ─▶ read_when(text, now), if 5 minutes to 18 hours ahead, else refused
                         ("tonight", "heute Abend" with no clock time: the button's 20:00)
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Literal

from bot.coach.when import DAYTIMES, read_when

Choice = Literal["hour", "evening"]
EVENING = time(20)
EVENING_WORDS = {word for word, moment in DAYTIMES.items() if moment >= time(18)}  # "abends"
SOONEST = timedelta(minutes=5)
LATEST = timedelta(hours=18)  # the next morning at the latest: a check-in is about one day


def snooze_until(choice: Choice, now: datetime) -> datetime:
    """When a snooze button brings the check-in back (`now` local and aware)."""
    in_an_hour = _minute((now.astimezone(UTC) + timedelta(hours=1)).astimezone(now.tzinfo))
    if choice == "evening":
        evening = now.replace(hour=EVENING.hour, minute=0, second=0, microsecond=0)
        if evening - now >= timedelta(hours=1):
            return evening
    return in_an_hour


def read_snooze(text: str, now: datetime) -> datetime | None:
    """The moment a typed snooze names, or None when the text names none. "tonight" or "heute
    Abend" without a clock time is the "⏰ Tonight" button's moment (bot/coach/when.py would
    read 19:00 and 18:00, right for an agreed call, not for "ask me tonight")."""
    moment = read_when(text, now)
    words = set(text.casefold().split())
    if moment is not None and words & EVENING_WORDS and not any(c.isdigit() for c in text):
        return snooze_until("evening", now)
    return moment


def acceptable(moment: datetime, now: datetime) -> bool:
    """A snooze to a moment this close or this far is more likely a misreading."""
    return SOONEST <= moment - now <= LATEST


def _minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)
