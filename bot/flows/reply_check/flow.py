"""/check: the VA pastes any reply they wrote; the coach answers in one message with the five
elements it found (and the words that showed them), hard wording with a positive rephrasing,
a score and the one change that would help most.

    /check ─▶ WAITING ─(text)─▶ result, WAITING ─(Done or /cancel)─▶ END
"""

from __future__ import annotations

from enum import IntEnum

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.context import CoachContext
from bot.i18n import N_
from bot.ui.callbacks import CheckAction, Menu, pattern, unpack
from bot.ui.check_result import send_check
from bot.ui.common import (
    FlowInfo,
    acknowledge,
    close_keyboard,
    conversation,
    enter_flow,
    leave_flow,
    register_flow,
    send,
    text_of,
)
from bot.ui.fallbacks import state_fallbacks
from bot.ui.free_text import FreeTextAction, take_free_text
from bot.ui.menu import cancel_to_menu

FLOW = "check"


class State(IntEnum):
    WAITING = 0


async def start(update: Update, context: CoachContext) -> State:
    await acknowledge(update)
    enter_flow(context, FLOW)
    await send(update, context, context.tr.render("check/ask"))
    return State.WAITING


async def on_text(update: Update, context: CoachContext) -> State:
    text = (text_of(update) or "").strip()
    await send_check(update, context, text)
    return State.WAITING


async def from_free_text(update: Update, context: CoachContext) -> State:
    """ "Check this reply" under a message sent outside any flow."""
    await acknowledge(update)
    await close_keyboard(update)
    enter_flow(context, FLOW)
    await send_check(update, context, take_free_text(context) or "")
    return State.WAITING


async def on_action(update: Update, context: CoachContext) -> State | int:
    action = unpack(update.callback_query.data)
    assert isinstance(action, CheckAction)
    await acknowledge(update)
    if action.action == "done":
        leave_flow(context, FLOW)
        await send(update, context, context.tr.gettext("Good luck with your reply!"))
        return -1
    enter_flow(context, FLOW)
    await send(update, context, context.tr.render("check/ask"))
    return State.WAITING


async def reprompt(update: Update, context: CoachContext, note: str | None = None) -> State:
    ask = context.tr.render("check/ask")
    await send(update, context, f"{note}\n\n{ask}" if note else ask)
    return State.WAITING


cancel = cancel_to_menu(FLOW)


# What the guard needs to know; registered with the handler (build_handler).
FLOW_INFO = FlowInfo(
    title=N_("a reply check"),
    reprompt=reprompt,
    continue_label=N_("Continue the reply check"),
    own_commands=frozenset({"check"}),
    finished_scratch=lambda scratch: True,  # a prompt or a result: no answers to keep
)


def build_handler():
    register_flow(FLOW, FLOW_INFO)
    return conversation(
        name=FLOW,
        persistent=True,
        entry_points=[
            CommandHandler("check", start),
            CallbackQueryHandler(start, pattern=rf"^{Menu(target='check').pack()}$"),
            CallbackQueryHandler(on_action, pattern=pattern(CheckAction)),
            CallbackQueryHandler(
                from_free_text, pattern=rf"^{FreeTextAction(action='check').pack()}$"
            ),
        ],
        states={
            State.WAITING: [
                MessageHandler((filters.TEXT | filters.CAPTION) & ~filters.COMMAND, on_text),
                CallbackQueryHandler(on_action, pattern=pattern(CheckAction)),
            ]
        },
        fallbacks=[CommandHandler("cancel", cancel), *state_fallbacks(reprompt)],
    )
