"""The buttons of this feature: what each carries, and what is valid (bot/ui/callbacks.py)."""

from __future__ import annotations

import dataclasses
from typing import ClassVar, Literal

from bot.ui.callbacks import CallbackData, RowId, StepPick


@dataclasses.dataclass(frozen=True)
class PlaybookPick(StepPick):
    """A choice in one step of /playbook; `step` makes old steps' buttons detectable."""

    prefix: ClassVar[str] = "pb"


@dataclasses.dataclass(frozen=True)
class PracticePick(StepPick):
    """A choice in /practice (scenario, level, stop, again); `step` as above."""

    prefix: ClassVar[str] = "pr"


@dataclasses.dataclass(frozen=True)
class CallPick(StepPick):
    """A choice in /calllog (client, prospect, outcome, skip); `step` as above."""

    prefix: ClassVar[str] = "call"


@dataclasses.dataclass(frozen=True)
class CallStart(CallbackData):
    """/call card for a client (`card`), or log a call for it (`log`)."""

    prefix: ClassVar[str] = "call.go"
    action: Literal["card", "log"]
    client_id: RowId


@dataclasses.dataclass(frozen=True)
class CallAgain(CallbackData):
    """Log the next call to the prospect of an earlier call (under a follow-up reminder)."""

    prefix: ClassVar[str] = "call.re"
    call_id: RowId


CODECS = (PlaybookPick, PracticePick, CallPick, CallStart, CallAgain)
