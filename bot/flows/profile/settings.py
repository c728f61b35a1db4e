"""/settings: the summary of every answer, one answer changed at a time, and the work days.

The questions themselves are the onboarding's (profile_steps.py); the conversation is the
profile flow's (profile.py), so a changed answer is stored exactly as during onboarding.
"""

from __future__ import annotations

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import ConversationHandler

from bot.coach.schedule import parse_workdays
from bot.context import CoachContext
from bot.db import repo_checkins
from bot.flows.profile import clients as clients_flow
from bot.flows.profile.codecs import SettingsEdit
from bot.flows.profile.steps import FLOW, State, ask, in_settings, show_settings, workdays_markup
from bot.ui.callbacks import InvalidCallback, unpack
from bot.ui.common import acknowledge, close_keyboard, enter_flow, leave_flow, send

END = ConversationHandler.END


# What the settings menu's buttons open (0: close); anything else is not a button of it.
EDITABLE = frozenset(
    {
        0,
        State.NAME,
        State.LANGUAGE,
        State.TIMEZONE,
        State.CHECKIN,
        State.CAPACITY,
        State.WORKDAYS,
        State.CLIENTS,
    }
)


async def open_settings(update: Update, context: CoachContext) -> int:
    data = unpack(update.callback_query.data) if update.callback_query else None
    if isinstance(data, SettingsEdit):
        enter_flow(context, FLOW)["mode"] = "settings"
        return await edit_setting(update, context)  # answers the button itself
    await acknowledge(update)
    enter_flow(context, FLOW)["mode"] = "settings"
    return await show_settings(update, context)


async def toggle_workday(update: Update, context: CoachContext, day: int) -> int:
    """One tap switches a day on or off, in place; at least one day stays on."""
    async with context.database.sessions.begin() as session:
        prefs = await repo_checkins.get_prefs(session, update.effective_user.id)
        days = set(parse_workdays(prefs.workdays)) ^ {day}
        valid = bool(days) and 1 <= day <= 7
        if valid:
            prefs.workdays = "".join(str(d) for d in sorted(days))
    if not valid:
        await acknowledge(update, context.tr.label("Keep at least one work day."))
        return State.WORKDAYS
    await acknowledge(update)
    try:
        await update.callback_query.edit_message_reply_markup(
            reply_markup=workdays_markup(context, frozenset(days))
        )
    except BadRequest:
        pass
    return State.WORKDAYS


async def edit_setting(update: Update, context: CoachContext) -> int:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, SettingsEdit)
    if choice.step not in EDITABLE:
        raise InvalidCallback("not a setting")
    if not in_settings(context):  # an old settings button pressed during onboarding
        await acknowledge(update, context.tr.label("This button has expired."))
        return await ask(update, context, State(context.scratch(FLOW).get("step", State.WELCOME)))
    await acknowledge(update)
    await close_keyboard(update)
    if choice.step == 0:
        leave_flow(context, FLOW)
        await send(
            update, context, context.tr.gettext("Settings saved. /menu shows what I can do.")
        )
        return END
    if choice.step == State.CLIENTS:
        leave_flow(context, FLOW)
        await clients_flow.show_list(update, context)
        return END
    return await ask(update, context, State(choice.step))
