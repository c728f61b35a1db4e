"""SQLAlchemy 2 models. Facts live in rows; conversation scratch state lives in persistence rows."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import true as sa_true
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from bot.db import clean_text


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


clean_text.install()  # every row's text is stored without control characters


class User(Base):
    """A VA who talked to the bot. The primary key is the Telegram user id."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    chat_id: Mapped[int | None] = mapped_column(BigInteger)
    language: Mapped[str] = mapped_column(String(8), default="en")
    display_name: Mapped[str | None] = mapped_column(String(64))
    timezone: Mapped[str | None] = mapped_column(String(64))
    checkin_time: Mapped[str] = mapped_column(String(5), default="17:30")
    capacity_hours: Mapped[int] = mapped_column(Integer, default=40)
    onboarded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    clients: Mapped[list[Client]] = relationship(
        back_populates="user", cascade="all, delete-orphan", order_by="Client.id"
    )


class Client(Base):
    """A client of the VA.

    `register` is how replies address them: "sie" (formal) or "du" (casual), in English too.
    The contact columns name the person a draft greets; all optional (see bot.coach.contact).
    """

    __tablename__ = "clients"
    __table_args__ = (UniqueConstraint("user_id", "name", name="uq_clients_user_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(64))
    register: Mapped[str] = mapped_column(String(3), default="sie")
    contact_title: Mapped[str | None] = mapped_column(String(64))
    contact_first: Mapped[str | None] = mapped_column(String(64))
    contact_last: Mapped[str | None] = mapped_column(String(64))
    # "herr", "frau" or "name" (greet by full name); how a formal draft opens
    contact_address: Mapped[str | None] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    user: Mapped[User] = relationship(back_populates="clients")


class Draft(Base):
    """A reply drafted with the bot (say-no coach, templates): kept so it can be reopened.

    `answers` holds the coach's inputs, so an unfinished draft resumes where it stopped and a
    finished one can be re-rendered shorter, warmer, more formal.
    """

    __tablename__ = "drafts"
    __table_args__ = (Index("ix_drafts_user_updated", "user_id", "updated_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(8), default="open")
    client_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("clients.id", ondelete="SET NULL")
    )
    client_name: Mapped[str | None] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8))
    answers: Mapped[dict] = mapped_column(JSON, default=dict)
    text: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ProcessedUpdate(Base):
    """Updates whose effects are stored (bot/db/ledger.py): Telegram delivers an update again
    until it is acknowledged, for up to a day. `finished`: its handling ran to the end."""

    __tablename__ = "processed_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    processed_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, index=True
    )
    finished: Mapped[bool] = mapped_column(Boolean, default=True, server_default=sa_true())


class ConversationRow(Base):
    """One open conversation of a ConversationHandler: (name, key) -> state."""

    __tablename__ = "conversations"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    state: Mapped[dict] = mapped_column(JSON)
    user_id: Mapped[int | None] = mapped_column(BigInteger, index=True)


class UserDataRow(Base):
    """python-telegram-bot's user_data for one user: flow scratch state only, never facts."""

    __tablename__ = "user_data"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    data: Mapped[dict] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )


# The workload capability keeps its tables in its own module; importing it here registers them.
# The gatekeeper coach likewise (playbooks, call logs, practice sessions).
from bot.db import models_calls as _models_calls  # noqa: E402, F401
from bot.db import models_checkins as _models_checkins  # noqa: E402, F401

# The reply-template capability likewise (own templates).
from bot.db import models_templates as _models_templates  # noqa: E402, F401
