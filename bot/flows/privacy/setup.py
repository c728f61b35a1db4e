"""Wires the privacy rights into the application: /privacy, /export, /delete."""

from __future__ import annotations

from telegram.ext import Application

from bot.flows.privacy import codecs, flow
from bot.ui.callbacks import register_codecs


def register(application: Application) -> None:
    register_codecs(*codecs.CODECS)
    application.add_handlers(flow.build_handlers())
