"""The contact person's two questions, shared by onboarding and /clients: who the VA writes to
at a client (typed in one line, or the client's own name when the client is a person), and for
a formal client whether drafts say "Frau"/"Ms", "Herr"/"Mr" or the full name
(bot/coach/contact.py: asks_address).

Both flows read the answers with these functions and keep them with bot/db/repo.set_contact.
"""

from __future__ import annotations

from bot.coach.contact import ADDRESSES, Contact, parse_contact
from bot.coach.profile import InvalidAnswer
from bot.coach.say_no import is_company
from bot.context import CoachContext
from bot.i18n import N_
from bot.ui.callbacks import InvalidCallback
from bot.ui.flow import Asked, Invalid, Rows
from bot.ui.invalid import explain_invalid

SELF = "self"  # the button "the client is the contact person"
SKIP = "skip"
CONTACT_TYPED = {"skip": SKIP, "done": SKIP, "no": SKIP}  # typed meaning -> button value
ADDRESS_VALUES = frozenset(ADDRESSES)
# Typed at the form-of-address question: what each word means.
ADDRESS_WORDS = {
    "herr": "herr",
    "mr": "herr",
    "frau": "frau",
    "ms": "frau",
    "mrs": "frau",
    "name": "name",
    "voller name": "name",
    "vollem namen": "name",
    "mit vollem namen": "name",
    "full name": "name",
    "by full name": "name",
    "weiß ich nicht": "name",
    "weiß nicht": "name",
    "nicht sicher": "name",
    "not sure": "name",
    "don't know": "name",
    "don’t know": "name",
}
ADDRESS_LABELS = {
    "frau": N_("Ms {name}"),
    "herr": N_("Mr {name}"),
    "name": N_("By full name: {name}"),
    "unsure": N_("Not sure"),  # only a last name is known: the greeting goes without a name
}


def client_as_contact(client_name: str, register: str) -> Contact | None:
    """The client's own name as its contact person, when the client is a person."""
    if is_company(client_name) or len(client_name.split()) < 2:
        return None
    try:
        return parse_contact(client_name, register)
    except InvalidAnswer:
        return None


def contact_question(
    context: CoachContext,
    client: str,
    register: str,
    current: Contact | None,
    adding: bool,
    just_added: bool = False,
) -> dict:
    """What the contact question shows, and what its buttons need. While a client is being
    added it can be skipped; on a client's card it can be left as it is ("Back")."""
    tr = context.tr
    return {
        "client": client,
        "added": tr.gettext("“{name}” is added.", name=client) if just_added else None,
        "current": current.full if current else None,
        "editing": not adding,
        "sie": register != "du",
        "self_contact": None if current else client_as_contact(client, register),
    }


def contact_buttons(asked: Asked) -> Rows:
    """The client's own name when the client is a person; Skip while adding, Back on a card."""
    tr, extra = asked.context.tr, asked.extra
    rows: Rows = []
    if extra["self_contact"] is not None:
        rows.append([(extra["self_contact"].full, SELF)])
    label = N_("Back") if extra["editing"] else N_("Skip")
    rows.append([(tr.label(label), SKIP)])
    return rows


def read_contact(
    context: CoachContext, typed: str | None, value: object, client: str, register: str
):
    """A typed contact or the client's own name, as a dict; Skip as it is. Raises Invalid with
    a note for text that is not a name."""
    if value == SKIP:
        return SKIP
    if value == SELF:
        contact = client_as_contact(client, register)
        if contact is None:
            raise InvalidCallback("the client is not a person")
        return contact.as_dict()
    try:
        return parse_contact(typed or "", register).as_dict()
    except InvalidAnswer as invalid:
        if invalid.reason == "contact_format":
            raise Invalid(
                context.tr.gettext(
                    "I could not read that as a name. Please send first and last name, with a title if there is one, for example “Dr Priya Shah”."
                )
            ) from None
        raise Invalid(explain_invalid(context.tr, invalid)) from None


def address_buttons(asked: Asked) -> Rows:
    """ "Frau Dr. Hoffmann", "Herr Dr. Hoffmann", "Anna Hoffmann" (English: "Ms Shah", "Mr Shah",
    "Priya Shah"): what the draft says. With only a last name there is no full name to use, so
    the third button is "Not sure": the greeting then names no one rather than guessing."""
    tr, contact = asked.context.tr, asked.extra["contact"]
    short = " ".join(part for part in (contact.title, contact.last) if part)
    if contact.first:
        full = f"{contact.first} {contact.last}"
        third = tr.label(ADDRESS_LABELS["name"], name=full)
    else:
        third = tr.label(ADDRESS_LABELS["unsure"])
    return [
        [
            (tr.label(ADDRESS_LABELS["frau"], name=short), "frau"),
            (tr.label(ADDRESS_LABELS["herr"], name=short), "herr"),
        ],
        [(third, "name")],
    ]


def read_address(context: CoachContext, typed: str | None, value: object) -> str:
    """A button's form of address, or "Frau", "Ms", "voller Name", "not sure" typed."""
    if typed is None:
        if value not in ADDRESS_VALUES:
            raise InvalidCallback("not a form of address")
        return str(value)
    meaning = ADDRESS_WORDS.get(" ".join(typed.casefold().strip(" .!").split()))
    if meaning is None:
        raise Invalid(context.tr.gettext("Please use the buttons above."))
    return meaning
