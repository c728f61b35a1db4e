"""Polling acknowledges an update (moves the offset past it) only once it is stored; what could
not be stored is fetched again, and a bug in one update does not block everyone forever."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from sqlalchemy.exc import OperationalError
from telegram import Update
from telegram.error import NetworkError

from bot.db.unit import UpdateNotStored
from bot.runtime import polling


class FakeTelegram:
    """Keeps updates until an offset acknowledges them, as Telegram does."""

    def __init__(self, ids: list[int], stop: asyncio.Event, fetches: int) -> None:
        self.pending = [Update(update_id=i) for i in ids]
        self.offsets: list[int | None] = []
        self.stop, self.fetches = stop, fetches
        self.fail_fetch = 0

    async def get_updates(self, offset=None, timeout=None, allowed_updates=None, limit=None):  # noqa: ASYNC109
        self.offsets.append(offset)
        if len(self.offsets) >= self.fetches:
            self.stop.set()
        if self.fail_fetch:
            self.fail_fetch -= 1
            raise NetworkError("unreachable")
        if offset is not None:
            self.pending = [u for u in self.pending if u.update_id >= offset]
        return list(self.pending)


def application(
    telegram: FakeTelegram, failures: dict[int, list[BaseException]]
) -> SimpleNamespace:
    handled: list[int] = []

    async def process_update(update: Update) -> None:
        if failures.get(update.update_id):
            raise failures[update.update_id].pop(0)
        handled.append(update.update_id)

    async def run(update: Update, coroutine) -> None:
        await coroutine

    return SimpleNamespace(
        bot=telegram,
        process_update=process_update,
        handled=handled,
        update_processor=SimpleNamespace(process_update=run),
    )


async def test_an_update_not_stored_is_not_acknowledged_and_comes_again(monkeypatch):
    monkeypatch.setattr(polling.Backoff, "take", lambda self: 0.0)
    stop = asyncio.Event()
    telegram = FakeTelegram([10, 11, 12], stop, fetches=3)
    outage = OperationalError("COMMIT", {}, Exception("server closed the connection"))
    app = application(telegram, {11: [UpdateNotStored(11), outage]})
    await polling.poll(app, stop)
    # 10 is acknowledged; 11 is kept until it is stored, and 12 (the same chat) waits for it.
    assert telegram.offsets[:3] == [None, 11, 11]
    assert app.handled == [10, 11, 12]


async def test_a_bug_in_one_update_is_given_up_after_a_few_tries(monkeypatch):
    monkeypatch.setattr(polling.Backoff, "take", lambda self: 0.0)
    stop = asyncio.Event()
    telegram = FakeTelegram([20, 21], stop, fetches=5)
    bug = [ValueError("bug")] * 10
    app = application(telegram, {20: bug})
    await polling.poll(app, stop)
    assert telegram.offsets[:5] == [None, 20, 20, 21, 22]  # three tries, then past it
    assert app.handled == [21]  # held behind 20 (one chat) until 20 was given up


async def test_telegram_unreachable_while_polling_is_retried(monkeypatch):
    monkeypatch.setattr(polling.Backoff, "take", lambda self: 0.0)
    stop = asyncio.Event()
    telegram = FakeTelegram([30], stop, fetches=4)
    telegram.fail_fetch = 2
    app = application(telegram, {})
    await polling.poll(app, stop)
    assert app.handled == [30] and telegram.offsets[-1] == 31


async def test_stopping_acknowledges_what_was_stored(monkeypatch):
    stop = asyncio.Event()
    telegram = FakeTelegram([40, 41], stop, fetches=1)
    app = application(telegram, {})
    await polling.poll(app, stop)
    assert app.handled == [40, 41] and telegram.offsets == [None, 42]
