"""What the check-in's buttons, its typed steps, /log and the scheduler share: a day's state,
messages for invalid answers, storing hours and showing the next question, the day's summary
with the crisis pointer, and the scheduled check-in sender."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date, datetime, timedelta

from sqlalchemy import delete
from telegram import Update
from telegram.ext import ConversationHandler

from bot.coach import care
from bot.coach.checkin_steps import (
    DAY_OFF,
    CheckinAnswers,
    Step,
    day_after,
    first_open,
    logged_in_full,
    next_question,
)
from bot.coach.profile import InvalidAnswer
from bot.coach.workload import check_day_total
from bot.context import CoachContext
from bot.db import repo, repo_checkins
from bot.db.models_checkins import WorkLog
from bot.flows.workload import checkin_screens as screens
from bot.flows.workload.care import crisis_text
from bot.flows.workload.warnings import maybe_warn
from bot.i18n import N_, Translator, translator
from bot.jobs.scheduler import Due, KindSpec, Recipient
from bot.ui.common import edit_or_send, enter_flow, leave_flow, mark_asking, send
from bot.ui.users import load_profile, today_of

FLOW = "checkin"
END = ConversationHandler.END
ACTIVE = 1  # the flow engine's one conversation state (bot/ui/flow.py)
CHECKIN_GRACE = timedelta(hours=4)

MESSAGES = {
    "hours_format": N_("I could not read that as hours. Send a number such as 6, 7.5 or 6:45."),
    "hours_negative": N_("Hours cannot be negative. Send 0 for a day off."),
    "hours_too_many": N_("A day has 24 hours, so that cannot be right. Please check the number."),
    "day_over_24": N_(
        "Together with the other hours of that day this is more than 24 hours. "
        "Please check the numbers."
    ),
    "note_too_long": N_(
        "That note has {length} characters; {limit} is the most I keep. Please shorten it."
    ),
    "log_unknown": N_(
        "I did not understand “{words}”: it is neither one of your clients nor a "
        "day. /clients lists your clients."
    ),
    "log_future": N_("That day is still ahead. I only log hours already worked."),
    "log_too_old": N_("That is more than a year ago; I only keep the last twelve months."),
    "too_long": N_("That is a long message! Here I only need a short answer."),
    "pause_past": N_("That day has already passed. Which day should check-ins start again?"),
}


def explain(tr: Translator, invalid: InvalidAnswer) -> str:
    message = MESSAGES.get(invalid.reason, MESSAGES["hours_format"])
    details = {key: value for key, value in invalid.details.items() if key != "day"}
    return tr.gettext(message, **details)


async def day_state(context_or_db, user_id: int, day: date) -> screens.DayState:
    database = getattr(context_or_db, "database", context_or_db)
    async with database.sessions() as session:
        clients = [(c.id, c.name) for c in await repo.list_clients(session, user_id)]
        minutes = await repo_checkins.day_minutes(session, user_id, day)
        yesterday = await repo_checkins.day_minutes(session, user_id, day - timedelta(days=1))
        row = await repo_checkins.get_day(session, user_id, day)
    return screens.DayState(
        day=day,
        clients=clients,
        minutes=minutes,
        energy=row.energy if row else None,
        stress=row.stress if row else None,
        yesterday={c: m for c, m in yesterday.items() if m} or None,
    )


# --- the questions after an answer -----------------------------------------------------------------
async def show_day(update: Update, context: CoachContext, note: str | None = None) -> int:
    """Today's first hours question (/checkin)."""
    user, today = await load_profile(update, context)
    state = await day_state(context, user.id, today)
    text, markup = screens.hours_screen(context.tr, state, 0, note)
    awaiting = await_typed_hours(context, state, 0)
    await send(update, context, text, markup)
    mark_asking()  # its buttons are the open question: no "continue …" under it
    return awaiting


def await_typed_hours(context: CoachContext, state: screens.DayState, index: int) -> int:
    """Hours question number `index` is up: typed hours answer it as its buttons would
    (checkin_typed.py). A step nothing resumes: another command simply leaves it."""
    client = state.clients[index][0] if state.clients else 0
    answers = CheckinAnswers(step=Step.AT_BUTTONS, day=state.day.toordinal(), client=client)
    enter_flow(context, FLOW, fresh=True).update(asdict(answers))
    return ACTIVE


def await_typed_scale(context: CoachContext, day: date, what: str) -> int:
    """The energy ("e") or stress ("s") buttons are up: a typed 1-5 answers them too."""
    answers = CheckinAnswers(step=Step.AT_SCALE, day=day.toordinal(), scale=what)
    enter_flow(context, FLOW, fresh=True).update(asdict(answers))
    return ACTIVE


def knows(state: screens.DayState, client: int) -> bool:
    """Whether the hours are for the whole day, a day off, or a client still in the list."""
    return client <= 0 or client in {client_id for client_id, _ in state.clients}


async def save_hours(
    update: Update,
    context: CoachContext,
    user_id: int,
    state: screens.DayState,
    client: int,
    minutes: int,
    typed: bool = False,
) -> int:
    """Store a client's (or the day's) hours, then the next question; more than a day's hours
    ask that client's hours again. Typed hours are confirmed above the next question, so a
    misreading shows at once."""
    ids = [client_id for client_id, _ in state.clients]
    if not knows(state, client):
        return await ask_next(update, context, state, 0)  # a client removed since: start over
    logged = day_after(state.minutes, client, minutes)
    try:
        check_day_total(sum(logged.values()))
    except InvalidAnswer as invalid:
        leave_flow(context, FLOW)
        index = ids.index(client) if client > 0 else 0
        text, markup = screens.hours_screen(context.tr, state, index, explain(context.tr, invalid))
        awaiting = await_typed_hours(context, state, index)
        await send(update, context, text, markup)
        mark_asking()
        return awaiting
    async with context.database.sessions.begin() as session:
        if client == DAY_OFF:  # nothing for anyone that day
            await repo_checkins.clear_day(session, user_id, state.day)
            await repo_checkins.set_hours(session, user_id, state.day, None, 0)
        else:
            await repo_checkins.set_hours(session, user_id, state.day, client or None, minutes)
            if client > 0 and logged.get(None) != state.minutes.get(None):
                # taken from the day's hours without a client (checkin_steps.day_after)
                await set_unassigned(session, user_id, state.day, logged.get(None))
    # The day as it is now stored, without reading it again (this chat's updates run in order).
    state = replace(state, minutes=logged)
    note = saved_note(context.tr, state, client, minutes) if typed else None
    return await ask_next(update, context, state, next_question(ids, client), note)


async def set_unassigned(session, user_id: int, day: date, minutes: int | None) -> None:
    """What is left of a day's hours without a client (None: nothing, the entry goes)."""
    if minutes is not None:
        await repo_checkins.set_hours(session, user_id, day, None, minutes)
        return
    await session.execute(
        delete(WorkLog).where(
            WorkLog.user_id == user_id, WorkLog.day == day, WorkLog.client_id.is_(None)
        )
    )


def saved_note(tr: Translator, state: screens.DayState, client: int, minutes: int) -> str:
    name = dict(state.clients).get(client) if client > 0 else None
    hours = screens.hours_text(tr, minutes)
    if name:
        return tr.gettext("Saved: {client} {hours} h.", client=name, hours=hours)
    return tr.gettext("Saved: {hours} h.", hours=hours)


async def ask_next(
    update: Update,
    context: CoachContext,
    state: screens.DayState,
    index: int,
    note: str | None = None,
) -> int:
    """Client number `index`'s hours, or after the last one the energy question; `note` above
    it (what a typed answer saved)."""
    leave_flow(context, FLOW)
    awaiting = END
    if index < len(state.clients):
        text, markup = screens.hours_screen(context.tr, state, index, note)
        awaiting = await_typed_hours(context, state, index)
    else:
        text, markup = screens.scale_screen(context.tr, state, "e")
        awaiting = await_typed_scale(context, state.day, "e")
    if note and index >= len(state.clients):
        text = f"{note}\n\n{text}"
    await edit_or_send(update, context, text, markup)
    mark_asking()
    return awaiting


async def finish(update: Update, context: CoachContext, user, day: date, note: str | None) -> int:
    """The day's summary, with the note if there is one; care for a note in crisis, else a
    workload warning when one is due."""
    leave_flow(context, FLOW)
    async with context.database.sessions.begin() as session:
        row = await repo_checkins.ensure_day(session, user.id, day)
        if note:
            row.note = note
        names = {c.id: c.name for c in await repo.list_clients(session, user.id)}
    state = await day_state(context, user.id, day)
    today = today_of(context, user)
    done = screens.done_text(context.tr, state, names, today, note)
    if note and is_crisis(context.tr, note):
        # Care before any number (DOMAIN.md §9): the crisis card first, the day's hours after it.
        await edit_or_send(update, context, crisis_text(context.tr, user.timezone))
        await send(update, context, done)
        return END
    await edit_or_send(update, context, done)
    await maybe_warn(context.application, user, today)
    return END


def is_crisis(tr: Translator, note: str) -> bool:
    return care.is_crisis(note, tr.data("crisis")["phrases"])


# --- the scheduled check-in -------------------------------------------------------------------------
async def prepare_checkins(
    session, rows: list[Due], people: dict[int, Recipient], now: datetime
) -> None:
    """Load clients, hours and check-in rows of the whole batch in three queries."""
    user_ids = {row.user_id for row in rows}
    days = {checkin_day(row) for row in rows}
    days |= {day - timedelta(days=1) for day in days}
    batch = await repo_checkins.batch_context(session, user_ids, days)
    for row in rows:
        if row.user_id in people:
            people[row.user_id].extra["checkin"] = batch.get(row.user_id, ({}, [], {}))


def checkin_day(row: Due) -> date:
    """The day a check-in row asks about: its key, "2026-12-01" (a snooze: "2026-12-01@2000")."""
    return date.fromisoformat(row.key[:10])


async def send_scheduled_checkin(application, row: Due, person: Recipient, now: datetime) -> str:
    """The check-in (or a snoozed one coming back), unless the day needs none: paused, a day
    off, or logged in full (checkin_steps.logged_in_full). A day partly logged with /log starts
    at the first client whose hours are missing."""
    day = checkin_day(row)
    prefs = person.prefs
    if prefs.paused_until is not None and day <= prefs.paused_until:
        return "skipped"
    minutes_by_day, clients, rows_by_day = person.extra.get("checkin", ({}, [], {}))
    planned = rows_by_day.get(day)
    minutes = minutes_by_day.get(day, {})
    ids = [client_id for client_id, _ in clients]
    day_off, stress = bool(planned and planned.day_off), planned.stress if planned else None
    if logged_in_full(ids, minutes, day_off, stress):
        return "skipped"
    yesterday = {c: m for c, m in minutes_by_day.get(day - timedelta(days=1), {}).items() if m}
    state = screens.DayState(
        day=day,
        clients=clients,
        minutes=minutes,
        energy=planned.energy if planned else None,
        stress=planned.stress if planned else None,
        yesterday=yesterday or None,
    )
    tr = translator(person.user.language)
    text, markup = screens.hours_screen(tr, state, first_open(ids, minutes), snooze=True)
    await application.bot.send_message(chat_id=person.user.chat_id, text=text, reply_markup=markup)
    return "sent"


def scheduled_kinds() -> dict[str, KindSpec]:
    """The daily check-in, for the scheduler (registered by setup.py)."""
    from bot.jobs.scheduler import follow_checkins

    return {
        "checkin": KindSpec(
            send=send_scheduled_checkin,
            grace=CHECKIN_GRACE,
            follow=follow_checkins,
            prepare=prepare_checkins,
        )
    }
