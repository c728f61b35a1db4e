"""Writing, editing and renaming an own template (/mytemplates): which step follows an answer.

    Write a new template ─▶ TEXT ─▶ NAME ─▶ SAVED
    Edit the text ─▶ TEXT ─▶ SAVED
    Rename ─▶ NAME ─▶ SAVED

Pure: the text is checked (bot/coach/own_format.py) and the template written before the answer
gets here (bot/flows/replies/mytemplates_edit.py); `text` is then the accepted text or name, and
`value` a new template's id.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from bot.coach.given import Given


class Step(IntEnum):
    TEXT = 1  # the template's text: a new one's, or an edited one's
    NAME = 2  # a new template's name, or another name
    SAVED = 3  # the template shown with "Saved.": the flow ends


MODES = ("new", "edit", "rename")


@dataclass
class OwnAnswers:
    """What is being written; kept in the user's flow data."""

    step: int = int(Step.TEXT)
    mode: str = "new"  # one of MODES
    template_id: int = 0  # the template edited or renamed; a new one's once it is saved
    page: int = 0  # the page of the list the template was opened from
    name: str | None = None  # the template's name so far (shown while editing or renaming)
    source: str | None = None  # a new template's text, kept until it has a name


def first_step(mode: str) -> Step:
    return Step.NAME if mode == "rename" else Step.TEXT


def advance(answers: OwnAnswers, step: Step, given: Given, language: str = "en") -> Step:
    """Store `given` as the answer to `step` in `answers`; return the step that follows."""
    if step == Step.TEXT:
        answers.source = given.text
        return Step.NAME if answers.mode == "new" else Step.SAVED
    if step == Step.NAME:
        answers.name = given.text
        if given.value:
            answers.template_id = int(given.value)
    return Step.SAVED
