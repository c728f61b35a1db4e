"""Engine and session factory. SQLite gets WAL and a short busy timeout (see BUSY_TIMEOUT)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.orm import Session

from bot.db import sqlite_inline
from bot.db.unit import SessionFactory

# SQLite waits for another process's lock on the event loop (bot/db/sqlite_inline.py), which
# stalls every user. So it waits briefly; a longer lock (a `BEGIN EXCLUSIVE` elsewhere) fails the
# update as an outage: the user is told once, and the update is handled again when it clears.
BUSY_TIMEOUT = 0.2


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def ensure_sqlite_dir(url: str) -> None:
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)


def inline_sqlite_url(url: str) -> URL:
    """Any SQLite URL (`sqlite://`, `sqlite+aiosqlite://`...) served by the inline driver."""
    return make_url(url).set(drivername=f"sqlite+{sqlite_inline.DRIVER}")


def create_engine(url: str) -> AsyncEngine:
    """Parameters are hidden from SQLAlchemy's error messages: they hold what users typed.

    SQLite: one connection (see bot/db/sqlite_inline.py), so keep one `Database` per file and
    process: two in one event loop could each wait for SQLite's write lock, blocking the loop."""
    if is_sqlite(url):
        ensure_sqlite_dir(url)
        engine = create_async_engine(
            inline_sqlite_url(url),
            connect_args={"timeout": BUSY_TIMEOUT, "check_same_thread": False},
            hide_parameters=True,
        )

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    return create_async_engine(url, pool_pre_ping=True, hide_parameters=True)


class HoldingSession(Session):
    """SQLAlchemy's identity map holds rows weakly: the user read by one block of an update was
    gone by the next and read again. A session lives for one update (bot/db/unit.py), so it
    holds what it loaded until then."""


@event.listens_for(HoldingSession, "loaded_as_persistent")
@event.listens_for(HoldingSession, "pending_to_persistent")
def _hold(session: Session, instance: object) -> None:
    session.info.setdefault("held", []).append(instance)


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker:
    return async_sessionmaker(engine, expire_on_commit=False, sync_session_class=HoldingSession)


class Database:
    """The engine and its session factory. Creating it opens no connection."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = create_engine(url)
        self.maker = create_sessionmaker(self.engine)
        # One session per update while the bot processes one (bot/db/unit.py).
        self.sessions = SessionFactory(self.maker)

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.url)

    async def dispose(self) -> None:
        await self.engine.dispose()
