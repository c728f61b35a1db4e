"""Wires the reply templates into the application: the library (/replies), the VA's own
templates (/mytemplates), /drafts, inline mode, and the buttons under any shown reply."""

from __future__ import annotations

from telegram.ext import Application

from bot.flows.replies import codecs, drafts, flow, inline, mytemplates, result
from bot.ui.callbacks import register_codecs


def register(application: Application) -> None:
    register_codecs(*codecs.CODECS)
    # Buttons under any shown reply (save as template, email/chat, Sie/du) work without a flow.
    application.add_handlers(mytemplates.stateless_handlers())
    application.add_handlers(result.build_handlers())
    application.add_handler(flow.build_handler())
    application.add_handler(mytemplates.build_handler())
    application.add_handler(inline.build_handler())
    application.add_handlers(drafts.build_handlers())
