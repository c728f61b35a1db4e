"""The buttons of this feature: what each carries, and what is valid (bot/ui/callbacks.py)."""

from __future__ import annotations

import dataclasses
from typing import ClassVar, Literal

from bot.ui.callbacks import CallbackData


@dataclasses.dataclass(frozen=True)
class CheckAction(CallbackData):
    """again or done, under a reply check's result."""

    prefix: ClassVar[str] = "chk"
    action: Literal["again", "done"]
