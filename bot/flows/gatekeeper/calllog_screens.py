"""/calllog's steps as data: what each asks, its buttons, what typed text it takes (the
skippable ones read "skip" or "überspringen" as their Skip button), and the readers for answers
that need the database or the clock (a client, a prospect called before; the call-back time
is asked, read and confirmed by calllog_when.py).

Which step follows an answer is decided in bot/coach/calllog_steps.py."""

from __future__ import annotations

from telegram import Update

from bot.coach.calllog_steps import CallAnswers
from bot.coach.calllog_steps import Step as S
from bot.coach.given import Given
from bot.coach.playbook import OUTCOMES
from bot.context import CoachContext
from bot.db import repo, repo_calls
from bot.flows.gatekeeper.calllog_save import FLOW, save_call
from bot.flows.gatekeeper.calllog_when import (
    CHECK_TYPED,
    check_buttons,
    check_choices,
    read_callback,
    read_check,
    time_buttons,
    time_choices,
)
from bot.ui.callbacks import InvalidCallback
from bot.ui.common import chunk
from bot.ui.flow import Asked, Invalid, Rows, ScratchStore, Step, skip

SKIP = {"skip": "skip"}  # typed meaning -> button value: "skip", "überspringen"

store = ScratchStore(FLOW, CallAnswers)


def template_values(context: CoachContext, answers: CallAnswers) -> dict:
    """What every question may mention: which question it is, the client, the prospect."""
    return {
        "step": S(answers.step).name.lower(),
        "client": answers.client_name,
        "prospect": answers.prospect,
        "recent": False,  # the prospect question says so when it offers earlier ones
    }


# --- buttons -------------------------------------------------------------------------------------
def client_buttons(asked: Asked) -> Rows:
    return chunk([(client.name, str(client.id)) for client in asked.extra["clients"]], 2)


def outcome_buttons(asked: Asked) -> Rows:
    names = asked.context.tr.data("gatekeeper")["outcomes"]
    return chunk([(names[key], key) for key in OUTCOMES], 2)


def prospect_buttons(asked: Asked) -> Rows:
    recent = asked.extra["prospects"]
    return chunk([(name[:40], str(index)) for index, name in enumerate(recent)], 2)


# --- what some questions need --------------------------------------------------------------------
async def clients_of(update: Update, context: CoachContext, answers: CallAnswers) -> dict:
    async with context.database.sessions() as session:
        return {"clients": await repo.list_clients(session, update.effective_user.id)}


async def recent_prospects(update: Update, context: CoachContext, answers: CallAnswers) -> list:
    if not answers.client_id:
        return []
    async with context.database.sessions() as session:
        return await repo_calls.recent_prospects(
            session, update.effective_user.id, answers.client_id
        )


async def prospects_of(update: Update, context: CoachContext, answers: CallAnswers) -> dict:
    """Prospects called before for this client: one tap for the next call."""
    recent = await recent_prospects(update, context, answers)
    return {"prospects": recent, "recent": bool(recent)}


# --- answers that need more than the answers -----------------------------------------------------
async def read_client(update: Update, context: CoachContext, answers, given: Given) -> Given:
    value = given.value or ""
    async with context.database.sessions() as session:
        client = (
            await repo.get_client(session, update.effective_user.id, int(value))
            if value.isdigit()
            else None
        )
    if client is None:
        raise Invalid(context.tr.gettext("That client was not found."))
    return Given(value=client.id, text=client.name)


async def read_prospect(update: Update, context: CoachContext, answers, given: Given) -> Given:
    """A typed name, or the button of one called before."""
    if given.value is None:
        return Given(text=one_line(given))
    recent = await recent_prospects(update, context, answers)
    if not given.value.isdigit() or int(given.value) >= len(recent):
        raise InvalidCallback("not a prospect of this client")
    return Given(text=recent[int(given.value)])


def one_line(given: Given) -> str:
    """Typed text with its spaces and line breaks made single spaces."""
    return " ".join((given.text or "").split())


async def read_line(update: Update, context: CoachContext, answers, given: Given) -> Given:
    return given if given.value is not None else Given(text=one_line(given))


STEPS = {
    S.CLIENT: Step("gatekeeper/calllog_ask", client_buttons, prepare=clients_of, read=read_client),
    S.OUTCOME: Step("gatekeeper/calllog_ask", outcome_buttons, values=frozenset(OUTCOMES)),
    S.CALLBACK_AT: Step(
        "gatekeeper/calllog_ask", time_buttons, text=100, prepare=time_choices, read=read_callback
    ),
    S.CALLBACK_CHECK: Step(
        "gatekeeper/calllog_ask",
        check_buttons,
        typed=CHECK_TYPED,
        text=100,
        prepare=check_choices,
        read=read_check,
    ),
    S.PROSPECT: Step(
        "gatekeeper/calllog_ask",
        prospect_buttons,
        text=120,
        prepare=prospects_of,
        read=read_prospect,
    ),
    S.RECEPTIONIST: Step(
        "gatekeeper/calllog_ask", skip, typed=SKIP, text=64, values=frozenset(SKIP), read=read_line
    ),
    S.NOTE: Step("gatekeeper/calllog_ask", skip, typed=SKIP, text=1000, values=frozenset(SKIP)),
    S.NEXT: Step(
        "gatekeeper/calllog_ask", skip, typed=SKIP, text=500, values=frozenset(SKIP), read=read_line
    ),
    S.SAVED: Step(screen=save_call, final=True),
}
