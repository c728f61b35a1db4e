"""Typed answers where the check-in offers buttons: hours ("2,5", "2.5h", "9", "2 Std", "1:30")
answer the open hours question as its buttons would, and "in 1 h", "heute Abend", "später" or a
clock time ("20:00", "um 8") snoozes it. Hours over 14, or "20:00" too far ahead to snooze to,
are confirmed first, "20" with the choice to ask again at 20:00 (checkin_confirm.py).

    hours question up (AT_BUTTONS, set by checkin_support.await_typed_hours) ─▶ typed_at_buttons
    scheduled check-in just arrived (no flow yet) ─▶ typed_outside: the newest check-in sent in
        the last two days and not yet answered takes it, at its first client without hours

Text that is neither is not lost: crisis words get care, a client's request or a reply gets the
usual offer (bot/ui/free_text.py), anything else the hours question again with how to answer.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from telegram import Message, Update
from telegram.ext import Application, MessageHandler, filters

from bot.coach.checkin_steps import CheckinAnswers, Step, first_open, logged_in_full
from bot.coach.free_text import MIN_WORDS
from bot.coach.profile import InvalidAnswer
from bot.coach.snooze import acceptable, clock_alternative, clock_only, read_snooze
from bot.coach.workload import parse_hours
from bot.context import CoachContext
from bot.db import repo_checkins
from bot.flows.workload import checkin_screens as screens
from bot.flows.workload.care import crisis_text
from bot.flows.workload.checkin_confirm import confirm_hours, needs_confirming
from bot.flows.workload.checkin_snooze import local_now, snooze
from bot.flows.workload.checkin_support import (
    ACTIVE,
    END,
    FLOW,
    await_typed_hours,
    day_state,
    explain,
    is_crisis,
    save_hours,
)
from bot.i18n import N_
from bot.ui.common import ACTIVE_FLOW, leave_flow, send, text_of
from bot.ui.free_text import answer_free_text
from bot.ui.menu import main_menu_markup
from bot.ui.users import load_profile

MAX_ANSWER = 40  # characters: longer text is something else, never hours or a time


async def typed_at_buttons(
    update: Update, context: CoachContext, answers: CheckinAnswers, text: str
) -> object:
    user, today = await load_profile(update, context)
    day = date.fromordinal(answers.day) if answers.day else today
    newer = await open_checkin(context, user.id, today)
    if newer is not None and newer[0].day > day:  # a later check-in came since: it is the one
        state, index = newer
        day, answers = state.day, answers_for(state, index)
        await_typed_hours(context, state, index)
    if not screens.accepts(day, today):  # left open for days: that question is over
        leave_flow(context, FLOW)
        await send(update, context, context.tr.gettext(TOO_OLD))
        return END
    now = local_now(context, user)
    a_time = len(text) <= MAX_ANSWER and clock_only(text)  # "20:00": never 20 hours worked
    moment = read_snooze(text, now) if a_time else None
    if moment is not None and acceptable(moment, now):
        await snooze(update, context, user, day, moment)
        return None  # the hours question stays open
    try:
        minutes, _ = parse_hours(text)
    except InvalidAnswer as invalid:
        return await not_hours(update, context, user, day, answers, text, invalid)
    state = await day_state(context, user.id, day)
    if needs_confirming(minutes, a_time):  # "20": 20 hours, or ask again at 20:00?
        clock = clock_alternative(text, now)
        clock = clock if clock is not None and acceptable(clock, now) else None
        return await confirm_hours(update, context, state, answers.client, minutes, clock)
    return await save_hours(update, context, user.id, state, answers.client, minutes, typed=True)


TOO_OLD = N_(
    "That check-in is from an earlier day. To change past days, use /log, "
    "for example <code>/log 6 yesterday</code>."
)


async def not_hours(update, context, user, day, answers, text, invalid) -> object:
    moment = read_snooze(text, local_now(context, user)) if len(text) <= MAX_ANSWER else None
    if moment is not None:
        await snooze(update, context, user, day, moment)
        return None  # the hours question stays open
    if await answered_elsewhere(update, context, user, text):
        return END
    return await ask_hours_again(update, context, answers, explain(context.tr, invalid))


async def answered_elsewhere(update: Update, context: CoachContext, user, text: str) -> bool:
    """Text that answers no check-in question: crisis words get care before anything else, a
    client's request or a reply the usual offer; True when it was answered so (the check-in's
    question is left: its buttons still work)."""
    if is_crisis(context.tr, text):
        leave_flow(context, FLOW)
        await send(update, context, crisis_text(context.tr, user.timezone))
        return True
    if len(text.split()) >= MIN_WORDS and not any(character.isdigit() for character in text):
        leave_flow(context, FLOW)
        if await answer_free_text(update, context):
            return True
    return False


async def ask_hours_again(
    update: Update, context: CoachContext, answers: CheckinAnswers, note: str | None = None
) -> int:
    """The hours question whose buttons are up, asked again (with why), or after a restart."""
    user, today = await load_profile(update, context)
    state = await day_state(context, user.id, date.fromordinal(answers.day or today.toordinal()))
    ids = [client_id for client_id, _ in state.clients]
    index = ids.index(answers.client) if answers.client in ids else 0
    text, markup = screens.hours_screen(context.tr, state, index, note)
    awaiting = await_typed_hours(context, state, index)
    await send(update, context, text, markup)
    return awaiting


# --- the scheduled check-in, answered by typing ------------------------------------------------
async def open_checkin(
    context: CoachContext, user_id: int, today: date
) -> tuple[screens.DayState, int] | None:
    """The newest check-in sent in the days its buttons still count, if it is still open: its
    day and the question it is at. One already answered closes older ones too."""
    days = [today - timedelta(days=back) for back in range(screens.ACCEPT_DAYS_BACK + 1)]
    async with context.database.sessions() as session:
        sent = await repo_checkins.checkins_sent(session, user_id, days)
    for day in days:
        if day in sent:
            state = await day_state(context, user_id, day)
            ids = [client_id for client_id, _ in state.clients]
            if state.energy is not None or logged_in_full(ids, state.minutes, False, state.stress):
                return None
            return state, first_open(ids, state.minutes)
    return None


async def typed_outside(update: Update, context: CoachContext) -> object:
    text = (text_of(update) or "").strip()
    user, today = await load_profile(update, context)
    found = await open_checkin(context, user.id, today)
    tr = context.tr
    if found is None:
        hours = _is_hours(text) and not clock_only(text)  # "20:00": a time, not hours
        await send(
            update,
            context,
            tr.gettext(
                "If those are hours you worked: /checkin records today's, and "
                "<code>/log 6 yesterday</code> records another day's."
            )
            if hours
            else tr.gettext("I am not sure what that time is for. /help lists what I can do."),
            main_menu_markup(context),  # as any message outside a flow gets
        )
        return END
    state, index = found
    await_typed_hours(context, state, index)
    following = await typed_at_buttons(update, context, answers_for(state, index), text)
    return ACTIVE if following is None else following


def answers_for(state: screens.DayState, index: int) -> CheckinAnswers:
    client = state.clients[index][0] if state.clients else 0
    return CheckinAnswers(step=Step.AT_BUTTONS, day=state.day.toordinal(), client=client)


def _is_hours(text: str) -> bool:
    try:
        parse_hours(text)
    except InvalidAnswer:
        return False
    return True


class ReadsAsAnswer(filters.MessageFilter):
    """Text that could answer a check-in's hours question (hours, or a time to snooze to),
    from a user in no flow: the flows' own questions always come first."""

    def __init__(self, application: Application) -> None:
        super().__init__(name="ReadsAsCheckinAnswer")
        self.application = application

    def filter(self, message: Message) -> bool:
        text = (message.text or "").strip()
        user = message.from_user
        if not text or len(text) > MAX_ANSWER or user is None:
            return False
        if (self.application.user_data.get(user.id) or {}).get(ACTIVE_FLOW):
            return False
        # Only whether it names a time at all: the handler reads it against the user's clock.
        return _is_hours(text) or read_snooze(text, datetime.now(UTC)) is not None


def typed_outside_handler(application: Application) -> MessageHandler:
    return MessageHandler(
        filters.TEXT & ~filters.COMMAND & ReadsAsAnswer(application), typed_outside
    )
