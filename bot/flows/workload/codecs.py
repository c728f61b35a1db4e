"""The buttons of this feature: what each carries, and what is valid (bot/ui/callbacks.py)."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Annotated, ClassVar, Literal

from bot.coach.workload import MAX_DAY_MINUTES
from bot.db.ids import MAX_ROW_ID
from bot.ui.callbacks import CallbackData, DayOrdinal, Range, RowIdOrZero


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
class CheckinSnooze(CallbackData):
    """Ask the check-in of `day` again later: in an hour, or this evening."""

    prefix: ClassVar[str] = "ci.z"
    day: DayOrdinal
    choice: Literal["hour", "evening"]


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


CODECS = (
    CheckinHours,
    CheckinSame,
    CheckinScale,
    CheckinNoteSkip,
    CheckinSnooze,
    PauseChoice,
    WorkloadAction,
    ReportChoice,
    SelfCheckAnswer,
)
