"""Wires the gatekeeper coach into the application: /playbook, /call, /calllog, /calls,
/practice, and the follow-up reminders (scheduler kind "call_followup")."""

from __future__ import annotations

from telegram.ext import Application

from bot.flows import practice


def register(application: Application) -> None:
    application.add_handler(practice.build_handler())
