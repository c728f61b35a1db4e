"""/clients: add, rename, remove clients, their contact person, and how replies address them.

The path is bot/coach/clients_steps.py, the screens clients_screens.py, the store and the
readers clients_store.py; the flow engine (bot/ui/flow.py) runs them. The list, a client's card
and "remove?" are menus: their buttons carry what they open and work at any time, also from an
older message. Adding and renaming a client are tasks: another command in between pauses them,
and /clients or "Continue" picks them up again, a typed name waiting for "Sie" or "du" included.
The contact person's questions are shared with onboarding (clients_contact.py).
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, ConversationHandler

from bot.coach.clients_steps import ClientsAnswers, advance
from bot.coach.clients_steps import Step as S
from bot.coach.given import Given
from bot.coach.profile import MAX_ANSWER
from bot.context import CoachContext
from bot.flows.profile import clients_contact
from bot.flows.profile import clients_screens as screens
from bot.flows.profile.clients_store import (
    FLOW,
    contact_of_client,
    contact_to_address,
    read_address,
    read_contact,
    read_menu,
    read_name,
    store,
    tap_of,
)
from bot.flows.profile.codecs import ClientAction, ClientListAction, ClientOpen, ClientsPick
from bot.i18n import N_
from bot.ui import menu
from bot.ui.callbacks import Menu, pattern, unpack
from bot.ui.common import acknowledge, enter_flow
from bot.ui.flow import Flow, Step, ask, enter
from bot.ui.flow_conversation import build_conversation
from bot.ui.registers import registers

SKIP = {"skip": "skip", "done": "skip"}  # typed meaning -> button value


async def pending(update: Update, context: CoachContext, answers: ClientsAnswers) -> dict:
    return {"client": answers.pending_client or ""}


NO_BUTTONS = frozenset[str]()  # its buttons are menus (codecs.py), none of the flow's own
STEPS = {
    S.LIST: Step(screen=screens.show_list, typed=SKIP, values=NO_BUTTONS, final=True),
    S.CARD: Step(screen=screens.show_card, values=NO_BUTTONS, final=True),
    S.CONFIRM_REMOVE: Step(
        screen=screens.confirm_remove,
        typed={"yes": "yes", "no": "no"},
        values=NO_BUTTONS,
        read=read_menu,
        final=True,
    ),
    S.ADD_NAME: Step(
        screen=screens.ask_name, typed=SKIP, text=MAX_ANSWER, values=NO_BUTTONS, read=read_name
    ),
    S.ADD_REGISTER: Step(
        "profile/ask_register",
        registers,
        typed={"sie": "sie", "du": "du"},
        values=frozenset({"sie", "du"}),
        prepare=pending,
    ),
    S.RENAME: Step(
        screen=screens.ask_name, typed=SKIP, text=MAX_ANSWER, values=NO_BUTTONS, read=read_name
    ),
    S.CONTACT: Step(
        "clients/ask_contact",
        clients_contact.contact_buttons,
        typed=clients_contact.CONTACT_TYPED,
        text=MAX_ANSWER,
        values=frozenset({clients_contact.SKIP, clients_contact.SELF}),
        prepare=contact_of_client,
        read=read_contact,
    ),
    S.ADDRESS: Step(
        "clients/ask_address",
        clients_contact.address_buttons,
        text=MAX_ANSWER,
        values=clients_contact.ADDRESS_VALUES,
        prepare=contact_to_address,
        read=read_address,
    ),
    S.CLOSED: Step(screen=screens.closed, values=NO_BUTTONS, final=True),
}


async def begin(update: Update, context: CoachContext, note: str | None = None) -> object:
    """The list, from its first page."""
    enter_flow(context, FLOW, fresh=True)
    return await ask(update, context, CLIENTS, ClientsAnswers(), S.LIST, note)


CLIENTS = Flow(
    name=FLOW,
    steps=STEPS,
    pick=ClientsPick,
    store=store,
    advance=advance,
    begin=begin,
    continue_label=N_("Continue with your clients"),
    own_commands=frozenset({"clients"}),
    cancelled=menu.cancelled_to_menu,
)


# --- entry ---------------------------------------------------------------------------------------
async def start(update: Update, context: CoachContext) -> object:
    await acknowledge(update)
    return await begin(update, context)


async def on_menu(update: Update, context: CoachContext) -> object:
    """A button of the list, a card or "remove?", also of an older message: what it opens,
    wherever the flow stood. The menu changes in place."""
    await enter(update, context, CLIENTS)
    answers = await store.load(update, context) or ClientsAnswers()
    tap = tap_of(unpack(update.callback_query.data))
    given = await read_menu(update, context, answers, Given(value=tap))
    following = advance(answers, CLIENTS.step_of(answers), given, context.language)
    return await ask(update, context, CLIENTS, answers, following)


async def show_list(update: Update, context: CoachContext) -> None:
    """The list, opened from the settings: shown, not entered (its buttons enter the client
    list), so a paused addition stays paused."""
    clients = await screens.clients_of(update, context)
    await screens.send_list(update, context, clients, 0, None)


def build_handler() -> ConversationHandler:
    menus = CallbackQueryHandler(
        on_menu, pattern=pattern(ClientOpen, ClientListAction, ClientAction)
    )
    return build_conversation(
        CLIENTS,
        entry_points=[
            CommandHandler("clients", start),
            CallbackQueryHandler(start, pattern=rf"^{Menu(target='clients').pack()}$"),
            menus,
        ],
        more=[menus],
    )
