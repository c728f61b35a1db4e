"""one history again; the update ledger tells started from finished updates

Revision ID: 0007_update_ledger
Revises: 0002_drafts, 0003_checkins, 0004_templates, 0005_calls, 0006_processed_updates
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_update_ledger"
# A merge: the branches of 0002-0006 meet here, and later revisions follow one line.
down_revision = ("0002_drafts", "0003_checkins", "0004_templates", "0005_calls", "0006_processed_updates")
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rows written before this revision are webhook updates handled completely.
    with op.batch_alter_table("processed_updates") as table:
        table.add_column(sa.Column("finished", sa.Boolean(), nullable=False, server_default=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table("processed_updates") as table:
        table.drop_column("finished")
