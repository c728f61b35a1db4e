"""The client list's screens: the list, a client's card, "remove?", the name questions and the
goodbye. Each is a step that shows itself (bot/ui/flow.py): it stores where the flow stands,
with any change the answer made, then shows what is there now."""

from __future__ import annotations

from jinja2 import TemplateError
from telegram import Update

from bot.coach.clients_steps import ClientsAnswers, Step
from bot.coach.contact import contact_of, offers_address
from bot.coach.drafting import renderer
from bot.coach.templates import salutation_line
from bot.context import CoachContext
from bot.db import repo
from bot.flows.profile.clients_store import FLOW, store
from bot.flows.profile.codecs import ClientAction, ClientListAction, ClientOpen
from bot.i18n import N_
from bot.ui.common import chunk, edit_or_send, keyboard, leave_flow, send
from bot.ui.flow import ACTIVE, END

PAGE_SIZE = 8
SAID = {  # what the screen after an answer says first
    "saved": N_("Saved."),
    "removed": N_("“{name}” is removed."),
    "gone": N_("That client is no longer in your list."),
    "full": N_("That is the most clients I can keep."),
}


async def stored(update: Update, context: CoachContext, answers: ClientsAnswers, note) -> str:
    """Store the answers; the note above the screen: why it is asked again, or what changed."""
    said, answers.said = answers.said, None
    await store.save(update, context, answers)
    tr = context.tr
    if said == "added":  # its own message, above the list
        await send(update, context, tr.gettext("“{name}” is added.", name=answers.name or ""))
    told = tr.gettext(SAID[said], name=answers.name or "") if said in SAID else None
    return "\n\n".join(part for part in (note, told) if part)


async def show_list(
    update: Update, context: CoachContext, answers: ClientsAnswers, note: str | None = None
) -> int:
    answers.step = int(Step.LIST)
    note = await stored(update, context, answers, note)
    clients = await clients_of(update, context)
    pages = max(1, -(-len(clients) // PAGE_SIZE))
    answers.page = min(max(answers.page, 0), pages - 1)
    await store.save(update, context, answers)  # the page that is shown
    await send_list(update, context, clients, answers.page, note or None)
    return ACTIVE


async def clients_of(update: Update, context: CoachContext) -> list:
    async with context.database.sessions() as session:
        return await repo.list_clients(session, update.effective_user.id)


async def send_list(
    update: Update, context: CoachContext, clients: list, page: int, note: str | None
) -> None:
    """One page of the clients, a button each, paging, "Add a client" and "Done"."""
    tr = context.tr
    pages = max(1, -(-len(clients) // PAGE_SIZE))
    shown = clients[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    paging = []
    if page > 0:
        paging.append(("‹", ClientListAction(action="page", page=page - 1)))
    if page < pages - 1:
        paging.append(("›", ClientListAction(action="page", page=page + 1)))
    markup = keyboard(
        *chunk([(client.name, ClientOpen(client_id=client.id)) for client in shown], 2),
        paging,
        [
            (tr.label("Add a client"), ClientListAction(action="add")),
            (tr.label("Done"), ClientListAction(action="done")),
        ],
    )
    text = tr.render(
        "clients/list",
        note=note,
        clients=[
            {
                "name": client.name,
                "register": client.register,
                "contact": contact.full if (contact := contact_of(client)) else None,
            }
            for client in shown
        ],
        total=len(clients),
    )
    await edit_or_send(update, context, text, markup)


async def show_card(
    update: Update, context: CoachContext, answers: ClientsAnswers, note: str | None = None
) -> int:
    """One client: its register and contact person, and what can be changed."""
    told = await stored(update, context, answers, note)  # a changed name or register first
    async with context.database.sessions() as session:
        client = await repo.get_client(session, update.effective_user.id, answers.client_id or 0)
    if client is None:
        answers.said = "gone"
        return await show_list(update, context, answers, note)
    text = card_text(context, client, told or None)
    await edit_or_send(update, context, text, card_buttons(context, client))
    return ACTIVE


def card_buttons(context: CoachContext, client) -> object:
    """Rename; Sie/du (formal/casual); the contact person and, for a formal client, the form of
    address (Frau/Herr, Ms/Mr); remove; back."""
    tr, contact = context.tr, contact_of(client)

    def action(label: str, name: str, **params: str) -> tuple[str, ClientAction]:
        return tr.label(label, **params), ClientAction(action=name, client_id=client.id)

    if context.language == "de":
        other = "du" if client.register == "sie" else "Sie"
        switch = action(N_("Address as “{register}”"), "register", register=other)
    else:
        casual = client.register == "sie"
        switch = action(N_("Switch to casual") if casual else N_("Switch to formal"), "register")
    rows = [[action(N_("Rename"), "rename")], [switch]]
    if contact is None:
        rows.append([action(N_("Add a contact person"), "contact")])
    else:
        rows.append(
            [
                action(N_("Change contact person"), "contact"),
                action(N_("Remove contact person"), "drop-contact"),
            ]
        )
        if offers_address(contact, client.register, context.language):
            rows.append([action(N_("Change form of address"), "address")])
    rows.append([action(N_("Remove"), "remove")])
    rows.append([(tr.label("Back to the list"), ClientListAction(action="list"))])
    return keyboard(*rows)


def card_text(context: CoachContext, client, note: str | None) -> str:
    """The card's text: name, register, contact person, and the salutation drafts open with."""
    contact = contact_of(client)
    try:  # a courtesy: the card stands without it
        salutation = salutation_line(
            renderer(context.language), client.name, client.register, contact
        )
    except (TemplateError, TypeError):
        salutation = None
    return context.tr.render(
        "clients/client",
        note=note,
        name=client.name,
        register=client.register,
        contact=contact.full if contact else None,
        address=contact.address if contact else "",
        titled=bool(contact and contact.title),
        salutation=salutation or None,
    )


async def confirm_remove(
    update: Update, context: CoachContext, answers: ClientsAnswers, note: str | None = None
) -> int:
    note = await stored(update, context, answers, note)
    tr = context.tr
    client_id = answers.client_id or 0
    markup = keyboard(
        [(tr.label("Yes, remove"), ClientAction(action="confirm-remove", client_id=client_id))],
        [(tr.label("No, keep"), ClientOpen(client_id=client_id))],
    )
    text = tr.gettext("Remove “{name}” from your clients?", name=answers.name or "")
    await edit_or_send(update, context, f"{note}\n\n{text}" if note else text, markup)
    return ACTIVE


async def ask_name(
    update: Update, context: CoachContext, answers: ClientsAnswers, note: str | None = None
) -> int:
    """A new client's name, or a client's new name; asked again (after a pause, or an answer
    that was no name): the note, and that a name is wanted."""
    note = await stored(update, context, answers, note)
    tr = context.tr
    if note:
        again = tr.gettext("Please send the name as text.")
        text = f"{note}\n\n{again}"
    elif answers.step == Step.RENAME:
        text = tr.gettext("What is the new name for “{name}”?", name=answers.name or "")
    else:
        text = tr.gettext("What is the client’s name?")
    await send(update, context, text)
    return ACTIVE


async def closed(
    update: Update, context: CoachContext, answers: ClientsAnswers, note: str | None = None
) -> int:
    leave_flow(context, FLOW)
    await edit_or_send(update, context, context.tr.gettext("Your client list is saved."))
    return END
