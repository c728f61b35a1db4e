"""Snoozing the check-in: "⏰ In 1 hour" and "⏰ Tonight" under the scheduled check-in, or typed
("in 1 h", "heute Abend", "um 20 Uhr") while its hours question is open.

    snooze ─▶ one pending `checkin_snooze` row (an earlier snooze of the user is replaced) ─▶
    the scheduler sends the day's check-in again at that time, unless the day has been logged
    in full meanwhile (the same sender and checks as the daily check-in: checkin_support.py)
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from telegram import Update

from bot.coach import schedule as rules
from bot.coach.snooze import acceptable, snooze_until
from bot.context import CoachContext
from bot.db.models import User
from bot.flows.workload import checkin_screens as screens
from bot.flows.workload.checkin_support import prepare_checkins, send_scheduled_checkin
from bot.flows.workload.codecs import CheckinSnooze
from bot.jobs.scheduler import KindSpec, cancel_pending, clock_of, schedule
from bot.ui.callbacks import unpack
from bot.ui.common import acknowledge, send
from bot.ui.users import load_profile

KIND = "checkin_snooze"
GRACE = timedelta(hours=2)  # found later than that (the bot was down): not sent any more


def local_now(context: CoachContext, user: User) -> datetime:
    zone = rules.zone_of(user.timezone, user.language)
    return clock_of(context.application)().astimezone(zone)


async def snooze(
    update: Update, context: CoachContext, user: User, day: date, moment: datetime
) -> bool:
    """Ask `day`'s check-in again at `moment` (local); False (after saying why) when that is too
    soon or too far off to be meant."""
    tr = context.tr
    now = local_now(context, user)
    if not acceptable(moment, now):
        await send(
            update,
            context,
            tr.gettext(
                "I can ask again between five minutes and 18 hours from now. Try for example "
                "<code>in 1 hour</code> or <code>tonight</code>."
            ),
        )
        return False
    async with context.database.sessions.begin() as session:
        await cancel_pending(session, user.id, KIND)  # one snooze at a time: the latest counts
        await schedule(session, user.id, KIND, f"{day.isoformat()}@{moment:%H%M}", moment)
    at = tr.time(moment.time())
    if moment.date() == now.date():
        text = tr.gettext("All right, I will ask again at {time}.", time=at)
    else:
        when = screens.day_label(tr, moment.date())
        text = tr.gettext("All right, I will ask again on {day} at {time}.", day=when, time=at)
    await send(update, context, text)
    return True


async def snooze_button(update: Update, context: CoachContext) -> object:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, CheckinSnooze)
    user, today = await load_profile(update, context)
    day = date.fromordinal(choice.day)
    if not screens.accepts(day, today):
        await acknowledge(update, context.tr.label("This button has expired."))
        return None
    await acknowledge(update)
    await snooze(update, context, user, day, snooze_until(choice.choice, local_now(context, user)))
    return None  # the check-in's buttons stay as they are, and so does its open question


def scheduled_kinds() -> dict[str, KindSpec]:
    """A snoozed check-in coming back, for the scheduler (registered by setup.py)."""
    return {
        KIND: KindSpec(send=send_scheduled_checkin, grace=GRACE, prepare=prepare_checkins),
    }
