"""/clients: add, rename, remove clients and switch how German replies address them.

/clients ─▶ LIST ─(client)─▶ CLIENT ─(rename)─▶ RENAME ─▶ CLIENT
             │                 ├─(Sie/du)─▶ CLIENT
             │                 └─(remove)─▶ CONFIRM_REMOVE ─▶ LIST
             └─(add)─▶ ADD_NAME ─(German)─▶ ADD_REGISTER ─▶ LIST
"""

from __future__ import annotations

from enum import IntEnum

from telegram import Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.coach.profile import MAX_ANSWER, InvalidAnswer, parse_client_name
from bot.context import CoachContext
from bot.db import repo
from bot.flows.profile.codecs import ClientAction, ClientListAction, ClientOpen, RegisterChoice
from bot.flows.profile.steps import register_keyboard
from bot.i18n import N_
from bot.ui.callbacks import Menu, pattern, unpack
from bot.ui.common import (
    FlowInfo,
    acknowledge,
    chunk,
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
from bot.ui.invalid import explain_invalid
from bot.ui.menu import cancel_to_menu

FLOW = "clients"
PAGE_SIZE = 8
MAX_CLIENTS = 50
END = ConversationHandler.END


class State(IntEnum):
    LIST = 0
    CLIENT = 1
    ADD_NAME = 2
    ADD_REGISTER = 3
    RENAME = 4
    CONFIRM_REMOVE = 5


def remember(context: CoachContext, state: State, **values: object) -> State:
    scratch = context.scratch(FLOW)
    scratch["step"] = int(state)
    scratch.update(values)
    return state


# --- screens -------------------------------------------------------------------------------------
async def show_list(
    update: Update, context: CoachContext, page: int = 0, note: str | None = None
) -> State:
    tr = context.tr
    async with context.database.sessions() as session:
        clients = await repo.list_clients(session, update.effective_user.id)
    pages = max(1, -(-len(clients) // PAGE_SIZE))
    page = min(max(page, 0), pages - 1)
    shown = clients[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    buttons = [(client.name, ClientOpen(client_id=client.id)) for client in shown]
    paging = []
    if page > 0:
        paging.append(("‹", ClientListAction(action="page", page=page - 1)))
    if page < pages - 1:
        paging.append(("›", ClientListAction(action="page", page=page + 1)))
    markup = keyboard(
        *chunk(buttons, 2),
        paging,
        [
            (tr.label("Add a client"), ClientListAction(action="add")),
            (tr.label("Done"), ClientListAction(action="done")),
        ],
    )
    text = tr.render(
        "clients/list",
        note=note,
        clients=[{"name": client.name, "register": client.register} for client in shown],
        total=len(clients),
        german=context.language == "de",
    )
    await edit_or_send(update, context, text, markup)
    return remember(context, State.LIST, page=page)


async def show_client(
    update: Update, context: CoachContext, client_id: int, note: str | None = None
) -> State:
    tr = context.tr
    async with context.database.sessions() as session:
        client = await repo.get_client(session, update.effective_user.id, client_id)
    if client is None:
        return await show_list(
            update, context, note=tr.gettext("That client is no longer in your list.")
        )
    other = "du" if client.register == "sie" else "sie"
    markup = keyboard(
        [(tr.label("Rename"), ClientAction(action="rename", client_id=client.id))],
        [
            (
                tr.label("Address as “{register}”", register="du" if other == "du" else "Sie"),
                ClientAction(action="register", client_id=client.id),
            )
        ],
        [(tr.label("Remove"), ClientAction(action="remove", client_id=client.id))],
        [(tr.label("Back to the list"), ClientListAction(action="list"))],
    )
    text = tr.render("clients/client", note=note, name=client.name, register=client.register)
    await edit_or_send(update, context, text, markup)
    return remember(context, State.CLIENT, client_id=client.id)


# --- entry and list buttons ----------------------------------------------------------------------
async def open_clients(update: Update, context: CoachContext) -> State | int:
    data = unpack(update.callback_query.data) if update.callback_query else None
    await acknowledge(update)
    enter_flow(context, FLOW)
    if isinstance(data, ClientOpen):
        return await show_client(update, context, data.client_id)
    if isinstance(data, ClientListAction):
        return await list_action(update, context)
    if isinstance(data, ClientAction):
        return await client_action(update, context)
    return await show_list(update, context)


async def list_action(update: Update, context: CoachContext) -> State | int:
    await acknowledge(update)
    action = unpack(update.callback_query.data)
    assert isinstance(action, ClientListAction)
    if action.action == "done":
        leave_flow(context, FLOW)
        await edit_or_send(update, context, context.tr.gettext("Your client list is saved."))
        return END
    if action.action == "add":
        async with context.database.sessions() as session:
            count = await repo.count_clients(session, update.effective_user.id)
        if count >= MAX_CLIENTS:
            return await show_list(
                update, context, note=context.tr.gettext("That is the most clients I can keep.")
            )
        await send(update, context, context.tr.gettext("What is the client’s name?"))
        return remember(context, State.ADD_NAME)
    return await show_list(update, context, page=action.page)


async def open_client(update: Update, context: CoachContext) -> State:
    await acknowledge(update)
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, ClientOpen)
    return await show_client(update, context, choice.client_id)


async def client_action(update: Update, context: CoachContext) -> State:
    await acknowledge(update)
    action = unpack(update.callback_query.data)
    assert isinstance(action, ClientAction)
    tr = context.tr
    async with context.database.sessions.begin() as session:
        client = await repo.get_client(session, update.effective_user.id, action.client_id)
        name = client.name if client is not None else ""
        if client is not None and action.action == "register":
            client.register = "du" if client.register == "sie" else "sie"
        elif client is not None and action.action == "confirm-remove":
            await repo.delete_client(session, client)
    if client is None:
        return await show_list(
            update, context, note=tr.gettext("That client is no longer in your list.")
        )
    if action.action == "register":
        return await show_client(update, context, action.client_id, note=tr.gettext("Saved."))
    if action.action == "rename":
        await send(update, context, tr.gettext("What is the new name for “{name}”?", name=name))
        return remember(context, State.RENAME, client_id=action.client_id)
    if action.action == "remove":
        markup = keyboard(
            [
                (
                    tr.label("Yes, remove"),
                    ClientAction(action="confirm-remove", client_id=action.client_id),
                )
            ],
            [(tr.label("No, keep"), ClientOpen(client_id=action.client_id))],
        )
        await edit_or_send(
            update, context, tr.gettext("Remove “{name}” from your clients?", name=name), markup
        )
        return remember(context, State.CONFIRM_REMOVE, client_id=action.client_id)
    if action.action == "confirm-remove":
        return await show_list(update, context, note=tr.gettext("“{name}” is removed.", name=name))
    return await show_client(update, context, action.client_id)


# --- typed answers -------------------------------------------------------------------------------
async def name_answer(update: Update, context: CoachContext) -> State:
    scratch = context.scratch(FLOW)
    step = State(scratch.get("step", State.LIST))
    text = text_of(update) or ""
    async with context.database.sessions() as session:
        existing = await repo.list_clients(session, update.effective_user.id)
    renaming = scratch.get("client_id") if step == State.RENAME else None
    others = [client.name for client in existing if client.id != renaming]
    try:
        if len(text) > MAX_ANSWER:
            raise InvalidAnswer("too_long")
        name = parse_client_name(text, others)
    except InvalidAnswer as invalid:
        await send(update, context, explain_invalid(context.tr, invalid))
        return step
    if step == State.RENAME:
        async with context.database.sessions.begin() as session:
            client = await repo.get_client(session, update.effective_user.id, renaming)
            if client is not None:
                client.name = name
        return await show_client(update, context, renaming, note=context.tr.gettext("Saved."))
    if context.language == "de":
        await send(
            update,
            context,
            context.tr.render("profile/ask_register", client=name),
            register_keyboard(context, 0),
        )
        return remember(context, State.ADD_REGISTER, pending_client=name)
    return await save_new(update, context, name, "sie")


async def register_answer(update: Update, context: CoachContext) -> State:
    await acknowledge(update)
    choice = unpack(update.callback_query.data)
    name = context.scratch(FLOW).pop("pending_client", None)
    if not isinstance(choice, RegisterChoice) or name is None:
        return await show_list(update, context)
    return await save_new(update, context, name, choice.register)


async def save_new(update: Update, context: CoachContext, name: str, register: str) -> State:
    async with context.database.sessions.begin() as session:
        await repo.add_client(session, update.effective_user.id, name, register)
    await send(update, context, context.tr.gettext("“{name}” is added.", name=name))
    return await show_list(update, context)


async def reprompt(update: Update, context: CoachContext, note: str | None = None) -> State:
    scratch = context.scratch(FLOW)
    step = State(scratch.get("step", State.LIST))
    if step in (State.ADD_NAME, State.RENAME):
        ask = context.tr.gettext("Please send the name as text.")
        await send(update, context, f"{note}\n\n{ask}" if note else ask)
        return step
    if step == State.CLIENT and scratch.get("client_id"):
        return await show_client(update, context, scratch["client_id"], note=note)
    return await show_list(update, context, page=scratch.get("page", 0), note=note)


cancel = cancel_to_menu(FLOW)


# What the guard needs to know; registered with the handler (build_handler).
FLOW_INFO = FlowInfo(
    title=N_("your client list"),
    continue_label=N_("Continue with your clients"),
    # The list, a client's card, "remove?": menus. Adding or renaming: a task to finish.
    finished_scratch=lambda scratch: (
        scratch.get("step", State.LIST) in (State.LIST, State.CLIENT, State.CONFIRM_REMOVE)
    ),
    own_commands=frozenset({"clients"}),
    reprompt=reprompt,
    entry_prefixes=frozenset({ClientOpen.prefix, ClientListAction.prefix, ClientAction.prefix}),
)


def build_handler() -> ConversationHandler:
    register_flow(FLOW, FLOW_INFO)
    text = filters.TEXT & ~filters.COMMAND
    list_buttons = [
        CallbackQueryHandler(open_client, pattern=pattern(ClientOpen)),
        CallbackQueryHandler(list_action, pattern=pattern(ClientListAction)),
        CallbackQueryHandler(client_action, pattern=pattern(ClientAction)),
    ]
    return conversation(
        name=FLOW,
        persistent=True,
        entry_points=[
            CommandHandler("clients", open_clients),
            CallbackQueryHandler(open_clients, pattern=rf"^{Menu(target='clients').pack()}$"),
            CallbackQueryHandler(
                open_clients, pattern=pattern(ClientOpen, ClientListAction, ClientAction)
            ),
        ],
        states={
            State.LIST: list_buttons,
            State.CLIENT: list_buttons,
            State.CONFIRM_REMOVE: list_buttons,
            State.ADD_NAME: [*list_buttons, MessageHandler(text, name_answer)],
            State.RENAME: [*list_buttons, MessageHandler(text, name_answer)],
            State.ADD_REGISTER: [
                CallbackQueryHandler(register_answer, pattern=pattern(RegisterChoice)),
                *list_buttons,
                MessageHandler(text, name_answer),
            ],
        },
        fallbacks=[CommandHandler("cancel", cancel), *state_fallbacks(reprompt)],
    )
