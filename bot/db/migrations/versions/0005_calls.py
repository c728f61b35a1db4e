"""call playbooks, call logs, practice sessions

Revision ID: 0005_calls
Revises: 0001
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_calls"
down_revision = "0001"
branch_labels = None
depends_on = None


def _user_fk() -> sa.Column:
    return sa.Column(
        "user_id", sa.BigInteger(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )


def _client_fk() -> sa.Column:
    return sa.Column(
        "client_id", sa.Integer(), sa.ForeignKey("clients.id", ondelete="SET NULL"), nullable=True
    )


def upgrade() -> None:
    op.create_table(
        "playbooks",
        sa.Column("id", sa.Integer(), primary_key=True),
        _user_fk(),
        _client_fk(),
        sa.Column("client_name", sa.String(64), nullable=False),
        sa.Column("target", sa.String(10), nullable=True),
        sa.Column("parts", sa.JSON(), nullable=False),
        sa.Column("retry_days", sa.Integer(), nullable=False),
        sa.Column("revisions", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_playbooks_user_client", "playbooks", ["user_id", "client_id"])
    op.create_table(
        "call_logs",
        sa.Column("id", sa.Integer(), primary_key=True),
        _user_fk(),
        _client_fk(),
        sa.Column("client_name", sa.String(64), nullable=False),
        sa.Column("prospect", sa.String(120), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("receptionist", sa.String(64), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("next_step", sa.Text(), nullable=True),
        sa.Column("callback_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_call_logs_user_created", "call_logs", ["user_id", "created_at"])
    op.create_table(
        "practice_sessions",
        sa.Column("id", sa.Integer(), primary_key=True),
        _user_fk(),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("scenario", sa.String(24), nullable=False),
        sa.Column("level", sa.String(10), nullable=False),
        sa.Column("turns", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("outcome", sa.String(12), nullable=True),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_practice_user_started", "practice_sessions", ["user_id", "started_at"])


def downgrade() -> None:
    op.drop_index("ix_practice_user_started", table_name="practice_sessions")
    op.drop_table("practice_sessions")
    op.drop_index("ix_call_logs_user_created", table_name="call_logs")
    op.drop_table("call_logs")
    op.drop_index("ix_playbooks_user_client", table_name="playbooks")
    op.drop_table("playbooks")
