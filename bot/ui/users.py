"""The user behind an update, as every feature needs it: their row (made on first contact, with
the defaults) and their today, in their time zone."""

from __future__ import annotations

from datetime import date

from telegram import Update

from bot.coach import schedule as rules
from bot.context import CoachContext
from bot.db import repo
from bot.db.models import User
from bot.jobs.scheduler import clock_of


async def load_user(context: CoachContext, session, update: Update) -> User:
    settings = context.settings
    return await repo.ensure_user(
        session,
        update.effective_user.id,
        update.effective_chat.id if update.effective_chat else None,
        context.language,
        settings.default_checkin_time,
        settings.default_capacity_hours,
    )


def today_of(context: CoachContext, user: User) -> date:
    now = clock_of(context.application)()
    return now.astimezone(rules.zone_of(user.timezone, user.language)).date()


async def load_profile(update: Update, context: CoachContext) -> tuple[User, date]:
    """The user's row and their today."""
    async with context.database.sessions.begin() as session:
        user = await load_user(context, session, update)
    return user, today_of(context, user)


async def today_for(update: Update, context: CoachContext) -> date:
    """The user's today, in their time zone (dates in drafts and replies are the VA's dates)."""
    return (await load_profile(update, context))[1]
