"""The daily check-in: hours (per client), energy, stress, an optional note. Under 30 seconds.

    scheduled message or /checkin ─▶ hours (client 1 … n) ─▶ energy ─▶ stress ─▶ note ─▶ done
                                      │ "Other…"                                 │ typed
                                      ▼                                          ▼
                                   HOURS (typed hours) ─▶ next question         NOTE ─▶ done (+ warning)

Hours can also be typed while an hours question's buttons are up ("2,5", "1:30"), and the
scheduled check-in can be snoozed ("⏰ In 1 hour", "⏰ Tonight", or typed "in 1 h"):
checkin_typed_buttons.py and checkin_snooze.py.

Every button carries its day, so an answer given the next morning counts for the right day,
pressing a button twice corrects the answer, and a button older than two days is refused: the
buttons need no conversation, and stay as they are. Only typed answers (hours after "Other…",
the note) hold conversation state: they are the steps of a flow on the engine (checkin_typed.py),
whose `answers.step` is the record of which typed answer is awaited.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ConversationHandler

from bot.coach.checkin_steps import CheckinAnswers, Step
from bot.context import CoachContext
from bot.db import repo_checkins
from bot.flows.workload import checkin_screens as screens
from bot.flows.workload.checkin_codecs import CHECKIN_CODECS, CheckinSnoozeAt
from bot.flows.workload.checkin_snooze import snooze_at_button, snooze_button
from bot.flows.workload.checkin_support import (
    FLOW,
    ask_next,
    await_typed_scale,
    day_state,
    finish,
    knows,
    save_hours,
    show_day,
)
from bot.flows.workload.checkin_typed import CHECKIN
from bot.flows.workload.checkin_typed_buttons import typed_outside_handler
from bot.flows.workload.codecs import (
    CheckinHours,
    CheckinNoteSkip,
    CheckinSame,
    CheckinScale,
    CheckinSnooze,
)
from bot.ui.callbacks import pattern, register_codecs, unpack
from bot.ui.common import acknowledge, edit_or_send, enter_flow, mark_asking, send
from bot.ui.flow import END, ask
from bot.ui.flow_conversation import build_conversation
from bot.ui.users import load_profile


# --- entry: /checkin -----------------------------------------------------------------------------
async def checkin_command(update: Update, context: CoachContext) -> int:
    return await show_day(update, context)


# --- buttons -------------------------------------------------------------------------------------
async def _day_of(
    update: Update, context: CoachContext, ordinal: int
) -> tuple[object, date] | None:
    """The user and the button's day, or None (after saying so) when the button is too old."""
    user, today = await load_profile(update, context)
    day = date.fromordinal(ordinal) if 1 <= ordinal <= date.max.toordinal() else None
    if day is None or not screens.accepts(day, today):
        await acknowledge(update, context.tr.label("This button has expired."))
        await send(
            update,
            context,
            context.tr.gettext(
                "That check-in is from an earlier day. To change past days, use /log, "
                "for example <code>/log 6 yesterday</code>."
            ),
        )
        return None
    await acknowledge(update)
    return user, day


async def hours_button(update: Update, context: CoachContext) -> object:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, CheckinHours)
    found = await _day_of(update, context, choice.day)
    if found is None:
        return END
    user, day = found
    state = await day_state(context, user.id, day)
    if not knows(state, choice.client):
        return await ask_next(update, context, state, 0)  # a client removed since: start over
    if choice.minutes == -1:  # "Other…": the hours are typed
        enter_flow(context, FLOW, fresh=True)
        answers = CheckinAnswers(day=choice.day, client=choice.client)
        return await ask(update, context, CHECKIN, answers, Step.HOURS)
    return await save_hours(update, context, user.id, state, choice.client, choice.minutes)


async def same_button(update: Update, context: CoachContext) -> int:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, CheckinSame)
    found = await _day_of(update, context, choice.day)
    if found is None:
        return END
    user, day = found
    state = await day_state(context, user.id, day)
    async with context.database.sessions.begin() as session:
        await repo_checkins.clear_day(session, user.id, day)
        for client_id, minutes in (state.yesterday or {}).items():
            await repo_checkins.set_hours(session, user.id, day, client_id, minutes)
    copied = replace(state, minutes=dict(state.yesterday or {}))  # what was just stored
    return await ask_next(update, context, copied, len(state.clients))


async def scale_button(update: Update, context: CoachContext) -> object:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, CheckinScale)
    if choice.what not in ("e", "s") or not 1 <= choice.value <= 5:
        await acknowledge(update, context.tr.label("This button has expired."))
        return END
    found = await _day_of(update, context, choice.day)
    if found is None:
        return END
    user, day = found
    async with context.database.sessions.begin() as session:
        row = await repo_checkins.ensure_day(session, user.id, day)
        if choice.what == "e":
            row.energy = choice.value
        else:
            row.stress = choice.value
    if choice.what == "s":  # the note: typed
        enter_flow(context, FLOW, fresh=True)
        answers = CheckinAnswers(day=choice.day)
        return await ask(update, context, CHECKIN, answers, Step.NOTE)
    text, markup = screens.scale_screen(context.tr, await day_state(context, user.id, day), "s")
    awaiting = await_typed_scale(context, day, "s")
    await edit_or_send(update, context, text, markup)
    mark_asking()
    return awaiting


async def note_skip(update: Update, context: CoachContext) -> int:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, CheckinNoteSkip)
    found = await _day_of(update, context, choice.day)
    if found is None:
        return END
    return await finish(update, context, found[0], found[1], note=None)


def build_handler(application: Application) -> ConversationHandler:
    """The buttons work with no conversation and during one (a typed answer left open);
    typed answers reach the flow only while it awaits one, and hours or a snooze typed under
    the scheduled check-in (no flow open yet) start it."""
    register_codecs(*CHECKIN_CODECS)
    buttons = [
        CallbackQueryHandler(hours_button, pattern=pattern(CheckinHours)),
        CallbackQueryHandler(same_button, pattern=pattern(CheckinSame)),
        CallbackQueryHandler(scale_button, pattern=pattern(CheckinScale)),
        CallbackQueryHandler(note_skip, pattern=pattern(CheckinNoteSkip)),
        CallbackQueryHandler(snooze_button, pattern=pattern(CheckinSnooze)),
        CallbackQueryHandler(snooze_at_button, pattern=pattern(CheckinSnoozeAt)),
    ]
    return build_conversation(
        CHECKIN,
        entry_points=[
            CommandHandler("checkin", checkin_command),
            *buttons,
            typed_outside_handler(application),
        ],
        more=buttons,
    )
