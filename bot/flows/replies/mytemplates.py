"""/mytemplates: the VA's own reply templates. List (paged), show, write, edit, rename, delete;
and "Save as my template" under any draft.

    /mytemplates ─▶ list ─▶ one template ─(use)─▶ /replies filling
                               ├─(edit)──▶ TEXT ─▶ shown again
                               ├─(rename)▶ NAME ─▶ shown again
                               └─(delete)▶ confirm ─▶ list
    list ─(new)─▶ TEXT ─▶ NAME ─▶ shown

A template is plain text with `{field}` gaps (bot/coach/own_format.py): a malformed one is
refused with the position of the problem, and nothing in it is ever run as code.
"""

from __future__ import annotations

import math
from enum import IntEnum

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.coach.own_format import (
    TemplateFormatError,
    clean_name,
    fields_of,
    parse,
)
from bot.coach.templates import AUTO_FIELDS
from bot.context import CoachContext
from bot.db import repo_templates
from bot.flows.replies.codecs import MyTemplates, TemplatePick
from bot.flows.replies.mytemplates_save import format_error, save_draft
from bot.i18n import N_
from bot.ui.callbacks import Menu, SaveAsTemplate, pattern, unpack
from bot.ui.common import (
    FlowInfo,
    acknowledge,
    conversation,
    edit_or_send,
    enter_flow,
    keyboard,
    leave_flow,
    register_flow,
    send,
    text_of,
)
from bot.ui.fallbacks import state_fallbacks
from bot.ui.menu import cancel_to_menu

FLOW = "mytemplates"
END = -1


class State(IntEnum):
    TEXT = 1
    NAME = 2


# --- list and show -------------------------------------------------------------------------------
async def show_list(
    update: Update, context: CoachContext, page: int = 0, note: str | None = None
) -> int:
    tr = context.tr
    leave_flow(context, FLOW)
    user_id = update.effective_user.id
    async with context.database.sessions() as session:
        count = await repo_templates.count_templates(session, user_id)
        pages = max(1, math.ceil(count / repo_templates.PAGE_SIZE))
        page = min(max(0, page), pages - 1)
        templates = await repo_templates.list_templates(session, user_id, page)
    rows: list = [
        [(t.name, MyTemplates(action="open", template_id=t.id, page=page))] for t in templates
    ]
    navigation = []
    if page > 0:
        navigation.append(("‹", MyTemplates(action="list", page=page - 1)))
    if page < pages - 1:
        navigation.append(("›", MyTemplates(action="list", page=page + 1)))
    rows.append(navigation)
    rows.append([(tr.label("Write a new template"), MyTemplates(action="new"))])
    text = tr.render(
        "mytemplates/list", note=note, count=count, page=page, pages=pages, bot=context.bot.username
    )
    await edit_or_send(update, context, text, keyboard(*rows))
    return END


async def show_template(
    update: Update,
    context: CoachContext,
    template_id: int,
    page: int = 0,
    note: str | None = None,
    edit: bool = True,
) -> int:
    tr = context.tr
    leave_flow(context, FLOW)
    async with context.database.sessions() as session:
        template = await repo_templates.get_template(session, update.effective_user.id, template_id)
    if template is None:
        return await show_list(
            update, context, page, note=tr.gettext("That template no longer exists.")
        )
    try:
        fields = fields_of(template.source)
    except TemplateFormatError:
        fields = []
    rows = [
        [(tr.label("Use it"), TemplatePick(kind="own", ref=str(template.id)))],
        [
            (
                tr.label("Edit the text"),
                MyTemplates(action="edit", template_id=template.id, page=page),
            ),
            (tr.label("Rename"), MyTemplates(action="rename", template_id=template.id, page=page)),
        ],
        [
            (tr.label("Delete"), MyTemplates(action="delete", template_id=template.id, page=page)),
            (tr.label("Back to the list"), MyTemplates(action="list", page=page)),
        ],
    ]
    text = tr.render(
        "mytemplates/show",
        note=note,
        name=template.name,
        source=template.source,
        asked=[f for f in fields if f not in AUTO_FIELDS],
        auto=[f for f in fields if f in AUTO_FIELDS],
    )
    if edit:
        await edit_or_send(update, context, text, keyboard(*rows))
    else:
        await send(update, context, text, keyboard(*rows))
    return END


# --- buttons -------------------------------------------------------------------------------------
async def start(update: Update, context: CoachContext) -> int:
    await acknowledge(update)
    return await show_list(update, context)


async def on_button(update: Update, context: CoachContext) -> int | State:
    await acknowledge(update)
    pressed = unpack(update.callback_query.data)
    assert isinstance(pressed, MyTemplates)
    tr = context.tr
    action, template_id, page = pressed.action, pressed.template_id, pressed.page
    if action == "open":
        return await show_template(update, context, template_id, page)
    if action in ("new", "edit", "rename"):
        async with context.database.sessions() as session:
            count = await repo_templates.count_templates(session, update.effective_user.id)
            template = await repo_templates.get_template(
                session, update.effective_user.id, template_id
            )
        if action == "new" and count >= repo_templates.MAX_TEMPLATES:
            note = tr.gettext(
                "You have {limit} templates, the most I keep. Delete one you no longer use first.",
                limit=repo_templates.MAX_TEMPLATES,
            )
            return await show_list(update, context, page, note=note)
        if action != "new" and template is None:
            return await show_list(
                update, context, page, note=tr.gettext("That template no longer exists.")
            )
        scratch = enter_flow(context, FLOW, fresh=True)
        scratch.update(
            mode=action,
            template_id=template_id,
            page=page,
            name=template.name if template else None,
        )
        return await (ask_name if action == "rename" else ask_text)(update, context)
    if action == "delete":
        async with context.database.sessions() as session:
            template = await repo_templates.get_template(
                session, update.effective_user.id, template_id
            )
        if template is None:
            return await show_list(
                update, context, page, note=tr.gettext("That template no longer exists.")
            )
        rows = [
            [
                (
                    tr.label("Yes, delete it"),
                    MyTemplates(action="confirm-delete", template_id=template_id, page=page),
                ),
                (
                    tr.label("Keep it"),
                    MyTemplates(action="open", template_id=template_id, page=page),
                ),
            ]
        ]
        await edit_or_send(
            update,
            context,
            tr.render("mytemplates/confirm_delete", name=template.name),
            keyboard(*rows),
        )
        return END
    if action == "confirm-delete":
        async with context.database.sessions.begin() as session:
            deleted = await repo_templates.delete_template(
                session, update.effective_user.id, template_id
            )
        note = (
            tr.gettext("Template deleted.")
            if deleted
            else tr.gettext("That template no longer exists.")
        )
        return await show_list(update, context, page, note=note)
    return await show_list(update, context, page)


# --- typed answers -------------------------------------------------------------------------------
async def ask_text(update: Update, context: CoachContext, note: str | None = None) -> State:
    tr = context.tr
    context.scratch(FLOW)["step"] = int(State.TEXT)
    help_text = tr.gettext(
        "Write the reply as you would send it. Put a field in curly braces where something changes each time, for example {{task}} or {{day}}. I fill in {{client}} (the client’s name), {{client_first}} (their first name) and {{me}} (your name) myself and ask for the rest whenever you use the template. Field names use small letters a–z, digits and _, without spaces."
    )
    example = tr.gettext(
        "Hi {{client_first}}, thanks for your message! I’ll send you {{task}} by {{day}}. Best, {{me}}"
    )
    text = tr.render(
        "mytemplates/ask_text",
        note=note,
        name=context.scratch(FLOW).get("name"),
        help=help_text,
        example=example,
    )
    await send(update, context, text)
    return State.TEXT


async def ask_name(update: Update, context: CoachContext, note: str | None = None) -> State:
    scratch = context.scratch(FLOW)
    scratch["step"] = int(State.NAME)
    current = scratch.get("name") if scratch.get("mode") == "rename" else None
    await send(
        update, context, context.tr.render("mytemplates/ask_name", note=note, current=current)
    )
    return State.NAME


async def on_text(update: Update, context: CoachContext) -> int | State:
    tr = context.tr
    scratch = context.scratch(FLOW)
    text = text_of(update) or ""
    user_id = update.effective_user.id
    if scratch.get("step") == State.TEXT:
        try:
            parse(text)
        except TemplateFormatError as error:
            return await ask_text(update, context, note=format_error(context, error))
        if scratch.get("mode") == "new":
            scratch["source"] = text.strip()
            return await ask_name(update, context)
        async with context.database.sessions.begin() as session:
            template = await repo_templates.get_template(
                session, user_id, scratch.get("template_id", 0)
            )
            if template is not None:
                await repo_templates.update_template(session, template, source=text.strip())
        return await finish(update, context, scratch.get("template_id", 0), tr.gettext("Saved."))
    name = clean_name(text)
    if not name:
        return await ask_name(update, context)
    try:
        async with context.database.sessions.begin() as session:
            if scratch.get("mode") == "rename":
                template = await repo_templates.get_template(
                    session, user_id, scratch.get("template_id", 0)
                )
                if template is not None:
                    await repo_templates.update_template(session, template, name=name)
                template_id = scratch.get("template_id", 0)
            else:
                template_id = (
                    await repo_templates.add_template(session, user_id, name, scratch["source"])
                ).id
    except repo_templates.DuplicateName:
        note = tr.gettext(
            "You already have a template called “{name}”. Please choose another name.", name=name
        )
        return await ask_name(update, context, note=note)
    return await finish(update, context, template_id, tr.gettext("Saved."))


async def finish(update: Update, context: CoachContext, template_id: int, note: str) -> int:
    page = context.scratch(FLOW).get("page", 0)
    leave_flow(context, FLOW)
    return await show_template(update, context, template_id, page, note=note, edit=False)


async def reprompt(update: Update, context: CoachContext, note: str | None) -> int | State:
    if context.scratch(FLOW).get("step") == State.NAME:
        return await ask_name(update, context, note=note)
    return await ask_text(update, context, note=note)


cancel = cancel_to_menu(FLOW)


# What the guard needs to know; registered with the handler (build_handler).
FLOW_INFO = FlowInfo(
    title=N_("your templates"),
    continue_label=N_("Continue your template"),
    reprompt=reprompt,
    entry_prefixes=frozenset({MyTemplates.prefix}),
    own_commands=frozenset({"mytemplates"}),
)


def stateless_handlers() -> list:
    """Buttons that work from any message, in or out of a flow: register before the flows."""
    return [CallbackQueryHandler(save_draft, pattern=pattern(SaveAsTemplate))]


def build_handler():
    register_flow(FLOW, FLOW_INFO)
    text = MessageHandler((filters.TEXT | filters.CAPTION) & ~filters.COMMAND, on_text)
    buttons = CallbackQueryHandler(on_button, pattern=pattern(MyTemplates))
    return conversation(
        name=FLOW,
        persistent=True,
        allow_reentry=True,
        entry_points=[
            CommandHandler("mytemplates", start),
            CallbackQueryHandler(start, pattern=rf"^{Menu(target='mytemplates').pack()}$"),
            buttons,
        ],
        states={State.TEXT: [buttons, text], State.NAME: [buttons, text]},
        fallbacks=[CommandHandler("cancel", cancel), *state_fallbacks(reprompt)],
    )
