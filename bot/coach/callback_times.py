"""Call-back times a tap away, and the one-tap corrections of a typed one (/calllog).

Pure: local, time-zone-aware datetimes in, the same out. A button carries its moment as
`YYYYMMDDHHMM` in the VA's local time (a button's data is short and plain, see
bot/ui/callbacks.py); `moment_of` reads it back and refuses anything else.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from bot.coach.dates import is_working_day, next_working_day
from bot.coach.playbook import MAX_CALLBACK_DAYS
from bot.coach.profile import InvalidAnswer

TODAY_HOURS = (11, 14, 16)  # common call-back times later today
NEXT_DAY_HOURS = (9, 14)  # and on the next working day
LEAD = timedelta(minutes=30)  # a time sooner than this is no longer worth offering
STAMP = "%Y%m%d%H%M"
SHIFTS = {"day-": -1, "day+": 1, "week+": 7}  # correction button value -> days


def checked(local: datetime, now: datetime) -> datetime:
    """`local` if it is a usable call-back time: in the future, within a year (the rule
    bot/coach/playbook.py:parse_callback applies to a typed one). A button pressed late can
    carry a time that has passed meanwhile."""
    if local <= now:
        raise InvalidAnswer("callback_past")
    if local - now > timedelta(days=MAX_CALLBACK_DAYS):
        raise InvalidAnswer("callback_far")
    return local


def quick_times(now: datetime, country: str = "DE") -> tuple[list[datetime], list[datetime]]:
    """Today's common times still ahead (at most two, on a working day), and the next working
    day's: weekends and the public holidays of the VA's country are skipped (bot/coach/dates.py)."""
    zone = now.tzinfo

    def at(day: date, hour: int) -> datetime:
        return datetime.combine(day, time(hour), tzinfo=zone)

    today = [at(now.date(), hour) for hour in TODAY_HOURS if at(now.date(), hour) >= now + LEAD]
    if not is_working_day(now.date(), country):
        today = []  # a business call back is not agreed for a Saturday afternoon or Christmas
    following = next_working_day(now.date() + timedelta(days=1), country)
    return today[:2], [at(following, hour) for hour in NEXT_DAY_HOURS]


def stamp(local: datetime) -> str:
    return local.strftime(STAMP)


def moment_of(value: str, zone: tzinfo) -> datetime | None:
    """A time button's moment in `zone`; None for anything a button of ours cannot carry."""
    if len(value) != len(stamp(datetime(2000, 1, 1))) or not value.isdigit():
        return None
    try:
        return datetime.strptime(value, STAMP).replace(tzinfo=zone)
    except ValueError:
        return None


def shifted(local: datetime, days: int, zone: tzinfo) -> datetime:
    """The same local clock time `days` later (or earlier), also across a clock change."""
    wall = local.astimezone(zone)
    return datetime.combine(wall.date() + timedelta(days=days), wall.time(), tzinfo=zone)
