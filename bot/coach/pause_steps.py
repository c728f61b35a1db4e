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
from bot.coach.when_day import SPAN_DAYS, SPAN_MONTHS, read_day

MAX_PAUSE_DAYS = 366
# Words that make the day typed the last day off ("Urlaub bis 6. Januar" includes the 6th);
# INCLUSIVE: those the day reader does not know ("einschließlich" casefolds to "ss").
INCLUSIVE = {"through", "thru", "einschliesslich", "inklusive", "inclusive", "included"}
UNTIL = {"bis", "until", "till", "til", *INCLUSIVE}
# What a VA may say around the day ("Urlaub bis 6. Januar", "on holiday until Monday").
AWAY = {"urlaub", "ferien", "holiday", "holidays", "vacation", "off"}
NEXT_WEEK = ({"nächste", "kommende"}, {"woche"}), ({"next"}, {"week"})


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
    """The day check-ins start again: "6. Januar", "for two weeks", "2 Wochen", "nächsten
    Montag". "bis 6. Januar", "until 2 January", "through Friday" name the last day off, as
    "Urlaub bis 6. Januar" does: check-ins start the day after. At most a year ahead."""
    words = [word for word in text.casefold().replace(",", " ").split() if word not in AWAY]
    named = read_day(" ".join(word for word in words if word not in INCLUSIVE), today)
    if named is None:
        raise InvalidAnswer("pause_date")
    # "bis nächste Woche", "until in two weeks": the end of a span is the day back already;
    # "through next week" takes the whole week.
    inclusive = any(word in UNTIL for word in words) and _names_a_day(words)
    back = named + timedelta(days=1) if inclusive else named
    if any(word in INCLUSIVE for word in words) and _is_next_week(words):
        back = named + timedelta(days=7)
    if back <= today:
        # "heute" is not gone by: today can be paused, but the day back is tomorrow at the
        # earliest ("bis heute" says so).
        raise InvalidAnswer("pause_today" if named == today else "pause_past")
    return min(back, today + timedelta(days=MAX_PAUSE_DAYS))


def _names_a_day(words: list[str]) -> bool:
    """Not a span that ends in "Woche(n)", "Tage(n)", "Monat(e)" ("bis in zwei Wochen")."""
    last = [word for word in words if word != "lang"][-1:]
    return not last or (last[0] not in SPAN_DAYS and last[0] not in SPAN_MONTHS)


def _is_next_week(words: list[str]) -> bool:
    return any(set(words) & this and set(words) & week for this, week in NEXT_WEEK)
