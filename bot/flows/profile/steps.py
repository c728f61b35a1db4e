"""The questions of onboarding and settings: how each is asked and how its answer is stored.

Shared by onboarding (steps in order) and /settings (one step, then back to the summary).
"""

from __future__ import annotations

from enum import IntEnum

from babel.dates import get_day_names
from telegram import Update

from bot.coach.profile import format_hhmm, parse_capacity, parse_hhmm, resolve_timezone
from bot.coach.schedule import parse_workdays
from bot.context import CoachContext
from bot.db import repo, repo_checkins
from bot.db.models import User
from bot.flows.profile.codecs import (
    ProfileChoice,
    ProfileSkip,
    ProfileStart,
    RegisterChoice,
    SettingsEdit,
)
from bot.i18n import LANGUAGES
from bot.ui.common import chunk, keyboard, send
from bot.ui.users import load_user

FLOW = "profile"


class State(IntEnum):
    WELCOME = 0
    NAME = 1
    TIMEZONE = 2
    CHECKIN = 3
    CAPACITY = 4
    CLIENTS = 5
    CLIENT_REGISTER = 6
    LANGUAGE = 7
    SETTINGS = 8
    WORKDAYS = 9


ONBOARDING_ORDER = (State.NAME, State.TIMEZONE, State.CHECKIN, State.CAPACITY, State.CLIENTS)
SKIPPABLE = frozenset({*ONBOARDING_ORDER, State.LANGUAGE})  # steps with a Skip (or Back) button
CHECKIN_CHOICES = ("16:00", "17:00", "17:30", "18:00", "19:00")
CAPACITY_CHOICES = (20, 30, 40, 50)
MAX_CLIENTS = 50
WEEKDAYS = tuple(str(day) for day in range(1, 8))  # ISO: 1 Monday … 7 Sunday


def next_onboarding_step(step: State) -> State | None:
    index = ONBOARDING_ORDER.index(step)
    return ONBOARDING_ORDER[index + 1] if index + 1 < len(ONBOARDING_ORDER) else None


def in_settings(context: CoachContext) -> bool:
    return context.scratch(FLOW).get("mode") == "settings"


def skip_button(context: CoachContext, step: State) -> tuple[str, ProfileSkip]:
    label = context.tr.label("Back") if in_settings(context) else context.tr.label("Skip")
    return label, ProfileSkip(step=int(step))


async def ask(update: Update, context: CoachContext, step: State, note: str | None = None) -> State:
    """Send the question of `step` and remember it, so a re-prompt can ask it again.

    `note` (why the last answer did not work) goes above the question, in the same message."""
    context.scratch(FLOW)["step"] = int(step)
    tr = context.tr
    async with context.database.sessions.begin() as session:
        user = await load_user(context, session, update)
        clients = await repo.list_clients(session, user.id) if step == State.CLIENTS else []
    if step == State.WELCOME:
        other = "en" if context.language == "de" else "de"
        markup = keyboard(
            [(tr.label("Let's start"), ProfileStart(language=context.language))],
            [(tr.data("languages")["switch"][other], ProfileStart(language=other))],
        )
        text = tr.render("profile/welcome", first_name=update.effective_user.first_name)
    elif step == State.NAME:
        first = update.effective_user.first_name
        markup = keyboard(
            [(tr.label("Call me {name}", name=first[:30]), ProfileChoice(step=step, value="tg"))],
            [skip_button(context, step)],
        )
        text = tr.render(
            "profile/ask_name", current=user.display_name, settings=in_settings(context)
        )
    elif step == State.TIMEZONE:
        zones = tr.data("timezones")["buttons"]
        buttons = [(zone["label"], ProfileChoice(step=step, value=zone["zone"])) for zone in zones]
        markup = keyboard(*chunk(buttons, 3), [skip_button(context, step)])
        text = tr.render(
            "profile/ask_timezone", current=user.timezone, settings=in_settings(context)
        )
    elif step == State.CHECKIN:
        buttons = [
            (tr.time(parse_hhmm(value)), ProfileChoice(step=step, value=value.replace(":", ".")))
            for value in CHECKIN_CHOICES
        ]
        markup = keyboard(*chunk(buttons, 3), [skip_button(context, step)])
        text = tr.render("profile/ask_checkin", current=tr.time(parse_hhmm(user.checkin_time)))
    elif step == State.CAPACITY:
        buttons = [
            (tr.label("{hours} h", hours=hours), ProfileChoice(step=step, value=str(hours)))
            for hours in CAPACITY_CHOICES
        ]
        markup = keyboard(buttons, [skip_button(context, step)])
        text = tr.render("profile/ask_capacity", current=user.capacity_hours)
    elif step == State.CLIENTS:
        done = tr.label("Done") if clients else tr.label("Skip")
        markup = keyboard([(done, ProfileSkip(step=step))])
        text = tr.render("profile/ask_clients", clients=[client.name for client in clients])
    elif step == State.CLIENT_REGISTER:
        markup = register_keyboard(context, client_id=0)
        text = tr.render(
            "profile/ask_register", client=context.scratch(FLOW).get("pending_client", "")
        )
    elif step == State.WORKDAYS:
        async with context.database.sessions.begin() as session:
            selected = parse_workdays((await repo_checkins.get_prefs(session, user.id)).workdays)
        markup = workdays_markup(context, selected)
        text = tr.render("profile/ask_workdays")
    elif step == State.LANGUAGE:
        names = tr.data("languages")["names"]
        markup = keyboard(
            [
                (names["de"], ProfileChoice(step=step, value="de")),
                (names["en"], ProfileChoice(step=step, value="en")),
            ],
            [skip_button(context, step)],
        )
        text = tr.render("profile/ask_language")
    else:
        return await show_settings(update, context)
    if note:
        text = f"{note}\n\n{text}"
    await send(update, context, text, markup)
    return step


def register_keyboard(context: CoachContext, client_id: int):
    tr = context.tr
    return keyboard(
        [
            (tr.label("“Sie” (formal)"), RegisterChoice(client_id=client_id, register="sie")),
            (tr.label("“du” (informal)"), RegisterChoice(client_id=client_id, register="du")),
        ]
    )


async def show_settings(update: Update, context: CoachContext, saved: bool = False) -> State:
    scratch = context.scratch(FLOW)
    scratch.update(mode="settings", step=int(State.SETTINGS))
    tr = context.tr
    async with context.database.sessions.begin() as session:
        user = await load_user(context, session, update)
        clients = await repo.list_clients(session, user.id)
    text = tr.render("profile/settings", saved=saved, **summary(context, user, clients))
    markup = keyboard(
        [
            (tr.label("Name"), SettingsEdit(step=State.NAME)),
            (tr.label("Language"), SettingsEdit(step=State.LANGUAGE)),
        ],
        [
            (tr.label("Time zone"), SettingsEdit(step=State.TIMEZONE)),
            (tr.label("Check-in time"), SettingsEdit(step=State.CHECKIN)),
        ],
        [
            (tr.label("Weekly hours"), SettingsEdit(step=State.CAPACITY)),
            (tr.label("Work days"), SettingsEdit(step=State.WORKDAYS)),
        ],
        [(tr.label("Clients"), SettingsEdit(step=State.CLIENTS))],
        [(tr.label("Close"), SettingsEdit(step=0))],
    )
    await send(update, context, text, markup)
    return State.SETTINGS


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


def workdays_markup(context: CoachContext, selected: frozenset[int]):
    """Mon–Sun as toggles (✓ on), in the user's language, then Done."""
    names = get_day_names("abbreviated", locale=context.tr.locale)
    days = [
        (
            ("✓ " if day in selected else "") + names[day - 1],
            ProfileChoice(step=State.WORKDAYS, value=str(day)),
        )
        for day in range(1, 8)
    ]
    return keyboard(
        days[:4],
        days[4:],
        [(context.tr.label("Done"), ProfileChoice(step=State.WORKDAYS, value="done"))],
    )


def button_value(step: State, value: str) -> str | int:
    """What an answer button of `step` stands for, as stored. Data its buttons never carry (a
    tampered button) raises ValueError or InvalidAnswer, as typed answers would."""
    if step == State.WORKDAYS:
        if value == "done":
            return value
        if value not in WEEKDAYS:
            raise ValueError(value)
        return int(value)
    if step == State.NAME and value == "tg":
        return value
    if step == State.TIMEZONE:
        return resolve_timezone(value)
    if step == State.CHECKIN:  # '17.30': ':' separates callback fields; stored as '17:30'
        return format_hhmm(parse_hhmm(value.replace(".", ":")))
    if step == State.CAPACITY:
        return parse_capacity(value)
    if step == State.LANGUAGE and value in LANGUAGES:
        return value
    raise ValueError(value)
