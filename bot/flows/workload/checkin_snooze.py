"""Snoozing the check-in: "⏰ In 1 hour" and "⏰ Tonight" under the scheduled check-in, typed
("in 1 h", "heute Abend", "um 20 Uhr", "später") while its hours question is open, or
"⏰ Ask again at 20:00" when "20" could be hours or a time (checkin_confirm.py).

    snooze ─▶ day logged in full already? say so, nothing planned
           ─▶ one pending `checkin_snooze` row (an earlier snooze of the user is replaced) ─▶
    the scheduler sends the day's check-in again at that time, unless the day has been logged
    in full meanwhile (the same sender and checks as the daily check-in: checkin_support.py)

The row's key is the day and the UTC moment ("2025-03-13@2025-03-13T19:00Z"): a snooze to
20:00 on Friday of a Thursday check-in already snoozed to 20:00 on Thursday is a new row, not
one the database drops as a duplicate of the sent one.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from telegram import Update

from bot.coach import schedule as rules
from bot.coach.checkin_steps import logged_in_full
from bot.coach.snooze import acceptable, next_at, snooze_until
from bot.context import CoachContext
from bot.db import repo_checkins
from bot.db.models import User
from bot.db.models_checkins import ScheduledMessage
from bot.flows.workload import checkin_screens as screens
from bot.flows.workload.checkin_codecs import CheckinSnoozeAt
from bot.flows.workload.checkin_support import day_state, prepare_checkins, send_scheduled_checkin
from bot.flows.workload.codecs import CheckinSnooze
from bot.i18n import N_
from bot.jobs.scheduler import KindSpec, cancel_pending, clock_of, schedule
from bot.ui.callbacks import unpack
from bot.ui.common import acknowledge, send
from bot.ui.users import load_profile

KIND = "checkin_snooze"
GRACE = timedelta(hours=2)  # found later than that (the bot was down): not sent any more


def local_now(context: CoachContext, user: User) -> datetime:
    zone = rules.zone_of(user.timezone, user.language)
    return clock_of(context.application)().astimezone(zone)


def snooze_key(day: date, moment: datetime) -> str:
    return f"{day.isoformat()}@{moment.astimezone(UTC):%Y-%m-%dT%H:%MZ}"


async def snooze(
    update: Update, context: CoachContext, user: User, day: date, moment: datetime
) -> bool:
    """Ask `day`'s check-in again at `moment` (local); False (after saying why) when the day
    needs no more asking, or `moment` is too soon or too far off to be meant."""
    tr = context.tr
    now = local_now(context, user)
    if await _logged_in_full(context, user.id, day):
        await send(
            update,
            context,
            tr.gettext(
                "Everything for {day} is already logged, so I will not ask again. "
                "To change something, use /log.",
                day=screens.day_label(tr, day),
            ),
        )
        return False
    if not acceptable(moment, now):
        await send(update, context, tr.gettext(TOO_SOON_OR_FAR))
        return False
    key = snooze_key(day, moment)
    async with context.database.sessions.begin() as session:
        await cancel_pending(session, user.id, KIND)  # one snooze at a time: the latest counts
        await schedule(session, user.id, KIND, key, moment)
        planned = await _pending(session, user.id, key)
    if not planned:  # never promise what the scheduler will not send
        await send(update, context, tr.gettext(NOT_PLANNED))
        return False
    at = tr.time(moment.time())
    if moment.date() == now.date():
        text = tr.gettext("All right, I will ask again at {time}.", time=at)
    else:
        when = screens.day_label(tr, moment.date())
        text = tr.gettext("All right, I will ask again on {day} at {time}.", day=when, time=at)
    await send(update, context, text)
    return True


TOO_SOON_OR_FAR = N_(
    "I can ask again between 5 minutes and 18 hours from now. Try, for example, "
    "<code>in 1 hour</code> or <code>tonight</code>."
)
NOT_PLANNED = N_("Sorry, I could not plan that just now. Please try again in a moment.")


async def _logged_in_full(context: CoachContext, user_id: int, day: date) -> bool:
    state = await day_state(context, user_id, day)
    async with context.database.sessions() as session:
        row = await repo_checkins.get_day(session, user_id, day)
    ids = [client_id for client_id, _ in state.clients]
    return logged_in_full(ids, state.minutes, bool(row and row.day_off), state.stress)


async def _pending(session, user_id: int, key: str) -> bool:
    found = await session.execute(
        select(ScheduledMessage.id).where(
            ScheduledMessage.user_id == user_id,
            ScheduledMessage.kind == KIND,
            ScheduledMessage.key == key,
            ScheduledMessage.status == "pending",
        )
    )
    return found.first() is not None


async def snooze_button(update: Update, context: CoachContext) -> object:
    """ "⏰ In 1 hour", "⏰ Tonight" under the scheduled check-in."""
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, CheckinSnooze)
    return await _snooze_pressed(
        update, context, choice.day, lambda now: snooze_until(choice.choice, now)
    )


async def snooze_at_button(update: Update, context: CoachContext) -> object:
    """ "⏰ Ask again at 20:00", where "20" could also be hours (checkin_confirm.py)."""
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, CheckinSnoozeAt)
    clock = time(choice.at // 60, choice.at % 60)
    return await _snooze_pressed(update, context, choice.day, lambda now: next_at(clock, now))


async def _snooze_pressed(update: Update, context: CoachContext, ordinal: int, when) -> object:
    user, today = await load_profile(update, context)
    day = date.fromordinal(ordinal)
    if not screens.accepts(day, today):
        await acknowledge(update, context.tr.label("This button has expired."))
        return None
    await acknowledge(update)
    await snooze(update, context, user, day, when(local_now(context, user)))
    return None  # the check-in's buttons stay as they are, and so does its open question


def scheduled_kinds() -> dict[str, KindSpec]:
    """A snoozed check-in coming back, for the scheduler (registered by setup.py)."""
    return {
        KIND: KindSpec(send=send_scheduled_checkin, grace=GRACE, prepare=prepare_checkins),
    }
