"""Call playbooks and calls: the parts, what is missing, the card before a call, follow-up times
and the week's numbers. Pure functions over plain data (no telegram, no database).

The eight parts come from the "playbook, not a problem" article; `reason` (the honest
one-sentence reason for the call) comes first because the opening, the answer to "What is it
about?" and the voicemail all grow from it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.coach.profile import InvalidAnswer
from bot.coach.when import read_when

PARTS = (
    "reason",
    "best_time",
    "unreachable",
    "voicemail",
    "opening",
    "products",
    "exit",
    "data",
    "faq",
)
MAX_PART = 1500  # characters: a part is read at a glance during a call
TARGETS = ("business", "consumer")
OUTCOMES = (
    "appointment",
    "reached",
    "referred",
    "callback",
    "declined",
    "voicemail",
    "unreachable",
)
NOT_REACHED = frozenset({"voicemail", "unreachable"})
ALTERNATIVE_AFTER = 3  # unreachable attempts before the playbook's alternative is suggested
RETRY_DAYS = (1, 2, 3, 7)
MAX_CALLBACK_DAYS = 365


def clean_part(text: str) -> str:
    text = (text or "").strip()
    if not text:
        raise InvalidAnswer("empty")
    if len(text) > MAX_PART:
        raise InvalidAnswer("part_too_long", length=len(text), limit=MAX_PART)
    return text


def missing(parts: dict[str, str], target: str | None) -> list[str]:
    """Part keys still empty, in playbook order; "target" first when the group is unknown."""
    gaps = ["target"] if target not in TARGETS else []
    return gaps + [key for key in PARTS if not (parts.get(key) or "").strip()]


def checklist(text: str | None) -> list[str]:
    """The data part as items: one per line, or comma-separated on one line."""
    if not text:
        return []
    lines = [line.strip(" -•*\t") for line in text.splitlines()]
    lines = [line for line in lines if line]
    if len(lines) == 1 and "," in lines[0]:
        lines = [item.strip() for item in lines[0].split(",") if item.strip()]
    return lines


def open_questions(parts: dict[str, str]) -> list[str]:
    return [q for q in (parts.get("open_questions") or "").split("\n") if q.strip()]


def add_open_question(parts: dict[str, str], question: str) -> dict[str, str]:
    questions = [*open_questions(parts), clean_part(question).replace("\n", " ")]
    return {**parts, "open_questions": "\n".join(questions[-20:])}


# --- follow-ups ------------------------------------------------------------------------------------
def parse_callback(text: str, language: str, now_local: datetime) -> datetime:
    """A typed callback time in the VA's zone ("Dienstag um 11", "morgen früh", "in 2 hours"),
    read by bot/coach/when.py. Returns an aware local datetime in the future; raises
    InvalidAnswer("callback_format" | "callback_past" | "callback_far")."""
    local = read_when(text, now_local)
    if local is None:
        raise InvalidAnswer("callback_format")
    if local <= now_local:
        raise InvalidAnswer("callback_past")
    if local - now_local > timedelta(days=MAX_CALLBACK_DAYS):
        raise InvalidAnswer("callback_far")
    return local


def retry_at(called_at: datetime, zone: ZoneInfo, retry_days: int) -> datetime:
    """The next attempt after an unreachable call: `retry_days` later at the same local time,
    moved past the weekend. Returned in UTC."""
    local = called_at.astimezone(zone) + timedelta(days=max(1, retry_days))
    while local.weekday() >= 5:
        local += timedelta(days=1)
    return local.replace(tzinfo=None).replace(tzinfo=zone).astimezone(UTC)


# --- the week's numbers ----------------------------------------------------------------------------
@dataclass(frozen=True)
class CallStats:
    calls: int
    conversations: int  # the decision maker was reached
    referrals: int
    appointments: int
    declines: int  # every "no", counted as a step
    not_reached: int
    callbacks: int


def call_stats(outcomes: list[str]) -> CallStats:
    count = Counter(outcomes)
    return CallStats(
        calls=len(outcomes),
        conversations=count["reached"] + count["appointment"],
        referrals=count["referred"],
        appointments=count["appointment"],
        declines=count["declined"],
        not_reached=count["voicemail"] + count["unreachable"],
        callbacks=count["callback"],
    )


def calls_per_day(created: list[datetime], zone: ZoneInfo, days: list[date]) -> list[int]:
    """How many calls were logged on each local day of `days` (for the week's chart)."""
    count = Counter(moment.astimezone(zone).date() for moment in created)
    return [count.get(day, 0) for day in days]


_ABOUT = re.compile(
    r"worum geht|what is it about|what's it about|what is this about", re.IGNORECASE
)


def about_answer(parts: dict[str, str]) -> str | None:
    """The answer to "What is it about?": a matching FAQ line's answer, else the reason sentence."""
    for line in (parts.get("faq") or "").splitlines():
        if _ABOUT.search(line):
            answer = re.split(r"\?\s*(?:[–-]\s*)?|\s[–-]\s", line, maxsplit=1)
            if len(answer) == 2 and answer[1].strip():
                return answer[1].strip()
    return (parts.get("reason") or "").strip() or None
