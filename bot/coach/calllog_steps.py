"""/calllog's path: given the answers so far and this answer, which step is next.

    CLIENT ─▶ OUTCOME ──(call back at …)──▶ CALLBACK_AT ──(typed)──▶ CALLBACK_CHECK ─┐
                 │                           ▲      │                     │       ↻ -1/+1 day,
                 │                           └──────┼──── "Change time" ──┤         +1 week,
                 │                    (a time button)                     │ "Yes"   typed again
                 ▼                                  ▼                     │
    PROSPECT (asked unless known) ◀─────────────────┴─────────────────────┘
       └▶ RECEPTIONIST (skippable; not asked after voicemail/unreachable) ─▶ NOTE (skippable)
    NOTE ─▶ NEXT (skippable) ─▶ SAVED (the call and its follow-up reminder)

Pure: no Telegram, no database. A client button and a typed time are read before they get here
(bot/flows/gatekeeper/calllog_screens.py): `value` is then the client's id or the time (ISO,
local), `text` the client's name or the typed text; "skip" means no answer. A typed time is
shown back with its weekday and date to be confirmed or corrected in one tap (CALLBACK_CHECK:
`value` "ok", "change", or the corrected time); a time button needs no confirmation.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from bot.coach.given import Given
from bot.coach.playbook import NOT_REACHED


class Step(IntEnum):
    CLIENT = 0
    OUTCOME = 1
    CALLBACK_AT = 2
    PROSPECT = 3
    RECEPTIONIST = 4
    NOTE = 5
    NEXT = 6
    SAVED = 7  # the call is logged: the summary
    CALLBACK_CHECK = 8  # the typed call-back time, read back: right, or corrected


CONFIRMED, CHANGE = "ok", "change"  # at CALLBACK_CHECK; any other value is a corrected time


# The skippable steps: the answer's field, and the step that follows.
SKIPPABLE = {
    Step.RECEPTIONIST: ("receptionist", Step.NOTE),
    Step.NOTE: ("note", Step.NEXT),
    Step.NEXT: ("next_step", Step.SAVED),
}


@dataclass
class CallAnswers:
    """The call being logged; kept in the user's flow data until it is saved."""

    step: int = Step.CLIENT
    client_id: int | None = None
    client_name: str | None = None
    outcome: str | None = None
    callback_at: str | None = None  # local time, ISO
    prospect: str | None = None
    known_prospect: bool = False  # from a follow-up reminder: the same prospect again
    receptionist: str | None = None
    note: str | None = None
    next_step: str | None = None


def advance(answers: CallAnswers, step: Step, given: Given, language: str = "en") -> Step:
    """Note `given` as the answer to `step` in `answers`; return the step that follows."""
    if step == Step.CLIENT:
        answers.client_id, answers.client_name = given.value, given.text
        return Step.OUTCOME
    if step == Step.OUTCOME:
        answers.outcome = given.value
        if answers.outcome == "callback" and not answers.callback_at:
            return Step.CALLBACK_AT
        return after_callback(answers)
    if step == Step.CALLBACK_AT:
        answers.callback_at = given.value
        return Step.CALLBACK_CHECK if given.text else after_callback(answers)
    if step == Step.CALLBACK_CHECK:
        if given.value == CONFIRMED:
            return after_callback(answers)
        if given.value == CHANGE:
            answers.callback_at = None
            return Step.CALLBACK_AT
        answers.callback_at = given.value
        return Step.CALLBACK_CHECK
    if step == Step.PROSPECT:
        answers.prospect = given.text
        return after_prospect(answers)
    if step in SKIPPABLE:
        name, following = SKIPPABLE[step]
        setattr(answers, name, None if given.value == "skip" else given.text)
        return following
    return Step.SAVED


def after_callback(answers: CallAnswers) -> Step:
    """The prospect, unless the call is to the same one as an earlier call."""
    return after_prospect(answers) if answers.known_prospect else Step.PROSPECT


def after_prospect(answers: CallAnswers) -> Step:
    """Nobody answered: no receptionist to name."""
    return Step.NOTE if answers.outcome in NOT_REACHED else Step.RECEPTIONIST
