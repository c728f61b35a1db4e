"""The check-in's button for a typed answer that reads both as hours and as a clock time
("20"): "⏰ Ask again at 20:00" (bot/flows/workload/checkin_confirm.py). Registered by
checkin.build_handler; the check-in's other buttons are in codecs.py."""

from __future__ import annotations

import dataclasses
from typing import Annotated, ClassVar

from bot.ui.callbacks import CallbackData, DayOrdinal, Range


@dataclasses.dataclass(frozen=True)
class CheckinSnoozeAt(CallbackData):
    """Ask the check-in of `day` again at the local clock time `at` (minutes after midnight),
    its next occurrence when the button is pressed."""

    prefix: ClassVar[str] = "ci.za"
    day: DayOrdinal
    at: Annotated[int, Range(0, 24 * 60 - 1)]


CHECKIN_CODECS = (CheckinSnoozeAt,)
