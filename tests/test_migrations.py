"""The schema comes from Alembic and matches the models, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from bot.db.migrate import current_revisions, head_revisions, upgrade
from bot.db.models import Base
from bot.db.session import Database


async def test_upgrade_is_idempotent_and_matches_the_models(any_database_url):
    database = Database(any_database_url)
    try:
        await upgrade(database.engine)
        await upgrade(database.engine)
        assert await current_revisions(database.engine) == head_revisions()
        async with database.engine.connect() as connection:
            differences = await connection.run_sync(
                lambda sync: compare_metadata(MigrationContext.configure(sync), Base.metadata)
            )
        assert differences == []
    finally:
        await database.dispose()
