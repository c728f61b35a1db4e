"""When a snoozed check-in comes back: "in 1 h", "tonight", "later", or a time typed the way
bot/coach/when.py reads it ("in 2 Stunden", "heute Abend", "um 20 Uhr"). Pure: local, aware
datetimes in, out.

    button "in 1 h"   ─▶ now + 1 h                   ("später", "later", "nachher" too)
    button "tonight"  ─▶ 20:00 today; from 19:00 on (too close to be "tonight") now + 1 h
    typed             ─▶ read_when(text, now), if 5 minutes to 18 hours ahead, else refused
                         ("tonight", "heute Abend" with no clock time: the button's 20:00;
                         a bare "um 8", "halb neun": the next 8 or 8:30 within 12 hours)

At the hours question a clock time and hours can look alike: "20:00" (H:MM from 13 on) is
a time, never 20 hours worked (`clock_only`); "20" may be either (`clock_alternative`).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta
from typing import Literal

from bot.coach.when import DAYTIMES, read_when

Choice = Literal["hour", "evening"]
EVENING = time(20)
EVENING_WORDS = {word for word, moment in DAYTIMES.items() if moment >= time(18)}  # "abends"
LATER_WORDS = {"later", "später", "spaeter", "nachher"}  # as the "⏰ In 1 hour" button
POLITE = {"bitte", "please", "ask", "me", "frag", "mich", "etwas", "a", "bit", "little"}
SOONEST = timedelta(minutes=5)
LATEST = timedelta(hours=18)  # the next morning at the latest: a check-in is about one day

# A clock time that names no half of the day ("um 8", "8:30 Uhr", "halb neun", "at 8"): the VA
# means the next one. when.py reads a bare 8 as 08:00, right for a call agreed in the day, not
# for "ask me at 8" said at 18:30. "08:30" (leading zero), "20 Uhr", "8 pm": no doubt left.
_TWELVE_HOUR = re.compile(
    r"(?:(?:heute|today) )?(?:(?:um|at|gegen|around|ab) )?"
    r"(?:(?:[1-9]|1[0-2])(?:[:.][0-5]\d)?(?: ?(?:uhr|h|o'?clock))?"
    r"|(?:halb|viertel nach|viertel vor) \w+)"
)
_CLOCK_ONLY = re.compile(r"(1[3-9]|2[0-3])[:.]([0-5]\d)(?: ?uhr)?")  # "20:00", "13.30 Uhr"
_WHOLE_HOUR = re.compile(r"(1[3-9]|2[0-3])(?: ?h)?")  # "20", "20h": 20 hours, or 20:00?


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
    cleaned = _clean(text)
    words = set(cleaned.split())
    if words & LATER_WORDS and words <= LATER_WORDS | POLITE:
        return snooze_until("hour", now)
    moment = read_when(text, now)
    if moment is not None and words & EVENING_WORDS and not any(c.isdigit() for c in text):
        return snooze_until("evening", now)
    if moment is not None and _TWELVE_HOUR.fullmatch(cleaned):
        half = time(moment.hour % 12, moment.minute)
        later_half = time(moment.hour % 12 + 12, moment.minute)
        return min(next_at(half, now), next_at(later_half, now))
    return moment


def clock_only(text: str) -> bool:
    """ "20:00", "13.30": a clock time (from 13 on), never hours worked."""
    return _CLOCK_ONLY.fullmatch(_clean(text)) is not None


def clock_alternative(text: str, now: datetime) -> datetime | None:
    """The next moment "20", "20h", "20:00" or "13.30" would name read as a clock time, or None
    when the text cannot be one."""
    cleaned = _clean(text)
    if found := _CLOCK_ONLY.fullmatch(cleaned):
        return next_at(time(int(found[1]), int(found[2])), now)
    if found := _WHOLE_HOUR.fullmatch(cleaned):
        return next_at(time(int(found[1])), now)
    return None


def next_at(clock: time, now: datetime) -> datetime:
    """The next time the local clock shows `clock` (today or tomorrow); a time a clock change
    skips moves forward by the gap."""
    for day in (now.date(), now.date() + timedelta(days=1)):
        wall = datetime.combine(day, clock, tzinfo=now.tzinfo)
        moment = wall.astimezone(UTC).astimezone(now.tzinfo)
        if moment > now:
            return moment
    return moment


def acceptable(moment: datetime, now: datetime) -> bool:
    """A snooze to a moment this close or this far is more likely a misreading."""
    return SOONEST <= moment - now <= LATEST


def _clean(text: str) -> str:
    return " ".join(text.casefold().strip().rstrip(".!?").split())


def _minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)
