"""processed webhook updates

Revision ID: 0006_processed_updates
Revises: 0001
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_processed_updates"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "processed_updates",
        sa.Column("update_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("processed_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_processed_updates_processed_at", "processed_updates", ["processed_at"])


def downgrade() -> None:
    op.drop_index("ix_processed_updates_processed_at", table_name="processed_updates")
    op.drop_table("processed_updates")
