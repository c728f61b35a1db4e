"""/calllog: log a call in a few taps. Also entered from the card's "Log this call" button and
from a follow-up reminder (the prospect is then known).

The steps are declared in calllog_screens.py, the path through them in
bot/coach/calllog_steps.py; the flow engine (bot/ui/flow.py) runs them. The answers stay in
the user's flow data until the last one; then the call is saved with its follow-up reminder
(calllog_save.py).
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.coach.calllog_steps import CallAnswers, Step, advance
from bot.context import CoachContext
from bot.db import repo, repo_calls
from bot.flows.gatekeeper.calllog_screens import FLOW, STEPS, store, template_values
from bot.flows.gatekeeper.codecs import CallAgain, CallPick, CallStart
from bot.i18n import N_
from bot.ui.callbacks import pattern, unpack
from bot.ui.common import acknowledge, enter_flow, leave_flow, send
from bot.ui.flow import END, Flow, ask
from bot.ui.flow_conversation import build_conversation


async def start(update: Update, context: CoachContext, note: str | None = None) -> object:
    """/calllog: which client the call was for (calls are logged per client)."""
    await acknowledge(update)
    enter_flow(context, FLOW, fresh=True)
    async with context.database.sessions() as session:
        clients = await repo.list_clients(session, update.effective_user.id)
    if not clients:
        leave_flow(context, FLOW)
        await send(
            update,
            context,
            context.tr.gettext("Calls are logged per client. Add the client first with /clients."),
        )
        return END
    return await ask(update, context, CALLLOG, CallAnswers(), Step.CLIENT, note)


async def from_card(update: Update, context: CoachContext) -> object:
    """ "Log this call" under a client's card: the client is known."""
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, CallStart)
    await acknowledge(update)
    async with context.database.sessions() as session:
        client = await repo.get_client(session, update.effective_user.id, choice.client_id)
    if client is None:
        return await start(update, context, context.tr.gettext("That client was not found."))
    enter_flow(context, FLOW, fresh=True)
    answers = CallAnswers(client_id=client.id, client_name=client.name)
    return await ask(update, context, CALLLOG, answers, Step.OUTCOME)


async def again(update: Update, context: CoachContext) -> object:
    """ "Log this call" under a follow-up reminder: the client and the prospect are known."""
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, CallAgain)
    await acknowledge(update)
    async with context.database.sessions() as session:
        call = await repo_calls.get_call(session, update.effective_user.id, choice.call_id)
    if call is None:
        return await start(update, context, context.tr.gettext("That call was not found."))
    enter_flow(context, FLOW, fresh=True)
    answers = CallAnswers(
        client_id=call.client_id,
        client_name=call.client_name,
        prospect=call.prospect,
        known_prospect=True,
    )
    return await ask(update, context, CALLLOG, answers, Step.OUTCOME)


async def cancelled(update: Update, context: CoachContext, answers: object) -> None:
    await send(update, context, context.tr.gettext("Call not logged. /calllog starts again."))


CALLLOG = Flow(
    name=FLOW,
    steps=STEPS,
    pick=CallPick,
    store=store,
    advance=advance,
    begin=start,
    continue_label=N_("Continue logging the call"),
    own_commands=frozenset({"calllog"}),
    template_values=template_values,
    cancelled=cancelled,
)


def build_handler():
    return build_conversation(
        CALLLOG,
        entry_points=[
            CommandHandler("calllog", start),
            CallbackQueryHandler(from_card, pattern=rf"^{CallStart.prefix}:log:"),
            CallbackQueryHandler(again, pattern=pattern(CallAgain)),
        ],
    )
