"""The daily check-in: hours (per client), energy, stress, an optional note. Under 30 seconds.

    scheduled message or /checkin ─▶ hours (client 1 … n) ─▶ energy ─▶ stress ─▶ note ─▶ done
                                      │ "Other…"                                 │ typed
                                      ▼                                          ▼
                                   HOURS_TEXT (typed hours) ─▶ next step        NOTE ─▶ done (+ warning)

Every button carries its day, so an answer given the next morning counts for the right day,
pressing a button twice corrects the answer, and a button older than two days is refused.
Only typed answers (hours after "Other…", the note) hold conversation state.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from enum import IntEnum

from telegram import Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.coach.profile import InvalidAnswer
from bot.coach.workload import check_day_total, clean_note, parse_hours
from bot.context import CoachContext
from bot.db import repo, repo_checkins
from bot.flows.workload import checkin_screens as screens
from bot.flows.workload.checkin_support import FLOW, day_state, explain, is_crisis, send_crisis
from bot.flows.workload.codecs import CheckinHours, CheckinNoteSkip, CheckinSame, CheckinScale
from bot.flows.workload.warnings import maybe_warn
from bot.i18n import N_
from bot.ui.callbacks import pattern, unpack
from bot.ui.common import (
    FlowInfo,
    acknowledge,
    conversation,
    edit_or_send,
    enter_flow,
    leave_flow,
    mark_asking,
    register_flow,
    send,
    text_of,
    typed_meaning,
)
from bot.ui.fallbacks import state_fallbacks
from bot.ui.users import load_profile, today_of

END = ConversationHandler.END


class State(IntEnum):
    HOURS_TEXT = 1
    NOTE = 2


# --- entry: /checkin -----------------------------------------------------------------------------
async def checkin_command(update: Update, context: CoachContext) -> int:
    user, today = await load_profile(update, context)
    state = await day_state(context, user.id, today)
    text, markup = screens.hours_screen(context.tr, state)
    await send(update, context, text, markup)
    mark_asking()  # its buttons are the open question: no "continue …" under it
    return END


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


async def hours_button(update: Update, context: CoachContext) -> int:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, CheckinHours)
    found = await _day_of(update, context, choice.day)
    if found is None:
        return END
    user, day = found
    state = await day_state(context, user.id, day)
    known = {client_id for client_id, _ in state.clients}
    if choice.client > 0 and choice.client not in known:
        return await ask_next(update, context, state, 0)  # a client removed since: start over
    if choice.minutes == -1:
        enter_flow(context, FLOW).update(day=choice.day, client=choice.client, step="hours")
        await edit_or_send(
            update,
            context,
            context.tr.gettext(
                "How many hours? Type a number, for example <code>7,5</code> or <code>6:45</code>."
            ),
        )
        return State.HOURS_TEXT
    return await save_hours(update, context, user.id, state, choice.client, choice.minutes)


async def save_hours(
    update: Update,
    context: CoachContext,
    user_id: int,
    state: screens.DayState,
    client: int,
    minutes: int,
) -> int:
    if client != -1:
        others = sum(m for c, m in state.minutes.items() if c != (client or None))
        try:
            check_day_total(others + minutes)
        except InvalidAnswer as invalid:
            leave_flow(context, FLOW)
            index = [c for c, _ in state.clients].index(client) if client > 0 else 0
            text, markup = screens.hours_screen(
                context.tr, state, index, explain(context.tr, invalid)
            )
            await send(update, context, text, markup)
            mark_asking()
            return END
    async with context.database.sessions.begin() as session:
        if client == -1:  # "Day off": nothing for anyone today
            await repo_checkins.clear_day(session, user_id, state.day)
            await repo_checkins.set_hours(session, user_id, state.day, None, 0)
        else:
            await repo_checkins.set_hours(session, user_id, state.day, client or None, minutes)
    # The day as it is now stored, without reading it again (this chat's updates run in order).
    logged = {None: 0} if client == -1 else {**state.minutes, client or None: minutes}
    state = replace(state, minutes=logged)
    ids = [client_id for client_id, _ in state.clients]
    index = ids.index(client) + 1 if client > 0 else len(ids)
    return await ask_next(update, context, state, index)


async def ask_next(
    update: Update, context: CoachContext, state: screens.DayState, index: int
) -> int:
    leave_flow(context, FLOW)
    if index < len(state.clients):
        text, markup = screens.hours_screen(context.tr, state, index)
    else:
        text, markup = screens.scale_screen(context.tr, state, "e")
    await edit_or_send(update, context, text, markup)
    mark_asking()
    return END


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


async def scale_button(update: Update, context: CoachContext) -> int:
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
    state = await day_state(context, user.id, day)
    if choice.what == "e":
        text, markup = screens.scale_screen(context.tr, state, "s")
        await edit_or_send(update, context, text, markup)
        mark_asking()
        return END
    enter_flow(context, FLOW).update(day=choice.day, step="note")
    text, markup = screens.note_screen(context.tr, state)
    await edit_or_send(update, context, text, markup)
    return State.NOTE


async def note_skip(update: Update, context: CoachContext) -> int:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, CheckinNoteSkip)
    found = await _day_of(update, context, choice.day)
    if found is None:
        return END
    return await finish(update, context, found[0], found[1], note=None)


# --- typed answers -------------------------------------------------------------------------------
async def hours_text(update: Update, context: CoachContext) -> int:
    scratch = context.scratch(FLOW)
    user, today = await load_profile(update, context)
    day = date.fromordinal(scratch.get("day", today.toordinal()))
    try:
        minutes, _ = parse_hours(text_of(update) or "")
    except InvalidAnswer as invalid:
        await send(update, context, explain(context.tr, invalid))
        return State.HOURS_TEXT
    state = await day_state(context, user.id, day)
    return await save_hours(update, context, user.id, state, scratch.get("client", 0), minutes)


async def note_text(update: Update, context: CoachContext) -> int:
    scratch = context.scratch(FLOW)
    user, today = await load_profile(update, context)
    day = date.fromordinal(scratch.get("day", today.toordinal()))
    if typed_meaning(text_of(update)) in ("skip", "no", "done"):  # "nein", "skip": no note
        return await finish(update, context, user, day, note=None)
    try:
        note = clean_note(text_of(update) or "")
    except InvalidAnswer as invalid:
        await send(update, context, explain(context.tr, invalid))
        return State.NOTE
    return await finish(update, context, user, day, note=note)


async def finish(update: Update, context: CoachContext, user, day: date, note: str | None) -> int:
    leave_flow(context, FLOW)
    async with context.database.sessions.begin() as session:
        row = await repo_checkins.ensure_day(session, user.id, day)
        if note:
            row.note = note
        names = {c.id: c.name for c in await repo.list_clients(session, user.id)}
    state = await day_state(context, user.id, day)
    today = today_of(context, user)
    await edit_or_send(update, context, screens.done_text(context.tr, state, names, today, note))
    if note and is_crisis(context.tr, note):
        await send_crisis(update, context)
        return END
    await maybe_warn(context.application, user, today)
    return END


# --- re-prompts and cancel -----------------------------------------------------------------------
async def reprompt(update: Update, context: CoachContext, note: str | None = None) -> State:
    scratch = context.scratch(FLOW)
    if scratch.get("step") == "note":  # the note screen again, with its "No note" button
        user, today = await load_profile(update, context)
        state = await day_state(
            context, user.id, date.fromordinal(scratch.get("day", today.toordinal()))
        )
        text, markup = screens.note_screen(context.tr, state)
        await send(update, context, f"{note}\n\n{text}" if note else text, markup)
        return State.NOTE
    text = context.tr.gettext(
        "How many hours? Type a number, for example <code>7,5</code> or <code>6:45</code>."
    )
    await send(update, context, f"{note}\n\n{text}" if note else text)
    return State.HOURS_TEXT


async def cancel(update: Update, context: CoachContext) -> int:
    leave_flow(context, FLOW)
    await send(
        update, context, context.tr.gettext("Done, I left that step. Nothing you saved is lost.")
    )
    return END


BUTTONS = (CheckinHours, CheckinSame, CheckinScale, CheckinNoteSkip)
# What the guard needs to know; registered with the handler (build_handler).
FLOW_INFO = FlowInfo(
    title=N_("the check-in"),
    continue_label=N_("Continue the check-in"),
    reprompt=reprompt,
    entry_prefixes=frozenset(cls.prefix for cls in BUTTONS),
    own_commands=frozenset(),
)


def build_handler() -> ConversationHandler:
    register_flow(FLOW, FLOW_INFO)
    text = filters.TEXT & ~filters.COMMAND
    buttons = [
        CallbackQueryHandler(hours_button, pattern=pattern(CheckinHours)),
        CallbackQueryHandler(same_button, pattern=pattern(CheckinSame)),
        CallbackQueryHandler(scale_button, pattern=pattern(CheckinScale)),
        CallbackQueryHandler(note_skip, pattern=pattern(CheckinNoteSkip)),
    ]
    return conversation(
        name=FLOW,
        persistent=True,
        allow_reentry=True,
        entry_points=[CommandHandler("checkin", checkin_command), *buttons],
        states={
            State.HOURS_TEXT: [MessageHandler(text, hours_text)],
            State.NOTE: [MessageHandler(text, note_text)],
        },
        fallbacks=[CommandHandler("cancel", cancel), *state_fallbacks(reprompt)],
    )
