"""Wires the privacy rights into the application: /privacy, /export, /delete."""

from __future__ import annotations

from telegram.ext import Application

from bot.flows.privacy import flow


def register(application: Application) -> None:
    application.add_handlers(flow.build_handlers())
