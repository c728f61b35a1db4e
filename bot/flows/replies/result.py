"""A filled reply template: rendering it, keeping it as a draft, showing it with its buttons.

Also used by inline mode (render_filled) and by the buttons under a shown reply (email/chat,
Sie/du or formal/casual), which work after the /replies flow has ended. A client's contact
person (bot/coach/contact.py) travels in the answers, so a reply rendered again greets them too.
"""

from __future__ import annotations

import html

from markupsafe import Markup
from telegram import (
    CopyTextButton,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    SwitchInlineQueryChosenChat,
    Update,
)
from telegram.error import BadRequest

from bot.coach.contact import contact_from
from bot.coach.drafting import renderer
from bot.coach.own_format import TemplateFormatError
from bot.coach.replies_steps import own_values
from bot.coach.templates import SITUATIONS, render_situation
from bot.context import CoachContext
from bot.db import repo, repo_drafts, repo_templates
from bot.flows.replies.codecs import FilledAction
from bot.i18n import N_, translator
from bot.ui.callbacks import SaveAsTemplate, unpack
from bot.ui.check_result import send_check
from bot.ui.common import COPY_LIMIT, acknowledge, send

DRAFT_KIND = "template"
DRAFT_QUERY = (
    "#d{draft_id}"  # inline query that offers exactly this draft (bot/flows/replies/inline.py)
)


def render_filled(language: str, answers: dict, source: str | None, sender: str | None) -> str:
    """The reply for `answers` (their keys: FillAnswers.as_reply in bot/coach/replies_steps.py).

    Raises KeyError (a field without a value) or TemplateFormatError for a broken own template."""
    if answers["kind"] == "lib":
        words = translator(language).data("library")["lowercase_after_salutation"]
        return render_situation(
            renderer(language),
            answers["ref"],
            answers.get("fields", {}),
            answers.get("client"),
            answers.get("register", "sie"),
            answers.get("shape", "email"),
            sender,
            words,
            contact=contact_from(answers.get("contact")),
        )
    assert source is not None
    values = {**answers.get("fields", {}), **own_values(answers, sender, language)}
    return renderer(language).render_own(source, values)


def title_of(language: str, answers: dict) -> str:
    if answers["kind"] == "lib":
        return translator(language).data("library")["situations"][answers["ref"]]["title"]
    return answers.get("name") or "…"


async def sender_of(update: Update, context: CoachContext) -> str:
    async with context.database.sessions() as session:
        user = await repo.get_user(session, update.effective_user.id)
    return (user.display_name if user else None) or update.effective_user.first_name


def result_markup(
    context: CoachContext, draft_id: int, answers: dict, text: str
) -> InlineKeyboardMarkup:
    tr = context.tr

    def button(label: str, action: str, **params: str) -> InlineKeyboardButton:
        return InlineKeyboardButton(
            tr.label(label, **params),
            callback_data=FilledAction(action=action, draft_id=draft_id).pack(),
        )

    rows: list[list[InlineKeyboardButton]] = []
    first = [send_to_chat_button(context, draft_id)]
    if len(text) <= COPY_LIMIT:
        first.insert(0, InlineKeyboardButton(tr.label("Copy"), copy_text=CopyTextButton(text)))
    rows.append(first)
    if answers["kind"] == "lib":
        shape = (
            [button(N_("As a chat message"), "chat")]
            if answers.get("shape") == "email"
            else [button(N_("As an email"), "email")]
        )
        other = "du" if answers.get("register") == "sie" else "sie"
        if context.language == "de":
            shape.append(button(N_("With “{form}”"), other, form="Sie" if other == "sie" else "du"))
        else:  # the same two registers: formal and casual
            shape.append(button(N_("Casual") if other == "du" else N_("Formal"), other))
        rows.append(shape)
    save = InlineKeyboardButton(
        tr.label("Save as my template"), callback_data=SaveAsTemplate(draft_id=draft_id).pack()
    )
    rows.append([save, button(N_("Check this reply"), "check")])
    return InlineKeyboardMarkup(rows)


def send_to_chat_button(context: CoachContext, draft_id: int) -> InlineKeyboardButton:
    """Pick a chat and the draft goes there through inline mode: works for replies of any length
    (a copy button takes at most 256 characters)."""
    return InlineKeyboardButton(
        context.tr.label("Send to a chat"),
        switch_inline_query_chosen_chat=SwitchInlineQueryChosenChat(
            query=DRAFT_QUERY.format(draft_id=draft_id),
            allow_user_chats=True,
            allow_group_chats=True,
            allow_bot_chats=False,
            allow_channel_chats=False,
        ),
    )


async def show_filled(update: Update, context: CoachContext, answers: dict) -> bool:
    """Render, keep as a draft row (kind "template") and send. False when the own template is
    gone or broken (the caller tells the user)."""
    source = None
    async with context.database.sessions() as session:
        if answers["kind"] == "own":
            template = await repo_templates.get_template(
                session, update.effective_user.id, int(answers["ref"])
            )
            if template is None:
                return False
            source = template.source
    try:
        text = render_filled(context.language, answers, source, await sender_of(update, context))
    except (KeyError, TemplateFormatError):
        return False
    async with context.database.sessions.begin() as session:
        draft = await repo_drafts.create_draft(
            session, update.effective_user.id, DRAFT_KIND, context.language, answers
        )
        await repo_drafts.save_answers(
            session,
            draft,
            answers,
            status="done",
            text=text,
            client_id=answers.get("client_id"),
            client_name=answers.get("client"),
        )
        draft_id = draft.id
    await send(update, context, filled_header(context, answers))
    await send(update, context, html.escape(text), result_markup(context, draft_id, answers, text))
    return True


def filled_header(context: CoachContext, answers: dict) -> str:
    """Above the reply: its title, client, shape and register (Sie or du; formal or casual)."""
    lib = answers["kind"] == "lib"
    return context.tr.render(
        "library/filled",
        note=None,
        title=title_of(context.language, answers),
        client=answers.get("client"),
        shape=answers.get("shape") if lib else None,
        register=answers.get("register") if lib else None,
    )


async def on_filled_action(update: Update, context: CoachContext) -> None:
    """Email/chat or Sie/du under a shown reply: render again, in place; or hand to /check."""
    action = unpack(update.callback_query.data)
    assert isinstance(action, FilledAction)
    tr = context.tr
    async with context.database.sessions() as session:
        draft = await repo_drafts.get_draft(session, update.effective_user.id, action.draft_id)
    if draft is None or draft.kind != DRAFT_KIND or not draft.text:
        await acknowledge(update, tr.label("This draft no longer exists."))
        return
    if action.action == "check":
        await acknowledge(update)
        await send_check(update, context, draft.text)
        return
    answers = dict(draft.answers)
    if answers.get("kind") != "lib" or answers.get("ref") not in SITUATIONS:
        await acknowledge(update, tr.label("This button has expired."))
        return
    if action.action in ("email", "chat"):
        answers["shape"] = action.action
    elif action.action in ("sie", "du"):
        answers["register"] = action.action
    await acknowledge(update)
    text = render_filled(draft.language, answers, None, await sender_of(update, context))
    async with context.database.sessions.begin() as session:
        row = await repo_drafts.get_draft(session, update.effective_user.id, draft.id)
        if row is not None:
            await repo_drafts.save_answers(session, row, answers, text=text)
    markup = result_markup(context, draft.id, answers, text)
    try:
        await update.callback_query.edit_message_text(html.escape(text), reply_markup=markup)
    except BadRequest:
        await send(update, context, html.escape(text), markup)


def prompt_markup(prompt: str) -> Markup:
    """A field question from content/<lang>/data/library.yaml: trusted content with <i> tags."""
    return Markup(prompt)


def build_handlers() -> list:
    from telegram.ext import CallbackQueryHandler

    from bot.ui.callbacks import pattern

    return [CallbackQueryHandler(on_filled_action, pattern=pattern(FilledAction))]
