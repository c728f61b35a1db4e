"""/calllog's call-back time: asked with a few times a tap away, a typed one read back with its
weekday, date and time to confirm or correct in one tap, and a time that cannot be read
answered with the reason and the same buttons.

What the times are is pure (bot/coach/callback_times.py); here they become buttons, labels and
readers for the steps in calllog_screens.py, all in the VA's time zone.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from babel.dates import format_datetime
from telegram import Update

from bot.coach.callback_times import (
    SHIFTS,
    checked,
    moment_of,
    quick_times,
    shifted,
    stamp,
)
from bot.coach.calllog_steps import CHANGE, CONFIRMED, CallAnswers
from bot.coach.dates import country_of
from bot.coach.given import Given
from bot.coach.playbook import parse_callback
from bot.coach.profile import InvalidAnswer
from bot.coach.schedule import zone_of
from bot.context import CoachContext
from bot.i18n import N_, Translator
from bot.jobs.scheduler import clock_of
from bot.ui.callbacks import InvalidCallback
from bot.ui.flow import Asked, Invalid, Rows, labelled
from bot.ui.users import load_profile

CHECK_TYPED = {"yes": CONFIRMED, "no": CHANGE}  # "ja" / "nein" typed at the confirmation
UNREAD = N_(
    "I could not read that as a time. Type it like “Tuesday at 11” or “tomorrow 10:00”, "
    "or tap one of the times below."
)


def agreed(tr: Translator, local: datetime) -> str:
    """A call-back moment as people check it: "Tue 8 Dec, 11:00" / "Di., 8. Dez., 11:00 Uhr"."""
    pattern = tr.data("formats")["weekday_date_time"]
    return format_datetime(local.replace(tzinfo=None), pattern, locale=tr.locale)


async def local_now(update: Update, context: CoachContext) -> datetime:
    """Now, in the VA's time zone (their language's if they set none)."""
    user, _ = await load_profile(update, context)
    return clock_of(context.application)().astimezone(zone_of(user.timezone, user.language))


# --- the question: a typed time, or a time a tap away ----------------------------------------------
async def time_choices(update: Update, context: CoachContext, answers: CallAnswers) -> dict:
    now = await local_now(update, context)
    user, _ = await load_profile(update, context)
    today, following = quick_times(now, country_of(user.timezone, user.language))
    return {"today": today, "following": following, "now": now}


def time_buttons(asked: Asked) -> Rows:
    """Today's common times still ahead, then the next working day's ("Mon 16 Mar, 09:00"
    when that is not tomorrow)."""
    tr, today = asked.context.tr, asked.extra["now"].date()

    def label(moment: datetime) -> str:
        clock = tr.time(moment.time())
        if moment.date() == today:
            return tr.label("Today, {time}", time=clock)
        if moment.date() == today + timedelta(days=1):
            return tr.label("Tomorrow, {time}", time=clock)
        return f"{tr.format_date(moment.date())}, {clock}"

    rows = [asked.extra["today"], asked.extra["following"]]
    return [[(label(moment), stamp(moment)) for moment in row] for row in rows if row]


async def read_callback(update: Update, context: CoachContext, answers, given: Given) -> Given:
    """A time button, or a typed time: the moment (ISO, local); `text` says it was typed and
    is to be read back for confirmation."""
    now = await local_now(update, context)
    try:
        if given.value is not None:
            moment = moment_of(given.value, now.tzinfo)
            if moment is None:
                raise InvalidCallback("not a time button")
            return Given(value=checked(moment, now).isoformat())
        local = typed_time(context, given, now)
    except InvalidAnswer as invalid:
        raise Invalid(explain(context, invalid)) from None
    return Given(value=local.isoformat(), text=given.text)


def typed_time(context: CoachContext, given: Given, now: datetime) -> datetime:
    """The typed text, on one line, read as a call-back time (bot/coach/when.py)."""
    return parse_callback(" ".join((given.text or "").split()), context.language, now)


def explain(context: CoachContext, invalid: InvalidAnswer) -> str:
    tr = context.tr
    if invalid.reason == "callback_past":
        return tr.gettext("That time has already passed. When should you call back?")
    if invalid.reason == "callback_far":
        return tr.gettext(
            "That is more than a year ahead. Please choose a time within the next twelve months."
        )
    return tr.gettext(UNREAD)


# --- the typed time read back: right, or corrected in one tap ------------------------------------
async def check_choices(update: Update, context: CoachContext, answers: CallAnswers) -> dict:
    """The time as read, and whether a day earlier is still ahead (else no "−1 day")."""
    now = await local_now(update, context)
    moment = datetime.fromisoformat(answers.callback_at).astimezone(now.tzinfo)
    return {"when": agreed(context.tr, moment), "earlier": shifted(moment, -1, now.tzinfo) > now}


def check_buttons(asked: Asked) -> Rows:
    shifts = [(N_("+1 day"), "day+"), (N_("+1 week"), "week+")]
    if asked.extra["earlier"]:
        shifts.insert(0, (N_("−1 day"), "day-"))
    return [
        labelled(asked, (N_("✅ Yes, that’s right"), CONFIRMED)),
        labelled(asked, *shifts),
        labelled(asked, (N_("✏️ Change time"), CHANGE)),
    ]


async def read_check(update: Update, context: CoachContext, answers, given: Given) -> Given:
    """Confirmed, to be asked again, a day or a week moved, or a new time typed right here."""
    if given.value in (CONFIRMED, CHANGE):
        return given
    now = await local_now(update, context)
    if given.value is not None:
        if given.value not in SHIFTS or not answers.callback_at:
            raise InvalidCallback("not a correction of this step")
        moment = datetime.fromisoformat(answers.callback_at)
        try:
            return Given(
                value=checked(shifted(moment, SHIFTS[given.value], now.tzinfo), now).isoformat()
            )
        except InvalidAnswer as invalid:
            raise Invalid(explain(context, invalid)) from None
    try:
        local = typed_time(context, given, now)
    except InvalidAnswer as invalid:
        if invalid.reason != "callback_format":
            raise Invalid(explain(context, invalid)) from None
        raise Invalid(
            context.tr.gettext(
                "Tap “Yes, that’s right” if the time is correct, or type the time again."
            )
        ) from None
    return Given(value=local.isoformat())
