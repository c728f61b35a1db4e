"""Typed callback data: one frozen dataclass per action, packed into at most 64 bytes.

`Skip.pack()` -> "ob:skip:2"; `unpack("ob:skip:2")` -> Skip(step=2). Handlers match on
`pattern(Skip)` and never split strings themselves. Anything that does not unpack cleanly
(an old format, a tampered id, random bytes) raises InvalidCallback and gets a friendly
"this button has expired".
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, ClassVar, TypeVar, get_type_hints

MAX_BYTES = 64
SEPARATOR = ":"
_REGISTRY: dict[str, type[CallbackData]] = {}
_SAFE_TEXT = re.compile(r"^[A-Za-z0-9_./+-]{0,40}$")

T = TypeVar("T", bound="CallbackData")


class InvalidCallback(ValueError):
    """The callback data is not one this bot version produces."""


@dataclasses.dataclass(frozen=True)
class CallbackData:
    prefix: ClassVar[str] = ""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not cls.prefix or SEPARATOR in cls.prefix:
            raise TypeError(f"{cls.__name__} needs a prefix without '{SEPARATOR}'")
        if cls.prefix in _REGISTRY:
            raise TypeError(f"prefix {cls.prefix!r} is used twice")
        _REGISTRY[cls.prefix] = cls

    def pack(self) -> str:
        parts = [self.prefix]
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            text = str(int(value)) if isinstance(value, bool | int) else str(value)
            if SEPARATOR in text or not _SAFE_TEXT.match(text):
                raise ValueError(f"{field.name}={text!r} cannot go into callback data")
            parts.append(text)
        packed = SEPARATOR.join(parts)
        if len(packed.encode()) > MAX_BYTES:
            raise ValueError(f"callback data over {MAX_BYTES} bytes: {packed!r}")
        return packed


def unpack(data: str | None) -> CallbackData:
    if not data or len(data.encode()) > MAX_BYTES:
        raise InvalidCallback("empty or too long")
    prefix, *values = data.split(SEPARATOR)
    cls = _REGISTRY.get(prefix)
    if cls is None:
        raise InvalidCallback("unknown prefix")
    fields = dataclasses.fields(cls)
    if len(values) != len(fields):
        raise InvalidCallback("wrong number of fields")
    hints = get_type_hints(cls)
    kwargs: dict[str, Any] = {}
    for field, raw in zip(fields, values, strict=True):
        kind = hints[field.name]
        try:
            if kind is bool:
                if raw not in ("0", "1"):
                    raise ValueError(raw)
                kwargs[field.name] = raw == "1"
            elif kind is int:
                if not re.fullmatch(r"-?\d{1,19}", raw):
                    raise ValueError(raw)
                kwargs[field.name] = int(raw)
            else:
                if not _SAFE_TEXT.match(raw):
                    raise ValueError(raw)
                kwargs[field.name] = raw
        except ValueError as exc:
            raise InvalidCallback(f"bad value for {field.name}") from exc
    return cls(**kwargs)


def unpack_as(data: str | None, cls: type[T]) -> T:
    value = unpack(data)
    if not isinstance(value, cls):
        raise InvalidCallback("unexpected kind")
    return value


def pattern(*classes: type[CallbackData]) -> re.Pattern[str]:
    """A regex for CallbackQueryHandler that matches the given kinds by prefix."""
    alternatives = "|".join(re.escape(cls.prefix) for cls in classes)
    return re.compile(rf"^(?:{alternatives})(?::|$)")


# --- Menu ---------------------------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class Menu(CallbackData):
    """Main-menu entry: `target` names a flow (settings, clients, help, privacy)."""

    prefix: ClassVar[str] = "menu"
    target: str


# --- Onboarding and settings --------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class ProfileStart(CallbackData):
    """Welcome screen: start setup, optionally switching the language first."""

    prefix: ClassVar[str] = "pf.go"
    language: str


@dataclasses.dataclass(frozen=True)
class ProfileChoice(CallbackData):
    """An answer button of one profile step; `step` makes old steps' buttons detectable."""

    prefix: ClassVar[str] = "pf"
    step: int
    value: str


@dataclasses.dataclass(frozen=True)
class ProfileSkip(CallbackData):
    prefix: ClassVar[str] = "pf.skip"
    step: int


@dataclasses.dataclass(frozen=True)
class SettingsEdit(CallbackData):
    """Settings menu: which answer to change (a profile step), or 0 to close."""

    prefix: ClassVar[str] = "set"
    step: int


# --- Clients ------------------------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class ClientOpen(CallbackData):
    prefix: ClassVar[str] = "cl.open"
    client_id: int


@dataclasses.dataclass(frozen=True)
class ClientAction(CallbackData):
    """rename, register, remove, confirm-remove or back, for one client."""

    prefix: ClassVar[str] = "cl.do"
    action: str
    client_id: int


@dataclasses.dataclass(frozen=True)
class ClientListAction(CallbackData):
    """add, done or page on the client list."""

    prefix: ClassVar[str] = "cl.list"
    action: str
    page: int = 0


@dataclasses.dataclass(frozen=True)
class RegisterChoice(CallbackData):
    """Sie or du for a client being added (client_id 0) or changed."""

    prefix: ClassVar[str] = "cl.reg"
    client_id: int
    register: str


# --- Say-no coach and drafts --------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class NoStart(CallbackData):
    """Resume an unfinished reply (its draft id), or 0 for a new one."""

    prefix: ClassVar[str] = "no.go"
    draft_id: int


@dataclasses.dataclass(frozen=True)
class NoPick(CallbackData):
    """A choice in one step of the say-no coach; `step` makes old steps' buttons detectable."""

    prefix: ClassVar[str] = "no"
    step: int
    value: str


@dataclasses.dataclass(frozen=True)
class DraftTone(CallbackData):
    """shorter, warmer, formal, casual, change, check or done, on a shown draft."""

    prefix: ClassVar[str] = "dr.t"
    action: str
    draft_id: int


@dataclasses.dataclass(frozen=True)
class DraftOpen(CallbackData):
    prefix: ClassVar[str] = "dr.open"
    draft_id: int


@dataclasses.dataclass(frozen=True)
class DraftDelete(CallbackData):
    prefix: ClassVar[str] = "dr.del"
    draft_id: int


# --- Check-ins, warnings, reports, self-check (workload) -----------------------------------------
@dataclasses.dataclass(frozen=True)
class CheckinHours(CallbackData):
    """Hours of `client` (0: all work, no client) on `day` (a date ordinal); minutes -1: typed."""

    prefix: ClassVar[str] = "ci.h"
    day: int
    client: int
    minutes: int


@dataclasses.dataclass(frozen=True)
class CheckinSame(CallbackData):
    """The same hours per client as the day before."""

    prefix: ClassVar[str] = "ci.same"
    day: int


@dataclasses.dataclass(frozen=True)
class CheckinScale(CallbackData):
    """Energy ("e") or stress ("s") on a 1-5 scale for `day`."""

    prefix: ClassVar[str] = "ci.s"
    day: int
    what: str
    value: int


@dataclasses.dataclass(frozen=True)
class CheckinNoteSkip(CallbackData):
    prefix: ClassVar[str] = "ci.n"
    day: int


@dataclasses.dataclass(frozen=True)
class PauseChoice(CallbackData):
    """/pause: for `days` days (0: type a date)."""

    prefix: ClassVar[str] = "ci.p"
    days: int


@dataclasses.dataclass(frozen=True)
class WorkloadAction(CallbackData):
    """A warning's next step: boundaries, dayoff (plan one), or take (a picked day ordinal)."""

    prefix: ClassVar[str] = "wl"
    action: str
    value: int = 0


@dataclasses.dataclass(frozen=True)
class ReportChoice(CallbackData):
    """week or month report (offset 0: current, -1: previous), or weekly on/off."""

    prefix: ClassVar[str] = "rp"
    action: str
    value: int = 0


@dataclasses.dataclass(frozen=True)
class SelfCheckAnswer(CallbackData):
    """Answer `value` (0-4, 4 = always / to a very high degree) to item `item` of self-check
    `check` (0: start a new one)."""

    prefix: ClassVar[str] = "sc"
    check: int
    item: int
    value: int


# --- Privacy ------------------------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class PrivacyAction(CallbackData):
    """export, delete (asks), delete-confirmed or keep."""

    prefix: ClassVar[str] = "priv"
    action: str


# --- Reply templates: library, own templates, filling ---------------------------------------------
@dataclasses.dataclass(frozen=True)
class LibBrowse(CallbackData):
    """/replies: a category of the built-in library ("all": the category list), and its page."""

    prefix: ClassVar[str] = "tl.cat"
    category: str
    page: int = 0


@dataclasses.dataclass(frozen=True)
class TemplatePick(CallbackData):
    """Fill a template: kind "lib" (ref: a situation key) or "own" (ref: a template id)."""

    prefix: ClassVar[str] = "tl.use"
    kind: str
    ref: str


@dataclasses.dataclass(frozen=True)
class FillChoice(CallbackData):
    """An answer while filling a template; `step` makes old steps' buttons detectable."""

    prefix: ClassVar[str] = "tl.f"
    step: int
    value: str


@dataclasses.dataclass(frozen=True)
class FilledAction(CallbackData):
    """On a filled template: email/chat, sie/du, save (as my template), check."""

    prefix: ClassVar[str] = "tl.r"
    action: str
    draft_id: int


@dataclasses.dataclass(frozen=True)
class SaveAsTemplate(CallbackData):
    """Save any draft (say-no reply, filled template) as an own template."""

    prefix: ClassVar[str] = "mt.save"
    draft_id: int


@dataclasses.dataclass(frozen=True)
class MyTemplates(CallbackData):
    """/mytemplates: a page of the list, one template, or an action on it (new: id 0; edit,
    rename, delete, confirm-delete)."""

    prefix: ClassVar[str] = "mt"
    action: str
    template_id: int = 0
    page: int = 0


# --- Reply check --------------------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class CheckAction(CallbackData):
    """again or done, under a reply check's result."""

    prefix: ClassVar[str] = "chk"
    action: str


# --- Gatekeeper coach: playbooks, practice, calls ------------------------------------------------
@dataclasses.dataclass(frozen=True)
class PlaybookPick(CallbackData):
    """A choice in one step of /playbook; `step` makes old steps' buttons detectable."""

    prefix: ClassVar[str] = "pb"
    step: int
    value: str


@dataclasses.dataclass(frozen=True)
class PracticePick(CallbackData):
    """A choice in /practice (scenario, level, stop, again); `step` as above."""

    prefix: ClassVar[str] = "pr"
    step: int
    value: str


@dataclasses.dataclass(frozen=True)
class CallPick(CallbackData):
    """A choice in /calllog (client, prospect, outcome, skip); `step` as above."""

    prefix: ClassVar[str] = "call"
    step: int
    value: str


@dataclasses.dataclass(frozen=True)
class CallStart(CallbackData):
    """/call card for a client (`card`), or log a call for it (`log`)."""

    prefix: ClassVar[str] = "call.go"
    action: str
    client_id: int


@dataclasses.dataclass(frozen=True)
class CallAgain(CallbackData):
    """Log the next call to the prospect of an earlier call (under a follow-up reminder)."""

    prefix: ClassVar[str] = "call.re"
    call_id: int
