"""Hot standby on PostgreSQL: only the process holding an advisory lock is active.

Two `va-coach run` processes may point at one PostgreSQL. Each waits for the lock before it
builds its application, so the standby loads conversation state (python-telegram-bot reads it
once, at start) only when it takes over. The lock lives as long as the holder's connection: when
the active process dies, PostgreSQL releases it and the standby takes over within seconds. A
holder that loses its connection (or gets no answer on it for two checks' time) stops fetching
updates, writes no more flow data, finishes the updates in hand (the update ledger keeps a
new leader from applying them twice) and stands by again.

SQLite: the same on one machine, with an exclusive lock on `<database file>.lock` instead. The
bot runs SQLite through one connection on its event loop (bot/db/sqlite_inline.py), so a second
bot writing the same file would make both wait for each other's writes; the lock file keeps the
second one waiting as a standby. The operating system releases the lock when the holder dies.
"""

from __future__ import annotations

import asyncio
import fcntl
import logging
import os
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

from bot.db.session import is_sqlite

log = logging.getLogger(__name__)
LOCK_KEY = 0x5641_2D43_4F41_4348 & 0x7FFF_FFFF_FFFF_FFFF  # "VA-COACH", fits a bigint
RETRY_SECONDS = 2.0
WATCH_SECONDS = 2.0


class Leadership:
    def __init__(
        self, url: str, retry: float = RETRY_SECONDS, watch: float = WATCH_SECONDS
    ) -> None:
        self.url = url
        self.retry = retry
        self.watch = watch
        self.engine: AsyncEngine | None = None
        self.connection: AsyncConnection | None = None
        self.lock_file: int | None = None  # SQLite: the open, locked `.lock` file
        self.lost = False  # the lock's connection broke while active

    @property
    def needed(self) -> bool:
        return not is_sqlite(self.url) or self._sqlite_lock_path() is not None

    def _sqlite_lock_path(self) -> Path | None:
        return sqlite_lock_path(self.url)

    async def acquire(self, stop: asyncio.Event) -> bool:
        """Wait until this process holds the lock (True), or until `stop` is set (False)."""
        if not self.needed:
            return True
        if is_sqlite(self.url):
            return await self._acquire_file_lock(stop)
        self.engine = create_async_engine(self.url, poolclass=NullPool, hide_parameters=True)
        waiting_said = False
        while not stop.is_set():
            try:
                if self.connection is None:
                    self.connection = await self.engine.connect()
                held = await self.connection.scalar(
                    text("SELECT pg_try_advisory_lock(:key)"), {"key": LOCK_KEY}
                )
                await self.connection.commit()
                if held:
                    log.info("this process is now the active one")
                    return True
                if not waiting_said:
                    log.info("standby: another process is active; waiting to take over")
                    waiting_said = True
            except Exception as error:
                log.warning(
                    "standby: cannot reach the database (%s); retrying", type(error).__name__
                )
                await self._drop_connection()
            try:
                await asyncio.wait_for(stop.wait(), timeout=self.retry)
            except TimeoutError:
                pass
        return False

    async def _acquire_file_lock(self, stop: asyncio.Event) -> bool:
        path = self._sqlite_lock_path()
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        waiting_said = False
        while not stop.is_set():
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if not waiting_said:
                    log.info("standby: another process uses this SQLite file; waiting to take over")
                    waiting_said = True
                try:
                    await asyncio.wait_for(stop.wait(), timeout=self.retry)
                except TimeoutError:
                    pass
                continue
            self.lock_file = descriptor
            log.info("this process is now the active one")
            return True
        os.close(descriptor)
        return False

    async def watch_until_lost(self, stop: asyncio.Event) -> None:
        """While active: if the lock's connection breaks, set `stop`: this process stops serving
        and waits for the lock again (bot/runtime/runner.py), as another process may take over."""
        if not self.needed or is_sqlite(self.url):
            return  # a file lock cannot be lost while the process lives
        while not stop.is_set():
            try:
                await asyncio.wait_for(stop.wait(), timeout=self.watch)
                return
            except TimeoutError:
                pass
            try:
                # A half-open connection can hang for minutes: not answering in time is losing.
                await asyncio.wait_for(self._probe(), timeout=self.watch * 2)
            except Exception as error:
                log.warning(
                    "lost the database connection that holds the lock (%s); standing by",
                    type(error).__name__,
                )
                self.lost = True
                stop.set()

    async def _probe(self) -> None:
        await self.connection.scalar(text("SELECT 1"))
        await self.connection.commit()

    async def release(self) -> None:
        if self.lock_file is not None:
            os.close(self.lock_file)  # closing the file releases its lock
            self.lock_file = None
        await self._drop_connection()
        if self.engine is not None:
            await self.engine.dispose()

    async def _drop_connection(self) -> None:
        if self.connection is not None:
            try:
                await self.connection.close()
            except Exception:
                pass
            self.connection = None


def sqlite_lock_path(url: str) -> Path | None:
    """The file whose lock the active process holds on an SQLite database (None otherwise); also
    read by `va-coach status` and `va-coach db restore` (bot/ops/)."""
    database = make_url(url).database if is_sqlite(url) else None
    if not database or database == ":memory:":
        return None
    return Path(database).expanduser().with_name(Path(database).name + ".lock")
