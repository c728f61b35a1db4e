"""What the check-in handlers, /log and the scheduler share: the user's local day, a day's
state, messages for invalid answers, the crisis pointer, and the scheduled check-in sender."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from telegram import Update

from bot.coach.profile import InvalidAnswer
from bot.context import CoachContext
from bot.db import repo, repo_checkins
from bot.flows.workload import checkin_screens as screens
from bot.i18n import N_, Translator, translator
from bot.jobs.scheduler import Due, KindSpec, Recipient, register_kind
from bot.ui.common import send

FLOW = "checkin"
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


def register() -> None:
    from bot.jobs.scheduler import follow_checkins

    register_kind(
        "checkin",
        KindSpec(
            send=send_scheduled_checkin,
            grace=CHECKIN_GRACE,
            follow=follow_checkins,
            prepare=prepare_checkins,
        ),
    )


register()
