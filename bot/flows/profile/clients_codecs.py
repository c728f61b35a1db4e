"""The client list's own step buttons (bot/ui/callbacks.py). Its menus' buttons (a client, add,
done, rename, remove) are in codecs.py: they carry what they open, not a step."""

from __future__ import annotations

import dataclasses
from typing import ClassVar

from bot.ui.callbacks import CallbackData, Step


@dataclasses.dataclass(frozen=True)
class ClientsPick(CallbackData):
    """An answer button of one step of the client list ("sie" or "du" for a new client);
    `step` makes an answered step's buttons detectable."""

    prefix: ClassVar[str] = "cl.step"
    step: Step
    value: str
