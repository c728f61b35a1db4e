"""Fixtures: a real Application over the offline Bot API, on SQLite and (when available) on
PostgreSQL, and chats that read like a user."""

from __future__ import annotations

import os
import uuid

# Opt in to python-telegram-bot's coming timedelta durations now (as the CLI does), so its
# deprecation warnings do not hide real ones.
os.environ.setdefault("PTB_TIMEDELTA", "1")
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.config import Settings
from bot.db.migrate import upgrade
from bot.db.session import Database
from bot.db.sqlite_inline import OneConnectionPool
from bot.offline.offline_chat import OfflineChat
from bot.offline.telegram_offline import OfflineBotAPI
from bot.runtime.app import CoachApplication, build_application
from tests.clock import RunningClock

PG_URL = os.environ.get("VA_COACH_TEST_PG_URL")
REQUIRE_PG = os.environ.get("VA_COACH_REQUIRE_PG") == "1"
LANGUAGES = ["de", "en"]


@pytest.fixture(autouse=True)
def no_nested_sessions() -> Iterator[None]:
    """SQLite has one connection per process: a session inside another one of the same task
    needs a second one and can wait for its own lock. No code path may do that."""
    before = OneConnectionPool.nested_sessions
    yield
    assert OneConnectionPool.nested_sessions == before, (
        "a database session opened inside another one"
    )


def sqlite_url(directory: Path) -> str:
    return f"sqlite:///{directory / 'test.db'}"


async def fresh_postgres(url: str) -> None:
    """Drop everything so each test starts from an empty schema."""
    database = Database(url)
    try:
        async with database.engine.begin() as connection:
            await connection.execute(text("DROP SCHEMA public CASCADE"))
            await connection.execute(text("CREATE SCHEMA public"))
    finally:
        await database.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def any_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Parametrises a test over SQLite and PostgreSQL."""
    if request.param == "sqlite":
        return sqlite_url(tmp_path)
    if not PG_URL:
        if REQUIRE_PG:
            pytest.fail("VA_COACH_REQUIRE_PG=1 but VA_COACH_TEST_PG_URL is not set")
        pytest.skip("no PostgreSQL: set VA_COACH_TEST_PG_URL (scripts/test.sh does)")
    await fresh_postgres(PG_URL)
    return PG_URL


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return sqlite_url(tmp_path)


def make_settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(
        _env_file=None,
        database_url=database_url,
        VA_COACH_DATA_DIR=tmp_path,
        bot_token=None,
    )


class Bot:
    """One running bot process: the application, its offline API and its database."""

    def __init__(self, database_url: str, tmp_path: Path, database: Database | None = None) -> None:
        self.settings = make_settings(database_url, tmp_path)
        self.api = OfflineBotAPI()
        self.app: CoachApplication = build_application(
            self.settings, request=self.api, database=database
        )
        self.app.clock = RunningClock()  # tests replace it where they need another day

    async def start(self) -> None:
        await upgrade(self.app.database.engine)
        await self.app.initialize()
        await self.app.post_init(self.app)

    async def stop(self) -> None:
        await self.app.shutdown()
        await self.app.post_shutdown(self.app)

    def chat(
        self, language_code: str | None = "en", user_id: int | None = None, first_name: str = "Anna"
    ) -> OfflineChat:
        return OfflineChat(
            self.app,
            self.api,
            user_id=user_id or 10_000 + uuid.uuid4().int % 1_000_000,
            first_name=first_name,
            language_code=language_code,
        )


@pytest.fixture
async def bot_factory(database_url: str, tmp_path: Path) -> AsyncIterator[Callable[..., Bot]]:
    """Start bots on the same database, for restart tests; all are stopped at the end."""
    started: list[Bot] = []

    async def start(url: str | None = None, database: Database | None = None) -> Bot:
        bot = Bot(url or database_url, tmp_path, database)
        await bot.start()
        started.append(bot)
        return bot

    yield start
    for bot in started:
        if bot.app._initialized:
            await bot.stop()


@pytest.fixture
async def bot(bot_factory) -> Bot:
    return await bot_factory()


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def chat(bot: Bot, language: str) -> OfflineChat:
    return bot.chat(language_code=language)
