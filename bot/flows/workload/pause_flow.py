"""/pause (check-ins off until a day) and /resume.

    /pause bis 6. Januar ─▶ read the day (pause_steps.py: "bis" includes the 6th) ─▶ paused:
                            "until Tuesday 6 January, back on Wednesday 7 January"
    /pause               ─▶ buttons (1–3 weeks); a typed day answers them too (a small flow on
                            the engine, bot/coach/pause_steps.py) ─▶ paused
    a day not understood  ─▶ say so, and the buttons again
    /resume              ─▶ check-ins on again ─▶ the next check-in

The buttons carry their number of days and work whenever they are pressed, flow or not.
"""

from __future__ import annotations

from datetime import date, timedelta

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.coach.given import Given
from bot.coach.pause_steps import MAX_PAUSE_DAYS, PauseAnswers, Step, advance, read_until
from bot.coach.profile import InvalidAnswer
from bot.context import CoachContext
from bot.db import repo, repo_checkins
from bot.flows.workload.checkin_screens import day_label
from bot.flows.workload.checkin_support import explain as explain_checkin
from bot.flows.workload.codecs import PauseChoice
from bot.i18n import N_
from bot.jobs.scheduler import clock_of, reschedule_checkin
from bot.ui import flow as engine
from bot.ui.callbacks import pattern, unpack
from bot.ui.common import (
    acknowledge,
    close_keyboard,
    enter_flow,
    keyboard,
    leave_flow,
    send,
    text_of,
)
from bot.ui.flow import ACTIVE, END, Flow, Invalid, ScratchStore, ask
from bot.ui.flow_conversation import build_conversation
from bot.ui.users import load_profile

FLOW = "pause"
PAUSE_CHOICES = ((7, N_("1 week")), (14, N_("2 weeks")), (21, N_("3 weeks")))
MAX_TYPED = 100
NOT_A_DAY = N_(
    "I could not read that as a day. Try for example “6 January”, “next Monday” or “for two weeks”."
)
# "/pause heute": today is not gone by, but it cannot be the day check-ins come back. The
# question with its examples follows (checkin/pause_ask.j2).
NOT_TODAY = N_("Check-ins can start again tomorrow at the earliest.")
MESSAGES = {"pause_date": NOT_A_DAY, "pause_today": NOT_TODAY}


def explain(tr, invalid: InvalidAnswer) -> str:
    """The day was not understood (examples in the user's language), is today, or is gone by."""
    if invalid.reason in MESSAGES:
        return tr.gettext(MESSAGES[invalid.reason])
    return explain_checkin(tr, invalid)


def _argument(update: Update) -> str:
    parts = (text_of(update) or "").split(maxsplit=1)
    return parts[1] if len(parts) > 1 else ""


async def pause_command(update: Update, context: CoachContext) -> object:
    argument = _argument(update)
    enter_flow(context, FLOW, fresh=True)
    if not argument:
        return await ask(update, context, PAUSE, PauseAnswers(), Step.ASK)
    answers = PauseAnswers()
    try:
        given = await read_typed(update, context, answers, Given(text=argument))
    except Invalid as invalid:  # not understood: say so, with the buttons again
        return await ask(update, context, PAUSE, answers, Step.ASK, invalid.note)
    advance(answers, Step.ASK, given)
    return await ask(update, context, PAUSE, answers, Step.DONE)


async def ask_screen(
    update: Update, context: CoachContext, answers: PauseAnswers, note: str | None = None
) -> int:
    await store.save(update, context, answers)
    tr = context.tr
    buttons = [(tr.label(label), PauseChoice(days=days)) for days, label in PAUSE_CHOICES]
    text = tr.render("checkin/pause_ask")
    await send(update, context, f"{note}\n\n{text}" if note else text, keyboard(buttons))
    return ACTIVE


async def read_typed(
    update: Update, context: CoachContext, answers: PauseAnswers, given: Given
) -> Given:
    _user, today = await load_profile(update, context)
    try:
        back = read_until(given.text or "", today)
    except InvalidAnswer as invalid:
        raise Invalid(explain(context.tr, invalid)) from None
    return Given(value=back.toordinal())


async def paused_screen(
    update: Update, context: CoachContext, answers: PauseAnswers, note: str | None = None
) -> int:
    leave_flow(context, FLOW)
    await pause_until(update, context, date.fromordinal(answers.back))
    return END


async def pause_button(update: Update, context: CoachContext) -> int:
    """1, 2 or 3 weeks: from any /pause message, whether its question is still open or not."""
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, PauseChoice)
    await acknowledge(update)
    await close_keyboard(update)
    leave_flow(context, FLOW)
    _user, today = await load_profile(update, context)
    days = max(1, min(choice.days, MAX_PAUSE_DAYS))
    await pause_until(update, context, today + timedelta(days=days))
    return END


async def pause_until(update: Update, context: CoachContext, back: date) -> None:
    """No check-ins before `back`, the first day they come again. The answer names the last
    day off as well: "until 6 January" alone could mean either."""
    _user, _before, following = await set_paused_until(update, context, back - timedelta(days=1))
    tr = context.tr
    await send(
        update,
        context,
        tr.render(
            "checkin/paused",
            last=day_label(tr, back - timedelta(days=1)),
            back=day_label(tr, back),
            next=day_label(tr, following),
        ),
    )


async def set_paused_until(update: Update, context: CoachContext, last_day_off: date | None):
    """Pause check-ins through `last_day_off` (None: resume) and plan the next one; the user,
    the pause it replaced and the day of the next check-in."""
    now = clock_of(context.application)()
    async with context.database.sessions.begin() as session:
        user = await repo.get_user(session, update.effective_user.id)
        prefs = await repo_checkins.get_prefs(session, user.id)
        before, prefs.paused_until = prefs.paused_until, last_day_off
        following = await reschedule_checkin(session, user, now)
    return user, before, following


async def begin(update: Update, context: CoachContext, note: str | None = None) -> object:
    """Its answers lost (a restart long ago): ask again."""
    enter_flow(context, FLOW, fresh=True)
    return await ask(update, context, PAUSE, PauseAnswers(), Step.ASK, note)


store = ScratchStore(FLOW, PauseAnswers)
PAUSE = Flow(
    name=FLOW,
    steps={
        # The question is not worth continuing after another command: `final`.
        Step.ASK: engine.Step(
            screen=ask_screen, text=MAX_TYPED, values=frozenset(), read=read_typed, final=True
        ),
        Step.DONE: engine.Step(screen=paused_screen, final=True),
    },
    store=store,
    advance=advance,
    begin=begin,
    continue_label=N_("Continue with /pause"),
    own_commands=frozenset({"pause"}),
)


# --- resume ---------------------------------------------------------------------------------------
async def resume_command(update: Update, context: CoachContext) -> None:
    await load_profile(update, context)
    user, before, following = await set_paused_until(update, context, None)
    was_paused = before is not None
    tr = context.tr
    await send(
        update,
        context,
        tr.render(
            "checkin/resumed",
            was_paused=was_paused,
            next=day_label(tr, following),
            time=user.checkin_time,
        ),
    )


async def start_unblocks(update: Update, context: CoachContext) -> None:
    """/start from a user who had blocked the bot: plan their check-ins again (runs before the
    onboarding handler, in an earlier group, and lets it continue)."""
    async with context.database.sessions.begin() as session:
        user = await repo.get_user(session, update.effective_user.id)
        if user is None or user.onboarded_at is None:
            return
        prefs = await repo_checkins.get_prefs(session, user.id)
        if prefs.blocked_at is not None:
            await reschedule_checkin(session, user, clock_of(context.application)())


def build_handlers() -> list:
    button = CallbackQueryHandler(pause_button, pattern=pattern(PauseChoice))
    conversation = build_conversation(
        PAUSE, entry_points=[CommandHandler("pause", pause_command)], more=[button]
    )
    return [
        conversation,
        CommandHandler("resume", resume_command),
        CallbackQueryHandler(pause_button, pattern=pattern(PauseChoice)),
    ]
