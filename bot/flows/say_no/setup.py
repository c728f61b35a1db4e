"""Wires the say-no coach into the application: /no, its steps and its drafts' buttons."""

from __future__ import annotations

from telegram.ext import Application

from bot.flows.say_no import codecs, flow
from bot.ui.callbacks import register_codecs


def register(application: Application) -> None:
    register_codecs(*codecs.CODECS)
    application.add_handler(flow.build_handler())
