"""Is the database reachable, and is a bot serving it? For `GET /healthz` and `va-coach status`.

Each check opens its own short connection, so it never waits behind the bot's own work.
`/healthz` reports the role of its own process (bot/runtime/webhook.py); `va-coach status`,
a process of its own, reads the hot-standby lock (bot/runtime/standby.py) instead, never
holding it for more than a moment: a standby that tries to take it in that moment tries again
two seconds later.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import json
import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from bot.db.session import is_sqlite
from bot.runtime.standby import LOCK_KEY, sqlite_lock_path

CHECK_SECONDS = 5.0
OK, UNREACHABLE = "ok", "unreachable"
# The advisory lock on a bigint key shows in pg_locks as its two 32-bit halves.
HELD_ON_POSTGRES = text(
    "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted"
    " AND objsubid = 1 AND classid::bigint = :high AND objid::bigint = :low"
    " AND database = (SELECT oid FROM pg_database WHERE datname = current_database()))"
)


def sqlite_path(url: str) -> Path | None:
    """The database file of an SQLite URL (None for an in-memory database)."""
    database = make_url(url).database
    if not database or database == ":memory:":
        return None
    return Path(database).expanduser()


def open_existing_sqlite(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """A connection to a database file that must already exist (sqlite3 would create it)."""
    mode = "ro" if read_only else "rw"
    return sqlite3.connect(f"file:{quote(str(path))}?mode={mode}", uri=True, timeout=CHECK_SECONDS)


async def database_state(url: str) -> str:
    """ "ok" when a query on the database answers within CHECK_SECONDS, else "unreachable"."""
    try:
        if is_sqlite(url):
            await asyncio.wait_for(asyncio.to_thread(_query_sqlite, url), CHECK_SECONDS)
        else:
            await asyncio.wait_for(_query_postgres(url, text("SELECT 1")), CHECK_SECONDS)
    except Exception:  # whatever the cause, the bot could not store anything now
        return UNREACHABLE
    return OK


def _query_sqlite(url: str) -> None:
    path = sqlite_path(url)
    if path is None:
        return
    with contextlib.closing(open_existing_sqlite(path)) as connection:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()


async def _query_postgres(url: str, query, **params: object) -> object:
    engine = create_async_engine(url, poolclass=NullPool, hide_parameters=True)
    try:
        async with engine.connect() as connection:
            return await connection.scalar(query, params)
    finally:
        await engine.dispose()


async def bot_is_active(url: str) -> bool:
    """Whether a `va-coach run` process holds the database's hot-standby lock, i.e. serves it."""
    if is_sqlite(url):
        return sqlite_lock_held(url)
    high, low = LOCK_KEY >> 32, LOCK_KEY & 0xFFFF_FFFF
    held = await asyncio.wait_for(
        _query_postgres(url, HELD_ON_POSTGRES, high=high, low=low), CHECK_SECONDS
    )
    return bool(held)


def sqlite_lock_held(url: str) -> bool:
    path = sqlite_lock_path(url)
    if path is None or not path.exists():
        return False
    descriptor = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(descriptor)  # closing releases the shared lock taken for the test
    return False


async def status(url: str) -> dict[str, str]:
    """What `va-coach status` prints: {"role": "active"|"none"|"unknown", "database": ...}."""
    database = await database_state(url)
    if database != OK:
        return {"role": "unknown", "database": database}
    try:
        role = "active" if await bot_is_active(url) else "none"
    except Exception:
        role = "unknown"
    return {"role": role, "database": database}


STATUS_EXIT_CODES = {("active", OK): 0, ("none", OK): 3}


async def status_command(url: str) -> int:
    """Print the status as JSON; exit 0 when a bot serves a reachable database, 3 when the
    database is fine but no bot holds it, 1 when the database cannot be reached."""
    report = await status(url)
    print(json.dumps(report))
    return STATUS_EXIT_CODES.get((report["role"], report["database"]), 1)
