"""Wires the say-no coach into the application: /no, its steps and its drafts' buttons."""

from __future__ import annotations

from telegram.ext import Application

from bot.flows.say_no import flow


def register(application: Application) -> None:
    application.add_handler(flow.build_handler())
