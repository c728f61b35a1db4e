"""check-ins, work logs, scheduled messages, workload alerts, self-checks

Revision ID: 0003_checkins
Revises: 0001
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_checkins"
down_revision = "0001"
branch_labels = None
depends_on = None


def _user_fk() -> sa.Column:
    return sa.Column(
        "user_id", sa.BigInteger(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )


def upgrade() -> None:
    op.create_table(
        "scheduled_messages",
        sa.Column("id", sa.Integer(), primary_key=True),
        _user_fk(),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("claimed_by", sa.String(40), nullable=True),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("user_id", "kind", "key", name="uq_scheduled_user_kind_key"),
    )
    op.create_index("ix_scheduled_status_due", "scheduled_messages", ["status", "due_at"])
    op.create_index("ix_scheduled_messages_user_id", "scheduled_messages", ["user_id"])
    op.create_table(
        "checkin_prefs",
        sa.Column(
            "user_id", sa.BigInteger(), sa.ForeignKey("users.id", ondelete="CASCADE"),
            primary_key=True, autoincrement=False,
        ),
        sa.Column("workdays", sa.String(7), nullable=False),
        sa.Column("paused_until", sa.Date(), nullable=True),
        sa.Column("weekly_summary", sa.Boolean(), nullable=False),
        sa.Column("blocked_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_table(
        "work_logs",
        sa.Column("id", sa.Integer(), primary_key=True),
        _user_fk(),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column(
            "client_id", sa.Integer(), sa.ForeignKey("clients.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_work_logs_user_day", "work_logs", ["user_id", "day"])
    op.create_table(
        "checkin_days",
        sa.Column("id", sa.Integer(), primary_key=True),
        _user_fk(),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("energy", sa.SmallInteger(), nullable=True),
        sa.Column("stress", sa.SmallInteger(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("day_off", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("user_id", "day", name="uq_checkin_days_user_day"),
    )
    op.create_table(
        "workload_alerts",
        sa.Column("id", sa.Integer(), primary_key=True),
        _user_fk(),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("rule", sa.String(24), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("user_id", "day", name="uq_workload_alerts_user_day"),
    )
    op.create_table(
        "self_checks",
        sa.Column("id", sa.Integer(), primary_key=True),
        _user_fk(),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("work_score", sa.Float(), nullable=True),
        sa.Column("client_score", sa.Float(), nullable=True),
    )
    op.create_index("ix_self_checks_user_started", "self_checks", ["user_id", "started_at"])


def downgrade() -> None:
    op.drop_index("ix_self_checks_user_started", table_name="self_checks")
    op.drop_table("self_checks")
    op.drop_table("workload_alerts")
    op.drop_table("checkin_days")
    op.drop_index("ix_work_logs_user_day", table_name="work_logs")
    op.drop_table("work_logs")
    op.drop_table("checkin_prefs")
    op.drop_index("ix_scheduled_messages_user_id", table_name="scheduled_messages")
    op.drop_index("ix_scheduled_status_due", table_name="scheduled_messages")
    op.drop_table("scheduled_messages")
