"""Rows of the workload capability: due messages, hours, daily check-ins, warnings, self-checks.

Imported at the bottom of bot/db/models.py so `Base.metadata` always holds every table.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.models import Base, utcnow

DEFAULT_WORKDAYS = "12345"  # ISO weekdays, Monday = 1


class ScheduledMessage(Base):
    """One message due at a UTC time: a check-in, a weekly summary, a follow-up reminder...

    `kind` names the sender (bot/jobs/scheduler.py keeps a registry), `key` makes a message unique per
    user and kind (a check-in's key is its local date), `payload` is what the sender needs.
    Status: pending -> sending (claimed) -> sent | skipped | failed. A claimed row is never
    claimed again, so no message goes out twice.
    """

    __tablename__ = "scheduled_messages"
    __table_args__ = (
        UniqueConstraint("user_id", "kind", "key", name="uq_scheduled_user_kind_key"),
        Index("ix_scheduled_status_due", "status", "due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(24))
    key: Mapped[str] = mapped_column(String(40))
    due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(10), default="pending")
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    claimed_by: Mapped[str | None] = mapped_column(String(40))
    claimed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class CheckinPrefs(Base):
    """Per-user check-in settings beside the profile: work days, pause, Sunday summary, blocked."""

    __tablename__ = "checkin_prefs"

    user_id: Mapped[int] = mapped_column(
        BigInteger,
        ForeignKey("users.id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    )
    workdays: Mapped[str] = mapped_column(String(7), default=DEFAULT_WORKDAYS)
    paused_until: Mapped[date | None] = mapped_column(Date)
    weekly_summary: Mapped[bool] = mapped_column(Boolean, default=True)
    blocked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class WorkLog(Base):
    """Hours for one day, per client (client_id NULL: not tied to a client, or a day off)."""

    __tablename__ = "work_logs"
    __table_args__ = (Index("ix_work_logs_user_day", "user_id", "day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    client_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("clients.id", ondelete="SET NULL")
    )
    minutes: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CheckinDay(Base):
    """Energy, stress and the note of one day; `day_off` marks a planned day off."""

    __tablename__ = "checkin_days"
    __table_args__ = (UniqueConstraint("user_id", "day", name="uq_checkin_days_user_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    energy: Mapped[int | None] = mapped_column(SmallInteger)
    stress: Mapped[int | None] = mapped_column(SmallInteger)
    note: Mapped[str | None] = mapped_column(Text)
    day_off: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class WorkloadAlert(Base):
    """A warning that was sent: at most one per user and local day."""

    __tablename__ = "workload_alerts"
    __table_args__ = (UniqueConstraint("user_id", "day", name="uq_workload_alerts_user_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    rule: Mapped[str] = mapped_column(String(24))
    sent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SelfCheck(Base):
    """One Copenhagen Burnout Inventory self-check (work- and client-related subscales)."""

    __tablename__ = "self_checks"
    __table_args__ = (Index("ix_self_checks_user_started", "user_id", "started_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    answers: Mapped[list] = mapped_column(JSON, default=list)
    work_score: Mapped[float | None] = mapped_column(Float)
    client_score: Mapped[float | None] = mapped_column(Float)
