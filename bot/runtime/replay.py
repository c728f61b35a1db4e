"""An update delivered again after its effects were stored (the process died before Telegram
was told it was handled): nothing is applied twice, and the user is asked the open step again.

The update ledger (bot/db/ledger.py) says how far the earlier run came. FINISHED: it ran to the
end, so the redelivery is dropped. STARTED: it stored some effects, then died (before, during or
after sending its answer), so the handlers are not run again; the user gets a short note and
the flow's open step, as stored.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application, ConversationHandler

from bot.context import CoachContext
from bot.ui.common import FLOWS, acknowledge, active_flow

log = logging.getLogger(__name__)


async def answer_started(update: Update, context: CoachContext) -> None:
    log.info(
        "update %s was cut short before a restart; asking the open step again", update.update_id
    )
    if update.effective_chat is None:
        return
    try:
        await acknowledge(update)  # a second answer to one press is refused: harmless
        note = context.tr.gettext("I had already saved this just before a short interruption.")
        flow = active_flow(context)
        state = None
        if flow in FLOWS:
            state = await FLOWS[flow].reprompt(update, context, note)
        else:
            await context.bot.send_message(update.effective_chat.id, note)
        realign_conversations(context.application, flow, update, state)
    except TelegramError as error:
        log.warning("could not answer a replayed update: %s", type(error).__name__)


def conversations(application: Application) -> Iterator[ConversationHandler]:
    """The flows' persistent conversations. python-telegram-bot 22 has no public way to read or
    set one user's state: `_get_key`, `_conversations` and `_update_state` are used here and in
    bot/ui/pause.py."""
    for handlers in application.handlers.values():
        for handler in handlers:
            if isinstance(handler, ConversationHandler) and handler.persistent:
                yield handler


def realign_conversations(
    application: Application, flow: str | None, update: Update, state: object
) -> None:
    """The conversation's state is stored at the end of an update, the flow's step before each
    question: a run cut short leaves the first behind (still in a flow the run had left, or
    not yet in the one it entered). The flow data decides: its flow's conversation is at the
    step asked again, every other conversation of this user has ended."""
    for handler in conversations(application):
        key = handler._get_key(update)
        if handler.name == flow and isinstance(state, int) and state != ConversationHandler.END:
            handler._update_state(state, key)
        elif handler.name != flow:
            handler._update_state(ConversationHandler.END, key)
