"""Database layer: models, engine/session, repository functions and Alembic migrations."""
