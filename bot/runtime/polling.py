"""Polling Telegram so that an update is acknowledged only once it is processed and stored.

python-telegram-bot's Updater confirms updates when it fetches them (the next getUpdates
carries the new offset), so an update queued when the process dies, or sent while the
database is down, is gone. Here each batch is processed first; the offset then moves past the
updates that are stored and stops at the first one that is not, which Telegram keeps and
delivers again (for up to 24 hours). An update delivered twice is not applied twice: the update
ledger skips what an earlier run stored (bot/db/ledger.py).

The price: the next batch is fetched when the current one is done, so one slow update (a
chart) delays the next updates by as long. Updates within a batch run concurrently, each
chat's in order (bot/runtime/concurrency.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import timedelta

from telegram import Update
from telegram.error import InvalidToken, RetryAfter, TelegramError
from telegram.ext import Application

from bot.runtime.backoff import Backoff, sleep_unless, until_stopped
from bot.runtime.concurrency import chat_key
from bot.runtime.retries import Held, Retries, can_store

log = logging.getLogger(__name__)
LONG_POLL_SECONDS = 30
# Retrying updates that were not stored: the others behind them wait as long, so not for long.
MAX_STORE_DELAY = 10.0


async def process_batch(
    application: Application, updates: list[Update]
) -> dict[int, BaseException]:
    """Process a batch concurrently; the updates that could not be stored, with the error."""
    stuck: set[int | None] = set()  # chats with an update not stored: their later ones wait

    async def in_chat_order(update: Update) -> None:
        key = chat_key(update)
        if key in stuck:
            raise Held
        try:
            await application.process_update(update)
        except BaseException:
            stuck.add(key)
            raise

    async def one(update: Update) -> None:
        await application.update_processor.process_update(update, in_chat_order(update))

    results = await asyncio.gather(*(one(u) for u in updates), return_exceptions=True)
    return {
        update.update_id: result
        for update, result in zip(updates, results, strict=True)
        if isinstance(result, BaseException)
    }


async def fetch(
    application: Application, stop: asyncio.Event, offset: int | None
) -> list[Update] | None:
    """The next updates from `offset` on (long polling), or None once `stop` is set."""
    return await until_stopped(
        stop,
        application.bot.get_updates(
            offset=offset, timeout=LONG_POLL_SECONDS, allowed_updates=Update.ALL_TYPES
        ),
    )


async def poll(application: Application, stop: asyncio.Event) -> None:
    """Fetch, process and acknowledge updates until `stop` is set. InvalidToken propagates."""
    offset: int | None = None
    fetch_backoff, store_backoff, retries = Backoff(), Backoff(cap=MAX_STORE_DELAY), Retries()
    try:
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
                log.warning(
                    "cannot reach Telegram (%s); trying again in %.0f s",
                    type(error).__name__,
                    delay,
                )
                await sleep_unless(stop, delay)
                continue
            fetch_backoff.reset()
            if not updates:
                continue
            offset = await handle(application, updates, retries)
            if offset == updates[-1].update_id + 1:
                store_backoff.reset()
                continue
            delay = store_backoff.take()
            log.warning("updates not stored from %s on; trying again in %.0f s", offset, delay)
            await sleep_unless(stop, delay)
    finally:
        await acknowledge(application, offset)


async def handle(application: Application, updates: list[Update], retries: Retries) -> int:
    """Process a batch; the offset to fetch from next (the first update to deliver again)."""
    failures = await process_batch(application, updates)
    storing_works = await can_store(getattr(application, "database", None)) if failures else True
    again = [i for i, error in failures.items() if retries.keep_trying(i, error, storing_works)]
    return min(again) if again else updates[-1].update_id + 1


async def acknowledge(application: Application, offset: int | None) -> None:
    """On the way out: tell Telegram what is stored, so it is not delivered again."""
    if offset is None:
        return
    with contextlib.suppress(TelegramError, OSError):
        await application.bot.get_updates(offset=offset, timeout=0, limit=1)


def seconds_of(value: timedelta | float) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
