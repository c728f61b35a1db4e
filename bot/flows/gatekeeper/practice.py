"""/practice: the bot plays the receptionist; the VA types what they would say on the phone.

The steps are declared in practice_screens.py, the path through them in
bot/coach/practice_steps.py; the flow engine (bot/ui/flow.py) runs them. /cancel during the
call keeps the session as "left" (not scored).
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.coach.given import Given
from bot.coach.practice_steps import PracticeAnswers, Step, advance
from bot.coach.roleplay import MAX_ANSWER, judge
from bot.context import CoachContext
from bot.flows.gatekeeper.codecs import PracticePick
from bot.flows.gatekeeper.practice_screens import FLOW, leave, steps, store
from bot.i18n import N_
from bot.ui.callbacks import Menu
from bot.ui.common import acknowledge, enter_flow, send
from bot.ui.flow import Flow, ask, take
from bot.ui.flow_conversation import build_conversation


async def start(update: Update, context: CoachContext, note: str | None = None) -> object:
    """/practice: which situation to practise."""
    await acknowledge(update)
    enter_flow(context, FLOW, fresh=True)
    return await ask(update, context, PRACTICE, PracticeAnswers(), Step.SCENARIO, note)


async def on_answer(
    update: Update, context: CoachContext, answers: PracticeAnswers, text: str
) -> object:
    """What the VA would say on the phone: judged, unless there is nothing to judge."""
    judgement = judge(text, context.language)
    tr = context.tr
    if judgement.empty:
        note = tr.gettext(
            "The receptionist is waiting for an answer. Type what you would say on the phone."
        )
    elif len(text) > MAX_ANSWER:
        note = tr.gettext(
            "Nobody says that much on the phone: {limit} characters at most, please.",
            limit=MAX_ANSWER,
        )
    else:
        given = Given(value=judgement, text=text)
        return await take(update, context, PRACTICE, answers, Step.ANSWER, given)
    return await ask(update, context, PRACTICE, answers, Step.ANSWER, note)


async def cancelled(update: Update, context: CoachContext, answers: object) -> None:
    await leave(update, context, answers)
    await send(
        update,
        context,
        context.tr.gettext(
            "Practice stopped; this round is not scored. /practice starts a new one."
        ),
    )


PRACTICE = Flow(
    name=FLOW,
    steps=steps(on_answer),
    pick=PracticePick,
    store=store,
    advance=advance,
    begin=start,
    continue_label=N_("Continue the practice call"),
    own_commands=frozenset({"practice"}),
    cancelled=cancelled,
)


def build_handler():
    return build_conversation(
        PRACTICE,
        entry_points=[
            CommandHandler("practice", start),
            CallbackQueryHandler(start, pattern=rf"^{Menu(target='practice').pack()}$"),
        ],
    )
