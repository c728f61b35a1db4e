"""Old drafts and notes are purged after the retention; recent ones stay."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.db.models import Draft
from bot.jobs.retention import purge
from tests.journeys import onboarded, through_listening


async def test_drafts_older_than_the_retention_are_deleted(bot):
    chat = bot.chat(language_code="en")
    await onboarded(chat, "en")
    await through_listening(chat, "en", "No name", "chat")
    await chat.send("/cancel")
    await chat.send("/no")
    await chat.press("Start a new reply")
    async with bot.app.database.sessions.begin() as session:
        drafts = list((await session.execute(select(Draft).order_by(Draft.id))).scalars())
        drafts[0].updated_at = datetime.now(UTC) - timedelta(days=181)
    assert await purge(bot.app) == 1
    async with bot.app.database.sessions() as session:
        left = list((await session.execute(select(Draft.id))).scalars())
    assert left == [drafts[1].id]
    assert await purge(bot.app, now=datetime.now(UTC) + timedelta(days=179)) == 0
    assert await purge(bot.app, now=datetime.now(UTC) + timedelta(days=181)) == 1
