"""Wires the menu into the application: a first message from anyone, the main menu and /help,
and (last of all) whatever no flow and no command took."""

from __future__ import annotations

from telegram.ext import Application

from bot.flows.menu import flow, known_user, outside
from bot.ui.menu import set_default_commands

__all__ = ["register", "register_first", "set_default_commands"]


def register_first(application: Application) -> None:
    """Before everything: a user's row exists for every handler after it."""
    application.add_handler(known_user.build_handler(), group=-3)


def register(application: Application) -> None:
    """After every feature: the main menu's own buttons, then what nobody took."""
    application.add_handlers(flow.build_handlers())
    application.add_handlers(outside.build_handlers())
