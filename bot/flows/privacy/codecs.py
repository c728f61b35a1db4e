"""The buttons of this feature: what each carries, and what is valid (bot/ui/callbacks.py)."""

from __future__ import annotations

import dataclasses
from typing import ClassVar, Literal

from bot.ui.callbacks import CallbackData


@dataclasses.dataclass(frozen=True)
class PrivacyAction(CallbackData):
    """export, delete (asks), delete-confirmed, keep, or hours-csv (hours per client and month)."""

    prefix: ClassVar[str] = "priv"
    action: Literal["export", "delete", "delete-confirmed", "keep", "hours-csv"]


CODECS = (PrivacyAction,)
