"""The one error handler: the user gets a short apology and the step again; the log gets the
exception class and where it happened, never message contents."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden, NetworkError, TelegramError
from telegram.ext import ApplicationHandlerStop

from bot.context import CoachContext
from bot.db import ledger
from bot.db.outage import is_storage_outage
from bot.db.unit import AlreadyHandled, UnitOfWork, abandon_current_unit, current_unit
from bot.runtime.replay import answer_started
from bot.ui.callbacks import InvalidCallback
from bot.ui.common import FLOWS, acknowledge, active_flow

log = logging.getLogger("bot.runtime.errors")


async def on_error(update: object, context: CoachContext) -> None:
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    # In both cases no later handler group may run (ApplicationHandlerStop): a replay must
    # not answer again, and nothing can be stored during an outage.
    if isinstance(error, AlreadyHandled):
        await answer_replay(update, context, error)
        raise ApplicationHandlerStop
    if is_storage_outage(error) and (unit := current_unit()) is not None:
        await not_stored(update, context, unit, error)
        raise ApplicationHandlerStop
    # Nothing half-done stays: the update's uncommitted writes go, its flow data goes back to
    # the last commit, so the step asked again below is the one not answered yet.
    await abandon_current_unit()
    if isinstance(error, InvalidCallback) and isinstance(update, Update) and update.callback_query:
        log.info("update %s: stale or tampered button", update_id)
        await answer_expired(update, context)
        return
    # exc_info carries the traceback (code locations); the update itself is never logged.
    log.error(
        "update %s failed: %s",
        update_id,
        type(error).__name__,
        exc_info=(type(error), error, error.__traceback__) if error else None,
    )
    if (
        isinstance(update, Update)
        and update.effective_chat is not None
        and not isinstance(error, Forbidden)
    ):
        await apologise(update, context)  # (Forbidden: the user blocked the bot, nobody to tell)


async def apologise(update: Update, context: CoachContext) -> None:
    """A bug: say sorry and ask the open step again (its answer is not stored yet)."""
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
    except Exception as follow_up:
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


async def answer_replay(update: object, context: CoachContext, replay: AlreadyHandled) -> None:
    """Another run of this update stored its effects first (a duplicate delivery that ran at the
    same time): this run's writes are dropped; if that run was cut short, the step is asked."""
    await abandon_current_unit()
    if replay.state == ledger.STARTED and isinstance(update, Update):
        current_unit().resume_after_replay()
        await answer_started(update, context)


async def not_stored(
    update: object, context: CoachContext, unit: UnitOfWork, error: BaseException
) -> None:
    """The database cannot store this update: keep nothing of it, say so once, and let it be
    delivered again (`unit.not_stored`)."""
    await unit.give_up_storing()
    log.warning(
        "update %s not stored (%s); it will be handled again",
        getattr(update, "update_id", None),
        type(error).__name__,
    )
    await answer_outage(update, context)


async def answer_outage(update: object, context: CoachContext) -> None:
    """Storage is down: say so once per update (it is retried until it can be stored)."""
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    told = context.application.told_about_outage  # type: ignore[attr-defined]
    try:
        await acknowledge(update)  # a retried update's second answer is refused: harmless
        if update.update_id in told:
            return
        told.add(update.update_id)
        await context.bot.send_message(
            update.effective_chat.id,
            context.tr.gettext(
                "I can’t save anything right now, so this is not stored yet. I’ll come back to "
                "it as soon as I can; there’s no need to send it again."
            ),
        )
    except TelegramError as follow_up:
        log.warning("could not tell the user about the outage: %s", type(follow_up).__name__)
