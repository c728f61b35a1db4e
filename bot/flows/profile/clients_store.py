"""Keeping the client list's answers: where it stands in the user's flow data, each change in
the client rows the moment the step it leads to is asked; and the readers of answers that need
the database (does that client still exist, is that name free)."""

from __future__ import annotations

from telegram import Update

from bot.coach.clients_steps import CLIENT_ACTIONS, ClientsAnswers, Step, Tap
from bot.coach.contact import Contact, contact_from, contact_of, offers_address
from bot.coach.given import Given
from bot.coach.profile import InvalidAnswer, parse_client_name
from bot.context import CoachContext
from bot.db import repo
from bot.flows.profile import clients_contact
from bot.flows.profile.codecs import ClientAction, ClientListAction, ClientOpen
from bot.ui.flow import Invalid, ScratchStore
from bot.ui.invalid import explain_invalid

FLOW = "clients"
MAX_CLIENTS = 50
# kept between updates
KEPT = ("step", "page", "client_id", "name", "pending_client", "register", "adding")


class ClientsStore(ScratchStore):
    """The engine's store (bot/ui/flow.py) for the client list: where it stands in the flow
    data, each change (`changes`) in the client rows."""

    async def save(self, update: Update, context: CoachContext, answers: ClientsAnswers) -> None:
        changes, answers.changes = answers.changes, {}
        if changes:
            await write(update, context, answers, changes)
        await super().save(update, context, answers)


store = ClientsStore(FLOW, ClientsAnswers, KEPT)


async def write(
    update: Update, context: CoachContext, answers: ClientsAnswers, changes: dict
) -> None:
    user_id = update.effective_user.id
    async with context.database.sessions.begin() as session:
        if "add" in changes:
            client = await repo.add_client(session, user_id, *changes["add"])
            answers.client_id = client.id  # whose contact person is asked next
            return
        client = await repo.get_client(session, user_id, answers.client_id or 0)
        if client is None:
            return
        if "contact" in changes:
            repo.set_contact(client, contact_from(changes["contact"]))
        if "address" in changes and contact_of(client) is not None:
            client.contact_address = changes["address"]
        if "rename" in changes:
            client.name = changes["rename"]
        if "switch" in changes:
            client.register = "du" if client.register == "sie" else "sie"
        if "remove" in changes:
            await repo.delete_client(session, client)


def tap_of(data: ClientOpen | ClientAction | ClientListAction) -> Tap:
    """A menu button, as the path (bot/coach/clients_steps.py) reads it."""
    if isinstance(data, ClientOpen):
        return Tap("open", data.client_id)
    if isinstance(data, ClientAction):
        return Tap(data.action, data.client_id)
    return Tap(data.action, page=data.page)


# --- answers that need the database ---------------------------------------------------------------
async def read_menu(
    update: Update, context: CoachContext, answers: ClientsAnswers, given: Given
) -> Given:
    """A menu button (or "ja"/"nein" typed to "remove?"): a client no longer there, or a list
    with no room for another, is told as such."""
    tap = given.value if isinstance(given.value, Tap) else Tap("open", answers.client_id)
    user_id = update.effective_user.id
    if tap.action == "add":
        async with context.database.sessions() as session:
            full = await repo.count_clients(session, user_id) >= MAX_CLIENTS
        return Given(value=Tap("full")) if full else given
    if tap.action not in CLIENT_ACTIONS:
        return given
    async with context.database.sessions() as session:
        client = await repo.get_client(session, user_id, tap.client_id or 0)
    if client is None:
        return Given(value=Tap("gone"))
    answers.name = client.name
    contact = contact_of(client)
    if tap.action == "address" and (  # an older card's button: no form of address applies now
        contact is None or not offers_address(contact, client.register, context.language)
    ):
        return Given(value=Tap("open", client.id))
    return given


async def read_name(
    update: Update, context: CoachContext, answers: ClientsAnswers, given: Given
) -> Given:
    """A typed name for a new client, or a client's new name: none of the other clients'."""
    if given.text is None:  # "skip", "fertig"
        return given
    renaming = answers.client_id if answers.step == Step.RENAME else None
    async with context.database.sessions() as session:
        existing = await repo.list_clients(session, update.effective_user.id)
    if renaming is not None and all(client.id != renaming for client in existing):
        return Given(value=Tap("gone"))
    others = [client.name for client in existing if client.id != renaming]
    try:
        return Given(text=parse_client_name(given.text, others))
    except InvalidAnswer as invalid:
        raise Invalid(explain_invalid(context.tr, invalid)) from None


async def contact_of_client(update: Update, context: CoachContext, answers: ClientsAnswers) -> dict:
    """What the contact question shows: the client, and the contact person it has."""
    async with context.database.sessions() as session:
        client = await repo.get_client(session, update.effective_user.id, answers.client_id or 0)
    just_added, answers.said = answers.said == "added", None
    name = client.name if client else answers.name or ""
    register = client.register if client else answers.register or "sie"
    current = contact_of(client) if client else None
    return clients_contact.contact_question(
        context, name, register, current, adding=answers.adding, just_added=just_added
    )


async def read_contact(
    update: Update, context: CoachContext, answers: ClientsAnswers, given: Given
) -> Given:
    """The contact person typed (or the client's own name), read with the client's register."""
    async with context.database.sessions() as session:
        client = await repo.get_client(session, update.effective_user.id, answers.client_id or 0)
    if client is None:
        return Given(value=Tap("gone"))
    answers.name, answers.register = client.name, client.register
    value = clients_contact.read_contact(
        context, given.text, given.value, client.name, client.register
    )
    return Given(value=value)


async def contact_to_address(
    update: Update, context: CoachContext, answers: ClientsAnswers
) -> dict:
    """The form-of-address question: the contact person as it is stored."""
    async with context.database.sessions() as session:
        client = await repo.get_client(session, update.effective_user.id, answers.client_id or 0)
    contact = contact_of(client) or Contact()
    return {"contact": contact, "name": contact.full}


async def read_address(
    update: Update, context: CoachContext, answers: ClientsAnswers, given: Given
) -> Given:
    return Given(value=clients_contact.read_address(context, given.text, given.value))
