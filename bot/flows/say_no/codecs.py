"""The buttons of this feature: what each carries, and what is valid (bot/ui/callbacks.py)."""

from __future__ import annotations

import dataclasses
from typing import ClassVar, Literal

from bot.ui.callbacks import CallbackData, RowId, StepPick


@dataclasses.dataclass(frozen=True)
class NoPick(StepPick):
    """A choice in one step of the say-no coach; `step` makes old steps' buttons detectable."""

    prefix: ClassVar[str] = "no"


@dataclasses.dataclass(frozen=True)
class DraftTone(CallbackData):
    """A tone or next step, on a shown draft."""

    prefix: ClassVar[str] = "dr.t"
    action: Literal["shorter", "warmer", "formal", "casual", "change", "check", "done"]
    draft_id: RowId


CODECS = (NoPick, DraftTone)
