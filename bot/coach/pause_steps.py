"""The path of /pause without a day: its buttons are up, and a typed day answers them too.

    ASK (1, 2, 3 weeks, or a typed "bis 6. Januar" / "until 2 January") ─▶ DONE (paused)

An unreadable day asks again (bot/flows/workload/pause_flow.py reads it with when_day.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import IntEnum

from bot.coach.given import Given
from bot.coach.profile import InvalidAnswer
from bot.coach.when_day import read_day

MAX_PAUSE_DAYS = 366


class Step(IntEnum):
    ASK = 1  # how long, or until when
    DONE = 2  # check-ins are paused


@dataclass
class PauseAnswers:
    step: int = Step.ASK
    back: int = 0  # the ordinal of the day check-ins start again


def advance(answers: PauseAnswers, step: Step, given: Given, language: str = "en") -> Step:
    answers.back = given.value
    return Step.DONE


def read_until(text: str, today: date) -> date:
    """The day check-ins start again: "bis 6. Januar", "until 2 January", "for two weeks",
    "2 Wochen", "nächsten Montag". At most a year ahead."""
    day = read_day(text, today)
    if day is None:
        raise InvalidAnswer("pause_date")
    if day <= today:
        raise InvalidAnswer("pause_past")
    return min(day, today + timedelta(days=MAX_PAUSE_DAYS))
