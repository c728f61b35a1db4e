"""/playbook's path: given the answers so far and this answer, which step is next.

    CLIENT ─▶ OVERVIEW (parts, what is missing and why)
    OVERVIEW ─(a part)─▶ PART (typed text) ─▶ OVERVIEW
    OVERVIEW ─(target group)─▶ TARGET (businesses / consumers, with the law note) ─▶ OVERVIEW
    OVERVIEW ─(send as document)─▶ DOCUMENT (Markdown + PDF) ─▶ OVERVIEW
    OVERVIEW ─(revise)─▶ REVISE (what came up?) ─▶ ANSWER (the client's answer, or "ask first") ─▶ OVERVIEW
    OVERVIEW ─(done)─▶ DONE
    PART, TARGET, REVISE ─(back)─▶ OVERVIEW

Pure: no Telegram, no database. The playbook's parts are written by the readers of
bot/flows/gatekeeper/playbook_screens.py before an answer gets here; `value` is then what the
button carries (for CLIENT: the id of the client's playbook), `text` the typed text.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from bot.coach.given import Given
from bot.coach.playbook import PARTS, add_open_question, open_questions


class Step(IntEnum):
    CLIENT = 0
    OVERVIEW = 1
    PART = 2
    TARGET = 3
    REVISE = 4
    ANSWER = 5
    DOCUMENT = 6  # the playbook as files, then the overview again
    DONE = 7  # saved and left


# What the overview's buttons other than the parts lead to.
FROM_OVERVIEW = {
    "target": Step.TARGET,
    "revise": Step.REVISE,
    "doc": Step.DOCUMENT,
    "done": Step.DONE,
}


@dataclass
class PlaybookAnswers:
    """Where /playbook stands; kept in the user's flow data (the parts are in the playbook row)."""

    step: int = Step.CLIENT
    playbook_id: int = 0
    part: str = "reason"  # the part being written
    question: str = ""  # the question that came up in a call, waiting for its answer
    said: str | None = None  # what the overview says first: "saved", "open" or "faq"


def advance(answers: PlaybookAnswers, step: Step, given: Given, language: str = "en") -> Step:
    """Note `given` as the answer to `step` in `answers`; return the step that follows."""
    value, text = given.value, given.text
    if step == Step.CLIENT:
        answers.playbook_id = int(value or 0)
        return Step.OVERVIEW
    if value == "back":
        return Step.OVERVIEW
    if step == Step.OVERVIEW:
        if value in PARTS:
            answers.part = value
            return Step.PART
        return FROM_OVERVIEW.get(value, Step.OVERVIEW)
    if step == Step.REVISE:
        answers.question = (text or "").replace("\n", " ")
        return Step.ANSWER
    if step == Step.ANSWER:
        answers.said = "open" if value == "open" else "faq"
    elif step in (Step.PART, Step.TARGET):
        answers.said = "saved"
    return Step.OVERVIEW


def answered(parts: dict[str, str], question: str, answer: str | None) -> dict[str, str]:
    """The parts once the client's answer to `question` is known (a pair in the frequent
    questions, no longer open), or, without an answer, with the question kept open."""
    if answer is None:
        return add_open_question(dict(parts), question)
    pairs = ((parts.get("faq") or "").strip(), f"{question} – {answer}")
    return {
        **parts,
        "faq": "\n".join(item for item in pairs if item),
        "open_questions": "\n".join(q for q in open_questions(parts) if q != question),
    }
