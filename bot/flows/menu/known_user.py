"""Every user who writes to the bot has a `users` row before any flow runs, whatever they send
first (/clients, /log, a button): flows may store rows that belong to the user at once.

Inline queries are left out on purpose: someone typing @bot in another chat has not started the
bot, and nothing is stored about them.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import TypeHandler

from bot.context import CoachContext
from bot.db import repo
from bot.db.unit import commit_current_unit

KNOWN = "known"


async def ensure_known(update: Update, context: CoachContext) -> None:
    if update.inline_query or update.chosen_inline_result or update.effective_user is None:
        return
    if context.user_data is None or context.user_data.get(KNOWN):
        return
    async with context.database.sessions.begin() as session:
        await repo.ensure_user(
            session,
            update.effective_user.id,
            update.effective_chat.id if update.effective_chat else None,
            context.language,
            context.settings.default_checkin_time,
            context.settings.default_capacity_hours,
        )
    await commit_current_unit()  # the row exists before the flag says so, whatever fails next
    context.user_data[KNOWN] = True


def build_handler() -> TypeHandler:
    return TypeHandler(Update, ensure_known)
