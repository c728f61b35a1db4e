"""Input that arrives when no flow is open: unknown commands, chatter, old buttons."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import CallbackQueryHandler, MessageHandler, filters

from bot.context import CoachContext
from bot.ui.common import acknowledge, send
from bot.ui.free_text import answer_free_text
from bot.ui.menu import main_menu_markup

log = logging.getLogger(__name__)


async def unknown_command(update: Update, context: CoachContext) -> None:
    await send(
        update,
        context,
        context.tr.gettext("I do not know that command. /help lists what I can do."),
    )


async def free_message(update: Update, context: CoachContext) -> None:
    if await answer_free_text(update, context):
        return
    await send(
        update,
        context,
        context.tr.gettext("What would you like to do? Pick one below, or see /help."),
        main_menu_markup(context),
    )


async def expired_button(update: Update, context: CoachContext) -> None:
    log.info("button pressed outside any flow; answered as expired")
    await acknowledge(update, context.tr.label("This button has expired."))
    await send(
        update,
        context,
        context.tr.gettext("That button belongs to an older message. Here is the menu:"),
        main_menu_markup(context),
    )


def build_handlers() -> list:
    """Last in group 0: only what no flow and no command took."""
    return [
        MessageHandler(filters.COMMAND & filters.UpdateType.MESSAGE, unknown_command),
        MessageHandler(filters.UpdateType.MESSAGE & filters.ChatType.PRIVATE, free_message),
        CallbackQueryHandler(expired_button),
    ]
