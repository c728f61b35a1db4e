"""Onboarding (/start) and settings (/settings): one conversation, since both ask the same things.

    /start (new user) ─▶ WELCOME ─▶ NAME ─▶ TIMEZONE ─▶ CHECKIN ─▶ CAPACITY ─▶ CLIENTS ─┐
                                                                 (German: ⇄ CLIENT_REGISTER)
                                                                                       ▼
                                                                      summary + main menu, END
    /settings ─▶ SETTINGS ─(pick one)─▶ that step ─▶ SETTINGS ─(Close)─▶ END

Every answer is stored the moment it is given, so /cancel or a crash loses nothing.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.coach.profile import (
    MAX_ANSWER,
    InvalidAnswer,
    TimezoneAliases,
    format_hhmm,
    parse_capacity,
    parse_checkin_time,
    parse_client_name,
    parse_display_name,
    resolve_timezone,
    timezone_at,
)
from bot.context import CoachContext
from bot.db import repo
from bot.flows.profile.codecs import (
    ProfileChoice,
    ProfileSkip,
    ProfileStart,
    RegisterChoice,
    SettingsEdit,
)
from bot.flows.profile.settings import edit_setting, open_settings, toggle_workday
from bot.flows.profile.steps import (
    FLOW,
    MAX_CLIENTS,
    SKIPPABLE,
    State,
    ask,
    button_value,
    in_settings,
    next_onboarding_step,
    show_settings,
    summary,
)
from bot.i18n import N_
from bot.jobs.scheduler import clock_of, reschedule_checkin
from bot.ui import menu
from bot.ui.callbacks import InvalidCallback, Menu, pattern, unpack
from bot.ui.common import (
    FlowInfo,
    acknowledge,
    close_keyboard,
    conversation,
    enter_flow,
    expired_button,
    leave_flow,
    register_flow,
    send,
    text_of,
    typed_meaning,
)
from bot.ui.fallbacks import state_fallbacks
from bot.ui.invalid import explain_invalid
from bot.ui.users import load_user

END = ConversationHandler.END


# --- entry ---------------------------------------------------------------------------------------
async def start(update: Update, context: CoachContext) -> int:
    async with context.database.sessions.begin() as session:
        user = await load_user(context, session, update)
        onboarded = user.onboarded_at is not None
        context.set_language(user.language)
    if onboarded:
        await menu.show_main_menu(update, context, welcome_back=True, name=user.display_name)
        return END
    enter_flow(context, FLOW)["mode"] = "onboarding"
    return await ask(update, context, State.WELCOME)


# --- moving on -----------------------------------------------------------------------------------
async def advance(update: Update, context: CoachContext, step: State) -> int:
    """After an answer: the next onboarding question, or back to the settings summary."""
    if in_settings(context):
        return await show_settings(update, context, saved=True)
    following = next_onboarding_step(step)
    if following is not None:
        return await ask(update, context, following)
    return await finish(update, context)


async def finish(update: Update, context: CoachContext) -> int:
    async with context.database.sessions.begin() as session:
        user = await load_user(context, session, update)
        await repo.mark_onboarded(session, user)
        await reschedule_checkin(session, user, clock_of(context.application)())
        clients = await repo.list_clients(session, user.id)
    leave_flow(context, FLOW)
    first_name = user.display_name or update.effective_user.first_name
    done = context.tr.render(
        "profile/done", first_name=first_name, **summary(context, user, clients)
    )
    await send(update, context, done)
    await menu.show_main_menu(update, context)
    return END


async def store(update: Update, context: CoachContext, **fields: object) -> None:
    async with context.database.sessions.begin() as session:
        user = await load_user(context, session, update)
        for name, value in fields.items():
            setattr(user, name, value)
        if user.onboarded_at is not None and fields.keys() & {"timezone", "checkin_time"}:
            await reschedule_checkin(session, user, clock_of(context.application)())


# --- answers -------------------------------------------------------------------------------------
async def welcome_choice(update: Update, context: CoachContext) -> int:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, ProfileStart)
    if context.scratch(FLOW).get("step", State.WELCOME) != State.WELCOME:
        return await stale(update, context)
    await acknowledge(update)
    await close_keyboard(update)
    if choice.language != context.language:
        context.set_language(choice.language)
        await store(update, context, language=choice.language)
    return await ask(update, context, State.NAME)


async def button_answer(update: Update, context: CoachContext) -> int:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, ProfileChoice)
    if choice.step != context.scratch(FLOW).get("step"):
        return await stale(update, context)
    step = State(choice.step)
    try:
        value = button_value(step, choice.value)
    except (InvalidAnswer, ValueError) as error:
        raise InvalidCallback("not an answer of this step") from error
    if step == State.WORKDAYS and value != "done":
        return await toggle_workday(update, context, int(value))  # answers the button itself
    await acknowledge(update)
    await close_keyboard(update)
    if step == State.WORKDAYS:
        async with context.database.sessions.begin() as session:
            user = await load_user(context, session, update)
            await reschedule_checkin(session, user, clock_of(context.application)())
    elif step == State.NAME:
        name = parse_display_name(update.effective_user.first_name)
        await store(update, context, display_name=name)
    elif step == State.TIMEZONE:
        await store(update, context, timezone=value)
    elif step == State.CHECKIN:
        await store(update, context, checkin_time=value)
    elif step == State.CAPACITY:
        await store(update, context, capacity_hours=value)
    elif step == State.LANGUAGE:
        context.set_language(str(value))
        await store(update, context, language=value)
        await menu.set_chat_commands(update, context)
    return await advance(update, context, step)


async def skip(update: Update, context: CoachContext) -> int:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, ProfileSkip)
    if choice.step != context.scratch(FLOW).get("step"):
        return await stale(update, context)
    if choice.step not in SKIPPABLE:
        raise InvalidCallback("this step has no skip button")
    await acknowledge(update)
    await close_keyboard(update)
    return await advance(update, context, State(choice.step))


async def text_answer(update: Update, context: CoachContext) -> int:
    step = State(context.scratch(FLOW).get("step", State.WELCOME))
    text = text_of(update) or ""
    meaning = typed_meaning(text)
    if step in SKIPPABLE and (
        meaning in ("skip", "done") or step == State.CLIENTS and meaning == "no"
    ):
        return await advance(update, context, step)  # as its Skip (or Done) button: "fertig"
    if step == State.CLIENT_REGISTER and meaning in ("sie", "du"):
        name = context.scratch(FLOW).pop("pending_client", None)
        if name is not None:  # "Sie" typed instead of tapped
            await save_client(update, context, name, meaning)
            return await ask(update, context, State.CLIENTS)
    try:
        if len(text) > MAX_ANSWER:
            raise InvalidAnswer("too_long")
        if step == State.NAME:
            await store(update, context, display_name=parse_display_name(text))
        elif step == State.TIMEZONE:
            aliases = TimezoneAliases(context.tr.data("timezones")["aliases"])
            await store(update, context, timezone=resolve_timezone(text, aliases))
        elif step == State.CHECKIN:
            await store(update, context, checkin_time=format_hhmm(parse_checkin_time(text)))
        elif step == State.CAPACITY:
            await store(update, context, capacity_hours=parse_capacity(text))
        elif step == State.CLIENTS:
            return await add_client_name(update, context, text)
        else:
            return await reprompt_with(
                update, context, context.tr.gettext("Please use the buttons above.")
            )
    except InvalidAnswer as invalid:
        return await reprompt_with(update, context, explain_invalid(context.tr, invalid))
    return await advance(update, context, step)


async def location_answer(update: Update, context: CoachContext) -> int:
    if context.scratch(FLOW).get("step") != State.TIMEZONE:
        return await reprompt_with(
            update, context, context.tr.gettext("Please use the buttons above.")
        )
    location = update.effective_message.location
    try:
        zone = timezone_at(location.latitude, location.longitude)
    except InvalidAnswer as invalid:
        return await reprompt_with(update, context, explain_invalid(context.tr, invalid))
    await store(update, context, timezone=zone)
    await send(update, context, context.tr.gettext("Found it: <b>{zone}</b>.", zone=zone))
    return await advance(update, context, State.TIMEZONE)


async def add_client_name(update: Update, context: CoachContext, text: str) -> int:
    async with context.database.sessions.begin() as session:
        existing = await repo.list_clients(session, update.effective_user.id)
    if len(existing) >= MAX_CLIENTS:
        return await reprompt_with(
            update, context, context.tr.gettext("That is the most clients I can keep.")
        )
    name = parse_client_name(text, [client.name for client in existing])
    if context.language == "de":
        context.scratch(FLOW)["pending_client"] = name
        return await ask(update, context, State.CLIENT_REGISTER)
    await save_client(update, context, name, "sie")
    return await ask(update, context, State.CLIENTS)


async def register_answer(update: Update, context: CoachContext) -> int:
    await acknowledge(update)
    choice = unpack(update.callback_query.data)
    name = context.scratch(FLOW).pop("pending_client", None)
    if not isinstance(choice, RegisterChoice) or name is None:
        return await stale(update, context)
    await close_keyboard(update)
    await save_client(update, context, name, choice.register)
    return await ask(update, context, State.CLIENTS)


async def save_client(update: Update, context: CoachContext, name: str, register: str) -> None:
    async with context.database.sessions.begin() as session:
        await load_user(context, session, update)
        await repo.add_client(session, update.effective_user.id, name, register)


# --- settings ------------------------------------------------------------------------------------
# --- re-prompts ----------------------------------------------------------------------------------
async def reprompt(update: Update, context: CoachContext, note: str | None = None) -> State:
    step = State(context.scratch(FLOW).get("step", State.WELCOME))
    return await ask(update, context, step, note=note)


async def reprompt_with(update: Update, context: CoachContext, note: str) -> int:
    step = State(context.scratch(FLOW).get("step", State.WELCOME))
    return await ask(update, context, step, note=note)


async def stale(update: Update, context: CoachContext) -> int:
    return await expired_button(update, context, reprompt)


async def cancel(update: Update, context: CoachContext) -> int:
    onboarding = not in_settings(context)
    if onboarding:
        async with context.database.sessions.begin() as session:
            user = await load_user(context, session, update)
            await repo.mark_onboarded(session, user)
            await reschedule_checkin(session, user, clock_of(context.application)())
    leave_flow(context, FLOW)
    await menu.after_cancel(update, context, onboarding=onboarding)
    return END


TEXT = filters.TEXT & ~filters.COMMAND
# What the guard needs to know; registered with the handler (build_handler).
FLOW_INFO = FlowInfo(
    title=N_("the setup"),
    continue_label=N_("Finish setting up"),
    finished_scratch=lambda scratch: scratch.get("mode") == "settings",  # a menu, not a task
    reprompt=reprompt,
    entry_prefixes=frozenset({SettingsEdit.prefix}),
    own_commands=frozenset({"start", "settings"}),  # during the setup: the setup
)


def build_handler() -> ConversationHandler:
    register_flow(FLOW, FLOW_INFO)
    # Every state accepts every answer: the handlers dispatch on the step kept in user_data,
    # which is written before each question goes out. So if the process dies between sending
    # a question and storing the conversation state, the next answer still lands on the right
    # step (the returned state then realigns the conversation).
    answers = [
        CallbackQueryHandler(welcome_choice, pattern=pattern(ProfileStart)),
        CallbackQueryHandler(button_answer, pattern=pattern(ProfileChoice)),
        CallbackQueryHandler(skip, pattern=pattern(ProfileSkip)),
        CallbackQueryHandler(register_answer, pattern=pattern(RegisterChoice)),
        CallbackQueryHandler(edit_setting, pattern=pattern(SettingsEdit)),
        MessageHandler(TEXT, text_answer),
        MessageHandler(filters.LOCATION, location_answer),
    ]
    return conversation(
        name=FLOW,
        persistent=True,
        entry_points=[
            CommandHandler("start", start),
            CommandHandler("settings", open_settings),
            CallbackQueryHandler(open_settings, pattern=pattern(SettingsEdit)),
            CallbackQueryHandler(open_settings, pattern=rf"^{Menu(target='settings').pack()}$"),
        ],
        states={state: answers for state in State},
        fallbacks=[
            CommandHandler("cancel", cancel),
            *state_fallbacks(reprompt),
        ],
    )
