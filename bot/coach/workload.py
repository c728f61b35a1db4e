"""Hours, limits and warnings: pure logic over plain data (no Telegram, no database).

Sources of the limits (also cited in the content that explains them):
- WHO/ILO joint estimate (Pega et al., Environment International, 2021): 55 hours or more a week.
- EU Working Time Directive 2003/88/EC: at most 48 hours a week on average; a weekly rest period.
- German Arbeitszeitgesetz: 8 hours a day, at most 10.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from bot.coach.profile import InvalidAnswer

MAX_DAY_MINUTES = 24 * 60
MAX_NOTE = 1000
WHO_HOURS = 55
EU_HOURS = 48
LONG_DAY_HOURS = 10
STREAK_DAYS = 7
LOW_ENERGY = 2
LOW_ENERGY_DAYS = 3
RULE_COOLDOWN = timedelta(days=7)
# Highest first: only the most important warning of a day is sent.
RULES = ("who55", "long_day", "eu48", "streak7", "capacity", "energy_low", "stress_rising")

_HOURS = re.compile(
    r"^(?P<sign>[+-])?\s*(?P<whole>\d{1,4})(?:[.,](?P<frac>\d{1,2}))?\s*"
    r"(?:(?:h|std|stunden?|hours?|hrs?)\.?)?$"
)
_HOURS_MINUTES = re.compile(
    r"^(?P<sign>[+-])?\s*(?P<h>\d{1,2})(?::|h\s*)(?P<m>\d{2})\s*"
    r"(?:min|m|h|std|stunden?|hours?|hrs?)?\.?$"
)
_MINUTES = re.compile(r"^(?P<sign>[+-])?\s*(?P<m>\d{1,4})\s*(?:m|min|mins|minutes?|minuten)\.?$")


def parse_hours(text: str, allow_add: bool = False) -> tuple[int, bool]:
    """'8', '8.5', '8,5', '8h', '7 Std', '2:30', '1:30 h', '2h30', '45 min' -> (minutes, added).

    `added` is True for '+3' where `allow_add` (/log adds to what is there)."""
    cleaned = " ".join(text.strip().lower().split())
    if len(cleaned) > 20:
        raise InvalidAnswer("hours_format")
    match = _HOURS_MINUTES.match(cleaned)
    if minutes_only := _MINUTES.match(cleaned):
        minutes, sign = int(minutes_only["m"]), minutes_only["sign"]
    elif match:
        if int(match["m"]) >= 60:
            raise InvalidAnswer("hours_format")
        minutes, sign = int(match["h"]) * 60 + int(match["m"]), match["sign"]
    else:
        match = _HOURS.match(cleaned)
        if not match:
            raise InvalidAnswer("hours_format")
        frac = match["frac"] or "0"
        minutes = round((int(match["whole"]) + int(frac) / 10 ** len(frac)) * 60)
        sign = match["sign"]
    if sign == "-":
        raise InvalidAnswer("hours_negative")
    if minutes > MAX_DAY_MINUTES:
        raise InvalidAnswer("hours_too_many")
    return minutes, bool(sign == "+" and allow_add)


def check_day_total(minutes: int) -> None:
    if minutes > MAX_DAY_MINUTES:
        raise InvalidAnswer("day_over_24")


def clean_note(text: str) -> str:
    note = text.strip()
    if len(note) > MAX_NOTE:
        raise InvalidAnswer("note_too_long", limit=MAX_NOTE, length=len(note))
    return note


def hours(minutes: int) -> float:
    return round(minutes / 60, 2)


def hours_for_people(minutes: float) -> float:
    """Hours in reports and warnings, to a tenth (six minutes): 12.5 h, never 141.714 h."""
    return round(minutes / 60 + 1e-9, 1)


# --- the days a warning looks at ------------------------------------------------------------------
@dataclass
class Day:
    day: date
    minutes: int | None = None  # None: nothing logged
    energy: int | None = None
    stress: int | None = None
    per_client: dict[int | None, int] = field(default_factory=dict)

    @property
    def worked(self) -> bool:
        return bool(self.minutes)


@dataclass(frozen=True)
class Warning:
    rule: str
    since: date
    value: float  # hours, days or points, depending on the rule
    limit: float
    top_client: int | None = None
    actions: tuple[str, ...] = ()


def _get(days: dict[date, Day], day: date) -> Day:
    return days.get(day) or Day(day)


def rolling(days: dict[date, Day], end: date, length: int = 7) -> int:
    return sum(_get(days, end - timedelta(days=i)).minutes or 0 for i in range(length))


def _over_since(
    days: dict[date, Day], today: date, limit_minutes: float, strict: bool
) -> date | None:
    """The first day of the current run of days whose last-7-days total is over the limit."""

    def over(day: date) -> bool:
        total = rolling(days, day)
        return total > limit_minutes if strict else total >= limit_minutes

    if not over(today):
        return None
    since = today
    for back in range(1, 60):
        if not over(today - timedelta(days=back)):
            break
        since = today - timedelta(days=back)
    return since


def top_client(days: dict[date, Day], today: date) -> int | None:
    totals: dict[int, int] = {}
    for back in range(7):
        for client, minutes in _get(days, today - timedelta(days=back)).per_client.items():
            if client is not None:
                totals[client] = totals.get(client, 0) + minutes
    return max(totals, key=lambda c: (totals[c], -c)) if totals else None


def candidates(days: dict[date, Day], today: date, capacity_hours: int) -> list[Warning]:
    """Every line crossed as of `today`, most important first."""
    found: list[Warning] = []
    top = top_client(days, today)
    hours_actions = ("sayno", "dayoff") if top is not None else ("boundaries", "dayoff")
    week = rolling(days, today) / 60
    since = _over_since(days, today, WHO_HOURS * 60, strict=False)
    if since:
        found.append(Warning("who55", since, week, WHO_HOURS, top, hours_actions))
    for back in range(2):  # today's, or last night's late answer
        day = _get(days, today - timedelta(days=back))
        if (day.minutes or 0) > LONG_DAY_HOURS * 60:
            found.append(
                Warning("long_day", day.day, day.minutes / 60, LONG_DAY_HOURS, top, hours_actions)
            )
            break
    since = _over_since(days, today, EU_HOURS * 60, strict=True)
    if since:
        found.append(Warning("eu48", since, week, EU_HOURS, top, hours_actions))
    streak = 0
    while _get(days, today - timedelta(days=streak)).worked:
        streak += 1
    if streak >= STREAK_DAYS:
        found.append(
            Warning(
                "streak7",
                today - timedelta(days=streak - 1),
                streak,
                STREAK_DAYS,
                top,
                ("dayoff", "boundaries"),
            )
        )
    monday = today - timedelta(days=today.weekday())
    running, crossed = 0, None
    for offset in range((today - monday).days + 1):
        running += _get(days, monday + timedelta(days=offset)).minutes or 0
        if crossed is None and running > capacity_hours * 60:
            crossed = monday + timedelta(days=offset)
    if crossed is not None:
        found.append(Warning("capacity", crossed, running / 60, capacity_hours, top, hours_actions))
    low = [d for d in _logged(days, today, "energy")][-LOW_ENERGY_DAYS:]
    if (
        len(low) == LOW_ENERGY_DAYS
        and all(d.energy <= LOW_ENERGY for d in low)
        and (low[-1].day - low[0].day).days == LOW_ENERGY_DAYS - 1
    ):
        found.append(
            Warning(
                "energy_low", low[0].day, low[-1].energy, LOW_ENERGY, top, ("dayoff", "boundaries")
            )
        )
    rising = stress_trend(days, today)
    if rising is not None:
        found.append(
            Warning("stress_rising", rising[0], rising[2], rising[1], top, ("boundaries", "dayoff"))
        )
    return found


def _logged(days: dict[date, Day], today: date, attribute: str, span: int = 7) -> list[Day]:
    window = [_get(days, today - timedelta(days=back)) for back in range(span - 1, -1, -1)]
    return [d for d in window if getattr(d, attribute) is not None]


def stress_trend(days: dict[date, Day], today: date) -> tuple[date, int, int] | None:
    """(first day, first value, last value) when stress rose over the last week: at least four
    answers, a least-squares slope of 0.2 points a day or more, up by two or more points."""
    points = _logged(days, today, "stress")
    if len(points) < 4:
        return None
    xs = [(d.day - points[0].day).days for d in points]
    ys = [d.stress for d in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
    if slope >= 0.2 and ys[-1] - ys[0] >= 2:
        return points[0].day, ys[0], ys[-1]
    return None


def pick_warning(
    days: dict[date, Day],
    today: date,
    capacity_hours: int,
    last_fired: dict[str, date],
) -> Warning | None:
    """The most important warning whose rule has not fired in the last week, or None."""
    for warning in candidates(days, today, capacity_hours):
        fired = last_fired.get(warning.rule)
        if fired is not None and today - fired < RULE_COOLDOWN:
            continue
        return warning
    return None


# --- summaries ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Summary:
    start: date
    end: date
    total_minutes: int
    per_client: list[tuple[int | None, int]]
    longest: tuple[date, int] | None
    days_off: int | None  # None: no day of the period since the user joined is over yet
    previous_minutes: int | None  # None: the period before began before the user joined
    average_energy: float | None
    average_stress: float | None

    @property
    def trend_minutes(self) -> int | None:
        if self.previous_minutes is None:
            return None
        return self.total_minutes - self.previous_minutes


def summarize(
    days: dict[date, Day], start: date, end: date, today: date, joined: date | None = None
) -> Summary:
    """The period from `start` to `end` as of `today`. Days before `joined` (the user's first
    day with the bot) are no days off, and a period before it is no trend to compare with."""
    length = (end - start).days + 1
    span = [start + timedelta(days=i) for i in range(length) if start + timedelta(days=i) <= today]
    # Today counts once something is logged for it: a day still under way is no day off yet.
    known = [d for d in span if (joined is None or d >= joined) and (d < today or d in days)]
    per_client: dict[int | None, int] = {}
    longest: tuple[date, int] | None = None
    for day in span:
        entry = _get(days, day)
        for client, minutes in entry.per_client.items():
            per_client[client] = per_client.get(client, 0) + minutes
        if entry.minutes and (longest is None or entry.minutes > longest[1]):
            longest = (day, entry.minutes)
    previous_start = start - timedelta(days=length)
    previous = (
        sum(_get(days, start - timedelta(days=i)).minutes or 0 for i in range(1, length + 1))
        if joined is None or previous_start >= joined
        else None
    )
    energies = [d.energy for d in (_get(days, x) for x in span) if d.energy is not None]
    stresses = [d.stress for d in (_get(days, x) for x in span) if d.stress is not None]
    return Summary(
        start=start,
        end=end,
        total_minutes=sum(_get(days, d).minutes or 0 for d in span),
        per_client=sorted(((c, m) for c, m in per_client.items() if m), key=lambda item: -item[1]),
        longest=longest,
        days_off=sum(1 for d in known if not _get(days, d).worked) if known else None,
        previous_minutes=previous,
        average_energy=round(sum(energies) / len(energies), 1) if energies else None,
        average_stress=round(sum(stresses) / len(stresses), 1) if stresses else None,
    )
