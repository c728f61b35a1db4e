"""/playbook: write a client's call playbook part by part, send it as a document, revise it.

The steps are declared in playbook_screens.py, the path through them in
bot/coach/playbook_steps.py; the flow engine (bot/ui/flow.py) runs them. Every answer is saved
to the playbook at once; the user's flow data keeps only the playbook's id and the step.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.coach.playbook_steps import PlaybookAnswers, Step, advance
from bot.context import CoachContext
from bot.db import repo
from bot.flows.gatekeeper.codecs import PlaybookPick
from bot.flows.gatekeeper.playbook_screens import FLOW, STEPS, store
from bot.i18n import N_
from bot.ui.callbacks import Menu
from bot.ui.common import acknowledge, enter_flow, leave_flow, send
from bot.ui.flow import END, Flow, ask
from bot.ui.flow_conversation import build_conversation


async def start(update: Update, context: CoachContext, note: str | None = None) -> object:
    """/playbook: which client it is for; without clients, where to add one."""
    await acknowledge(update)
    enter_flow(context, FLOW, fresh=True)
    async with context.database.sessions() as session:
        clients = await repo.list_clients(session, update.effective_user.id)
    if not clients:
        leave_flow(context, FLOW)
        text = context.tr.gettext(
            "A playbook belongs to a client. Add the client first with /clients, then come back to /playbook."
        )
        await send(update, context, f"{note}\n\n{text}" if note else text)
        return END
    return await ask(update, context, PLAYBOOK, PlaybookAnswers(), Step.CLIENT, note)


async def begin(update: Update, context: CoachContext, note: str | None = None) -> object:
    """No answers to go on: the flow data was lost, or the playbook it was at is gone."""
    if "step" in context.scratch(FLOW):  # the store found no playbook for it
        note = context.tr.gettext("That playbook was not found.")
    return await start(update, context, note)


async def cancelled(update: Update, context: CoachContext, answers: object) -> None:
    await send(
        update, context, context.tr.gettext("Left the playbook. Everything you saved is kept.")
    )


PLAYBOOK = Flow(
    name=FLOW,
    steps=STEPS,
    pick=PlaybookPick,
    store=store,
    advance=advance,
    begin=begin,
    continue_label=N_("Continue your call playbook"),
    own_commands=frozenset({"playbook"}),
    cancelled=cancelled,
)


def build_handler():
    return build_conversation(
        PLAYBOOK,
        entry_points=[
            CommandHandler("playbook", start),
            CallbackQueryHandler(start, pattern=rf"^{Menu(target='playbook').pack()}$"),
        ],
    )
