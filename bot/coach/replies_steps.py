"""The reply library's path (/replies): from a picked template to the filled reply.

    BROWSE ─(a template)─▶ [CLIENT] ─▶ [REGISTER] ─▶ [SHAPE] ─▶ FIELD_1 … FIELD_n ─▶ REPLY
                                                          └─(own, too long)─▶ TOO_LONG

BROWSE is a menu (topics, a topic's templates, search results). CLIENT is asked when the VA has
clients and the template names one (every built-in template; an own one with {client},
{client_first}, {salutation}, {contact_first} or {contact_last}); the client's register and
contact person come with it; REGISTER (Sie/du, formal/casual) is asked without a client.
SHAPE (email or chat) only for built-in templates. One FIELD step per field the bot cannot fill
itself, in the template's order; built-in fields may be skipped. An own template that would be
longer than one message even with the shortest answers is not filled (TOO_LONG).

Pure: no Telegram, no database. What needs either (the picked template's text and the VA's
name, a client's button, a typed date) is read before it gets here (bot/flows/replies/steps.py,
fill.py); a field's answer arrives as the value to fill in (`text`), or as `value` "skip".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from bot.coach.contact import contact_from
from bot.coach.drafting import renderer
from bot.coach.given import Given
from bot.coach.own_format import (
    MAX_FIELDS,
    MAX_FILLED,
    TemplateFormatError,
    fields_of,
    filled_length,
    parse,
)
from bot.coach.templates import CLIENT_FIELDS, auto_values, fields_for, salutation_line

FIELD = 100  # FIELD + n: the step that asks the n-th field (its buttons carry it)
SKIP = "skip"


class Step(IntEnum):
    BROWSE = 0
    CLIENT = 1
    REGISTER = 2
    SHAPE = 3
    REPLY = 5  # the filled reply, shown: the flow ends
    TOO_LONG = 6  # an own template that cannot be filled, said: the flow ends
    FIELD_1 = FIELD + 1
    FIELD_2 = FIELD + 2
    FIELD_3 = FIELD + 3
    FIELD_4 = FIELD + 4
    FIELD_5 = FIELD + 5
    FIELD_6 = FIELD + 6
    FIELD_7 = FIELD + 7
    FIELD_8 = FIELD + 8
    FIELD_9 = FIELD + 9
    FIELD_10 = FIELD + 10
    FIELD_11 = FIELD + 11
    FIELD_12 = FIELD + 12


FIELDS = tuple(step for step in Step if step > FIELD)
assert len(FIELDS) == MAX_FIELDS  # an own template has at most MAX_FIELDS fields


@dataclass
class FillAnswers:
    """Where /replies stands and what it knows; kept in the user's flow data."""

    step: int = int(Step.BROWSE)
    category: str | None = None  # the topic shown (BROWSE)
    query: str | None = None  # the words searched for (BROWSE)
    kind: str | None = None  # "lib" (a built-in template) or "own"
    ref: str | None = None  # a built-in template's key, or an own template's id
    name: str | None = None  # an own template's name
    source: str | None = None  # an own template's text
    sender: str | None = None  # the VA's name, which fills {me}
    client_id: int | None = None
    client: str | None = None
    contact: dict | None = None  # the client's contact person (bot/coach/contact.py), as a dict
    register: str | None = None
    shape: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    asked: list[str] = field(default_factory=list)  # fields answered or skipped, in order

    def as_reply(self) -> dict:
        """What the reply is rendered from, and kept as in its draft row (result.py)."""
        reply: dict = {"kind": self.kind, "ref": self.ref, "fields": dict(self.fields)}
        for key in ("name", "client_id", "client", "contact", "register", "shape"):
            if getattr(self, key) is not None:
                reply[key] = getattr(self, key)
        return reply


def own_fields(answers: FillAnswers) -> list[str]:
    try:
        return fields_of(answers.source or "")
    except TemplateFormatError:
        return []  # a broken own template: nothing to ask, and the reply says it is gone


def wants_client(answers: FillAnswers) -> bool:
    """Whether the template names the client: every built-in one, an own one with a client's
    field ({client}, {salutation}, {contact_first}, …)."""
    return answers.kind == "lib" or any(f in CLIENT_FIELDS for f in own_fields(answers))


def own_values(reply: dict, sender: str | None, language: str) -> dict[str, str]:
    """The fields of an own template the bot fills itself, for a reply's answers (as_reply):
    the client's and the VA's names, the contact person's and the salutation the drafts use."""
    contact = contact_from(reply.get("contact"))
    client, register = reply.get("client"), reply.get("register") or "sie"
    salutation = salutation_line(renderer(language), client, register, contact)
    return auto_values(client, sender, contact, salutation)


def to_ask(answers: FillAnswers, language: str) -> list[str]:
    """The fields the VA is asked for, in order: all but those the bot fills itself (the
    salutation always: there is one for any client, and for none)."""
    if answers.kind == "lib":
        return list(fields_for(answers.ref or "", language))
    contact = contact_from(answers.contact)
    known = auto_values(answers.client, answers.sender, contact, salutation="known")
    return [name for name in own_fields(answers) if name not in known]


def field_at(answers: FillAnswers, step: int, language: str) -> str | None:
    """The field a FIELD step asks, or None when there is no such field."""
    fields = to_ask(answers, language)
    index = int(step) - FIELD - 1
    return fields[index] if 0 <= index < len(fields) else None


def too_long(answers: FillAnswers, language: str) -> bool:
    """An own template longer than one message even with one character per answer still
    missing (the client's name and the VA's count in full, each time they appear)."""
    try:
        parsed = parse(answers.source or "")
    except TemplateFormatError:
        return False
    values = {**answers.fields, **own_values(answers.as_reply(), answers.sender, language)}
    return bool(answers.source) and filled_length(parsed, values) > MAX_FILLED


def next_missing(answers: FillAnswers, language: str) -> Step:
    """The next thing to ask, or the reply once nothing is missing."""
    if answers.kind == "lib" and answers.shape is None:
        return Step.SHAPE
    if answers.kind == "own" and too_long(answers, language):
        return Step.TOO_LONG
    if len(answers.asked) < len(to_ask(answers, language)):
        return Step(FIELD + len(answers.asked) + 1)
    return Step.REPLY


def after_client(answers: FillAnswers, language: str) -> Step:
    """Sie or du (English: formal or casual) is asked for a built-in template without a client."""
    if answers.kind == "lib" and not answers.client_id:
        return Step.REGISTER
    if answers.register is None:
        answers.register = "sie"
    return next_missing(answers, language)


def advance(answers: FillAnswers, step: Step, given: Given, language: str = "en") -> Step:
    """Store `given` as the answer to `step` in `answers`; return the step that follows.

    BROWSE's answer is a template picked (already in the answers); `value` says whether the VA
    has clients. CLIENT's (the client, or none) is in the answers too."""
    if step == Step.BROWSE:
        if given.value and wants_client(answers):
            return Step.CLIENT
        return after_client(answers, language)
    if step == Step.CLIENT:
        return after_client(answers, language)
    if step == Step.REGISTER:
        answers.register = given.value
    elif step == Step.SHAPE:
        answers.shape = given.value
    elif step in FIELDS and (name := field_at(answers, step, language)) is not None:
        if given.value != SKIP:
            answers.fields[name] = given.text or ""
        answers.asked.append(name)
    return next_missing(answers, language)
