"""The daily check-in's path: which hours question follows, and the two typed answers.

    hours (client 1 … n) ─▶ energy ─▶ stress ─▶ NOTE (typed, or "No note") ─▶ DONE
      │ "Other…"
      ▼
    HOURS (typed) ─▶ BUTTONS: the next client's hours, or the energy question

The check-in's buttons carry their day and need no conversation (bot/flows/workload/checkin.py);
only the typed answers are steps of a flow, `answers.step` saying which one is awaited.

Pure: no Telegram, no database. Typed hours are parsed and a note is checked before they get
here (the readers in bot/flows/workload/checkin_typed.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from bot.coach.given import Given

DAY_OFF = -1  # the "Day off" button's client: nothing for anyone that day
WHOLE_DAY = 0  # hours of the whole day, for a VA without clients


class Step(IntEnum):
    HOURS = 1  # typed hours, after "Other…"
    NOTE = 2  # the day's note, typed
    BUTTONS = 3  # the typed hours are in: on with the buttons
    DONE = 4  # the note is in: the day's summary


@dataclass
class CheckinAnswers:
    """Which typed answer is awaited, and for which day and client; kept in the user's flow
    data until it is given."""

    step: int = Step.HOURS
    day: int = 0  # the day's ordinal (0: today)
    client: int = WHOLE_DAY  # whose hours are typed
    minutes: int | None = None  # the typed hours, once read
    note: str | None = None  # the typed note, once read (None: no note)


def advance(answers: CheckinAnswers, step: Step, given: Given, language: str = "en") -> Step:
    """Note the typed answer to `step`; return what follows."""
    if step == Step.HOURS:
        answers.minutes = given.value
        return Step.BUTTONS
    answers.note = None if given.value == "skip" else given.text
    return Step.DONE


def next_question(client_ids: list[int], client: int) -> int:
    """After the hours of `client`, the next client's hours question (its index); after the
    last client's, the day off or the whole day's: len(client_ids), the energy question."""
    if client > 0 and client in client_ids:
        return client_ids.index(client) + 1
    return len(client_ids)


def day_after(minutes: dict[int | None, int], client: int, value: int) -> dict[int | None, int]:
    """The day's minutes per client (None: no client) once `value` is stored for `client`;
    a day off leaves nothing else."""
    if client == DAY_OFF:
        return {None: 0}
    return {**minutes, client or None: value}
