"""Rows of the reply-template capability: a VA's own templates.

Imported at the bottom of bot/db/models.py so `Base.metadata` always holds every table.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.models import Base, utcnow


class ReplyTemplate(Base):
    """A reply template the VA wrote or saved from a draft: plain text with `{field}` gaps
    (bot/coach/own_format.py), never code. Names are unique per user (compared case-blind by the
    repository; the constraint keeps exact duplicates out even under a race)."""

    __tablename__ = "reply_templates"
    __table_args__ = (UniqueConstraint("user_id", "name", name="uq_reply_templates_user_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
