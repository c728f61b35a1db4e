"""Waiting between attempts: delays that double up to a cap, cut short when the bot stops."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable
from typing import TypeVar

T = TypeVar("T")


class Backoff:
    """Delays that double after each failure, up to a cap, and start over after a success."""

    def __init__(self, first: float = 1.0, cap: float = 60.0) -> None:
        self.first, self.cap, self.next = first, cap, first

    def take(self) -> float:
        delay, self.next = self.next, min(self.next * 2, self.cap)
        return delay

    def reset(self) -> None:
        self.next = self.first


async def sleep_unless(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)


async def until_stopped(stop: asyncio.Event, awaitable: Awaitable[T]) -> T | None:
    """The awaitable's result, or None as soon as `stop` is set (the awaitable is cancelled)."""
    task = asyncio.ensure_future(awaitable)
    stopping = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({task, stopping}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopping.cancel()
    if task.done():
        return task.result()
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await task
    return None
