"""Typed callback data: one frozen dataclass per action, packed into at most 64 bytes.

`Skip.pack()` -> "ob:skip:2"; `unpack("ob:skip:2")` -> Skip(step=2). Handlers match on
`pattern(Skip)` and never split strings themselves. Anything that does not unpack cleanly
(an old format, a tampered id, a value out of its range or set, random bytes) raises
InvalidCallback and gets a friendly "this button has expired".

Field types say what is valid: `Literal[...]` for a set of values, `Annotated[int, Range(a, b)]`
for bounds; a bare `int` must fit the database's INTEGER columns.

Each feature's buttons live with it (`bot/flows/<feature>/codecs.py`, listed in its `CODECS`
and registered by its `register(application)`). Here: the machinery, and the few buttons one
feature shows and another handles (the main menu, "continue this draft", "save as my
template", and the buttons under a checked reply: `SHARED`).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from datetime import date
from typing import Annotated, Any, ClassVar, Literal, get_args, get_origin, get_type_hints

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

    def __init_subclass__(cls, abstract: bool = False, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if abstract:
            return  # a shape other kinds share (StepPick), never packed itself
        if not cls.prefix or SEPARATOR in cls.prefix:
            raise TypeError(f"{cls.__name__} needs a prefix without '{SEPARATOR}'")

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


def register_codecs(*classes: type[CallbackData]) -> None:
    """Make these kinds readable by `unpack`; each feature registers its own (its setup.py)."""
    for cls in classes:
        if _REGISTRY.setdefault(cls.prefix, cls) is not cls:
            raise TypeError(f"prefix {cls.prefix!r} is used twice")


def registered_codecs() -> tuple[type[CallbackData], ...]:
    return tuple(_REGISTRY.values())


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


@dataclasses.dataclass(frozen=True)
class StepPick(CallbackData, abstract=True):
    """The shape of a flow's step buttons (bot/ui/flow.py): `value` is the answer, `step` the
    step it answers, so a button of a step answered already is detectable. Each flow has its
    own kind (its own prefix)."""

    step: Step
    value: str


# --- Buttons shown by one feature and handled by another ------------------------------------------
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


@dataclasses.dataclass(frozen=True)
class NoStart(CallbackData):
    """Resume an unfinished reply (its draft id), or 0 for a new one."""

    prefix: ClassVar[str] = "no.go"
    draft_id: RowIdOrZero


@dataclasses.dataclass(frozen=True)
class SaveAsTemplate(CallbackData):
    """Save any draft (say-no reply, filled template) as an own template."""

    prefix: ClassVar[str] = "mt.save"
    draft_id: RowId


@dataclasses.dataclass(frozen=True)
class CheckAction(CallbackData):
    """again or done, under a reply check's result."""

    prefix: ClassVar[str] = "chk"
    action: Literal["again", "done"]


SHARED = (Menu, NoStart, SaveAsTemplate, CheckAction)
