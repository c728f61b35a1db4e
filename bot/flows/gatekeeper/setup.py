"""Wires the gatekeeper coach into the application: /playbook, /call, /calllog, /calls,
/practice, and the follow-up reminders (scheduler kind "call_followup", in bot/flows/gatekeeper/calls.py)."""

from __future__ import annotations

from telegram.ext import Application

from bot.flows.gatekeeper import calllog, calls, codecs, playbook, practice
from bot.jobs.scheduler import register_kinds
from bot.ui.callbacks import register_codecs


def register(application: Application) -> None:
    register_codecs(*codecs.CODECS)
    register_kinds(calls.scheduled_kinds())
    application.add_handler(practice.build_handler())
    application.add_handler(playbook.build_handler())
    application.add_handler(calllog.build_handler())
    application.add_handlers(calls.build_handlers())
