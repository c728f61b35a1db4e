"""/settings: the summary of every answer, one answer changed at a time, and the work days.

The questions themselves are the onboarding's (steps.py), so a changed answer is stored exactly
as during onboarding."""

from __future__ import annotations

from telegram import Update
from telegram.error import BadRequest

from bot.coach.profile import parse_hhmm
from bot.coach.profile_steps import ProfileAnswers, Step
from bot.coach.schedule import parse_workdays
from bot.context import CoachContext
from bot.db import repo, repo_checkins
from bot.db.models import User
from bot.flows.profile.codecs import ProfileChoice, SettingsEdit
from bot.flows.profile.steps import workday_rows
from bot.flows.profile.store import store
from bot.i18n import N_
from bot.ui.common import acknowledge, keyboard, send
from bot.ui.flow import ACTIVE, buttons_of
from bot.ui.users import load_user

# What the settings menu's buttons open (0: close); anything else is not a button of it.
EDITABLE = frozenset(
    {
        0,
        Step.NAME,
        Step.LANGUAGE,
        Step.TIMEZONE,
        Step.CHECKIN,
        Step.CAPACITY,
        Step.WORKDAYS,
        Step.CLIENTS,
    }
)
MENU = (
    ((Step.NAME, N_("Name")), (Step.LANGUAGE, N_("Language"))),
    ((Step.TIMEZONE, N_("Time zone")), (Step.CHECKIN, N_("Check-in time"))),
    ((Step.CAPACITY, N_("Weekly hours")), (Step.WORKDAYS, N_("Work days"))),
    ((Step.CLIENTS, N_("Clients")),),
    ((0, N_("Close")),),
)


async def show_settings(
    update: Update, context: CoachContext, answers: ProfileAnswers, note: str | None = None
) -> int:
    """The summary with a button per answer; after a change, with "Saved"."""
    saved = bool(answers.changes)
    answers.mode, answers.step = "settings", int(Step.SETTINGS)
    await store.save(update, context, answers)
    tr = context.tr
    async with context.database.sessions.begin() as session:
        user = await load_user(context, session, update)
        clients = await repo.list_clients(session, user.id)
    text = tr.render("profile/settings", saved=saved, **summary(context, user, clients))
    rows = [[(tr.label(label), SettingsEdit(step=step)) for step, label in row] for row in MENU]
    await send(update, context, f"{note}\n\n{text}" if note else text, keyboard(*rows))
    return ACTIVE


def summary(context: CoachContext, user: User, clients: list) -> dict:
    """What profile/summary.j2 shows: the answers as the user would read them."""
    return {
        "name": user.display_name,
        "language": user.language,
        "timezone": user.timezone,
        "checkin": context.tr.time(parse_hhmm(user.checkin_time)),
        "capacity": user.capacity_hours,
        "clients": [client.name for client in clients],
    }


async def toggle_workday(
    update: Update, context: CoachContext, answers: ProfileAnswers, value: str
) -> bool:
    """One tap switches a day on or off, in place; at least one day stays on."""
    if not value.isdigit():
        return False  # Done: the step is answered
    day = int(value)
    async with context.database.sessions.begin() as session:
        prefs = await repo_checkins.get_prefs(session, update.effective_user.id)
        days = set(parse_workdays(prefs.workdays)) ^ {day}
        if days:
            prefs.workdays = "".join(str(d) for d in sorted(days))
    if not days:
        await acknowledge(update, context.tr.label("Keep at least one work day."))
        return True
    await acknowledge(update)
    markup = buttons_of(ProfileChoice, Step.WORKDAYS, workday_rows(context, frozenset(days)))
    try:
        await update.callback_query.edit_message_reply_markup(reply_markup=markup)
    except BadRequest:
        pass
    return True
