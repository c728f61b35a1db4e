"""Wires the workload capability into the application: check-ins, /log, /pause, /resume,
warnings' next steps, /week, /month, /selfcheck, and the scheduler's repeating job."""

from __future__ import annotations

from telegram.ext import Application, CommandHandler

from bot.flows.workload import (
    checkin,
    checkin_snooze,
    checkin_support,
    codecs,
    log,
    report,
    selfcheck,
)
from bot.flows.workload import warnings as workload_warnings
from bot.jobs import scheduler
from bot.ui.callbacks import register_codecs

COMMANDS = (
    "checkin",
    "log",
    "pause",
    "resume",
    "week",
    "month",
    "selfcheck",
)


def register(application: Application) -> None:
    register_codecs(*codecs.CODECS)
    for module in (checkin_support, checkin_snooze, report, selfcheck):
        scheduler.register_kinds(module.scheduled_kinds())
    # Before the guard (group -1), and never stopping anything: a returning user is unblocked.
    application.add_handler(CommandHandler("start", log.start_unblocks), group=-2)
    application.add_handler(checkin.build_handler(application))
    application.add_handlers(log.build_handlers())
    application.add_handlers(workload_warnings.build_handlers())
    application.add_handlers(report.build_handlers())
    application.add_handlers(selfcheck.build_handlers())
    scheduler.install(application)
