"""Alembic environment: runs on a connection handed in by bot.db.migrate (sync or async URL)."""

from __future__ import annotations

from alembic import context

from bot.db.models import Base

target_metadata = Base.metadata


def run_on(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through `va-coach db upgrade`, which supplies a connection.")
run_on(connection)
