"""Keeps one flow at a time: a command or another flow's button in the middle of a flow gets a
short note and the current step again, instead of silently starting a second conversation.

Before that, a button whose data this bot could not have made (unknown kind, a value out of its
range or set, see bot/callbacks.py) is answered "expired" here, once, and reaches no handler."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ApplicationHandlerStop, TypeHandler

from bot.callbacks import InvalidCallback, Menu, unpack
from bot.context import CoachContext
from bot.errors import answer_expired
from bot.flows.common import FLOWS, acknowledge, active_flow

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
    await refuse_invalid_button(update, context)
    flow = active_flow(context)
    info = FLOWS.get(flow) if flow else None
    if info is None:
        return
    command = command_of(update)
    if command in PASS_THROUGH:
        return
    if command is not None and command in info.own_commands:
        await info.reprompt(update, context, None)
        raise ApplicationHandlerStop
    if command is not None or foreign_button(update, info.entry_prefixes):
        await acknowledge(update)
        tr = context.tr
        note = tr.gettext(
            "We are in the middle of {flow}. Let’s finish this step first, "
            "or send /cancel to leave it.",
            flow=tr.label(info.title),
        )
        await info.reprompt(update, context, note)
        raise ApplicationHandlerStop


def build_handler() -> TypeHandler:
    return TypeHandler(Update, guard)
