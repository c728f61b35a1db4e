"""The check-in flow's step button (bot/ui/callbacks.py). None of its typed steps shows one: the
check-in's buttons are in codecs.py and carry their day, not a step (checkin.py)."""

from __future__ import annotations

import dataclasses
from typing import ClassVar

from bot.ui.callbacks import CallbackData, Step


@dataclasses.dataclass(frozen=True)
class CheckinPick(CallbackData):
    """A step's answer button (the flow engine's kind, bot/ui/flow.py); none is shown yet."""

    prefix: ClassVar[str] = "ci.step"
    step: Step
    value: str
