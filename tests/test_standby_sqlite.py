"""Two bots on one SQLite file: the second waits as a standby until the first stops, as two
bots on one PostgreSQL database do (bot/runtime/standby.py)."""

from __future__ import annotations

import asyncio

from bot.runtime.standby import Leadership


async def test_a_second_process_on_the_same_sqlite_file_waits_until_the_first_stops(tmp_path):
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    first, second = Leadership(url, retry=0.05), Leadership(url, retry=0.05)
    assert await first.acquire(asyncio.Event())

    stop_waiting = asyncio.Event()
    waiting = asyncio.create_task(second.acquire(stop_waiting))
    await asyncio.sleep(0.3)
    assert not waiting.done()  # still the standby while the first one runs

    await first.release()
    assert await asyncio.wait_for(waiting, timeout=5)  # took over
    await second.release()


async def test_a_standby_that_is_told_to_stop_never_becomes_active(tmp_path):
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    first, second = Leadership(url, retry=0.05), Leadership(url, retry=0.05)
    assert await first.acquire(asyncio.Event())
    stop = asyncio.Event()
    stop.set()
    assert await second.acquire(stop) is False
    await first.release()


async def test_a_memory_database_needs_no_lock():
    assert not Leadership("sqlite://").needed
    assert await Leadership("sqlite://").acquire(asyncio.Event())
