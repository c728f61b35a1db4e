"""Typed callback data: one frozen dataclass per action, packed into at most 64 bytes.

`Skip.pack()` -> "ob:skip:2"; `unpack("ob:skip:2")` -> Skip(step=2). Handlers match on
`pattern(Skip)` and never split strings themselves. Anything that does not unpack cleanly
(an old format, a tampered id, a value out of its range or set, random bytes) raises
InvalidCallback and gets a friendly "this button has expired".

Field types say what is valid: `Literal[...]` for a set of values, `Annotated[int, Range(a, b)]`
for bounds; a bare `int` must fit the database's INTEGER columns.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from datetime import date
from typing import Annotated, Any, ClassVar, Literal, get_args, get_origin, get_type_hints

from bot.coach.workload import MAX_DAY_MINUTES
from bot.db.ids import MAX_ROW_ID

MAX_BYTES = 64
SEPARATOR = ":"
_REGISTRY: dict[str, type[CallbackData]] = {}
_SAFE_TEXT = re.compile(r"^[A-Za-z0-9_./+-]{0,40}$")
_INT = re.compile(r"0|-?[1-9]\d{0,18}")  # as pack writes it: no "-0", no "007"


@dataclasses.dataclass(frozen=True)
class Range:
    """Bounds of an int field, both included."""

    low: int
    high: int


INT32 = Range(-MAX_ROW_ID - 1, MAX_ROW_ID)  # any int field without its own Range
RowId = Annotated[int, Range(1, MAX_ROW_ID)]  # INTEGER columns (bot/db/ids.py)
RowIdOrZero = Annotated[int, Range(0, MAX_ROW_ID)]  # 0: none, or a new one
Step = Annotated[int, Range(0, 999)]  # a flow's step (or token) that makes old buttons detectable
Page = Annotated[int, Range(0, 9999)]
DayOrdinal = Annotated[int, Range(1, date.max.toordinal())]
Language = Literal["de", "en"]  # bot.i18n.LANGUAGES


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
        hints = _hints(type(self))
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            text = str(int(value)) if isinstance(value, bool | int) else str(value)
            fits = SEPARATOR not in text and _SAFE_TEXT.match(text)
            if not fits or not _allowed(hints[field.name], value):
                raise ValueError(f"{field.name}={text!r} cannot go into callback data")
            parts.append(text)
        packed = SEPARATOR.join(parts)
        if len(packed.encode()) > MAX_BYTES:
            raise ValueError(f"callback data over {MAX_BYTES} bytes: {packed!r}")
        return packed


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls, include_extras=True)


def _allowed(kind: Any, value: object) -> bool:
    """Whether a value of the field's type is within its set or range."""
    base, *extras = get_args(kind) if get_origin(kind) is Annotated else (kind,)
    if get_origin(base) is Literal:
        return value in get_args(base)
    if base is int and not isinstance(value, bool):
        bounds = [extra for extra in extras if isinstance(extra, Range)] or [INT32]
        return all(bound.low <= value <= bound.high for bound in bounds)  # type: ignore[operator]
    return True


def _parse(kind: Any, raw: str) -> object:
    base = get_args(kind)[0] if get_origin(kind) is Annotated else kind
    if base is bool:
        if raw not in ("0", "1"):
            raise ValueError(raw)
        value: object = raw == "1"
    elif base is int:
        if not _INT.fullmatch(raw):
            raise ValueError(raw)
        value = int(raw)
    else:  # str or a Literal of strings
        if not _SAFE_TEXT.match(raw):
            raise ValueError(raw)
        value = raw
    if not _allowed(kind, value):
        raise ValueError(raw)
    return value


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
    hints = _hints(cls)
    kwargs: dict[str, Any] = {}
    for field, raw in zip(fields, values, strict=True):
        try:
            kwargs[field.name] = _parse(hints[field.name], raw)
        except ValueError as exc:
            raise InvalidCallback(f"bad value for {field.name}") from exc
    return cls(**kwargs)


def pattern(*classes: type[CallbackData]) -> re.Pattern[str]:
    """A regex for CallbackQueryHandler that matches the given kinds by prefix."""
    alternatives = "|".join(re.escape(cls.prefix) for cls in classes)
    return re.compile(rf"^(?:{alternatives})(?::|$)")


# --- Menu ---------------------------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class Menu(CallbackData):
    """Main-menu entry: `target` names a flow, or help or privacy."""

    prefix: ClassVar[str] = "menu"
    target: Literal[
        "no",
        "check",
        "replies",
        "mytemplates",
        "drafts",
        "playbook",
        "practice",
        "settings",
        "clients",
        "help",
        "privacy",
    ]


# --- Onboarding and settings --------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class ProfileStart(CallbackData):
    """Welcome screen: start setup, optionally switching the language first."""

    prefix: ClassVar[str] = "pf.go"
    language: Language


@dataclasses.dataclass(frozen=True)
class ProfileChoice(CallbackData):
    """An answer button of one profile step; `step` makes old steps' buttons detectable."""

    prefix: ClassVar[str] = "pf"
    step: Step
    value: str


@dataclasses.dataclass(frozen=True)
class ProfileSkip(CallbackData):
    prefix: ClassVar[str] = "pf.skip"
    step: Step


@dataclasses.dataclass(frozen=True)
class SettingsEdit(CallbackData):
    """Settings menu: which answer to change (a profile step), or 0 to close."""

    prefix: ClassVar[str] = "set"
    step: Step


# --- Clients ------------------------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class ClientOpen(CallbackData):
    prefix: ClassVar[str] = "cl.open"
    client_id: RowId


@dataclasses.dataclass(frozen=True)
class ClientAction(CallbackData):
    """An action on one client."""

    prefix: ClassVar[str] = "cl.do"
    action: Literal["rename", "register", "remove", "confirm-remove", "back"]
    client_id: RowId


@dataclasses.dataclass(frozen=True)
class ClientListAction(CallbackData):
    """An action on the client list (list: back to it from a client)."""

    prefix: ClassVar[str] = "cl.list"
    action: Literal["add", "done", "page", "list"]
    page: Page = 0


@dataclasses.dataclass(frozen=True)
class RegisterChoice(CallbackData):
    """Sie or du for a client being added (client_id 0) or changed."""

    prefix: ClassVar[str] = "cl.reg"
    client_id: RowIdOrZero
    register: Literal["sie", "du"]


# --- Say-no coach and drafts --------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class NoStart(CallbackData):
    """Resume an unfinished reply (its draft id), or 0 for a new one."""

    prefix: ClassVar[str] = "no.go"
    draft_id: RowIdOrZero


@dataclasses.dataclass(frozen=True)
class NoPick(CallbackData):
    """A choice in one step of the say-no coach; `step` makes old steps' buttons detectable."""

    prefix: ClassVar[str] = "no"
    step: Step
    value: str


@dataclasses.dataclass(frozen=True)
class DraftTone(CallbackData):
    """A tone or next step, on a shown draft."""

    prefix: ClassVar[str] = "dr.t"
    action: Literal["shorter", "warmer", "formal", "casual", "change", "check", "done"]
    draft_id: RowId


@dataclasses.dataclass(frozen=True)
class DraftOpen(CallbackData):
    prefix: ClassVar[str] = "dr.open"
    draft_id: RowId


@dataclasses.dataclass(frozen=True)
class DraftDelete(CallbackData):
    prefix: ClassVar[str] = "dr.del"
    draft_id: RowId


# --- Check-ins, warnings, reports, self-check (workload) -----------------------------------------
@dataclasses.dataclass(frozen=True)
class CheckinHours(CallbackData):
    """Hours of `client` (0: all work, no client; -1: day off) on `day`; minutes -1: typed.
    Minutes have the bounds of typed hours (bot.coach.workload.parse_hours)."""

    prefix: ClassVar[str] = "ci.h"
    day: DayOrdinal
    client: Annotated[int, Range(-1, MAX_ROW_ID)]
    minutes: Annotated[int, Range(-1, MAX_DAY_MINUTES)]


@dataclasses.dataclass(frozen=True)
class CheckinSame(CallbackData):
    """The same hours per client as the day before."""

    prefix: ClassVar[str] = "ci.same"
    day: DayOrdinal


@dataclasses.dataclass(frozen=True)
class CheckinScale(CallbackData):
    """Energy ("e") or stress ("s") on a 1-5 scale for `day`."""

    prefix: ClassVar[str] = "ci.s"
    day: DayOrdinal
    what: Literal["e", "s"]
    value: Annotated[int, Range(1, 5)]


@dataclasses.dataclass(frozen=True)
class CheckinNoteSkip(CallbackData):
    prefix: ClassVar[str] = "ci.n"
    day: DayOrdinal


@dataclasses.dataclass(frozen=True)
class PauseChoice(CallbackData):
    """/pause: for `days` days (0: type a date)."""

    prefix: ClassVar[str] = "ci.p"
    days: Annotated[int, Range(0, 366)]


@dataclasses.dataclass(frozen=True)
class WorkloadAction(CallbackData):
    """A warning's next step: boundaries, dayoff (plan one), or take (a picked day ordinal)."""

    prefix: ClassVar[str] = "wl"
    action: Literal["boundaries", "dayoff", "take"]
    value: Annotated[int, Range(0, date.max.toordinal())] = 0


@dataclasses.dataclass(frozen=True)
class ReportChoice(CallbackData):
    """week or month report (offset 0: current, -1: previous), or weekly on/off."""

    prefix: ClassVar[str] = "rp"
    action: Literal["week", "month", "weekly"]
    value: int = 0


@dataclasses.dataclass(frozen=True)
class SelfCheckAnswer(CallbackData):
    """Answer `value` (0-4, 4 = always / to a very high degree) to item `item` of self-check
    `check` (0: start a new one)."""

    prefix: ClassVar[str] = "sc"
    check: RowIdOrZero
    item: Annotated[int, Range(0, 99)]
    value: Annotated[int, Range(0, 4)]


# --- Privacy ------------------------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class PrivacyAction(CallbackData):
    """export, delete (asks), delete-confirmed or keep."""

    prefix: ClassVar[str] = "priv"
    action: Literal["export", "delete", "delete-confirmed", "keep"]


# --- Reply templates: library, own templates, filling ---------------------------------------------
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
class FillChoice(CallbackData):
    """An answer while filling a template; `step` makes old steps' buttons detectable."""

    prefix: ClassVar[str] = "tl.f"
    step: Step
    value: str


@dataclasses.dataclass(frozen=True)
class FilledAction(CallbackData):
    """On a filled template: email/chat, sie/du, or check."""

    prefix: ClassVar[str] = "tl.r"
    action: Literal["email", "chat", "sie", "du", "check"]
    draft_id: RowId


@dataclasses.dataclass(frozen=True)
class SaveAsTemplate(CallbackData):
    """Save any draft (say-no reply, filled template) as an own template."""

    prefix: ClassVar[str] = "mt.save"
    draft_id: RowId


@dataclasses.dataclass(frozen=True)
class MyTemplates(CallbackData):
    """/mytemplates: a page of the list, one template, or an action on it (new: id 0; edit,
    rename, delete, confirm-delete)."""

    prefix: ClassVar[str] = "mt"
    action: Literal["list", "open", "new", "edit", "rename", "delete", "confirm-delete"]
    template_id: RowIdOrZero = 0
    page: Page = 0


# --- Reply check --------------------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class CheckAction(CallbackData):
    """again or done, under a reply check's result."""

    prefix: ClassVar[str] = "chk"
    action: Literal["again", "done"]


# --- Gatekeeper coach: playbooks, practice, calls ------------------------------------------------
@dataclasses.dataclass(frozen=True)
class PlaybookPick(CallbackData):
    """A choice in one step of /playbook; `step` makes old steps' buttons detectable."""

    prefix: ClassVar[str] = "pb"
    step: Step
    value: str


@dataclasses.dataclass(frozen=True)
class PracticePick(CallbackData):
    """A choice in /practice (scenario, level, stop, again); `step` as above."""

    prefix: ClassVar[str] = "pr"
    step: Step
    value: str


@dataclasses.dataclass(frozen=True)
class CallPick(CallbackData):
    """A choice in /calllog (client, prospect, outcome, skip); `step` as above."""

    prefix: ClassVar[str] = "call"
    step: Step
    value: str


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
