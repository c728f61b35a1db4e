"""/no: the say-no coach. Five steps from a client's request to a reply the VA can send.

    /no ─▶ [RESUME] ─▶ REQUEST ─▶ CLIENT ─(new)─▶ NEW_CLIENT ─▶ NEW_REGISTER ─┐
                                     └────────────────────────────────────────┴▶ CHANNEL
    CHANNEL ─▶ CHECK_WANT ─▶ CHECK_TIME ─▶ CHECK_ENERGY ─(all yes)─▶ ALL_YES ─(accept)─▶ TERMS ─▶ DRAFT
                                               └────────────▶ EMPATHY [EMPATHY_OWN] ─▶ CLARIFY ─(ask first)─▶ END
    CLARIFY ─▶ REASON [REASON_OWN] ─▶ EXPECT ─▶ NEEDS ─▶ ALTERNATIVE ─▶ [ALT_DATE | ALT_TEXT [ALT_GENDER]] ─▶ DRAFT
    DRAFT ─(shorter, warmer, formal, casual)─▶ DRAFT;  ─(change)─▶ CHANGE ─▶ that step … ─▶ DRAFT;  ─(done)─▶ END

Every answer is written to the draft's row at once: /cancel, a crash or a day away loses nothing,
and /no offers to resume.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.coach.say_no import NoAnswers
from bot.context import CoachContext
from bot.db import repo_drafts
from bot.flows.say_no.answers import on_pick, on_text, typed
from bot.flows.say_no.codecs import DraftTone, NoPick
from bot.flows.say_no.draft import END, adjust
from bot.flows.say_no.nav import ask_step, offer_resume_or_start, reprompt_step
from bot.flows.say_no.steps import FLOW, State
from bot.flows.say_no.store import new_draft, start_new
from bot.i18n import N_
from bot.ui.callbacks import Menu, NoStart, pattern, unpack
from bot.ui.common import (
    FlowInfo,
    acknowledge,
    close_keyboard,
    conversation,
    enter_flow,
    leave_flow,
    register_flow,
)
from bot.ui.fallbacks import state_fallbacks
from bot.ui.free_text import FreeTextAction, take_free_text


# --- entry ---------------------------------------------------------------------------------------
async def start(update: Update, context: CoachContext) -> State:
    await acknowledge(update)
    enter_flow(context, FLOW)
    return await offer_resume_or_start(update, context)


async def resume(update: Update, context: CoachContext) -> State:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, NoStart)
    await acknowledge(update)
    await close_keyboard(update)
    enter_flow(context, FLOW)
    if choice.draft_id == 0:
        return await start_new(update, context)
    async with context.database.sessions() as session:
        draft = await repo_drafts.get_draft(session, update.effective_user.id, choice.draft_id)
    if draft is None or draft.status != "open":
        return await start_new(
            update,
            context,
            note=context.tr.gettext("That draft is no longer there, so let’s start a new one."),
        )
    context.scratch(FLOW)["draft_id"] = draft.id
    answers = NoAnswers.from_dict(draft.answers)
    return await ask_step(
        update,
        context,
        State[answers.stage.upper()]
        if answers.stage.upper() in State.__members__
        else State.REQUEST,
        answers,
    )


async def from_free_text(update: Update, context: CoachContext) -> State:
    """ "Say no to this" under a message sent outside any flow: that message is the request."""
    await acknowledge(update)
    await close_keyboard(update)
    text = take_free_text(context)
    enter_flow(context, FLOW)
    if not text:
        return await start_new(update, context)
    await new_draft(update, context)
    return await typed(update, context, State.REQUEST, NoAnswers(), text)


# --- re-prompts, cancel ---------------------------------------------------------------------------
reprompt = reprompt_step


async def cancel(update: Update, context: CoachContext) -> int:
    from bot.ui.menu import after_cancel

    leave_flow(context, FLOW)
    await after_cancel(update, context, say_no=True)
    return END


# What the guard needs to know; registered with the handler (build_handler).
FLOW_INFO = FlowInfo(
    title=N_("a say-no reply"),
    continue_label=N_("Continue the say-no reply"),
    finished=lambda scratch: scratch.get("step") == State.DRAFT,
    reprompt=reprompt,
    entry_prefixes=frozenset({NoStart.prefix}),
    own_commands=frozenset({"no"}),
)


def build_handler():
    register_flow(FLOW, FLOW_INFO)
    picks = CallbackQueryHandler(on_pick, pattern=pattern(NoPick))
    text = MessageHandler((filters.TEXT | filters.CAPTION) & ~filters.COMMAND, on_text)
    tone = CallbackQueryHandler(adjust, pattern=pattern(DraftTone))
    states = {state: [picks, text] for state in State}
    states[State.RESUME] = [CallbackQueryHandler(resume, pattern=pattern(NoStart))]
    states[State.DRAFT] = [tone, picks, text]
    return conversation(
        name=FLOW,
        persistent=True,
        entry_points=[
            CommandHandler("no", start),
            CallbackQueryHandler(start, pattern=rf"^{Menu(target='no').pack()}$"),
            CallbackQueryHandler(resume, pattern=pattern(NoStart)),
            CallbackQueryHandler(adjust, pattern=pattern(DraftTone)),
            CallbackQueryHandler(
                from_free_text, pattern=rf"^{FreeTextAction(action='no').pack()}$"
            ),
        ],
        states=states,
        fallbacks=[CommandHandler("cancel", cancel), *state_fallbacks(reprompt)],
    )
