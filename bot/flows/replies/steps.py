"""/replies' steps as data: what each asks, its buttons, what typed text it takes.

Which step follows an answer is decided in bot/coach/replies_steps.py; the readers here turn an
answer that needs the database (a picked template, a client's button) into one the path can use.
The field questions are in fill.py; the library's screens in browse.py.
"""

from __future__ import annotations

from telegram import Update

from bot.coach.contact import contact_of
from bot.coach.given import Given
from bot.coach.own_format import MAX_SOURCE
from bot.coach.replies_steps import FIELDS, SKIP, FillAnswers
from bot.coach.replies_steps import Step as S
from bot.coach.templates import SITUATIONS
from bot.context import CoachContext
from bot.db import repo, repo_templates
from bot.flows.replies.codecs import TemplatePick
from bot.flows.replies.fill import (
    TYPED_MAX,
    field_buttons,
    field_question,
    read_field,
    turn_calendar,
)
from bot.flows.replies.result import sender_of
from bot.i18n import N_
from bot.ui.callbacks import InvalidCallback
from bot.ui.common import chunk
from bot.ui.flow import Asked, Invalid, Rows, Step, fixed, labelled
from bot.ui.registers import registers


def client_buttons(asked: Asked) -> Rows:
    clients = [(c.name[:40], str(c.id)) for c in asked.extra["clients"][:12]]
    return [*chunk(clients, 2), labelled(asked, (N_("No name"), "none"))]


async def clients_of(update: Update, context: CoachContext, answers: FillAnswers) -> dict:
    async with context.database.sessions() as session:
        return {"clients": await repo.list_clients(session, update.effective_user.id)}


async def read_pick(
    update: Update, context: CoachContext, answers: FillAnswers, given: Given
) -> Given:
    """A template's button (`value`): the template, and the VA's name that fills {me}. What
    the path is told: whether the VA has clients."""
    pick = given.value
    if not isinstance(pick, TemplatePick):
        raise InvalidCallback("not a template")
    user_id = update.effective_user.id
    async with context.database.sessions() as session:
        has_clients = bool(await repo.list_clients(session, user_id))
        template = None
        if pick.kind == "own" and pick.ref.isdigit():
            template = await repo_templates.get_template(session, user_id, int(pick.ref))
    if pick.kind == "lib" and pick.ref not in SITUATIONS or pick.kind == "own" and not template:
        raise Invalid(context.tr.gettext("That template no longer exists."))
    answers.kind, answers.ref = pick.kind, pick.ref
    if template is not None:
        answers.name, answers.source = template.name, template.source[:MAX_SOURCE]
    answers.sender = await sender_of(update, context)
    return Given(value=has_clients)


async def read_client(
    update: Update, context: CoachContext, answers: FillAnswers, given: Given
) -> Given:
    """A client's button: their name, register and contact person go into the answers ("No
    name", or a client deleted meanwhile: none)."""
    if given.value == "none":
        return given
    if not (given.value or "").isdigit():
        raise InvalidCallback("not a client")
    async with context.database.sessions() as session:
        client = await repo.get_client(session, update.effective_user.id, int(given.value))
    if client is not None:
        answers.client_id, answers.client, answers.register = (
            client.id,
            client.name,
            client.register,
        )
        contact = contact_of(client)
        answers.contact = contact.as_dict() if contact else None
    return given


def steps(browse, search, reply, refusal) -> dict[S, Step]:
    """Every step of /replies; the library's screens, the reply and a refusal show themselves."""
    field = Step(
        "library/ask_field",
        field_buttons,
        typed={"skip": SKIP},
        text=TYPED_MAX,
        prepare=field_question,
        read=read_field,
        in_place=turn_calendar,
    )
    return {
        # A menu: a template's button (not a button of this step) answers it, typed words search.
        S.BROWSE: Step(
            screen=browse, on_text=search, values=frozenset(), read=read_pick, final=True
        ),
        S.CLIENT: Step("library/ask_client", client_buttons, prepare=clients_of, read=read_client),
        S.REGISTER: Step(
            "library/ask_register",
            registers,  # German "Sie"/"du", English formal/casual (bot/ui/registers.py)
            typed={"sie": "sie", "du": "du"},
            values=frozenset({"sie", "du"}),
        ),
        S.SHAPE: Step(
            "library/ask_shape",
            fixed(((N_("Email"), "email"), (N_("Chat message"), "chat"))),
            values=frozenset({"email", "chat"}),
        ),
        S.REPLY: Step(screen=reply, final=True),
        S.TOO_LONG: Step(screen=refusal, final=True),
        **{step: field for step in FIELDS},
    }
