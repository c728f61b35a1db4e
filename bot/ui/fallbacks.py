"""What a flow does with input it did not ask for: say so briefly, then ask its step again."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler, filters

from bot.context import CoachContext
from bot.ui.common import Reprompt, expired_button

log = logging.getLogger(__name__)


def state_fallbacks(reprompt: Reprompt) -> list[BaseHandler]:
    """Catch-alls for the end of a ConversationHandler's fallbacks."""

    # Each returns the state the re-prompt asked (when the flow's reprompt says), so the
    # conversation realigns with the step the user sees, e.g. after a crash between the two.
    async def unexpected_message(update: Update, context: CoachContext) -> object:
        message = update.effective_message
        tr = context.tr
        if message.text:
            note = tr.gettext("Please use the buttons above.")
        else:
            note = tr.gettext(
                "I can only read text here, no photos, stickers, voice messages or files."
            )
        return await reprompt(update, context, note)

    async def stale_button(update: Update, context: CoachContext) -> object:
        log.info("stale or unknown button pressed inside a flow")
        note = context.tr.gettext("That button belongs to an older message. Here is where we are:")
        return await expired_button(update, context, reprompt, note)

    return [
        MessageHandler(
            filters.ALL & ~filters.COMMAND & ~filters.UpdateType.EDITED, unexpected_message
        ),
        CallbackQueryHandler(stale_button),
    ]
