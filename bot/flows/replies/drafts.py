"""/drafts: the last replies drafted with the bot; reopen one to copy it again, or delete it."""

from __future__ import annotations

import html

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.context import CoachContext
from bot.db import repo_drafts
from bot.flows.replies.codecs import DraftDelete, DraftOpen
from bot.ui.callbacks import Menu, NoStart, pattern, unpack
from bot.ui.common import COPY_LIMIT, acknowledge, edit_or_send, keyboard, send


async def list_drafts(update: Update, context: CoachContext) -> None:
    await acknowledge(update)
    tr = context.tr
    async with context.database.sessions() as session:
        drafts = await repo_drafts.recent_drafts(session, update.effective_user.id)
    rows = [
        [
            (
                tr.label(
                    "{date} · {who}",
                    date=tr.format_date(d.updated_at.date()),
                    who=(d.client_name or "—")[:30],
                ),
                DraftOpen(draft_id=d.id),
            )
        ]
        for d in drafts
    ]
    await send(
        update,
        context,
        tr.render("history/list", count=len(drafts)),
        keyboard(*rows) if rows else None,
    )


async def open_draft(update: Update, context: CoachContext) -> None:
    await acknowledge(update)
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, DraftOpen)
    tr = context.tr
    async with context.database.sessions() as session:
        draft = await repo_drafts.get_draft(session, update.effective_user.id, choice.draft_id)
    if draft is None or not draft.text:
        await send(update, context, tr.gettext("That draft no longer exists."))
        return
    from telegram import CopyTextButton, InlineKeyboardButton, InlineKeyboardMarkup

    from bot.flows.replies.result import send_to_chat_button
    from bot.ui.callbacks import SaveAsTemplate

    rows = [[send_to_chat_button(context, draft.id)]]
    if len(draft.text) <= COPY_LIMIT:
        rows[0].insert(
            0, InlineKeyboardButton(tr.label("Copy"), copy_text=CopyTextButton(draft.text))
        )
    if draft.status == "open" and draft.kind == "say_no":
        rows.append(
            [
                InlineKeyboardButton(
                    tr.label("Continue this reply"), callback_data=NoStart(draft_id=draft.id).pack()
                )
            ]
        )
    rows.append(
        [
            InlineKeyboardButton(
                tr.label("Save as my template"),
                callback_data=SaveAsTemplate(draft_id=draft.id).pack(),
            ),
            InlineKeyboardButton(
                tr.label("Delete"), callback_data=DraftDelete(draft_id=draft.id).pack()
            ),
        ]
    )
    await send(update, context, html.escape(draft.text), InlineKeyboardMarkup(rows))


async def delete_draft(update: Update, context: CoachContext) -> None:
    await acknowledge(update)
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, DraftDelete)
    async with context.database.sessions.begin() as session:
        deleted = await repo_drafts.delete_draft(session, update.effective_user.id, choice.draft_id)
    tr = context.tr
    await edit_or_send(
        update,
        context,
        tr.gettext("Draft deleted.") if deleted else tr.gettext("That draft no longer exists."),
    )


def build_handlers() -> list:
    return [
        CommandHandler("drafts", list_drafts),
        CallbackQueryHandler(list_drafts, pattern=rf"^{Menu(target='drafts').pack()}$"),
        CallbackQueryHandler(open_draft, pattern=pattern(DraftOpen)),
        CallbackQueryHandler(delete_draft, pattern=pattern(DraftDelete)),
    ]
