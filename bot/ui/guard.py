"""Keeps one flow at a time, and lets every command work at any time: a command or another
flow's button in the middle of a flow pauses it (bot/ui/pause.py) and runs; the flow's own
command or its "Continue" button picks it up again at the open step.

Before that, a button whose data this bot could not have made (unknown kind, a value out of its
range or set, see bot/ui/callbacks.py) is answered "expired" here, once, and reaches no handler."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ApplicationHandlerStop, TypeHandler

from bot.context import CoachContext
from bot.runtime.errors import answer_expired
from bot.ui.callbacks import InvalidCallback, Menu, unpack
from bot.ui.common import (
    FLOWS,
    WAY_BACK,
    acknowledge,
    active_flow,
    answered_before,
    asking,
    mark_asking,
)
from bot.ui.free_text import forget_free_text
from bot.ui.menu import KNOWN_COMMANDS
from bot.ui.pause import (
    flow_to_resume,
    handled_in_its_state,
    offer_way_back,
    pause,
    resume,
    resume_button,
)

log = logging.getLogger(__name__)

# Commands that never disturb a flow: they only show information, or end the flow.
PASS_THROUGH = frozenset({"cancel", "help", "privacy", "export", "delete"})


def command_of(update: Update) -> str | None:
    message = update.message
    if not message or not message.text or not message.text.startswith("/"):
        return None
    return message.text.split(maxsplit=1)[0][1:].split("@", 1)[0].lower()


async def refuse_invalid_button(update: Update, context: CoachContext) -> None:
    query = update.callback_query
    if query is None:
        return
    try:
        unpack(query.data)
    except InvalidCallback:
        log.info("stale or tampered button refused")
        await answer_expired(update, context)
        raise ApplicationHandlerStop from None


async def guard(update: Update, context: CoachContext) -> None:
    mark_asking(False)
    await refuse_invalid_button(update, context)
    if answered_before(update, context):  # a double tap: its first tap was answered
        await acknowledge(update, context.tr.label("This button has expired."))
        raise ApplicationHandlerStop
    forget_free_text(update, context)
    command = command_of(update)
    wanted = flow_to_resume(update, context, command)
    flow = active_flow(context)
    info = FLOWS.get(flow) if flow else None
    if info is not None and (command is None or command in KNOWN_COMMANDS):
        if wanted is None and (button := resume_button(update)) is not None and button.flow == flow:
            await acknowledge(update, context.tr.label("This button has expired."))
            raise ApplicationHandlerStop  # "Continue" tapped twice: it is already open
        if command in info.own_commands:
            if not await info.finished(update, context):
                await info.reprompt(update, context, None)  # its own command: where it is
                raise ApplicationHandlerStop
            pause(update, context, flow, finished=True)
        elif (
            command is not None
            and command not in PASS_THROUGH
            or wanted
            or foreign(update, context, flow)
        ):
            # The command runs; the flow waits to be continued (unless it was done).
            pause(update, context, flow, await info.finished(update, context))
    if wanted:
        await resume(update, context, wanted)
        raise ApplicationHandlerStop


def foreign(update: Update, context: CoachContext, flow: str) -> bool:
    """A main-menu button, or any button the open flow has no handler for at its step."""
    query = update.callback_query
    if not query:
        return False
    data = unpack(query.data)  # valid: refuse_invalid_button went first
    if isinstance(data, Menu):
        return data.target not in ("help", "privacy")
    return not handled_in_its_state(update, context, flow)


async def way_back(update: Update, context: CoachContext) -> None:
    """Last of all: once no flow is open and nothing is asked (a check-in's buttons), offer to
    continue the flow an earlier command paused."""
    if (
        context.user_data
        and context.user_data.get(WAY_BACK)
        and not active_flow(context)
        and not asking()
    ):
        await offer_way_back(update, context)


def build_handler() -> TypeHandler:
    return TypeHandler(Update, guard)


def build_way_back_handler() -> TypeHandler:
    return TypeHandler(Update, way_back)
