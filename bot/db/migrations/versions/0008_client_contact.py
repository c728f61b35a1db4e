"""the client's contact person and how drafts address them

Revision ID: 0008_client_contact
Revises: 0007_update_ledger
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_client_contact"
down_revision = "0007_update_ledger"
branch_labels = None
depends_on = None

# All nullable: clients added before this revision simply have no contact person yet.
_COLUMNS = (
    ("contact_title", 64),
    ("contact_first", 64),
    ("contact_last", 64),
    ("contact_address", 8),
)


def upgrade() -> None:
    with op.batch_alter_table("clients") as table:
        for name, length in _COLUMNS:
            table.add_column(sa.Column(name, sa.String(length), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("clients") as table:
        for name, _length in reversed(_COLUMNS):
            table.drop_column(name)
