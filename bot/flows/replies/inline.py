"""Inline mode: in any chat, `@<bot> rate` lists matching reply templates (built-in and own),
already filled for the client last used; choosing one puts the text into that chat.

Results are personal (they use the VA's clients and name) and cached only briefly. Someone who
has not set up the bot gets the built-in templates without a client and a button that opens it.
Switch inline mode on with @BotFather (/setinline), see README.md.
"""

from __future__ import annotations

import html
import logging
import re

from telegram import (
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import InlineQueryHandler

from bot.coach.contact import contact_of
from bot.coach.own_format import TemplateFormatError
from bot.coach.templates import Entry, search
from bot.context import CoachContext
from bot.db import repo, repo_drafts, repo_templates
from bot.flows.replies.browse import all_entries
from bot.flows.replies.result import render_filled

log = logging.getLogger(__name__)
MAX_RESULTS = 50  # Telegram's limit per answer
MAX_TEXT = 4096  # Telegram's limit for a message
MAX_QUERY = 256  # Telegram's limit for an inline query
CACHE_SECONDS = 10
MAX_OWN = 200  # own templates searched per query (the newest)
START_PARAMETER = "inline"
DRAFT_PATTERN = re.compile(r"#d(\d{1,12})")


def preview(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else f"{flat[: limit - 1].rstrip()}…"


async def on_inline_query(update: Update, context: CoachContext) -> None:
    query = update.inline_query
    words = (query.query or "")[:MAX_QUERY]
    user_id = query.from_user.id
    draft_query = DRAFT_PATTERN.fullmatch(words.strip())
    if draft_query:
        await answer_draft(update, context, int(draft_query.group(1)))
        return
    own: list = []
    client = None
    async with context.database.sessions() as session:
        user = await repo.get_user(session, user_id)
        if user is not None:
            client = await repo_templates.last_client(session, user_id)
            own = await repo_templates.recent_templates(session, user_id, MAX_OWN)
    sender = (user.display_name if user else None) or query.from_user.first_name
    sources = {str(t.id): t for t in own}
    results = []
    for entry in search(words, all_entries(context.language, own), limit=MAX_RESULTS * 2):
        result = article(context, entry, sources, client, sender)
        if result is not None:
            results.append(result)
        if len(results) == MAX_RESULTS:
            break
    button = None
    if user is None or user.onboarded_at is None:
        button = InlineQueryResultsButton(
            text=context.tr.label("Set up VA Coach for replies with your clients"),
            start_parameter=START_PARAMETER,
        )
    try:
        await query.answer(results, cache_time=CACHE_SECONDS, is_personal=True, button=button)
    except TelegramError as error:  # an old query can no longer be answered: nothing to do
        log.info("inline answer failed: %s", type(error).__name__)


async def answer_draft(update: Update, context: CoachContext, draft_id: int) -> None:
    """ "Send to a chat" under a reply: offer exactly that draft (only to its owner)."""
    query = update.inline_query
    async with context.database.sessions() as session:
        draft = await repo_drafts.get_draft(session, query.from_user.id, draft_id)
    results = []
    if draft is not None and draft.text:
        text = draft.text[:MAX_TEXT]
        results.append(
            InlineQueryResultArticle(
                id=f"draft-{draft.id}",
                title=draft.client_name or preview(text, 40),
                description=preview(text),
                input_message_content=InputTextMessageContent(
                    html.escape(text), parse_mode=ParseMode.HTML
                ),
            )
        )
    try:
        await query.answer(results, cache_time=0, is_personal=True)
    except TelegramError as error:
        log.info("inline answer failed: %s", type(error).__name__)


def article(
    context: CoachContext, entry: Entry, sources: dict, client: object, sender: str | None
) -> InlineQueryResultArticle | None:
    answers = {
        "kind": entry.kind,
        "ref": entry.ref,
        "fields": {},
        "client": getattr(client, "name", None),
        "contact": contact.as_dict() if (contact := contact_of(client)) else None,
        "register": getattr(client, "register", "sie"),
        "shape": "chat",
    }
    template = sources.get(entry.ref) if entry.kind == "own" else None
    try:
        text = render_filled(
            context.language, answers, template.source if template else None, sender
        )
    except (KeyError, TemplateFormatError):
        return None  # an own template with fields only the VA can fill: use it in the bot
    if not text.strip():
        return None
    text = text[:MAX_TEXT]
    return InlineQueryResultArticle(
        id=f"{entry.kind}-{entry.ref}"[:64],
        title=entry.title[:100],
        description=preview(text),
        input_message_content=InputTextMessageContent(html.escape(text), parse_mode=ParseMode.HTML),
    )


def build_handler() -> InlineQueryHandler:
    return InlineQueryHandler(on_inline_query)
