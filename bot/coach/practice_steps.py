"""/practice's path: given the answers so far and this answer, which step is next.

    SCENARIO ─▶ LEVEL ─▶ ANSWER ⟲ (the receptionist reacts to each answer)
    ANSWER ─(the call ends, or "Stop")─▶ FEEDBACK (per answer, score, progress)

Pure: no Telegram, no database. The receptionist's reaction to a typed answer is worked out
(bot/coach/roleplay.py) and the answer written to the session's row before it gets here:
`value` is then that `Reaction`, or "stop", or "gone" when the session is no longer open.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from bot.coach.given import Given
from bot.coach.roleplay import Reaction


class Step(IntEnum):
    SCENARIO = 0
    LEVEL = 1
    ANSWER = 2
    FEEDBACK = 3  # the call is over: feedback and score


@dataclass
class PracticeAnswers:
    """Where a practice call stands; kept in the user's flow data (the answers given are in
    the session's row)."""

    step: int = Step.SCENARIO
    scenario: str = ""
    level: str = "friendly"
    practice_id: int = 0
    at: int = 0  # the receptionist's question asked next (an index into the level's steps)
    lines: list[str] = field(default_factory=list)  # what the receptionist said last
    outcome: str = ""  # how the call ended
    ringing: bool = False  # the call has just begun: the phone rings before the first line


def advance(answers: PracticeAnswers, step: Step, given: Given, language: str = "en") -> Step:
    """Note `given` as the answer to `step` in `answers`; return the step that follows."""
    value = given.value
    if step == Step.SCENARIO:
        answers.scenario = value
        return Step.LEVEL
    if step == Step.LEVEL:
        answers.level, answers.at, answers.lines, answers.ringing = value, 0, ["open"], True
        return Step.ANSWER
    if value == "gone":  # the session was closed meanwhile: a new one
        return Step.SCENARIO
    if value == "stop":
        answers.outcome, answers.lines = "stopped", []
        return Step.FEEDBACK
    if isinstance(value, Reaction):
        answers.at, answers.lines = value.step, list(value.lines)
        if value.ended:
            answers.outcome = value.outcome or "declined"
            return Step.FEEDBACK
    return Step.ANSWER
