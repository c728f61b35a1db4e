"""The one error handler: the user gets a short apology and the step again; the log gets the
exception class and where it happened, never message contents."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden, NetworkError, TelegramError

from bot.callbacks import InvalidCallback
from bot.context import CoachContext
from bot.db.unit import abandon_current_unit
from bot.flows.common import FLOWS, active_flow

log = logging.getLogger("bot.errors")


async def on_error(update: object, context: CoachContext) -> None:
    error = context.error
    # Nothing half-done stays: the update's uncommitted writes go, its flow data goes back to
    # the last commit, so the step asked again below is the one not answered yet.
    await abandon_current_unit()
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(error, InvalidCallback) and isinstance(update, Update) and update.callback_query:
        log.info("update %s: stale or tampered button", update_id)
        await answer_expired(update, context)
        return
    # exc_info carries the traceback (code locations); the update itself is never logged.
    log.error(
        "update %s failed: %s", update_id, type(error).__name__,
        exc_info=(type(error), error, error.__traceback__) if error else None,
    )  # fmt: skip
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if isinstance(error, Forbidden):
        return  # the user blocked the bot: nobody to tell
    try:
        if update.callback_query:
            await update.callback_query.answer()
        apology = context.tr.gettext(
            "Sorry, something went wrong on my side. What you saved is kept; please try that again."
        )
        flow = active_flow(context)
        if flow in FLOWS:
            await FLOWS[flow].reprompt(update, context, apology)
        else:
            await context.bot.send_message(update.effective_chat.id, apology)
    except (TelegramError, NetworkError) as follow_up:
        log.warning("could not tell the user about the error: %s", type(follow_up).__name__)
    except Exception as follow_up:  # noqa: BLE001 - never let the error handler raise
        log.error("re-prompt after an error failed: %s", type(follow_up).__name__)


async def answer_expired(update: Update, context: CoachContext) -> None:
    """A tampered or outdated button that only a handler could tell apart."""
    try:
        await update.callback_query.answer(context.tr.label("This button has expired."))
        flow = active_flow(context)
        if flow in FLOWS:
            await FLOWS[flow].reprompt(update, context, None)
    except TelegramError as follow_up:
        log.warning("could not answer an expired button: %s", type(follow_up).__name__)
