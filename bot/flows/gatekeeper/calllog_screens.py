"""/calllog's steps as data: what each asks, its buttons, what typed text it takes (the
skippable ones read "skip" or "überspringen" as their Skip button), and the readers for answers
that need the database or the clock (a client, a prospect called before, a "call back at"
time).

Which step follows an answer is decided in bot/coach/calllog_steps.py."""

from __future__ import annotations

from telegram import Update

from bot.coach.calllog_steps import CallAnswers
from bot.coach.calllog_steps import Step as S
from bot.coach.given import Given
from bot.coach.playbook import OUTCOMES, parse_callback
from bot.coach.profile import InvalidAnswer
from bot.coach.schedule import zone_of
from bot.context import CoachContext
from bot.db import repo, repo_calls
from bot.flows.gatekeeper.calllog_save import FLOW, save_call
from bot.jobs.scheduler import clock_of
from bot.ui.callbacks import InvalidCallback
from bot.ui.common import chunk
from bot.ui.flow import Asked, Invalid, Rows, ScratchStore, Step, skip
from bot.ui.users import load_profile

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


async def read_callback(update: Update, context: CoachContext, answers, given: Given) -> Given:
    """A typed time to call back, in the VA's time zone."""
    user, _ = await load_profile(update, context)
    now = clock_of(context.application)().astimezone(zone_of(user.timezone, user.language))
    try:
        local = parse_callback(one_line(given), context.language, now)
    except InvalidAnswer as invalid:
        raise Invalid(explain(context, invalid)) from None
    return Given(value=local.isoformat())


def explain(context: CoachContext, invalid: InvalidAnswer) -> str:
    tr = context.tr
    if invalid.reason == "callback_past":
        return tr.gettext("That time has already passed. When should you call back?")
    if invalid.reason == "callback_far":
        return tr.gettext(
            "That is more than a year ahead. Please choose a time within the next twelve months."
        )
    return tr.gettext(
        "I could not read that as a time. Try for example “tomorrow 10:00”, “Friday 2 pm” or “morgen früh”."
    )


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
    S.CALLBACK_AT: Step("gatekeeper/calllog_ask", text=100, read=read_callback),
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
