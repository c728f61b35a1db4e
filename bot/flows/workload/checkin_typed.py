"""The check-in's typed answers as a flow on the engine (bot/ui/flow.py): the hours after
"Other…", the note, and what is typed while buttons are up (hours, a snooze, 1-5 for energy
and stress: checkin_typed_buttons.py, checkin_typed_scale.py). `answers.step` records which one
is awaited, `answers.day` for which day; the path is bot/coach/checkin_steps.py. Another command
in between pauses it, "Continue the check-in" asks it again (a step whose buttons are up is
simply left); the day-carrying buttons (checkin.py) work around it."""

from __future__ import annotations

from datetime import date

from telegram import InlineKeyboardMarkup, Update

from bot.coach.checkin_steps import CheckinAnswers, Step, advance
from bot.coach.given import Given
from bot.coach.profile import InvalidAnswer
from bot.coach.workload import clean_note, parse_hours
from bot.context import CoachContext
from bot.flows.workload import checkin_screens as screens
from bot.flows.workload.checkin_confirm import confirm_hours, needs_confirming
from bot.flows.workload.checkin_support import (
    FLOW,
    day_state,
    explain,
    finish,
    save_hours,
    show_day,
)
from bot.flows.workload.checkin_typed_buttons import ask_hours_again, typed_at_buttons
from bot.flows.workload.checkin_typed_scale import ask_scale_again, typed_at_scale
from bot.i18n import N_
from bot.ui import flow as engine
from bot.ui.common import edit_or_send, leave_flow, send
from bot.ui.flow import ACTIVE, Flow, Invalid, ScratchStore, ask
from bot.ui.users import load_profile

HOURS_QUESTION = N_(
    "How many hours? Type a number, for example <code>7.5</code> or <code>6:45</code>."
)
NO_NOTE = {"skip": "skip", "no": "skip", "done": "skip"}  # "nein", "skip": the "No note" button
ANY_LENGTH = 1 << 20  # the readers tell what is too long, more precisely than the engine
OLD_STEPS = {"hours": Step.HOURS, "note": Step.NOTE}  # kept by name before the engine


class CheckinStore(ScratchStore):
    """The awaited typed answer in the user's flow data; a check-in left open before the steps
    were numbered kept the step's name."""

    async def load(self, update: Update, context: CoachContext) -> CheckinAnswers | None:
        scratch = context.scratch(FLOW)
        if scratch.get("step") in OLD_STEPS:
            scratch["step"] = int(OLD_STEPS[scratch["step"]])
        return await super().load(update, context)


store = CheckinStore(FLOW, CheckinAnswers)


async def the_day(update: Update, context: CoachContext, answers: CheckinAnswers):
    """The user, and the day the typed answer is for."""
    user, today = await load_profile(update, context)
    return user, date.fromordinal(answers.day) if answers.day else today


async def show(
    update: Update,
    context: CoachContext,
    text: str,
    markup: InlineKeyboardMarkup | None,
    note: str | None,
) -> int:
    """Right after its button, in place of the button's message; asked again, anew with why."""
    if note:
        await send(update, context, f"{note}\n\n{text}", markup)
    else:
        await edit_or_send(update, context, text, markup)
    return ACTIVE


# --- the steps ------------------------------------------------------------------------------------
async def ask_hours(
    update: Update, context: CoachContext, answers: CheckinAnswers, note: str | None = None
) -> int:
    await store.save(update, context, answers)
    return await show(update, context, context.tr.gettext(HOURS_QUESTION), None, note)


async def ask_note(
    update: Update, context: CoachContext, answers: CheckinAnswers, note: str | None = None
) -> int:
    await store.save(update, context, answers)
    user, day = await the_day(update, context, answers)
    text, markup = screens.note_screen(context.tr, await day_state(context, user.id, day))
    return await show(update, context, text, markup, note)


async def hours_typed(
    update: Update, context: CoachContext, answers: CheckinAnswers, note: str | None = None
) -> int:
    """The typed hours are stored like a button's: on to the next question."""
    if answers.minutes is None:  # nothing typed yet
        return await ask(update, context, CHECKIN, answers, Step.HOURS, note)
    user, day = await the_day(update, context, answers)
    state = await day_state(context, user.id, day)
    if needs_confirming(answers.minutes):  # 20 hours for one client: a slip?
        return await confirm_hours(update, context, state, answers.client, answers.minutes)
    return await save_hours(update, context, user.id, state, answers.client, answers.minutes)


async def noted(
    update: Update, context: CoachContext, answers: CheckinAnswers, note: str | None = None
) -> int:
    user, day = await the_day(update, context, answers)
    return await finish(update, context, user, day, answers.note)


async def read_hours(
    update: Update, context: CoachContext, answers: CheckinAnswers, given: Given
) -> Given:
    try:
        minutes, _ = parse_hours(given.text or "")
    except InvalidAnswer as invalid:
        raise Invalid(explain(context.tr, invalid)) from None
    return Given(value=minutes)


async def read_note(
    update: Update, context: CoachContext, answers: CheckinAnswers, given: Given
) -> Given:
    if given.value == "skip":
        return given
    try:
        return Given(text=clean_note(given.text or ""))
    except InvalidAnswer as invalid:
        raise Invalid(explain(context.tr, invalid)) from None


STEPS = {
    Step.HOURS: engine.Step(screen=ask_hours, text=ANY_LENGTH, values=frozenset(), read=read_hours),
    Step.NOTE: engine.Step(
        screen=ask_note, typed=NO_NOTE, text=ANY_LENGTH, values=frozenset(), read=read_note
    ),
    Step.BUTTONS: engine.Step(screen=hours_typed, final=True),
    Step.DONE: engine.Step(screen=noted, final=True),
    Step.AT_BUTTONS: engine.Step(screen=ask_hours_again, on_text=typed_at_buttons, final=True),
    Step.AT_SCALE: engine.Step(screen=ask_scale_again, on_text=typed_at_scale, final=True),
}


async def begin(update: Update, context: CoachContext, note: str | None = None) -> int:
    """No typed answer awaited (its flow data lost): today's check-in from its first question."""
    leave_flow(context, FLOW)
    return await show_day(update, context, note)


async def cancelled(update: Update, context: CoachContext, answers: object) -> None:
    await send(
        update, context, context.tr.gettext("Done, I left that step. Nothing you saved is lost.")
    )


CHECKIN = Flow(
    name=FLOW,
    steps=STEPS,
    store=store,
    advance=advance,
    begin=begin,
    continue_label=N_("Continue the check-in"),
    cancelled=cancelled,
)
