"""The reply check's path: a reply pasted, its result, the next reply, until Done.

    /check ─▶ ASK ─(a reply)─▶ RESULT, then ASK again for the next reply
               └─(Done, "fertig")─▶ ENDED

Pure: no Telegram. The pasted reply rides on the answers for the one update that checks it and
is never stored (bot/flows/reply_check/flow.py keeps only the step).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from bot.coach.given import Given


class Step(IntEnum):
    ASK = 0  # "paste the reply you wrote"
    RESULT = 1  # a result is shown; then the check waits at ASK for the next reply
    ENDED = 2  # "good luck with your reply"


@dataclass
class CheckAnswers:
    step: int = Step.ASK
    reply: str | None = None  # the reply to check, for this update only


def advance(answers: CheckAnswers, step: Step, given: Given, language: str = "en") -> Step:
    """The reply goes into `answers` to be checked; Done ends the check."""
    if given.value == "done":
        return Step.ENDED
    answers.reply = given.text or ""
    return Step.RESULT
