"""The client list's path: given where it stands and this answer, which step is next.

    /clients ─▶ LIST ─(a client)─▶ CARD ─(rename)─▶ RENAME ─▶ CARD
                 │                   ├─(Sie/du, formal/casual)─▶ CARD
                 │                   ├─(contact)─▶ CONTACT ─▶ [ADDRESS] ─▶ CARD
                 │                   ├─(form of address)─▶ ADDRESS ─▶ CARD
                 │                   ├─(remove contact)─▶ CARD
                 │                   └─(remove)─▶ CONFIRM_REMOVE ─(yes)─▶ LIST
                 ├─(add)─▶ ADD_NAME ─▶ ADD_REGISTER ─▶ CONTACT ─▶ [ADDRESS] ─▶ LIST
                 └─(done)─▶ CLOSED

The contact person is optional (Skip); the form of address (Herr / Frau / full name; Ms / Mr /
full name) is asked for a formal client whose last name is known, when it was not typed with the
name and no title makes it unneeded (bot/coach/contact.py: asks_address).

The list, a client's card and "remove?" are menus: their buttons (a `Tap`) work the same
wherever the flow stands. Adding and renaming are tasks, picked up again after a pause.

Pure: no Telegram, no database. Whether a tapped client still exists, or the list is full, is
read before it gets here (bot/flows/profile/clients_store.py): such a tap arrives as "gone" or
"full"; a typed contact arrives read (a Contact as a dict). What is to be stored goes into
`ClientsAnswers.changes`; the flow's store writes it with the step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from bot.coach.contact import asks_address, contact_from
from bot.coach.given import Given


class Step(IntEnum):
    # The numbers of the states before the flow engine: a list left open across an update
    # is picked up where it was.
    LIST = 0
    CARD = 1
    ADD_NAME = 2
    ADD_REGISTER = 3
    RENAME = 4
    CONFIRM_REMOVE = 5
    CLOSED = 6  # "Your client list is saved.": the flow has ended
    CONTACT = 7  # the client's contact person (optional)
    ADDRESS = 8  # how a formal draft addresses them: Frau/Ms, Herr/Mr or by full name


MENUS = frozenset({Step.LIST, Step.CARD, Step.CONFIRM_REMOVE, Step.CLOSED})
CLIENT_ACTIONS = frozenset(
    {"open", "rename", "register", "remove", "confirm-remove", "back"}
    | {"contact", "address", "drop-contact"}
)


@dataclass
class ClientsAnswers:
    """Where the client list stands; kept in the user's flow data."""

    step: int = Step.LIST
    page: int = 0  # the list's page
    client_id: int | None = None  # the client whose card, new name or removal is open
    name: str | None = None  # that client's name (or the one just added), for what is said
    pending_client: str | None = None  # a new client's name, waiting for "Sie" or "du"
    register: str | None = None  # the register of the client whose contact is asked
    adding: bool = False  # the contact is asked for a client just added: the list follows
    said: str | None = None  # what the next screen says first: added, saved, removed, gone, full
    changes: dict = field(default_factory=dict)  # to store: add, rename, switch, remove


@dataclass(frozen=True)
class Tap:
    """A button of the list, a card or "remove?": the same wherever the flow stands.
    `action` is a ClientListAction's or ClientAction's, "open" for a client, or what the reader
    found: "gone" (that client is no longer there), "full" (no room for another)."""

    action: str
    client_id: int | None = None
    page: int = 0


def advance(answers: ClientsAnswers, step: Step, given: Given, language: str = "en") -> Step:
    """Note `given` as the answer to `step` in `answers`; return the step that follows."""
    if isinstance(given.value, Tap):
        return tapped(answers, given.value)
    if step == Step.ADD_NAME:
        if given.text is None:  # "skip", "fertig": no client after all
            return Step.LIST
        answers.pending_client = given.text
        return Step.ADD_REGISTER  # "Sie" or "du"; in English formal or casual
    if step == Step.ADD_REGISTER:
        if answers.pending_client is None:
            return Step.LIST
        return added(answers, answers.pending_client, given.value or "sie")
    if step == Step.CONTACT:
        return contact_given(answers, given, language)
    if step == Step.ADDRESS:
        if given.value is not None and given.value != "skip":
            answers.changes["address"] = given.value
            answers.said = "saved"
        return after_contact(answers)
    if step == Step.RENAME:
        if given.text is not None:
            answers.changes["rename"] = given.text
            answers.said = "saved"
        return Step.CARD
    if step == Step.CONFIRM_REMOVE:  # "ja" or "nein", typed
        action = "confirm-remove" if given.value == "yes" else "open"
        return tapped(answers, Tap(action, answers.client_id))
    return Step.CLOSED  # "fertig" at the list


def contact_given(answers: ClientsAnswers, given: Given, language: str) -> Step:
    """A contact person (read into a dict), or Skip: then the list or the card again."""
    contact = contact_from(given.value)
    if contact is None:  # Skip, Back
        return after_contact(answers)
    answers.changes["contact"] = contact.as_dict()
    answers.said = "saved"
    if asks_address(contact, answers.register or "sie", language):
        return Step.ADDRESS
    return after_contact(answers)


def after_contact(answers: ClientsAnswers) -> Step:
    if answers.adding:
        answers.adding = False
        return Step.LIST
    return Step.CARD


def added(answers: ClientsAnswers, name: str, register: str) -> Step:
    """The client is stored with its register; its contact person is asked next."""
    answers.changes["add"] = (name, register)
    answers.name, answers.pending_client, answers.said = name, None, "added"
    answers.register, answers.adding = register, True
    return Step.CONTACT


def tapped(answers: ClientsAnswers, tap: Tap) -> Step:
    """A menu button: where it leads, whatever was open (a half-added name is let go)."""
    answers.pending_client, answers.adding = None, False
    if tap.action == "done":
        return Step.CLOSED
    if tap.action in ("gone", "full"):
        answers.said = tap.action
        return Step.LIST
    if tap.action == "add":
        return Step.ADD_NAME
    if tap.action not in CLIENT_ACTIONS:  # "page", "list": the list at that page
        answers.page, answers.client_id = tap.page, None
        return Step.LIST
    answers.client_id = tap.client_id
    if tap.action == "rename":
        return Step.RENAME
    if tap.action == "remove":
        return Step.CONFIRM_REMOVE
    if tap.action == "confirm-remove":
        answers.changes["remove"] = True
        answers.said = "removed"
        return Step.LIST
    if tap.action == "contact":
        return Step.CONTACT
    if tap.action == "address":
        return Step.ADDRESS
    if tap.action == "register":
        answers.changes["switch"] = True
        answers.said = "saved"
    if tap.action == "drop-contact":
        answers.changes["contact"] = None
        answers.said = "saved"
    return Step.CARD
