"""Onboarding (/start) and settings (/settings): one flow, since both ask the same things.

The questions are declared in steps.py, the path through them in bot/coach/profile_steps.py;
the flow engine (bot/ui/flow.py) runs them. Every answer is stored the moment it is given, so
/cancel, a crash or another command in between loses nothing.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.coach.given import Given
from bot.coach.profile import InvalidAnswer, timezone_at
from bot.coach.profile_steps import ProfileAnswers, Step, advance
from bot.context import CoachContext
from bot.db import repo
from bot.flows.profile import clients as clients_flow
from bot.flows.profile.codecs import ProfileChoice, SettingsEdit
from bot.flows.profile.settings import EDITABLE, show_settings, summary, toggle_workday
from bot.flows.profile.steps import steps
from bot.flows.profile.store import FLOW, store
from bot.i18n import N_
from bot.jobs.scheduler import clock_of, reschedule_checkin
from bot.ui import menu
from bot.ui.callbacks import InvalidCallback, Menu, pattern, unpack
from bot.ui.common import acknowledge, close_keyboard, enter_flow, leave_flow, send
from bot.ui.flow import END, Flow, ask, reprompt, take
from bot.ui.flow_conversation import build_conversation
from bot.ui.invalid import explain_invalid
from bot.ui.users import load_user


async def begin(update: Update, context: CoachContext, note: str | None = None) -> object:
    """No answers kept (a flow data lost): onboarding from its first question."""
    enter_flow(context, FLOW, fresh=True)
    return await ask(update, context, PROFILE, ProfileAnswers(), Step.WELCOME, note)


async def finish(
    update: Update, context: CoachContext, answers: ProfileAnswers, note: str | None = None
) -> int:
    """The end of onboarding: what was set up, and the main menu."""
    await store.save(update, context, answers)
    async with context.database.sessions.begin() as session:
        user = await load_user(context, session, update)
        await mark_onboarded(context, session, user)
        clients = await repo.list_clients(session, user.id)
    leave_flow(context, FLOW)
    first_name = user.display_name or update.effective_user.first_name
    done = context.tr.render(
        "profile/done", first_name=first_name, **summary(context, user, clients)
    )
    await send(update, context, done)
    await menu.show_main_menu(update, context)
    return END


async def mark_onboarded(context: CoachContext, session, user) -> None:
    await repo.mark_onboarded(session, user)
    await reschedule_checkin(session, user, clock_of(context.application)())


async def cancelled(update: Update, context: CoachContext, answers: ProfileAnswers | None) -> None:
    """Onboarding stopped: the defaults stand for the rest, and the check-in is planned."""
    onboarding = answers is None or not answers.in_settings
    if onboarding:
        async with context.database.sessions.begin() as session:
            await mark_onboarded(context, session, await load_user(context, session, update))
    await menu.after_cancel(update, context, onboarding=onboarding)


PROFILE = Flow(
    name=FLOW,
    steps=steps(show_settings, finish, toggle_workday),
    pick=ProfileChoice,
    store=store,
    advance=advance,
    begin=begin,
    continue_label=N_("Finish setting up"),
    own_commands=frozenset({"start", "settings"}),  # during the setup: the setup
    cancelled=cancelled,
    finished_when=lambda answers: answers.in_settings,  # one answer at a time: nothing to lose
)


# --- entry ---------------------------------------------------------------------------------------
async def start(update: Update, context: CoachContext) -> object:
    async with context.database.sessions.begin() as session:
        user = await load_user(context, session, update)
        context.set_language(user.language)
    if user.onboarded_at is not None:
        await menu.show_main_menu(update, context, welcome_back=True, name=user.display_name)
        return END
    return await begin(update, context)


async def open_settings(update: Update, context: CoachContext) -> object:
    enter_flow(context, FLOW, fresh=True)
    answers = ProfileAnswers(mode="settings", step=int(Step.SETTINGS))
    data = unpack(update.callback_query.data) if update.callback_query else None
    if isinstance(data, SettingsEdit):  # a button of an older summary
        await store.save(update, context, answers)
        return await edit_setting(update, context)
    await acknowledge(update)
    return await show_settings(update, context, answers)


async def edit_setting(update: Update, context: CoachContext) -> object:
    """A button of the settings summary: that question, the client list, or close."""
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, SettingsEdit)
    if choice.step not in EDITABLE:
        raise InvalidCallback("not a setting")
    answers = await store.load(update, context)
    if answers is None or not answers.in_settings:  # an old settings button during onboarding
        await acknowledge(update, context.tr.label("This button has expired."))
        return None
    await acknowledge(update)
    await close_keyboard(update)
    if choice.step == 0:
        leave_flow(context, FLOW)
        await send(
            update, context, context.tr.gettext("Settings saved. /menu shows what I can do.")
        )
        return END
    if choice.step == Step.CLIENTS:
        leave_flow(context, FLOW)
        await clients_flow.show_list(update, context)
        return END
    return await ask(update, context, PROFILE, answers, Step(choice.step))


async def location(update: Update, context: CoachContext) -> object:
    """A shared location at the time-zone question: the zone there."""
    answers = await store.load(update, context)
    if answers is None or answers.step != Step.TIMEZONE:
        return await reprompt(
            update, context, PROFILE, context.tr.gettext("Please use the buttons above.")
        )
    place = update.effective_message.location
    try:
        zone = timezone_at(place.latitude, place.longitude)
    except InvalidAnswer as invalid:
        return await ask(
            update, context, PROFILE, answers, Step.TIMEZONE, explain_invalid(context.tr, invalid)
        )
    await send(update, context, context.tr.gettext("Found it: <b>{zone}</b>.", zone=zone))
    return await take(update, context, PROFILE, answers, Step.TIMEZONE, Given(value=zone))


def build_handler():
    settings = CallbackQueryHandler(edit_setting, pattern=pattern(SettingsEdit))
    return build_conversation(
        PROFILE,
        entry_points=[
            CommandHandler("start", start),
            CommandHandler("settings", open_settings),
            CallbackQueryHandler(open_settings, pattern=pattern(SettingsEdit)),
            CallbackQueryHandler(open_settings, pattern=rf"^{Menu(target='settings').pack()}$"),
        ],
        more=[settings, MessageHandler(filters.LOCATION, location)],
    )
