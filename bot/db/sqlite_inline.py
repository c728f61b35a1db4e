"""SQLite for SQLAlchemy's asyncio engine, run on the event loop's own thread.

Why not aiosqlite: it hands every call (execute, fetch, commit, the pool's rollback) to a
worker thread and back, about 1.5 ms of CPU per small transaction on this kind of machine,
while SQLite itself answers in microseconds (WAL, synchronous=NORMAL: a commit does not wait
for the disk). Running the standard `sqlite3` module inline makes a transaction about five
times cheaper (`bench/updates.py`).

The price of running inline is that a wait inside SQLite blocks the loop. Inside this process
nothing can make SQLite wait: the pool (`OneConnectionPool`) lends its one connection to one
task at a time, so a second coroutine waits for it in the pool, asynchronously, instead of
waiting for SQLite's write lock. Only another process writing the same file (a `va-coach db
upgrade` beside the running bot) can make a statement wait, for up to the busy timeout
(bot/db/session.py), which is short for that reason.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from typing import Any

from sqlalchemy import pool
from sqlalchemy.dialects import registry
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.engine import URL
from sqlalchemy.util.concurrency import await_

DRIVER = "inline"
log = logging.getLogger(__name__)


async def _nothing() -> None:
    return None


def _yield_to_engine() -> None:
    # The asyncio engine checks that a driver call went through an await (a guard against sync
    # drivers used by mistake); one await of a finished coroutine satisfies it without a
    # trip through the event loop.
    await_(_nothing())


class InlineCursor:
    """A `sqlite3.Cursor` with the two hooks the asyncio engine calls."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    def execute(self, *args: Any) -> Any:
        _yield_to_engine()
        return self._cursor.execute(*args)

    def executemany(self, *args: Any) -> Any:
        _yield_to_engine()
        return self._cursor.executemany(*args)

    async def _async_soft_close(self) -> None:
        """Rows are fetched into memory by SQLite's cursor already: nothing to release."""

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)


class InlineConnection:
    """A `sqlite3.Connection` whose cursors are `InlineCursor`s."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        object.__setattr__(self, "_connection", connection)

    def cursor(self) -> InlineCursor:
        return InlineCursor(self._connection.cursor())

    def __getattr__(self, name: str) -> Any:
        return getattr(self._connection, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._connection, name, value)


class InlineDBAPI:
    """The `sqlite3` module, except that `connect` returns an `InlineConnection`."""

    def __getattr__(self, name: str) -> Any:
        return getattr(sqlite3, name)

    def connect(self, *args: Any, **kwargs: Any) -> InlineConnection:
        return InlineConnection(sqlite3.connect(*args, **kwargs))


class OneConnectionPool(pool.AsyncAdaptedQueuePool):
    """One connection, lent to one task at a time; others wait for it without blocking the loop.

    A task that opens a second session while it holds the connection would wait for itself
    forever. It gets a second connection instead (closed when returned) and a warning in the
    log: safe as long as the outer session has not written yet, or SQLite's lock makes the
    inner write wait for the busy timeout. Tests fail when `nested_sessions` grows, and
    `tests/test_sqlite_inline.py` rejects code that awaits anything but the session inside a
    session block: a session whose first query runs in its commit checks out from the task
    SQLAlchemy starts for that commit, which this check cannot tell from another user's.
    """

    nested_sessions = 0  # since the process started, all pools

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.update(pool_size=1, max_overflow=0)
        super().__init__(*args, **kwargs)
        self._holders: dict[int, asyncio.Task | None] = {}

    def _do_get(self) -> Any:
        task = _current_task()
        if task is not None and task in self._holders.values():
            OneConnectionPool.nested_sessions += 1
            log.warning("a database session opened inside another one of the same task")
            with self._overflow_lock:
                self._overflow += 1
            record = self._create_connection()
        else:
            record = super()._do_get()
        self._holders[id(record)] = task
        return record

    def _do_return_conn(self, record: Any) -> None:
        self._holders.pop(id(record), None)
        super()._do_return_conn(record)


def _current_task() -> asyncio.Task | None:
    try:
        return asyncio.current_task()
    except RuntimeError:  # no running loop: a synchronous caller (Alembic's own engine)
        return None


class InlineSQLiteDialect(SQLiteDialect_pysqlite):
    driver = DRIVER
    is_async = True
    supports_statement_cache = True

    @classmethod
    def import_dbapi(cls) -> Any:
        return InlineDBAPI()

    @classmethod
    def get_pool_class(cls, url: URL) -> type[pool.Pool]:
        # A memory database lives in its connection: keep that one connection for good.
        if cls._is_url_file_db(url):
            return OneConnectionPool
        return pool.StaticPool


registry.register(f"sqlite.{DRIVER}", __name__, "InlineSQLiteDialect")
