"""/export and /delete: a user sees everything the bot keeps about them, and can erase it;
/export also offers the hours per client and month as CSV, for invoicing (hours_export.py)."""

from __future__ import annotations

import json
import logging
from io import BytesIO

from telegram import InputFile, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ConversationHandler

from bot.context import CoachContext
from bot.db.repo_privacy import delete_user, export_user
from bot.db.unit import commit_current_unit
from bot.flows.privacy.codecs import PrivacyAction
from bot.flows.privacy.hours_export import offer_hours_csv, send_hours_csv
from bot.ui.callbacks import pattern, unpack
from bot.ui.common import acknowledge, edit_or_send, keyboard, send

log = logging.getLogger(__name__)


async def export_command(update: Update, context: CoachContext) -> None:
    await acknowledge(update)
    tr = context.tr
    async with context.database.sessions() as session:
        data = await export_user(session, update.effective_user.id)
    labels = tr.data("privacy")["tables"]
    readable = tr.render("privacy/export.md", data=data, labels=labels)
    as_json = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
    await context.bot.send_document(
        update.effective_chat.id,
        InputFile(BytesIO(as_json.encode()), filename="va-coach-export.json"),
        caption=tr.gettext("Everything I keep about you, for machines (JSON)."),
    )
    await context.bot.send_document(
        update.effective_chat.id,
        InputFile(BytesIO(readable.encode()), filename="va-coach-export.md"),
        caption=tr.gettext("The same, to read (Markdown)."),
    )
    await offer_hours_csv(update, context)


async def delete_command(update: Update, context: CoachContext) -> None:
    await acknowledge(update)
    tr = context.tr
    markup = keyboard(
        [(tr.label("Yes, delete everything"), PrivacyAction(action="delete-confirmed"))],
        [(tr.label("No, keep my data"), PrivacyAction(action="keep"))],
    )
    await send(update, context, tr.render("privacy/delete_confirm"), markup)


async def privacy_button(update: Update, context: CoachContext) -> None:
    action = unpack(update.callback_query.data)
    assert isinstance(action, PrivacyAction)
    if action.action == "export":
        await export_command(update, context)
    elif action.action == "delete":
        await delete_command(update, context)
    elif action.action == "hours-csv":
        await send_hours_csv(update, context)
    elif action.action == "keep":
        await acknowledge(update)
        await edit_or_send(update, context, context.tr.gettext("Nothing was deleted."))
    elif action.action == "delete-confirmed":
        await acknowledge(update)
        language = context.language
        await erase(context.application, update.effective_user.id, update.effective_chat.id)
        from bot.i18n import translator

        await edit_or_send(update, context, translator(language).render("privacy/deleted"))


async def erase(application: Application, user_id: int, chat_id: int) -> None:
    """Rows, flow scratch data and open conversations of this user: all gone."""
    application.persistence.forget(user_id)  # type: ignore[union-attr]
    async with application.database.sessions.begin() as session:  # type: ignore[attr-defined]
        removed = await delete_user(session, user_id)
    await commit_current_unit()  # gone for good before the memory of it goes
    application.drop_user_data(user_id)
    for handlers in application.handlers.values():
        for handler in handlers:
            if isinstance(handler, ConversationHandler):
                # PTB has no public call to end someone else's conversation; its own
                # persistence reads this mapping, so removing the key ends the conversation.
                if (chat_id, user_id) in handler._conversations:
                    del handler._conversations[(chat_id, user_id)]
    log.info("erased a user on request (%d rows)", removed)


def build_handlers() -> list:
    return [
        CommandHandler("export", export_command),
        CommandHandler("delete", delete_command),
        CallbackQueryHandler(privacy_button, pattern=pattern(PrivacyAction)),
    ]
