"""Wires the reply check into the application: /check."""

from __future__ import annotations

from telegram.ext import Application

from bot.flows.reply_check import flow


def register(application: Application) -> None:
    application.add_handler(flow.build_handler())
