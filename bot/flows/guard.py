"""Keeps one flow at a time, and lets every command work at any time: a command or another
flow's button in the middle of a flow pauses it (bot/flows/pause.py) and runs; the flow's own
command or its "Continue" button picks it up again at the open step.

Before that, a button whose data this bot could not have made (unknown kind, a value out of its
range or set, see bot/callbacks.py) is answered "expired" here, once, and reaches no handler."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ApplicationHandlerStop, TypeHandler

from bot.callbacks import InvalidCallback, Menu, unpack
from bot.coach_bot import forget_last_message, last_message_asks
from bot.context import CoachContext
from bot.errors import answer_expired
from bot.flows.common import FLOWS, active_flow
from bot.flows.pause import flow_to_resume, offer_way_back, pause, resume

log = logging.getLogger(__name__)

# Commands that never disturb a flow: they only show information, or end the flow.
PASS_THROUGH = frozenset({"cancel", "help", "privacy", "export", "delete"})


def command_of(update: Update) -> str | None:
    message = update.message
    if not message or not message.text or not message.text.startswith("/"):
        return None
    return message.text.split(maxsplit=1)[0][1:].split("@", 1)[0].lower()


def foreign_button(update: Update, own_prefixes: frozenset[str]) -> bool:
    """A main-menu button or another flow's entry button."""
    query = update.callback_query
    if not query:
        return False
    try:
        data = unpack(query.data)
    except InvalidCallback:
        return False  # refused before (refuse_invalid_button)
    if isinstance(data, Menu):
        return data.target not in ("help", "privacy")
    other_entries = set().union(*(info.entry_prefixes for info in FLOWS.values())) - own_prefixes
    return data.prefix in other_entries


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
    forget_last_message()
    await refuse_invalid_button(update, context)
    command = command_of(update)
    wanted = flow_to_resume(update, context, command)
    flow = active_flow(context)
    context.flow_at_start = flow  # for offer_way_back, once the update is handled
    info = FLOWS.get(flow) if flow else None
    if info is not None and command not in PASS_THROUGH:
        if command is not None and command in info.own_commands:
            await info.reprompt(update, context, None)  # its own command: where it is
            raise ApplicationHandlerStop
        if command is not None or wanted or foreign_button(update, info.entry_prefixes):
            pause(update, context, flow)  # the command runs; the flow waits to be continued
    if wanted:
        await resume(update, context, wanted)
        raise ApplicationHandlerStop


async def way_back(update: Update, context: CoachContext) -> None:
    """Last of all: an update that closed or interrupted a flow, and left no question open (a
    check-in's buttons), offers to continue the flow it paused."""
    if getattr(context, "flow_at_start", None) and not active_flow(context) and not last_message_asks():
        await offer_way_back(update, context)


def build_handler() -> TypeHandler:
    return TypeHandler(Update, guard)


def build_way_back_handler() -> TypeHandler:
    return TypeHandler(Update, way_back)
