"""Who a draft is addressed to: the client's contact person, as the VA entered it.

    "Dr. Anna Hoffmann"        -> title "Dr.", first "Anna", last "Hoffmann"
    "Frau Prof. Dr. Lena Roth" -> address "frau", title "Prof. Dr.", first "Lena", last "Roth"
    "Ursula von der Leyen"     -> first "Ursula", last "von der Leyen"
    "Hoffmann, Anna"           -> first "Anna", last "Hoffmann"

Pure: no Telegram, no database. A client row is read by duck typing (`contact_of`), so this
module serves the flows, the renderer and the command line alike.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass

from bot.coach.profile import MAX_ANSWER, InvalidAnswer

MAX_PART = 64  # the columns' length (bot/db/models.py: Client.contact_*)
MAX_WORDS = 6  # more is a sentence, not a name
ADDRESSES = ("herr", "frau", "name")


@dataclass(frozen=True)
class Contact:
    title: str = ""  # academic title as typed, e.g. "Dr." or "Prof. Dr."
    first: str = ""
    last: str = ""
    address: str = ""  # formal drafts: "herr" (Herr/Mr), "frau" (Frau/Ms), "name"; "" = unknown

    @property
    def known(self) -> bool:
        return bool(self.first or self.last)

    @property
    def full(self) -> str:
        """The name as a card shows it: "Dr. Anna Hoffmann"."""
        return " ".join(part for part in (self.title, self.first, self.last) if part)

    def as_dict(self) -> dict[str, str]:
        return asdict(self)

    def with_address(self, address: str) -> Contact:
        return Contact(self.title, self.first, self.last, address if address in ADDRESSES else "")


def contact_from(data: object) -> Contact | None:
    """A contact kept as a dict (in a flow's answers or a draft row), or None."""
    if isinstance(data, Contact):
        return data if data.known else None
    if not isinstance(data, dict):
        return None
    contact = Contact(
        **{key: str(data.get(key) or "")[:MAX_PART] for key in ("title", "first", "last")},
        address=str(data.get("address") or "") if data.get("address") in ADDRESSES else "",
    )
    return contact if contact.known else None


def contact_of(client: object | None) -> Contact | None:
    """The contact person of a client row (bot/db/models.py: Client), or None."""
    if client is None:
        return None
    contact = Contact(
        title=getattr(client, "contact_title", None) or "",
        first=getattr(client, "contact_first", None) or "",
        last=getattr(client, "contact_last", None) or "",
        address=getattr(client, "contact_address", None) or "",
    )
    return contact if contact.known else None


def columns_of(contact: Contact | None) -> dict[str, str | None]:
    """The client row's contact columns for `contact` (None clears them)."""
    contact = contact or Contact()
    return {
        "contact_title": contact.title or None,
        "contact_first": contact.first or None,
        "contact_last": contact.last or None,
        "contact_address": contact.address or None,
    }


# --- reading a typed contact ----------------------------------------------------------------------
# Written before the name, they say how a "Sie" draft addresses the person.
_HONORIFICS = {
    "herr": "herr",
    "hr.": "herr",
    "frau": "frau",
    "fr.": "frau",
    "mr": "herr",
    "mr.": "herr",
    "mrs": "frau",
    "mrs.": "frau",
    "ms": "frau",
    "ms.": "frau",
    "miss": "frau",
    "mx": "name",
    "mx.": "name",
}
_TITLE = re.compile(r"(?i)prof\.?|professor(?:in)?|dr\.?|dr\.-ing\.?|doctor")
_DEGREE = re.compile(r"(?:[a-z]{2,5}\.)+")  # after "Dr.": "med.", "rer.", "nat.", "h.c."
_PARTICLES = frozenset(
    {"von", "van", "vom", "zu", "zum", "zur", "de", "der", "den", "del", "della", "di", "da", "du",
     "dos", "ten", "ter", "le", "la", "al", "bin", "ibn"}
)  # fmt: skip
_TRIM = " \t\"'„“”‚‘’«».,;:!?"


def _is_name_word(word: str) -> bool:
    """Letters, with hyphens, apostrophes or a dot (an initial); no digits, no @."""
    if not any(unicodedata.category(char).startswith("L") for char in word):
        return False
    return all(unicodedata.category(char).startswith("L") or char in "-'’." for char in word)


def parse_contact(text: str, register: str = "sie") -> Contact:
    """A typed contact person; raises InvalidAnswer("contact_format") for anything that is not
    a name. One word alone is the last name for a formal ("sie") client, who is addressed by it,
    and the first name for a casual one."""
    if len(text) > MAX_ANSWER:
        raise InvalidAnswer("too_long")
    words = text.strip(_TRIM).split()
    address = ""
    if words and words[0].casefold() in _HONORIFICS:
        address = _HONORIFICS[words.pop(0).casefold()]
    titles: list[str] = []
    while words and (_TITLE.fullmatch(words[0]) or titles and _DEGREE.fullmatch(words[0])):
        titles.append(words.pop(0))
    first, last = _split_name(" ".join(words), register, bool(address or titles))
    for part in (" ".join(titles), first, last):
        if len(part) > MAX_PART:
            raise InvalidAnswer("name_too_long", limit=MAX_PART)
    return Contact(" ".join(titles), first, last, address)


def _split_name(name: str, register: str, formal_form: bool) -> tuple[str, str]:
    if name.count(",") == 1:  # "Hoffmann, Anna"
        last, first = (part.strip(_TRIM) for part in name.split(","))
        if not last or not first or len(last.split()) > 3:
            raise InvalidAnswer("contact_format")
        return _checked(first.split()), _checked(last.split())
    words = name.strip(_TRIM).split()
    if not words or len(words) > MAX_WORDS:
        raise InvalidAnswer("contact_format")
    _checked(words)
    if len(words) == 1:
        by_last = formal_form or register != "du"
        return ("", words[0]) if by_last else (words[0], "")
    start = next((i for i, word in enumerate(words[1:-1], 1) if word in _PARTICLES), len(words) - 1)
    return " ".join(words[:start]), " ".join(words[start:])


def _checked(words: list[str]) -> str:
    if not words or not all(_is_name_word(word.strip(",")) for word in words):
        raise InvalidAnswer("contact_format")
    return " ".join(words)


def offers_address(contact: Contact, register: str, language: str) -> bool:
    """Whether a form of address (Frau/Herr, Ms/Mr, or the full name) applies to this person: in
    a formal ("sie") draft with a last name. German keeps "Frau Dr. Hoffmann"; English does not
    put Ms or Mr before a title ("Dr Shah"), so an English contact with a title needs none."""
    if register != "sie" or not contact.last:
        return False
    return language == "de" or not contact.title


def asks_address(contact: Contact, register: str, language: str) -> bool:
    """Whether to ask how a draft addresses this person: a form of address applies and was not
    typed with the name already ("Frau Dr. Anna Hoffmann", "Ms Priya Shah")."""
    return offers_address(contact, register, language) and not contact.address
