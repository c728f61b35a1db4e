"""Engine and session factory. SQLite gets WAL and a busy timeout so short locks wait, not fail."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine

from bot.db import sqlite_inline
from bot.db.unit import SessionFactory


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
            connect_args={"timeout": 15, "check_same_thread": False},
            hide_parameters=True,
        )

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # noqa: ANN001
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    return create_async_engine(url, pool_pre_ping=True, hide_parameters=True)


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker:
    return async_sessionmaker(engine, expire_on_commit=False)


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
