"""/calllog: log a call in a few taps. Also entered from the card's "Log this call" button and
from a follow-up reminder (the prospect is then known).

    /calllog ─▶ CLIENT ─▶ OUTCOME ─(call back at …)─▶ CALLBACK_AT ─┐
                            └──────────────────────────────────────┴▶ PROSPECT ─▶ RECEPTIONIST
    RECEPTIONIST (skippable; not asked after voicemail/unreachable) ─▶ NOTE (skippable)
    NOTE ─▶ NEXT (skippable) ─▶ saved + follow-up reminder (calllog_save) ─▶ END
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.coach.playbook import NOT_REACHED, OUTCOMES, parse_callback
from bot.coach.profile import InvalidAnswer
from bot.coach.schedule import zone_of
from bot.context import CoachContext
from bot.db import repo, repo_calls
from bot.flows.gatekeeper.calllog_save import END, FLOW, LIMITS, State, ask, explain, save_call
from bot.flows.gatekeeper.codecs import CallAgain, CallPick, CallStart
from bot.i18n import N_
from bot.jobs.scheduler import clock_of
from bot.ui.callbacks import pattern, unpack
from bot.ui.common import (
    FlowInfo,
    acknowledge,
    close_keyboard,
    conversation,
    enter_flow,
    expired_button,
    leave_flow,
    register_flow,
    send,
    text_of,
)
from bot.ui.fallbacks import state_fallbacks
from bot.ui.users import load_profile


# --- entries -----------------------------------------------------------------------------------------
async def start(update: Update, context: CoachContext, note: str | None = None) -> State | int:
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
    return await ask(update, context, State.CLIENT, note)


async def from_card(update: Update, context: CoachContext) -> State | int:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, CallStart)
    await acknowledge(update)
    async with context.database.sessions() as session:
        client = await repo.get_client(session, update.effective_user.id, choice.client_id)
    if client is None:
        return await start(update, context, context.tr.gettext("That client was not found."))
    scratch = enter_flow(context, FLOW, fresh=True)
    scratch.update(client_id=client.id, client_name=client.name)
    return await ask(update, context, State.OUTCOME)


async def again(update: Update, context: CoachContext) -> State | int:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, CallAgain)
    await acknowledge(update)
    async with context.database.sessions() as session:
        call = await repo_calls.get_call(session, update.effective_user.id, choice.call_id)
    if call is None:
        return await start(update, context, context.tr.gettext("That call was not found."))
    scratch = enter_flow(context, FLOW, fresh=True)
    scratch.update(
        client_id=call.client_id,
        client_name=call.client_name,
        prospect=call.prospect,
        known_prospect=True,
    )
    return await ask(update, context, State.OUTCOME)


# --- buttons -----------------------------------------------------------------------------------------
async def on_pick(update: Update, context: CoachContext) -> State | int:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, CallPick)
    scratch = context.scratch(FLOW)
    if choice.step != scratch.get("step"):
        return await stale(update, context)  # answers the button "expired"
    await acknowledge(update)
    await close_keyboard(update)
    step, value = State(choice.step), choice.value
    if step == State.CLIENT:
        async with context.database.sessions() as session:
            client = (
                await repo.get_client(session, update.effective_user.id, int(value))
                if value.isdigit()
                else None
            )
        if client is None:
            return await ask(
                update, context, State.CLIENT, context.tr.gettext("That client was not found.")
            )
        scratch.update(client_id=client.id, client_name=client.name)
        return await ask(update, context, State.OUTCOME)
    if step == State.OUTCOME and value in OUTCOMES:
        scratch["outcome"] = value
        return await after_outcome(update, context)
    if step == State.PROSPECT and value.isdigit() and int(value) < len(scratch.get("recent", [])):
        return await typed(update, context, State.PROSPECT, scratch["recent"][int(value)])
    if step in (State.RECEPTIONIST, State.NOTE, State.NEXT) and value == "skip":
        return await typed(update, context, step, None)
    return await stale(update, context)


async def after_outcome(update: Update, context: CoachContext) -> State | int:
    scratch = context.scratch(FLOW)
    if scratch["outcome"] == "callback" and not scratch.get("callback_at"):
        return await ask(update, context, State.CALLBACK_AT)
    if not scratch.get("known_prospect"):
        return await ask(update, context, State.PROSPECT)
    return await after_prospect(update, context)


async def after_prospect(update: Update, context: CoachContext) -> State | int:
    if context.scratch(FLOW).get("outcome") in NOT_REACHED:
        return await ask(update, context, State.NOTE)
    return await ask(update, context, State.RECEPTIONIST)


# --- typed text --------------------------------------------------------------------------------------
async def on_text(update: Update, context: CoachContext) -> State | int:
    step = State(context.scratch(FLOW).get("step", State.CLIENT))
    if step not in LIMITS:
        return await reprompt_step(
            update, context, context.tr.gettext("Please use the buttons above.")
        )
    text = (
        " ".join((text_of(update) or "").split())
        if step != State.NOTE
        else (text_of(update) or "").strip()
    )
    if not text:
        return await reprompt_step(
            update, context, context.tr.gettext("That message was empty. Please write a few words.")
        )
    if len(text) > LIMITS[step]:
        return await reprompt_step(
            update,
            context,
            context.tr.gettext(
                "That is longer than I can use here ({limit} characters at most). Please shorten it.",
                limit=LIMITS[step],
            ),
        )
    return await typed(update, context, step, text)


async def typed(
    update: Update, context: CoachContext, step: State, text: str | None
) -> State | int:
    scratch = context.scratch(FLOW)
    if step == State.CALLBACK_AT:
        user, _ = await load_profile(update, context)
        zone = zone_of(user.timezone, user.language)
        try:
            local = parse_callback(
                text or "", context.language, clock_of(context.application)().astimezone(zone)
            )
        except InvalidAnswer as invalid:
            return await ask(update, context, State.CALLBACK_AT, explain(context, invalid))
        scratch["callback_at"] = local.isoformat()
        if not scratch.get("known_prospect"):
            return await ask(update, context, State.PROSPECT)
        return await after_prospect(update, context)
    if step == State.PROSPECT:
        scratch["prospect"] = text
        return await after_prospect(update, context)
    key = {State.RECEPTIONIST: "receptionist", State.NOTE: "note", State.NEXT: "next_step"}[step]
    scratch[key] = text
    if step == State.RECEPTIONIST:
        return await ask(update, context, State.NOTE)
    if step == State.NOTE:
        return await ask(update, context, State.NEXT)
    return await save_call(update, context)


# --- re-prompts, cancel ------------------------------------------------------------------------------
async def reprompt_step(
    update: Update, context: CoachContext, note: str | None = None
) -> State | int:
    scratch = context.scratch(FLOW)
    step = State(scratch.get("step", State.CLIENT))
    if step != State.CLIENT and not scratch.get("client_name"):
        return await start(update, context, note)
    return await ask(update, context, step, note)


# The registered re-prompt returns the state it asked, so a fallback realigns with it.
reprompt = reprompt_step


async def stale(update: Update, context: CoachContext) -> State | int:
    return await expired_button(update, context, reprompt_step)


async def cancel(update: Update, context: CoachContext) -> int:
    leave_flow(context, FLOW)
    await send(update, context, context.tr.gettext("Call not logged. /calllog starts again."))
    return END


# What the guard needs to know; registered with the handler (build_handler).
FLOW_INFO = FlowInfo(
    title=N_("logging a call"),
    reprompt=reprompt,
    continue_label=N_("Continue logging the call"),
    entry_prefixes=frozenset({CallStart.prefix, CallAgain.prefix}),
    own_commands=frozenset({"calllog"}),
)


def build_handler():
    register_flow(FLOW, FLOW_INFO)
    picks = CallbackQueryHandler(on_pick, pattern=pattern(CallPick))
    text = MessageHandler((filters.TEXT | filters.CAPTION) & ~filters.COMMAND, on_text)
    return conversation(
        name=FLOW,
        persistent=True,
        entry_points=[
            CommandHandler("calllog", start),
            CallbackQueryHandler(from_card, pattern=rf"^{CallStart.prefix}:log:"),
            CallbackQueryHandler(again, pattern=pattern(CallAgain)),
        ],
        states={state: [picks, text] for state in State},
        fallbacks=[CommandHandler("cancel", cancel), *state_fallbacks(reprompt)],
    )
