"""Saving any draft as an own template (the button under say-no replies, filled templates and
/drafts), and the messages for a malformed template."""

from __future__ import annotations

from telegram import Update

from bot.coach.contact import Contact, contact_of
from bot.coach.own_format import (
    MAX_FIELDS,
    MAX_NAME,
    MAX_SOURCE,
    TemplateFormatError,
    as_template,
    clean_name,
)
from bot.coach.templates import auto_values, opens_with_salutation
from bot.context import CoachContext
from bot.db import repo, repo_drafts, repo_templates
from bot.flows.replies.result import sender_of, title_of
from bot.i18n import N_
from bot.ui.callbacks import SaveAsTemplate, unpack
from bot.ui.common import acknowledge, send

FORMAT_ERRORS = {
    "unclosed": N_(
        "The “{{” at character {position} is never closed. Close it with “}}”, or write “{{{{” for a brace on its own."
    ),
    "stray_close": N_(
        "The “}}” at character {position} has no “{{” before it. Write “}}}}” for a brace on its own."
    ),
    "bad_name": N_(
        "“{{{name}}}” at character {position} is not a field name I can use. Field names use lower-case letters a–z, digits and _, without spaces, for example {{due_date}}."
    ),
    "empty_name": N_(
        "The braces at character {position} are empty. Put a field name inside, for example {{task}}."
    ),
    "too_long": N_("That is too long for a template: {limit} characters at most."),
    "too_many": N_("That template has too many fields: {limit} at most."),
    "empty": N_("The template is empty. Send me the text of the reply."),
}


def format_error(context: CoachContext, error: TemplateFormatError) -> str:
    limit = MAX_SOURCE if error.reason == "too_long" else MAX_FIELDS
    message = FORMAT_ERRORS.get(error.reason, FORMAT_ERRORS["empty"])
    return context.tr.gettext(message, position=error.position, name=error.name, limit=limit)


def templates_full(context: CoachContext) -> str:
    return context.tr.gettext(
        "You have {limit} templates, the most I keep. Delete one you no longer use first.",
        limit=repo_templates.MAX_TEMPLATES,
    )


# --- "Save as my template" under any draft --------------------------------------------------------
async def save_draft(update: Update, context: CoachContext) -> None:
    pressed = unpack(update.callback_query.data)
    assert isinstance(pressed, SaveAsTemplate)
    tr = context.tr
    problem, name, template_id = await keep_as_template(update, context, pressed.draft_id)
    if problem == "gone":
        await acknowledge(update, tr.label("This draft no longer exists."))
        return
    await acknowledge(update, None if problem else tr.label("Saved as a template."))
    if problem == "full":
        await send(update, context, templates_full(context))
        return
    if problem == "too_long":
        await send(update, context, format_error(context, TemplateFormatError("too_long")))
        return
    note = tr.gettext(
        "Saved as your template “{name}”. The client’s name and yours are now fields, so it works for anyone.",
        name=name,
    )
    from bot.flows.replies.mytemplates import show_template

    await show_template(update, context, template_id, note=note, edit=False)


async def keep_as_template(
    update: Update, context: CoachContext, draft_id: int
) -> tuple[str | None, str, int]:
    """The draft written as a template: (what stood in the way, or None; its name; its id).
    What went wrong is told by the caller, after the session (it holds the connection)."""
    user_id = update.effective_user.id
    sender = await sender_of(update, context)
    async with context.database.sessions.begin() as session:
        draft = await repo_drafts.get_draft(session, user_id, draft_id)
        if draft is None or not draft.text:
            return "gone", "", 0
        if await repo_templates.count_templates(session, user_id) >= repo_templates.MAX_TEMPLATES:
            return "full", "", 0
        client = await repo.get_client(session, user_id, draft.client_id or 0)
        source = template_source(draft.text, draft.client_name, sender, contact_of(client))
        if len(source) > MAX_SOURCE:
            return "too_long", "", 0
        base = (
            title_of(draft.language, draft.answers)
            if draft.kind == "template"
            else context.tr.label("My reply")
        )
        name = template_name(base, draft.client_name)
        name = await repo_templates.free_name(session, user_id, name)
        template = await repo_templates.add_template(session, user_id, name, source)
        return None, name, template.id


def template_source(
    text: str, client: str | None, sender: str | None, contact: Contact | None
) -> str:
    """A draft as a template: a salutation line becomes {salutation} (it then fits any client's
    contact person), the names in it become their fields."""
    values = auto_values(client, sender, contact)
    if opens_with_salutation(text):
        _head, _separator, body = text.partition("\n\n")
        return "{salutation}\n\n" + as_template(body, values)
    return as_template(text, values)


def template_name(base: str, client: str | None, limit: int = MAX_NAME) -> str:
    """ "Push a deadline – Acme GmbH", the title shortened at a word to fit the limit."""
    suffix = f" – {client}" if client and len(client) <= limit // 2 else ""
    if len(base) + len(suffix) > limit:
        room = limit - len(suffix) - 1
        base = (base[:room].rsplit(" ", 1)[0] if " " in base[:room] else base[:room]) + "…"
    return clean_name(base + suffix)
