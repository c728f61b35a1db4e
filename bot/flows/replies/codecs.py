"""The buttons of this feature: what each carries, and what is valid (bot/ui/callbacks.py)."""

from __future__ import annotations

import dataclasses
from typing import ClassVar, Literal

from bot.ui.callbacks import CallbackData, Page, RowId, RowIdOrZero, StepPick


@dataclasses.dataclass(frozen=True)
class DraftOpen(CallbackData):
    prefix: ClassVar[str] = "dr.open"
    draft_id: RowId


@dataclasses.dataclass(frozen=True)
class DraftDelete(CallbackData):
    prefix: ClassVar[str] = "dr.del"
    draft_id: RowId


@dataclasses.dataclass(frozen=True)
class LibBrowse(CallbackData):
    """/replies: a category of the built-in library ("all": the category list), and its page."""

    prefix: ClassVar[str] = "tl.cat"
    category: str
    page: Page = 0


@dataclasses.dataclass(frozen=True)
class TemplatePick(CallbackData):
    """Fill a template: kind "lib" (ref: a situation key) or "own" (ref: a template id)."""

    prefix: ClassVar[str] = "tl.use"
    kind: Literal["lib", "own"]
    ref: str


@dataclasses.dataclass(frozen=True)
class FillChoice(StepPick):
    """An answer while filling a template; `step` makes old steps' buttons detectable."""

    prefix: ClassVar[str] = "tl.f"


@dataclasses.dataclass(frozen=True)
class FilledAction(CallbackData):
    """On a filled template: email/chat, sie/du, or check."""

    prefix: ClassVar[str] = "tl.r"
    action: Literal["email", "chat", "sie", "du", "check"]
    draft_id: RowId


@dataclasses.dataclass(frozen=True)
class MyTemplates(CallbackData):
    """/mytemplates: a page of the list, one template, or an action on it (new: id 0; edit,
    rename, delete, confirm-delete)."""

    prefix: ClassVar[str] = "mt"
    action: Literal["list", "open", "new", "edit", "rename", "delete", "confirm-delete"]
    template_id: RowIdOrZero = 0
    page: Page = 0


CODECS = (DraftOpen, DraftDelete, LibBrowse, TemplatePick, FillChoice, FilledAction, MyTemplates)
