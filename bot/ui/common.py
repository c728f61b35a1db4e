"""Small helpers every flow uses: keyboards, replies, the active-flow marker, input checks."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest

from bot.coach.typed_buttons import Meaning, typed_button
from bot.context import CoachContext
from bot.db.clean_text import strip_controls
from bot.i18n import in_every_language
from bot.ui.callbacks import CallbackData
from bot.ui.splitting import split_message

log = logging.getLogger(__name__)

ACTIVE_FLOW = "flow"
PAUSED = "paused"  # flows interrupted by another command, the most recent last (pause.py)
WAY_BACK = "way_back"  # set: offer to continue a paused flow once nothing else is asked
COPY_LIMIT = 256  # Telegram's limit for a copy-text button
ANSWERED = "answered"  # the messages whose buttons were answered, the most recent last
KEEP_ANSWERED = 8

Row = Sequence[tuple[str, CallbackData]]
# Asks the flow's current step again; the note (why) goes above the question.
Reprompt = Callable[[Update, CoachContext, str | None], Awaitable[object]]


def keyboard(*rows: Row) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(label, callback_data=data.pack()) for label, data in row]
            for row in rows
            if row
        ]
    )


def chunk(buttons: Sequence[tuple[str, CallbackData]], per_row: int) -> list[Row]:
    return [buttons[index : index + per_row] for index in range(0, len(buttons), per_row)]


async def send(
    update: Update,
    context: CoachContext,
    text: str,
    markup: InlineKeyboardMarkup | None = None,
) -> Message:
    """Send a message; a text over Telegram's limit goes as several, the buttons on the last.

    The user's flow data (which step was just asked) is written first: a crash right after the
    question went out must not leave the stored step behind what the user sees.
    """
    await persist_user_data(update, context)
    parts = split_message(text)
    for part in parts[:-1]:
        await context.bot.send_message(chat_id=update.effective_chat.id, text=part)
    return await context.bot.send_message(
        chat_id=update.effective_chat.id, text=parts[-1], reply_markup=markup
    )


async def persist_user_data(update: Update, context: CoachContext) -> None:
    if context.user_data is not None and update.effective_user is not None:
        context.application.mark_data_for_update_persistence(user_ids=update.effective_user.id)
        await context.application.update_persistence()


async def edit_or_send(
    update: Update,
    context: CoachContext,
    text: str,
    markup: InlineKeyboardMarkup | None = None,
) -> None:
    """Menus change in place when a button was pressed; otherwise a new message is sent."""
    query = update.callback_query
    if query and query.message:
        if context.user_data is not None:  # it gets new buttons: they can be pressed
            forget_answered(context.user_data, query.message.message_id)
        await persist_user_data(update, context)
        try:
            await query.edit_message_text(text=text, reply_markup=markup)
            return
        except BadRequest as error:
            if "not modified" in error.message.lower():
                return
            log.info("edit failed (%s); sending a new message instead", type(error).__name__)
    await send(update, context, text, markup)


async def acknowledge(update: Update, text: str | None = None) -> None:
    """Stop the button's spinner; optionally with a short toast."""
    if update.callback_query:
        try:
            await update.callback_query.answer(text)
        except BadRequest:
            pass  # a query older than Telegram's limit can no longer be answered: harmless


def remember_answered(update: Update, context: CoachContext) -> None:
    """The pressed button's message is answered: a second tap on any of its buttons (a double
    tap, before Telegram removed them) changes nothing (bot/ui/guard.py)."""
    query = update.callback_query
    if query and query.message and context.user_data is not None:
        answered = [*context.user_data.get(ANSWERED, []), query.message.message_id]
        context.user_data[ANSWERED] = answered[-KEEP_ANSWERED:]


def forget_answered(user_data: dict, message_id: int) -> None:
    """`message_id` has buttons to press again (a message edited, or a new one)."""
    answered = user_data.get(ANSWERED)
    if answered and message_id in answered:
        user_data[ANSWERED] = [m for m in answered if m != message_id]


def answered_before(update: Update, context: CoachContext) -> bool:
    query = update.callback_query
    return bool(
        query
        and query.message
        and context.user_data
        and query.message.message_id in context.user_data.get(ANSWERED, [])
    )


async def close_keyboard(update: Update) -> None:
    """Remove the buttons of the message that was answered, so old steps cannot be pressed."""
    query = update.callback_query
    if query and query.message and getattr(query.message, "reply_markup", None):
        try:
            await query.edit_message_reply_markup(reply_markup=None)
        except BadRequest:
            pass


# --- the active-flow marker and per-flow re-prompts ----------------------------------------------
@dataclass
class FlowInfo:
    """What the guard needs to know about a flow: how to ask its step again, how to offer it
    after a pause, and whether anything is left to continue."""

    reprompt: Reprompt
    continue_label: str  # the button that picks it up again after a pause (bot/ui/pause.py)
    # On its final screen (a draft, a result) or a plain menu: nothing to continue after a pause.
    finished: Callable[[Update, CoachContext], Awaitable[bool]]
    own_commands: frozenset[str] = field(default_factory=frozenset)


FLOWS: dict[str, FlowInfo] = {}


def register_flow(name: str, info: FlowInfo) -> None:
    FLOWS[name] = info


def enter_flow(context: CoachContext, name: str, fresh: bool = False) -> dict:
    """Mark `name` as the active flow; returns its scratch data, emptied when `fresh`."""
    context.user_data[ACTIVE_FLOW] = name
    unpause(context, name)  # entered anew: no longer waiting to be continued
    scratch = context.scratch(name)
    if fresh:
        scratch.clear()
    return scratch


def leave_flow(context: CoachContext, name: str) -> None:
    if context.user_data.get(ACTIVE_FLOW) == name:
        del context.user_data[ACTIVE_FLOW]
    context.user_data.pop(name, None)
    unpause(context, name)
    if context.user_data.get(PAUSED):
        context.user_data[WAY_BACK] = True  # one flow done: offer the one it interrupted


def unpause(context: CoachContext, name: str) -> None:
    paused = [flow for flow in context.user_data.get(PAUSED, []) if flow != name]
    if paused:
        context.user_data[PAUSED] = paused
    else:
        context.user_data.pop(PAUSED, None)
        context.user_data.pop(WAY_BACK, None)


# An open question outside any flow (the check-in's buttons): nothing else is offered under it.
# One value per update's task, set by the screens that ask.
_asking: ContextVar[bool] = ContextVar("asking", default=False)


def mark_asking(asking: bool = True) -> None:
    _asking.set(asking)


def asking() -> bool:
    return _asking.get()


async def expired_button(
    update: Update, context: CoachContext, ask_again: Reprompt, note: str | None = None
) -> object:
    """An old button (a step answered already: a double tap, an earlier message): say so on the
    button and change nothing. The open question is the last message; asking it again would
    only post it twice. `note`, given for a reason worth telling, asks it again with it."""
    await acknowledge(update, context.tr.label("This button has expired."))
    if note is not None:
        return await ask_again(update, context, note)
    return None  # the conversation stays where it is


def active_flow(context: CoachContext) -> str | None:
    return context.user_data.get(ACTIVE_FLOW) if context.user_data is not None else None


def text_of(update: Update) -> str | None:
    """The text of a message, or a photo's caption, or None; without control characters, so
    what is shown back or stored is what the user could see."""
    message = update.effective_message
    if message is None:
        return None
    text = message.text or message.caption
    return strip_controls(text) if text else text


def typed_meaning(text: str | None) -> Meaning | None:
    """ "fertig", "skip", "ja", "no" typed where a button would do: read as that button."""
    return typed_button(text or "", in_every_language("typed_buttons"))
