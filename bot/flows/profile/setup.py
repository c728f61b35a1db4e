"""Wires the profile feature into the application: onboarding, /settings and /clients."""

from __future__ import annotations

from telegram.ext import Application

from bot.flows.profile import clients, codecs, flow
from bot.ui.callbacks import register_codecs


def register(application: Application) -> None:
    register_codecs(*codecs.CODECS)
    application.add_handler(flow.build_handler())
    application.add_handler(clients.build_handler())
