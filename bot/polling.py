"""Polling Telegram so that an update is acknowledged only once it is processed and stored.

python-telegram-bot's Updater confirms updates when it fetches them (the next getUpdates
carries the new offset), so an update queued when the process dies, or sent while the
database is down, is gone. Here each batch is processed first; the offset then moves past the
updates that are stored and stops at the first one that is not, which Telegram keeps and
delivers again (for up to 24 hours). An update delivered twice is not applied twice: the update
ledger skips what an earlier run stored (bot/db/ledger.py).

The price: the next batch is fetched when the current one is done, so one slow update (a
chart) delays the next updates by as long. Updates within a batch run concurrently, each
chat's in order (bot/concurrency.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import timedelta

from telegram import Update
from telegram.error import InvalidToken, RetryAfter, TelegramError
from telegram.ext import Application

from bot.db.outage import is_storage_outage
from bot.db.unit import UpdateNotStored

log = logging.getLogger(__name__)
LONG_POLL_SECONDS = 30
FIRST_DELAY, MAX_DELAY = 1.0, 60.0
# Retrying updates that were not stored: the others behind them wait as long, so not for long.
MAX_STORE_DELAY = 10.0


class Backoff:
    """Delays that double after each failure, up to a cap, and start over after a success."""

    def __init__(self, first: float = FIRST_DELAY, cap: float = MAX_DELAY) -> None:
        self.first, self.cap, self.next = first, cap, first

    def take(self) -> float:
        delay, self.next = self.next, min(self.next * 2, self.cap)
        return delay

    def reset(self) -> None:
        self.next = self.first


async def sleep_unless(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)


async def until_stopped(stop: asyncio.Event, awaitable):  # noqa: ANN001, ANN201
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


async def process_batch(application: Application, updates: list[Update]) -> dict[int, BaseException]:
    """Process a batch concurrently; the updates that could not be stored, with the error."""
    processor = application.update_processor

    async def one(update: Update) -> None:
        await processor.process_update(update, application.process_update(update))

    results = await asyncio.gather(*(one(u) for u in updates), return_exceptions=True)
    return {
        update.update_id: result
        for update, result in zip(updates, results, strict=True)
        if isinstance(result, BaseException)
    }


class Retries:
    """How often each update failed. An outage is waited out however long it lasts (Telegram
    keeps updates for a day); any other failure is a bug that would block everyone behind it,
    so after a few tries that update is given up, with an error in the log."""

    OTHER_FAILURES = 3

    def __init__(self) -> None:
        self.counts: dict[int, int] = {}

    def keep_trying(self, update_id: int, error: BaseException) -> bool:
        if is_storage_outage(error) or isinstance(error, UpdateNotStored):
            return True
        self.counts[update_id] = self.counts.get(update_id, 0) + 1
        if self.counts[update_id] < self.OTHER_FAILURES:
            return True
        log.error("update %s given up after %d failures (%s)", update_id, self.counts.pop(update_id), type(error).__name__)
        return False


async def fetch(application: Application, stop: asyncio.Event, offset: int | None) -> list[Update] | None:
    """The next updates from `offset` on (long polling), or None once `stop` is set."""
    return await until_stopped(
        stop,
        application.bot.get_updates(offset=offset, timeout=LONG_POLL_SECONDS, allowed_updates=Update.ALL_TYPES),
    )


async def poll(application: Application, stop: asyncio.Event) -> None:
    """Fetch, process and acknowledge updates until `stop` is set. InvalidToken propagates."""
    offset: int | None = None
    fetch_backoff, store_backoff, retries = Backoff(), Backoff(cap=MAX_STORE_DELAY), Retries()
    while not stop.is_set():
        try:
            updates = await fetch(application, stop, offset)
        except InvalidToken:
            raise
        except RetryAfter as error:
            await sleep_unless(stop, seconds_of(error.retry_after))
            continue
        except TelegramError as error:
            delay = fetch_backoff.take()
            log.warning("cannot reach Telegram (%s); trying again in %.0f s", type(error).__name__, delay)
            await sleep_unless(stop, delay)
            continue
        fetch_backoff.reset()
        if not updates:
            continue
        failures = await process_batch(application, updates)
        retry = sorted(i for i, error in failures.items() if retries.keep_trying(i, error))
        if not retry:
            offset = updates[-1].update_id + 1
            store_backoff.reset()
            continue
        offset = retry[0]  # the next fetch acknowledges everything before it
        delay = store_backoff.take()
        log.warning("%d update(s) not stored; trying again in %.0f s", len(retry), delay)
        await sleep_unless(stop, delay)


def seconds_of(value: timedelta | float) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
