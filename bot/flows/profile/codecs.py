"""The buttons of this feature: what each carries, and what is valid (bot/ui/callbacks.py)."""

from __future__ import annotations

import dataclasses
from typing import ClassVar, Literal

from bot.ui.callbacks import CallbackData, Page, RowId, Step, StepPick


@dataclasses.dataclass(frozen=True)
class ProfileChoice(StepPick):
    """An answer button of one profile step (Skip included: "skip"; on the welcome screen, the
    language to set up in); `step` makes old steps' buttons detectable."""

    prefix: ClassVar[str] = "pf"


@dataclasses.dataclass(frozen=True)
class SettingsEdit(CallbackData):
    """Settings menu: which answer to change (a profile step), or 0 to close."""

    prefix: ClassVar[str] = "set"
    step: Step


@dataclasses.dataclass(frozen=True)
class ClientOpen(CallbackData):
    prefix: ClassVar[str] = "cl.open"
    client_id: RowId


@dataclasses.dataclass(frozen=True)
class ClientAction(CallbackData):
    """An action on one client."""

    prefix: ClassVar[str] = "cl.do"
    action: Literal[
        "rename",
        "register",
        "remove",
        "confirm-remove",
        "back",
        "contact",
        "address",
        "drop-contact",
    ]
    client_id: RowId


@dataclasses.dataclass(frozen=True)
class ClientListAction(CallbackData):
    """An action on the client list (list: back to it from a client)."""

    prefix: ClassVar[str] = "cl.list"
    action: Literal["add", "done", "page", "list"]
    page: Page = 0


@dataclasses.dataclass(frozen=True)
class ClientsPick(StepPick):
    """An answer button of one step of the client list ("sie" or "du" for a new client);
    `step` makes an answered step's buttons detectable."""

    prefix: ClassVar[str] = "cl.step"


CODECS = (ProfileChoice, SettingsEdit, ClientOpen, ClientAction, ClientListAction, ClientsPick)
