"""The daily check-in's path: which hours question follows, and the two typed answers.

    hours (client 1 … n) ─▶ energy ─▶ stress ─▶ NOTE (typed, or "No note") ─▶ DONE
      │ "Other…"
      ▼
    HOURS (typed) ─▶ BUTTONS: the next client's hours, or the energy question

The check-in's buttons carry their day and need no conversation (bot/flows/workload/checkin.py);
only the typed answers are steps of a flow, `answers.step` saying which one is awaited. While an
hours question's buttons are up (AT_BUTTONS, a step nothing resumes), typed hours answer it as
its buttons would, and "in 1 h", "tonight" or "later" snoozes the check-in; while the energy or
stress buttons are up (AT_SCALE), a typed number from 1 to 5 answers them.

Pure: no Telegram, no database. Typed hours are parsed and a note is checked before they get
here (the readers in bot/flows/workload/checkin_typed.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum

from bot.coach.given import Given

DAY_OFF = -1  # the "Day off" button's client: nothing for anyone that day
WHOLE_DAY = 0  # hours of the whole day, for a VA without clients
LONG_ENTRY = 14 * 60  # typed hours above this, for one client or the day, are confirmed first


class Step(IntEnum):
    HOURS = 1  # typed hours, after "Other…"
    NOTE = 2  # the day's note, typed
    BUTTONS = 3  # the typed hours are in: on with the buttons
    DONE = 4  # the note is in: the day's summary
    AT_BUTTONS = 5  # an hours question's buttons are up: typed hours (or "later") answer it
    AT_SCALE = 6  # the energy or stress buttons are up: a typed 1-5 answers them


@dataclass
class CheckinAnswers:
    """Which typed answer is awaited, and for which day and client; kept in the user's flow
    data until it is given."""

    step: int = Step.HOURS
    day: int = 0  # the day's ordinal (0: today)
    client: int = WHOLE_DAY  # whose hours are typed
    minutes: int | None = None  # the typed hours, once read
    note: str | None = None  # the typed note, once read (None: no note)
    scale: str = ""  # AT_SCALE: "e" energy or "s" stress


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
    a day off leaves nothing else.

    Hours logged without a client (`/log 6`) are the day's hours not yet assigned: what the
    check-in then gets for a client is taken from them, up to what is there, not added on top
    (answering "6" for Acme after `/log 6` makes a 6-hour day for Acme, not a 12-hour one)."""
    if client == DAY_OFF:
        return {None: 0}
    after = {**minutes, client or None: value}
    unassigned = minutes.get(None, 0)
    if client > 0 and unassigned > 0:
        taken = min(unassigned, max(value - minutes.get(client, 0), 0))
        after[None] = unassigned - taken
        if not after[None]:
            del after[None]
    return after


def first_open(client_ids: list[int], minutes: dict[int | None, int]) -> int:
    """The first client whose hours are not in yet (index), or 0 when none or all are."""
    missing = [index for index, client in enumerate(client_ids) if client not in minutes]
    return missing[0] if missing and len(missing) < len(client_ids) else 0


def logged_in_full(
    client_ids: list[int],
    minutes: dict[int | None, int],
    day_off: bool = False,
    stress: int | None = None,
) -> bool:
    """Whether a day needs no check-in: a planned or logged day off, a check-in answered to
    the end (stress is its last button), or hours for every client (any hours at all, for a
    VA without clients), from /log or an earlier check-in."""
    if day_off or stress is not None or minutes.get(None) == 0 and len(minutes) == 1:
        return True
    if not minutes:
        return False
    return all(client in minutes for client in client_ids)


def scale_value(text: str) -> int | None:
    """A typed answer on the 1-5 scale ("3", "4/5", "2 von 5"), or None."""
    found = re.fullmatch(r"\s*([1-5])\s*(?:(?:/|von|of|out of)\s*5)?\s*[.!]?\s*", text.casefold())
    return int(found[1]) if found else None
