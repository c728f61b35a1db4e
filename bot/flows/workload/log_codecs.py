"""The buttons under /log's answers. Each carries what it changes and what the hours were when
it was shown: a button pressed twice, or after the hours changed, changes nothing."""

from __future__ import annotations

import dataclasses
from typing import Annotated, ClassVar

from bot.coach.workload import MAX_DAY_MINUTES
from bot.ui.callbacks import CallbackData, DayOrdinal, Range, RowIdOrZero

Minutes = Annotated[int, Range(0, MAX_DAY_MINUTES)]


@dataclasses.dataclass(frozen=True)
class LogReplace(CallbackData):
    """ "Replace instead": `client`'s hours on `day` (0: no client) become `minutes`, if they
    still are `expect` (the total the entry was added to)."""

    prefix: ClassVar[str] = "lg.r"
    day: DayOrdinal
    client: RowIdOrZero
    minutes: Minutes
    expect: Minutes


@dataclasses.dataclass(frozen=True)
class LogClient(CallbackData):
    """Several clients fit the name typed: add `minutes` for `client` (0: no client) on `day`,
    if the whole day still has `total` minutes (as when the question was asked)."""

    prefix: ClassVar[str] = "lg.c"
    day: DayOrdinal
    client: RowIdOrZero
    minutes: Minutes
    total: Minutes


LOG_CODECS = (LogReplace, LogClient)
