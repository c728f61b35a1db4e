"""What the check-in's buttons, its typed steps, /log and the scheduler share: a day's state,
messages for invalid answers, storing hours and showing the next question, the day's summary
with the crisis pointer, and the scheduled check-in sender."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from telegram import Update
from telegram.ext import ConversationHandler

from bot.coach.checkin_steps import DAY_OFF, day_after, next_question
from bot.coach.profile import InvalidAnswer
from bot.coach.workload import check_day_total
from bot.context import CoachContext
from bot.db import repo, repo_checkins
from bot.flows.workload import checkin_screens as screens
from bot.flows.workload.warnings import maybe_warn
from bot.i18n import N_, Translator, translator
from bot.jobs.scheduler import Due, KindSpec, Recipient
from bot.ui.common import edit_or_send, leave_flow, mark_asking, send
from bot.ui.users import load_profile, today_of

FLOW = "checkin"
END = ConversationHandler.END
CHECKIN_GRACE = timedelta(hours=4)

MESSAGES = {
    "hours_format": N_("I could not read that as hours. Send a number such as 6, 7,5 or 6:45."),
    "hours_negative": N_("Hours cannot be negative. Send 0 for a day off."),
    "hours_too_many": N_("A day has 24 hours, so that cannot be right. Please check the number."),
    "day_over_24": N_(
        "Together with the other hours of that day this is more than 24 hours. "
        "Please check the numbers."
    ),
    "note_too_long": N_(
        "That note has {length} characters; {limit} is the most I keep. Please shorten it."
    ),
    "log_format": N_(
        "Send the hours first, then optionally a client and a day, for example "
        "<code>/log 3,5 Acme yesterday</code>."
    ),
    "log_empty": N_(
        "What should I log? For example <code>/log 3,5 Acme yesterday</code> or "
        "<code>/log 2h gestern</code>."
    ),
    "log_unknown": N_(
        "I did not understand “{words}”: it is neither one of your clients nor a "
        "day. /clients lists your clients."
    ),
    "log_future": N_("That day is still ahead. I only log hours already worked."),
    "log_too_old": N_("That is more than a year ago; I only keep the last twelve months."),
    "too_long": N_("That is a long message! Here I only need a short answer."),
    "pause_date": N_(
        "I could not read that as a day. Try for example 24.12., next Friday or in two weeks."
    ),
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
    await send(update, context, text, markup)
    mark_asking()  # its buttons are the open question: no "continue …" under it
    return END


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
) -> int:
    """Store a client's (or the day's) hours, then the next question; more than a day's hours
    ask that client's hours again."""
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
        await send(update, context, text, markup)
        mark_asking()
        return END
    async with context.database.sessions.begin() as session:
        if client == DAY_OFF:  # nothing for anyone that day
            await repo_checkins.clear_day(session, user_id, state.day)
            await repo_checkins.set_hours(session, user_id, state.day, None, 0)
        else:
            await repo_checkins.set_hours(session, user_id, state.day, client or None, minutes)
    # The day as it is now stored, without reading it again (this chat's updates run in order).
    state = replace(state, minutes=logged)
    return await ask_next(update, context, state, next_question(ids, client))


async def ask_next(
    update: Update, context: CoachContext, state: screens.DayState, index: int
) -> int:
    """Client number `index`'s hours, or after the last one the energy question."""
    leave_flow(context, FLOW)
    if index < len(state.clients):
        text, markup = screens.hours_screen(context.tr, state, index)
    else:
        text, markup = screens.scale_screen(context.tr, state, "e")
    await edit_or_send(update, context, text, markup)
    mark_asking()
    return END


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
    await edit_or_send(update, context, screens.done_text(context.tr, state, names, today, note))
    if note and is_crisis(context.tr, note):
        await send_crisis(update, context)
        return END
    await maybe_warn(context.application, user, today)
    return END


def is_crisis(tr: Translator, note: str) -> bool:
    folded = " ".join(note.casefold().split())
    return any(phrase in folded for phrase in tr.data("crisis")["phrases"])


async def send_crisis(update: Update, context: CoachContext) -> None:
    await send(update, context, context.tr.render("checkin/crisis"))


# --- the scheduled check-in -------------------------------------------------------------------------
async def prepare_checkins(
    session, rows: list[Due], people: dict[int, Recipient], now: datetime
) -> None:
    """Load clients, hours and check-in rows of the whole batch in three queries."""
    user_ids = {row.user_id for row in rows}
    days = {date.fromisoformat(row.key) for row in rows}
    days |= {day - timedelta(days=1) for day in days}
    batch = await repo_checkins.batch_context(session, user_ids, days)
    for row in rows:
        if row.user_id in people:
            people[row.user_id].extra["checkin"] = batch.get(row.user_id, ({}, [], {}))


async def send_scheduled_checkin(application, row: Due, person: Recipient, now: datetime) -> str:
    day = date.fromisoformat(row.key)
    prefs = person.prefs
    if prefs.paused_until is not None and day <= prefs.paused_until:
        return "skipped"
    minutes_by_day, clients, rows_by_day = person.extra.get("checkin", ({}, [], {}))
    planned = rows_by_day.get(day)
    if planned is not None and planned.day_off:
        return "skipped"
    minutes = minutes_by_day.get(day, {})
    if minutes and planned is not None and planned.energy and planned.stress:
        return "skipped"  # already logged in full today
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
    text, markup = screens.hours_screen(tr, state)
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
