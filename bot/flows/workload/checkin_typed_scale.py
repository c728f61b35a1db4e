"""A typed answer to the energy or stress question ("3", "4/5", "2 von 5"), taken as its button
would be: energy on to stress, stress on to the note. Anything else is not lost: crisis words
get care, a client's request the usual offer, else the question again with how to answer."""

from __future__ import annotations

from datetime import date

from telegram import Update

from bot.coach.checkin_steps import CheckinAnswers, Step, scale_value
from bot.context import CoachContext
from bot.db import repo_checkins
from bot.flows.workload import checkin_screens as screens
from bot.flows.workload.checkin_support import (
    END,
    FLOW,
    await_typed_scale,
    day_state,
)
from bot.flows.workload.checkin_typed_buttons import TOO_OLD, answered_elsewhere
from bot.i18n import N_
from bot.ui.common import enter_flow, leave_flow, send
from bot.ui.users import load_profile

ONE_TO_FIVE = N_("Tap a number from 1 to 5, or type it.")


async def typed_at_scale(
    update: Update, context: CoachContext, answers: CheckinAnswers, text: str
) -> object:
    user, today = await load_profile(update, context)
    day = date.fromordinal(answers.day) if answers.day else today
    if not screens.accepts(day, today):
        leave_flow(context, FLOW)
        await send(update, context, context.tr.gettext(TOO_OLD))
        return END
    value = scale_value(text)
    if value is None:
        if await answered_elsewhere(update, context, user, text):
            return END
        return await ask_scale_again(update, context, answers, context.tr.gettext(ONE_TO_FIVE))
    async with context.database.sessions.begin() as session:
        row = await repo_checkins.ensure_day(session, user.id, day)
        if answers.scale == "s":
            row.stress = value
        else:
            row.energy = value
    if answers.scale == "s":  # on to the note, a typed step of the flow
        from bot.flows.workload.checkin_typed import CHECKIN  # it builds on this module
        from bot.ui.flow import ask

        enter_flow(context, FLOW, fresh=True)
        return await ask(update, context, CHECKIN, CheckinAnswers(day=day.toordinal()), Step.NOTE)
    following = CheckinAnswers(step=Step.AT_SCALE, day=day.toordinal(), scale="s")
    return await ask_scale_again(update, context, following)


async def ask_scale_again(
    update: Update, context: CoachContext, answers: CheckinAnswers, note: str | None = None
) -> int:
    """The energy or stress question, asked (again) with its buttons."""
    user, today = await load_profile(update, context)
    day = date.fromordinal(answers.day) if answers.day else today
    what = "s" if answers.scale == "s" else "e"
    text, markup = screens.scale_screen(context.tr, await day_state(context, user.id, day), what)
    awaiting = await_typed_scale(context, day, what)
    await send(update, context, f"{note}\n\n{text}" if note else text, markup)
    return awaiting
