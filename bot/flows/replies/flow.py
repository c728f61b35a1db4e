"""/replies: reply templates on the go. Browse the library or type a word, fill in what is
missing, get the reply to copy.

    /replies [words] ─▶ BROWSE ─(topic)─▶ BROWSE ─(template)─┐   (typing a word searches)
    template (also from /mytemplates) ─▶ [CLIENT] ─▶ [REGISTER] ─▶ [SHAPE] ─▶ FIELD … ─▶ reply, END

CLIENT is asked when the VA has clients (its register fills REGISTER); REGISTER only in German
without a client; SHAPE (email or chat) only for built-in templates; FIELD once per field the bot
cannot fill itself (built-in fields may be skipped). The reply is kept as a draft (/drafts).
"""

from __future__ import annotations

from datetime import date

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.coach.dates import parse_date
from bot.coach.own_format import MAX_SOURCE
from bot.coach.templates import (
    CHOICES,
    MAX_FIELD_TEXT,
    SITUATIONS,
    clean_field,
)
from bot.context import CoachContext
from bot.db import repo, repo_templates
from bot.flows.replies.bound import answer_too_long, template_too_long
from bot.flows.replies.browse import on_topic, show_browse, to_my_templates
from bot.flows.replies.codecs import FillChoice, LibBrowse, MyTemplates, TemplatePick
from bot.flows.replies.fill import (
    FLOW,
    State,
    ask_client,
    ask_field,
    ask_register,
    ask_shape,
    calendar_rows,
    field_kind,
    own_fields_needing_client,
    pending_fields,
    today_for,
)
from bot.flows.replies.result import sender_of, show_filled
from bot.i18n import N_
from bot.ui.callbacks import Menu, pattern, unpack
from bot.ui.common import (
    FlowInfo,
    acknowledge,
    close_keyboard,
    conversation,
    enter_flow,
    leave_flow,
    register_flow,
    send,
    text_of,
    typed_meaning,
)
from bot.ui.fallbacks import state_fallbacks
from bot.ui.menu import cancel_to_menu

END = -1
MAX_QUERY = 256
MAX_RESULTS = 10


# --- browsing and search -------------------------------------------------------------------------
async def start(update: Update, context: CoachContext) -> State:
    await acknowledge(update)
    enter_flow(context, FLOW, fresh=True)
    query = " ".join(context.args or []) if update.message else ""
    return await show_browse(update, context, query=query or None)


async def on_text(update: Update, context: CoachContext) -> State | int:
    step = context.scratch(FLOW).get("step")
    text = (text_of(update) or "").strip()
    if step == State.BROWSE:
        return await show_browse(update, context, query=" ".join(text.split())[:MAX_QUERY])
    if step == State.FIELD:
        return await on_field_text(update, context, text)
    return await reprompt(update, context, context.tr.gettext("Please use the buttons above."))


# --- filling -------------------------------------------------------------------------------------
async def on_pick(update: Update, context: CoachContext) -> State | int:
    await acknowledge(update)
    await close_keyboard(update)
    enter_flow(context, FLOW)
    pick = unpack(update.callback_query.data)
    assert isinstance(pick, TemplatePick)
    scratch = context.scratch(FLOW)
    scratch.clear()
    answers: dict = {"kind": pick.kind, "ref": pick.ref, "fields": {}, "asked": []}
    async with context.database.sessions() as session:
        clients = await repo.list_clients(session, update.effective_user.id)
        template = None
        if pick.kind == "own" and pick.ref.isdigit():
            template = await repo_templates.get_template(
                session, update.effective_user.id, int(pick.ref)
            )
    if pick.kind == "lib" and pick.ref not in SITUATIONS or pick.kind == "own" and not template:
        return await show_browse(
            update, context, note=context.tr.gettext("That template no longer exists.")
        )
    if template is not None:
        answers.update(name=template.name)
        scratch["source"] = template.source[:MAX_SOURCE]
    scratch["answers"] = answers
    if clients and (pick.kind == "lib" or own_fields_needing_client(template.source)):
        return await ask_client(update, context, answers, clients)
    return await after_client(update, context, answers)


async def after_client(update: Update, context: CoachContext, answers: dict) -> State | int:
    if answers["kind"] == "lib" and context.language == "de" and not answers.get("client_id"):
        return await ask_register(update, context, answers)
    answers.setdefault("register", "sie")
    return await proceed(update, context, answers)


async def proceed(
    update: Update, context: CoachContext, answers: dict, note: str | None = None
) -> State | int:
    """Ask the next missing piece, or show the reply when nothing is missing."""
    scratch = context.scratch(FLOW)
    scratch["answers"] = answers
    if answers["kind"] == "lib" and "shape" not in answers:
        return await ask_shape(update, context, answers, note=note)
    sender = await sender_of(update, context)
    if answers["kind"] == "own" and (refused := template_too_long(context, answers, sender)):
        await send(update, context, refused)
        leave_flow(context, FLOW)
        return END
    pending = pending_fields(answers, scratch.get("source"), context.language, sender)
    if pending:
        return await ask_field(update, context, answers, pending, note=note)
    answers.pop("asked", None)
    if not await show_filled(update, context, answers):
        await send(update, context, context.tr.gettext("That template no longer exists."))
    leave_flow(context, FLOW)
    return END


async def on_choice(update: Update, context: CoachContext) -> State | int:
    pressed = unpack(update.callback_query.data)
    assert isinstance(pressed, FillChoice)
    scratch = context.scratch(FLOW)
    answers = scratch.get("answers")
    if answers is None or pressed.step != scratch.get("token"):
        await acknowledge(update, context.tr.label("This button has expired."))
        return await reprompt(update, context, None)
    await acknowledge(update)
    step, value = State(scratch["step"]), pressed.value
    if step == State.FIELD and (value == "noop" or value.startswith("cal.")):
        return await turn_calendar(update, context, answers, value)
    await close_keyboard(update)
    if step == State.CLIENT:
        client = None
        if value.isdigit():
            async with context.database.sessions() as session:
                client = await repo.get_client(session, update.effective_user.id, int(value))
        if client is not None:
            answers.update(client_id=client.id, client=client.name, register=client.register)
        return await after_client(update, context, answers)
    if step == State.REGISTER and value in ("sie", "du"):
        answers["register"] = value
    elif step == State.SHAPE and value in ("email", "chat"):
        answers["shape"] = value
    elif step == State.FIELD:
        return await set_field(update, context, answers, value, typed=False)
    return await proceed(update, context, answers)


async def turn_calendar(update: Update, context: CoachContext, answers: dict, value: str) -> State:
    if value == "noop":
        return State.FIELD
    offset = None if value == "cal.back" else value.removeprefix("cal.")
    sender = await sender_of(update, context)
    pending = pending_fields(answers, context.scratch(FLOW).get("source"), context.language, sender)
    if offset is not None and not offset.isdigit():
        return State.FIELD
    from bot.ui.common import keyboard as build

    if offset is None:
        await close_keyboard(update)
        return await ask_field(update, context, answers, pending)
    today = await today_for(update, context)
    rows = calendar_rows(context, today, min(int(offset), 60), context.scratch(FLOW)["token"])
    try:
        await update.callback_query.edit_message_reply_markup(reply_markup=build(*rows))
    except BadRequest:
        pass
    return State.FIELD


async def set_field(
    update: Update, context: CoachContext, answers: dict, value: str, typed: bool
) -> State | int:
    tr = context.tr
    sender = await sender_of(update, context)
    pending = pending_fields(answers, context.scratch(FLOW).get("source"), context.language, sender)
    if not pending:
        return await proceed(update, context, answers)
    name = pending[0]
    kind = field_kind(answers, name)
    if typed and kind != "own" and typed_meaning(value) == "skip":
        value, typed = "skip", False  # "überspringen" typed: as the field's Skip button
    if value == "skip" and not typed and kind != "own":
        answers["asked"].append(name)
        return await proceed(update, context, answers)
    if kind == "date":
        today = await today_for(update, context)
        day = parse_date(value, context.language, today) if typed else _iso(value, today)
        if day is None:
            note = tr.gettext(
                "I could not read that as a date after today. Try for example 15.3. or next Friday."
            )
            return await ask_field(update, context, answers, pending, note=note)
        value = day.isoformat()
    elif kind == "choice":
        if typed or value not in CHOICES[name]:
            note = tr.gettext("Please use the buttons above.")
            return await ask_field(update, context, answers, pending, note=note)
    else:
        if len(value) > MAX_FIELD_TEXT:
            note = tr.gettext(
                "That is a bit long: {limit} characters at most, please.", limit=MAX_FIELD_TEXT
            )
            return await ask_field(update, context, answers, pending, note=note)
        value = clean_field(name, value) if kind != "own" else " ".join(value.split())
        if not value:
            return await ask_field(update, context, answers, pending)
        if kind == "own" and (note := answer_too_long(context, answers, sender, name, value)):
            return await ask_field(update, context, answers, pending, note=note)
    answers["fields"][name] = value
    answers["asked"].append(name)
    return await proceed(update, context, answers)


def _iso(value: str, today: date) -> date | None:
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return None
    return day if day > today else None


async def on_field_text(update: Update, context: CoachContext, text: str) -> State | int:
    answers = context.scratch(FLOW).get("answers")
    if answers is None:
        return await start(update, context)
    return await set_field(update, context, answers, text, typed=True)


# --- re-prompt, cancel, wiring -------------------------------------------------------------------
async def reprompt(update: Update, context: CoachContext, note: str | None) -> State | int:
    scratch = context.scratch(FLOW)
    answers = scratch.get("answers")
    step = scratch.get("step", State.BROWSE)
    if answers is None or step == State.BROWSE:
        return await show_browse(update, context, note=note)
    if step == State.CLIENT:
        async with context.database.sessions() as session:
            clients = await repo.list_clients(session, update.effective_user.id)
        return await ask_client(update, context, answers, clients, note=note)
    if step == State.REGISTER:
        return await ask_register(update, context, answers, note=note)
    if step == State.SHAPE:
        return await ask_shape(update, context, answers, note=note)
    return await proceed(update, context, answers, note=note)


cancel = cancel_to_menu(FLOW)


# What the guard needs to know; registered with the handler (build_handler).
FLOW_INFO = FlowInfo(
    title=N_("a reply template"),
    continue_label=N_("Continue the reply template"),
    finished_scratch=lambda scratch: scratch.get("step", State.BROWSE) == State.BROWSE,  # a menu
    reprompt=reprompt,
    entry_prefixes=frozenset({LibBrowse.prefix, TemplatePick.prefix, MyTemplates.prefix}),
    own_commands=frozenset({"replies"}),
)


def build_handler():
    register_flow(FLOW, FLOW_INFO)
    choices = CallbackQueryHandler(on_choice, pattern=pattern(FillChoice))
    text = MessageHandler((filters.TEXT | filters.CAPTION) & ~filters.COMMAND, on_text)
    topics = CallbackQueryHandler(on_topic, pattern=pattern(LibBrowse))
    mine = CallbackQueryHandler(to_my_templates, pattern=pattern(MyTemplates))
    return conversation(
        name=FLOW,
        persistent=True,
        allow_reentry=True,
        entry_points=[
            CommandHandler("replies", start),
            CallbackQueryHandler(start, pattern=rf"^{Menu(target='replies').pack()}$"),
            topics,
            CallbackQueryHandler(on_pick, pattern=pattern(TemplatePick)),
        ],
        states={state: [choices, topics, mine, text] for state in State},
        fallbacks=[CommandHandler("cancel", cancel), *state_fallbacks(reprompt)],
    )
