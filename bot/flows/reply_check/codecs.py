"""The reply check's step button (bot/ui/callbacks.py). Its result's buttons (check another,
Done) are bot/ui/callbacks.py's CheckAction: other features show them under a checked draft."""

from __future__ import annotations

import dataclasses
from typing import ClassVar

from bot.ui.callbacks import CallbackData, Step


@dataclasses.dataclass(frozen=True)
class CheckPick(CallbackData):
    """A step's answer button; none of the check's steps has one yet (the engine needs the
    kind: bot/ui/flow.py)."""

    prefix: ClassVar[str] = "chk.step"
    step: Step
    value: str
