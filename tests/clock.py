"""The tests' clock: a fixed, known instant that then runs at real speed, so no test depends on
today's date (a weekday changes the date buttons) yet timeouts and orderings still work."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

# A Wednesday morning in March, in no daylight-saving switch week.
TEST_START = datetime(2026, 3, 11, 8, 0, tzinfo=UTC)


class RunningClock:
    """`clock()` is `start` plus the real time elapsed since the clock was made."""

    def __init__(self, start: datetime = TEST_START) -> None:
        self.start = start
        self._made = time.monotonic()

    def __call__(self) -> datetime:
        return self.start + timedelta(seconds=time.monotonic() - self._made)
