"""/mytemplates: the VA's own reply templates. List (paged), show, write, edit, rename, delete;
and "Save as my template" under any draft.

    /mytemplates ─▶ list ─▶ one template ─(use)─▶ /replies filling
                               ├─(edit)──▶ TEXT ─▶ shown again
                               ├─(rename)▶ NAME ─▶ shown again
                               └─(delete)▶ confirm ─▶ list
    list ─(new)─▶ TEXT ─▶ NAME ─▶ shown

The list, a template and the delete confirmation are menus: no flow is open while they show.
Writing, editing and renaming is a flow on the flow engine (bot/ui/flow.py): its steps in
mytemplates_edit.py, its path in bot/coach/mytemplates_steps.py, its answers in the user's
flow data.
"""

from __future__ import annotations

import math

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.coach.mytemplates_steps import MODES, OwnAnswers, advance, first_step
from bot.coach.own_format import TemplateFormatError, fields_of
from bot.coach.templates import AUTO_FIELDS
from bot.context import CoachContext
from bot.db import repo_templates
from bot.flows.replies.codecs import MyTemplates, TemplatePick
from bot.flows.replies.mytemplates_edit import steps
from bot.flows.replies.mytemplates_save import save_draft, templates_full
from bot.i18n import N_
from bot.ui.callbacks import Menu, SaveAsTemplate, pattern, unpack
from bot.ui.common import acknowledge, edit_or_send, enter_flow, keyboard, leave_flow, send
from bot.ui.flow import END, Flow, ScratchStore, ask
from bot.ui.flow_conversation import build_conversation
from bot.ui.menu import cancelled_to_menu

FLOW = "mytemplates"


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


def template_rows(context: CoachContext, template_id: int, page: int) -> list:
    tr = context.tr

    def button(label: str, action: str) -> tuple[str, MyTemplates]:
        return tr.label(label), MyTemplates(action=action, template_id=template_id, page=page)

    return [
        [(tr.label("Use it"), TemplatePick(kind="own", ref=str(template_id)))],
        [button(N_("Edit the text"), "edit"), button(N_("Rename"), "rename")],
        [
            button(N_("Delete"), "delete"),
            (tr.label("Back to the list"), MyTemplates(action="list", page=page)),
        ],
    ]


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
        return await show_list(update, context, page, note=gone(context))
    try:
        fields = fields_of(template.source)
    except TemplateFormatError:
        fields = []
    text = tr.render(
        "mytemplates/show",
        note=note,
        name=template.name,
        source=template.source,
        asked=[f for f in fields if f not in AUTO_FIELDS],
        auto=[f for f in fields if f in AUTO_FIELDS],
    )
    markup = keyboard(*template_rows(context, template.id, page))
    await (edit_or_send if edit else send)(update, context, text, markup)
    return END


def gone(context: CoachContext) -> str:
    return context.tr.gettext("That template no longer exists.")


# --- buttons -------------------------------------------------------------------------------------
async def start(update: Update, context: CoachContext) -> int:
    await acknowledge(update)
    return await show_list(update, context)


async def on_button(update: Update, context: CoachContext) -> object:
    await acknowledge(update)
    pressed = unpack(update.callback_query.data)
    assert isinstance(pressed, MyTemplates)
    if pressed.action == "open":
        return await show_template(update, context, pressed.template_id, pressed.page)
    if pressed.action in MODES:
        return await open_editor(update, context, pressed)
    if pressed.action == "delete":
        return await confirm_delete(update, context, pressed)
    if pressed.action == "confirm-delete":
        return await delete(update, context, pressed)
    return await show_list(update, context, pressed.page)


async def open_editor(update: Update, context: CoachContext, pressed: MyTemplates) -> object:
    """Write a new template, or edit or rename one: the flow's first question."""
    user_id = update.effective_user.id
    async with context.database.sessions() as session:
        count = await repo_templates.count_templates(session, user_id)
        template = await repo_templates.get_template(session, user_id, pressed.template_id)
    if pressed.action == "new" and count >= repo_templates.MAX_TEMPLATES:
        return await show_list(update, context, pressed.page, note=templates_full(context))
    if pressed.action != "new" and template is None:
        return await show_list(update, context, pressed.page, note=gone(context))
    enter_flow(context, FLOW, fresh=True)
    answers = OwnAnswers(
        mode=pressed.action,
        template_id=pressed.template_id,
        page=pressed.page,
        name=template.name if template else None,
    )
    return await ask(update, context, MYTEMPLATES, answers, first_step(pressed.action))


async def confirm_delete(update: Update, context: CoachContext, pressed: MyTemplates) -> int:
    tr = context.tr
    async with context.database.sessions() as session:
        template = await repo_templates.get_template(
            session, update.effective_user.id, pressed.template_id
        )
    if template is None:
        return await show_list(update, context, pressed.page, note=gone(context))
    ids = {"template_id": pressed.template_id, "page": pressed.page}
    rows = [
        [
            (tr.label("Yes, delete it"), MyTemplates(action="confirm-delete", **ids)),
            (tr.label("Keep it"), MyTemplates(action="open", **ids)),
        ]
    ]
    text = tr.render("mytemplates/confirm_delete", name=template.name)
    await edit_or_send(update, context, text, keyboard(*rows))
    return END


async def delete(update: Update, context: CoachContext, pressed: MyTemplates) -> int:
    async with context.database.sessions.begin() as session:
        deleted = await repo_templates.delete_template(
            session, update.effective_user.id, pressed.template_id
        )
    note = context.tr.gettext("Template deleted.") if deleted else gone(context)
    return await show_list(update, context, pressed.page, note=note)


# --- the flow: writing, editing, renaming ------------------------------------------------------------
async def saved(
    update: Update, context: CoachContext, answers: OwnAnswers, note: str | None = None
) -> int:
    """The template again, with "Saved.": the flow ends."""
    saying = context.tr.gettext("Saved.")
    return await show_template(
        update, context, answers.template_id, answers.page, note=saying, edit=False
    )


async def begin(update: Update, context: CoachContext, note: str | None = None) -> int:
    """Nothing kept: the list."""
    return await show_list(update, context, note=note)


MYTEMPLATES = Flow(
    name=FLOW,
    steps=steps(saved),
    store=ScratchStore(FLOW, OwnAnswers),
    advance=advance,
    begin=begin,
    continue_label=N_("Continue your template"),
    own_commands=frozenset({"mytemplates"}),
    template_values=lambda context, answers: {"note": None},
    cancelled=cancelled_to_menu,
)


def stateless_handlers() -> list:
    """Buttons that work from any message, in or out of a flow: register before the flows."""
    return [CallbackQueryHandler(save_draft, pattern=pattern(SaveAsTemplate))]


def build_handler():
    buttons = CallbackQueryHandler(on_button, pattern=pattern(MyTemplates))
    return build_conversation(
        MYTEMPLATES,
        entry_points=[
            CommandHandler("mytemplates", start),
            CallbackQueryHandler(start, pattern=rf"^{Menu(target='mytemplates').pack()}$"),
            buttons,
        ],
        more=[buttons],
    )
