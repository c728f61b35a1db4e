"""Rows of the gatekeeper coach: call playbooks per client, logged calls, practice sessions.

Imported at the bottom of bot/db/models.py so `Base.metadata` always holds every table. Every
table has a `user_id`, so /export and /delete find them. Follow-up reminders are rows of
scheduled_messages (kind "call_followup", key "call<id>"): no foreign key needed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.models import Base, utcnow


class Playbook(Base):
    """A client's call playbook: `parts` maps a part key (opening, voicemail, ...) to its text."""

    __tablename__ = "playbooks"
    __table_args__ = (Index("ix_playbooks_user_client", "user_id", "client_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    client_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("clients.id", ondelete="SET NULL")
    )
    client_name: Mapped[str] = mapped_column(String(64))
    target: Mapped[str | None] = mapped_column(String(10))  # business or consumer
    parts: Mapped[dict] = mapped_column(JSON, default=dict)
    retry_days: Mapped[int] = mapped_column(Integer, default=2)
    revisions: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CallLog(Base):
    """One call made for a client: its outcome, the receptionist's name, a note, the next step."""

    __tablename__ = "call_logs"
    __table_args__ = (Index("ix_call_logs_user_created", "user_id", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    client_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("clients.id", ondelete="SET NULL")
    )
    client_name: Mapped[str] = mapped_column(String(64))
    prospect: Mapped[str] = mapped_column(String(120))
    outcome: Mapped[str] = mapped_column(String(16))
    receptionist: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)
    next_step: Mapped[str | None] = mapped_column(Text)
    callback_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class PracticeSession(Base):
    """One role-play with the receptionist: the answers with their judgements, and the score."""

    __tablename__ = "practice_sessions"
    __table_args__ = (Index("ix_practice_user_started", "user_id", "started_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(8))
    scenario: Mapped[str] = mapped_column(String(24))
    level: Mapped[str] = mapped_column(String(10))
    turns: Mapped[list] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(8), default="open")  # open, done, left
    outcome: Mapped[str | None] = mapped_column(String(12))
    score: Mapped[int | None] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
