"""Journeys several test modules share: a user set up, a client added, the say-no coach walked to
a step, rows read back. One place, so test modules never import each other."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from sqlalchemy import select

from bot.db.models import Client, Draft, User
from bot.db.models_checkins import CheckinDay, WorkLog
from bot.i18n import translator


async def onboarded(chat, language: str) -> None:
    tr = translator(language)
    await chat.send("/start")
    await chat.press(tr.label("Let's start"))
    for _ in range(5):
        await chat.press(tr.label("Skip"))


async def client_rows(bot, chat) -> list[Client]:
    async with bot.app.database.sessions() as session:
        result = await session.execute(select(Client).where(Client.user_id == chat.user["id"]))
        return list(result.scalars())


async def user_row(bot, chat) -> User | None:
    async with bot.app.database.sessions() as session:
        return await session.get(User, chat.user["id"])


REQUEST = {
    "de": "Hallo! Können Sie bis morgen noch schnell die Präsentation fürs Board überarbeiten? Ist dringend.",
    "en": "Hi! Could you also redo the board presentation by tomorrow? It's urgent.",
}


async def drafts_of(bot, chat) -> list[Draft]:
    async with bot.app.database.sessions() as session:
        result = await session.execute(
            select(Draft).where(Draft.user_id == chat.user["id"]).order_by(Draft.id)
        )
        return list(result.scalars())


async def with_client(chat, language: str, name: str, register: str = "sie") -> None:
    tr = translator(language)
    await onboarded(chat, language)
    await chat.send("/clients")
    await chat.press(tr.label("Add a client"))
    await chat.send(name)
    await chat.press(register_label(language, register))
    await chat.press(tr.label("Skip"))  # no contact person
    await chat.press(tr.label("Done"))


def register_label(language: str, register: str = "sie") -> str:
    """The button for "Sie"/"du" (German) or formal/casual (English) when a client is added."""
    labels = {"de": ("“Sie” (formal)", "“du” (informal)"), "en": ("Formal", "Casual")}[language]
    return translator(language).label(labels[0] if register == "sie" else labels[1])


async def through_listening(
    chat, language: str, client: str, channel: str, answers=(False, False, False)
) -> None:
    tr = translator(language)
    await chat.send("/no")
    await chat.send(REQUEST[language])
    await chat.press(client)
    await chat.press(tr.label("Email") if channel == "email" else tr.label("Chat message"))
    for answer in answers:
        await chat.press(tr.label("Yes") if answer else tr.label("No"))


async def to_alternative(chat, language: str, reason: str, opener: str = "1") -> None:
    """Opener, "I know enough", the reason (its English source label), then skip what the client
    can count on and what the VA needs: the coach now asks for the alternative."""
    tr = translator(language)
    await chat.press(opener)
    await chat.press(tr.label("I know enough, continue"))
    await chat.press(tr.label(reason))
    await chat.press(tr.label("Skip"))
    await chat.press(tr.label("Skip"))


QUESTION = {  # a few words of each step's question, per language
    "name": {"de": "Wie darf ich dich nennen?", "en": "What should I call you?"},
    "timezone": {"de": "In welcher Zeitzone", "en": "Which time zone"},
    "checkin": {"de": "Wann soll dein täglicher Check-in", "en": "When should your daily check-in"},
    "capacity": {"de": "Wie viele Stunden pro Woche", "en": "How many hours a week"},
    "clients": {"de": "Für wen arbeitest du", "en": "Who are your current clients"},
}


async def at_step(chat, language: str, step: str) -> None:
    """Walk a fresh user to an onboarding step by skipping the ones before it."""
    tr = translator(language)
    steps = ["name", "timezone", "checkin", "capacity", "clients"]
    await chat.send("/start")
    await chat.press(tr.label("Let's start"))
    for _ in range(steps.index(step)):
        await chat.press(tr.label("Skip"))


NOW = datetime(2025, 3, 14, 17, 0, tzinfo=UTC)  # Friday 18:00 in Berlin


TODAY = date(2025, 3, 14)


async def setup_user(bot, chat, language: str, clients: tuple[str, ...] = (), now: datetime = NOW):
    bot.app.clock = lambda: now
    async with bot.app.database.sessions.begin() as session:
        session.add(
            User(
                id=chat.user["id"],
                chat_id=chat.chat["id"],
                language=language,
                timezone="Europe/Berlin",
                checkin_time="17:30",
                capacity_hours=40,
                onboarded_at=now,
                created_at=now,
            )
        )
        await session.flush()
        for name in clients:
            session.add(Client(user_id=chat.user["id"], name=name, register="sie", created_at=now))
    return translator(language)


async def day_row(bot, chat, day: date = TODAY) -> CheckinDay | None:
    async with bot.app.database.sessions() as session:
        result = await session.execute(
            select(CheckinDay).where(CheckinDay.user_id == chat.user["id"], CheckinDay.day == day)
        )
        return result.scalar_one_or_none()


async def logs(bot, chat) -> dict:
    async with bot.app.database.sessions() as session:
        rows = await session.execute(select(WorkLog).where(WorkLog.user_id == chat.user["id"]))
        result: dict = {}
        for row in rows.scalars():
            result[(row.day, row.client_id)] = result.get((row.day, row.client_id), 0) + row.minutes
        return result


# Flaws a draft must never have (the drafting and template tests read every draft for them).
PROBLEMS = {
    "placeholder left": re.compile(r"\{\{|\}\}|\{%|%\}|\bNone\b|\bUndefined\b"),
    "double space": re.compile(r"[^\n] {2,}"),
    "space before punctuation": re.compile(r" [,.;:!?]"),
    "dangling punctuation": re.compile(r"(^|\n)\s*[,.;:!?–-]|[,;:]\s*(\n|$)|\.\.(?!\.)|,\.|:\."),
    "empty sentence": re.compile(r"(?<![.…])\.\s*\.|:\s*\.|\(\s*\)"),
    "lowercase sentence start": re.compile(r"[.!?] [a-zäöü]"),
}


def problems_in(text: str) -> list[str]:
    lines = text.split("\n")
    # A salutation and an English sign-off ("Best regards,") end with a comma by design.
    if lines[0].endswith(","):
        lines = lines[1:]
    if len(lines) >= 2 and lines[-2].endswith(","):
        lines = lines[:-2]
    body = "\n".join(lines)
    return [name for name, pattern in PROBLEMS.items() if pattern.search(body)]
