"""/no: the say-no coach. Five steps from a client's request to a reply the VA can send.

The steps are declared in steps.py, the path through them in bot/coach/say_no_steps.py; the
flow engine (bot/ui/flow.py) runs them. Every answer is written to the draft's row with the
step it leads to: /cancel, a crash or a day away loses nothing, and /no offers to resume.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.coach.given import Given
from bot.coach.say_no import NoAnswers, restatement
from bot.coach.say_no_steps import Step, advance
from bot.coach.say_no_wording import questions_for
from bot.context import CoachContext
from bot.db import repo_drafts
from bot.flows.say_no.codecs import DraftTone, NoPick
from bot.flows.say_no.draft import adjust, check_edited, resume_markup, show_draft, show_question
from bot.flows.say_no.steps import steps
from bot.flows.say_no.store import FLOW, answers_of, new_draft, store
from bot.i18n import N_
from bot.ui.callbacks import Menu, NoStart, pattern, unpack
from bot.ui.common import acknowledge, close_keyboard, enter_flow, remember_answered, send
from bot.ui.flow import FIRST_VERSION, RESTARTED, VERSION, Flow, ask, enter, take
from bot.ui.flow_conversation import build_conversation
from bot.ui.free_text import FreeTextAction, take_free_text


async def begin(update: Update, context: CoachContext, note: str | None = None) -> object:
    """/no: unfinished replies first (resume one or start anew), else straight to a new one."""
    async with context.database.sessions() as session:
        unfinished = await repo_drafts.open_drafts(session, update.effective_user.id)
    if not unfinished:
        return await start_new(update, context, note)
    context.user_data.pop(FLOW, None)  # no draft is open until one is picked
    text = context.tr.render("say_no/resume", drafts=unfinished)
    await send(
        update, context, f"{note}\n\n{text}" if note else text, resume_markup(context, unfinished)
    )
    return None  # nothing is open yet: the buttons above are entry points


async def start_new(update: Update, context: CoachContext, note: str | None = None) -> object:
    return await ask(update, context, SAY_NO, await new_draft(update, context), Step.REQUEST, note)


def template_values(context: CoachContext, answers: NoAnswers) -> dict:
    """What every question may mention: the request, openers and questions that fit it."""
    phrases = context.tr.data("say_no")
    register = answers.register if answers.register in ("sie", "du") else "sie"
    return {
        "request": restatement(answers.request),
        "openers": phrases["openers"][answers.category][register],
        "questions": questions_for(answers.category, register, answers.request, phrases),
    }


async def cancelled(update: Update, context: CoachContext, answers: object) -> None:
    from bot.ui.menu import after_cancel

    await after_cancel(update, context, say_no=True)


SAY_NO = Flow(
    name=FLOW,
    steps=steps(show_draft, show_question, check_edited),
    pick=NoPick,
    store=store,
    advance=advance,
    begin=begin,
    continue_label=N_("Continue the say-no reply"),
    own_commands=frozenset({"no"}),
    template_values=template_values,
    cancelled=cancelled,
)


# --- entry ---------------------------------------------------------------------------------------
async def start(update: Update, context: CoachContext) -> object:
    await acknowledge(update)
    return await begin(update, context)


async def resume(update: Update, context: CoachContext) -> object:
    """A button of the unfinished-replies list: that draft at its step, or a new one."""
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, NoStart)
    await enter(update, context, SAY_NO)
    await close_keyboard(update)
    remember_answered(update, context)  # "Start a new reply" twice: one new reply
    if choice.draft_id == 0:
        return await start_new(update, context)
    async with context.database.sessions() as session:
        draft = await repo_drafts.get_draft(session, update.effective_user.id, choice.draft_id)
    if draft is None or draft.status != "open":
        note = context.tr.gettext("That draft is no longer there, so let’s start a new one.")
        return await start_new(update, context, note)
    answers = answers_of(draft.answers)
    stored_version = draft.answers.get(VERSION, FIRST_VERSION)
    if stored_version != SAY_NO.version or answers.step not in SAY_NO.steps:
        # Saved by a release whose steps differ: a new reply, saying why (bot/ui/flow.py).
        return await start_new(update, context, context.tr.gettext(RESTARTED))
    enter_flow(context, FLOW, fresh=True)["draft_id"] = draft.id
    return await ask(update, context, SAY_NO, answers, Step(answers.step))


async def from_free_text(update: Update, context: CoachContext) -> object:
    """ "Say no to this" under a message sent outside any flow: that message is the request."""
    await enter(update, context, SAY_NO)
    await close_keyboard(update)
    text = take_free_text(context)
    if not text:
        return await start_new(update, context)
    answers = await new_draft(update, context)
    return await take(update, context, SAY_NO, answers, Step.REQUEST, Given(text=text))


def build_handler():
    return build_conversation(
        SAY_NO,
        entry_points=[
            CommandHandler("no", start),
            CallbackQueryHandler(start, pattern=rf"^{Menu(target='no').pack()}$"),
            CallbackQueryHandler(resume, pattern=pattern(NoStart)),
            CallbackQueryHandler(adjust(SAY_NO), pattern=pattern(DraftTone)),
            CallbackQueryHandler(
                from_free_text, pattern=rf"^{FreeTextAction(action='no').pack()}$"
            ),
        ],
        more=[
            CallbackQueryHandler(resume, pattern=pattern(NoStart)),
            CallbackQueryHandler(adjust(SAY_NO), pattern=pattern(DraftTone)),
        ],
    )
