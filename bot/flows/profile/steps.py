"""The questions of onboarding and settings as data: what each asks, its buttons, how a typed
answer is read. Which question follows is decided in bot/coach/profile_steps.py."""

from __future__ import annotations

from collections.abc import Callable

from babel.dates import get_day_names
from telegram import Update

from bot.coach.given import Given
from bot.coach.profile import (
    MAX_ANSWER,
    InvalidAnswer,
    TimezoneAliases,
    format_hhmm,
    parse_capacity,
    parse_checkin_time,
    parse_client_name,
    parse_display_name,
    parse_hhmm,
    resolve_timezone,
)
from bot.coach.profile_steps import ProfileAnswers
from bot.coach.profile_steps import Step as S
from bot.coach.schedule import parse_workdays
from bot.context import CoachContext
from bot.db import repo, repo_checkins
from bot.flows.profile import clients_contact
from bot.flows.profile import clients_onboarding as onboarding
from bot.i18n import LANGUAGES, N_
from bot.ui.callbacks import InvalidCallback
from bot.ui.common import chunk
from bot.ui.flow import Asked, Invalid, Rows, Step
from bot.ui.invalid import explain_invalid
from bot.ui.registers import registers
from bot.ui.users import load_user

CHECKIN_CHOICES = ("16:00", "17:00", "17:30", "18:00", "19:00")
CAPACITY_CHOICES = (20, 30, 40, 50)
MAX_CLIENTS = 50
WEEKDAYS = tuple(str(day) for day in range(1, 8))  # ISO: 1 Monday … 7 Sunday
SKIP = {"skip": "skip", "done": "skip"}  # typed meaning -> button value


# --- buttons --------------------------------------------------------------------------------------
def skip_row(asked: Asked) -> list[tuple[str, str]]:
    label = N_("Back") if asked.answers.in_settings else N_("Skip")
    return [(asked.context.tr.label(label), "skip")]


def with_skip(buttons: Callable[[Asked], Rows]) -> Callable[[Asked], Rows]:
    return lambda asked: [*buttons(asked), skip_row(asked)]


def welcome(asked: Asked) -> Rows:
    tr, language = asked.context.tr, asked.context.language
    other = "en" if language == "de" else "de"
    return [[(tr.label("Let's start"), language)], [(tr.data("languages")["switch"][other], other)]]


def telegram_name(asked: Asked) -> Rows:
    first = asked.extra["first_name"][:30]
    return [[(asked.context.tr.label("Call me {name}", name=first), "tg")]]


def zones(asked: Asked) -> Rows:
    buttons = [
        (zone["label"], zone["zone"]) for zone in asked.context.tr.data("timezones")["buttons"]
    ]
    return chunk(buttons, 3)


def times(asked: Asked) -> Rows:
    tr = asked.context.tr
    # '17.30': ':' separates callback fields; stored as '17:30'
    return chunk([(tr.time(parse_hhmm(v)), v.replace(":", ".")) for v in CHECKIN_CHOICES], 3)


def hours(asked: Asked) -> Rows:
    tr = asked.context.tr
    return [[(tr.label("{hours} h", hours=h), str(h)) for h in CAPACITY_CHOICES]]


def clients_done(asked: Asked) -> Rows:
    label = N_("Done") if asked.extra["clients"] else N_("Skip")
    return [[(asked.context.tr.label(label), "skip")]]


def languages(asked: Asked) -> Rows:
    names = asked.context.tr.data("languages")["names"]
    return [[(names["de"], "de"), (names["en"], "en")]]


def workdays(asked: Asked) -> Rows:
    return workday_rows(asked.context, asked.extra["selected"])


def workday_rows(context: CoachContext, selected: frozenset[int]) -> Rows:
    """Mon–Sun as toggles (✓ on), in the user's language, then Done."""
    names = get_day_names("abbreviated", locale=context.tr.locale)
    days = [(("✓ " if day in selected else "") + names[day - 1], str(day)) for day in range(1, 8)]
    return [days[:4], days[4:], [(context.tr.label("Done"), "done")]]


# --- what the questions show ----------------------------------------------------------------------
async def about_user(update: Update, context: CoachContext, answers: ProfileAnswers) -> dict:
    """The current answer each question shows, and what its buttons need."""
    tr, step = context.tr, S(answers.step)
    async with context.database.sessions.begin() as session:
        user = await load_user(context, session, update)
        clients = await repo.list_clients(session, user.id) if step == S.CLIENTS else []
        prefs = await repo_checkins.get_prefs(session, user.id) if step == S.WORKDAYS else None
    current = {
        S.NAME: user.display_name,
        S.TIMEZONE: user.timezone,
        S.CHECKIN: tr.time(parse_hhmm(user.checkin_time)),
        S.CAPACITY: user.capacity_hours,
    }.get(step)
    return {
        "current": current,
        "first_name": update.effective_user.first_name,
        "clients": [client.name for client in clients],
        "client": answers.pending_client or "",
        "selected": parse_workdays(prefs.workdays) if prefs else frozenset(),
    }


# --- reading answers ------------------------------------------------------------------------------
Parse = Callable[[Update, CoachContext, str], object]


def reader(button: Parse | None, typed: Parse | None):
    """A step's reader: its Skip as it is, a button's value or the typed text parsed. A button
    whose value does not parse was not made by this bot: expired."""

    async def read(update: Update, context: CoachContext, answers, given: Given) -> Given:
        if given.value == "skip":
            return given
        typed_in = given.text is not None
        parse = typed if typed_in else button
        try:
            if parse is None:
                raise ValueError("no such answer")
            return Given(value=parse(update, context, given.text if typed_in else given.value))
        except InvalidAnswer as invalid:
            if not typed_in:
                raise InvalidCallback("not an answer of this step") from invalid
            raise Invalid(explain_invalid(context.tr, invalid)) from None
        except ValueError as error:
            raise InvalidCallback("not an answer of this step") from error

    return read


def own_name(update: Update, context: CoachContext, value: str) -> str:
    if value != "tg":
        raise ValueError(value)
    return parse_display_name(update.effective_user.first_name)


def typed_zone(update: Update, context: CoachContext, text: str) -> str:
    return resolve_timezone(text, TimezoneAliases(context.tr.data("timezones")["aliases"]))


def language(update: Update, context: CoachContext, value: str) -> str:
    if value not in LANGUAGES:
        raise ValueError(value)
    return value


async def read_client(update: Update, context: CoachContext, answers, given: Given) -> Given:
    """A client's name typed at the clients question (its button is Done or Skip)."""
    if given.text is None:
        return given
    async with context.database.sessions() as session:
        existing = await repo.list_clients(session, update.effective_user.id)
    if len(existing) >= MAX_CLIENTS:
        raise Invalid(context.tr.gettext("That is the most clients I can keep."))
    try:
        return Given(text=parse_client_name(given.text, [client.name for client in existing]))
    except InvalidAnswer as invalid:
        raise Invalid(explain_invalid(context.tr, invalid)) from None


def steps(settings_screen, finish_screen, toggle_workday) -> dict[S, Step]:
    """Every question; the settings summary and the end of onboarding show themselves."""
    ask = {"prepare": about_user}
    return {
        S.WELCOME: Step("profile/welcome", welcome, values=frozenset(LANGUAGES), **ask),
        S.NAME: Step(
            "profile/ask_name",
            with_skip(telegram_name),
            typed=SKIP,
            text=MAX_ANSWER,
            read=reader(own_name, lambda u, c, text: parse_display_name(text)),
            **ask,
        ),
        S.TIMEZONE: Step(
            "profile/ask_timezone",
            with_skip(zones),
            typed=SKIP,
            text=MAX_ANSWER,
            read=reader(lambda u, c, value: resolve_timezone(value), typed_zone),
            **ask,
        ),
        S.CHECKIN: Step(
            "profile/ask_checkin",
            with_skip(times),
            typed=SKIP,
            text=MAX_ANSWER,
            read=reader(
                lambda u, c, value: format_hhmm(parse_hhmm(value.replace(".", ":"))),
                lambda u, c, text: format_hhmm(parse_checkin_time(text)),
            ),
            **ask,
        ),
        S.CAPACITY: Step(
            "profile/ask_capacity",
            with_skip(hours),
            typed=SKIP,
            text=MAX_ANSWER,
            read=reader(
                lambda u, c, value: parse_capacity(value), lambda u, c, text: parse_capacity(text)
            ),
            **ask,
        ),
        S.CLIENTS: Step(
            "profile/ask_clients",
            clients_done,
            typed={**SKIP, "no": "skip"},
            text=MAX_ANSWER,
            values=frozenset({"skip"}),
            read=read_client,
            **ask,
        ),
        S.CLIENT_REGISTER: Step(
            "profile/ask_register",
            registers,
            typed={"sie": "sie", "du": "du"},
            values=frozenset({"sie", "du"}),
            **ask,
        ),
        S.CLIENT_CONTACT: Step(
            "clients/ask_contact",
            clients_contact.contact_buttons,
            typed=clients_contact.CONTACT_TYPED,
            text=MAX_ANSWER,
            values=frozenset({clients_contact.SKIP, clients_contact.SELF}),
            prepare=onboarding.contact_question,
            read=onboarding.read_contact,
        ),
        S.CLIENT_ADDRESS: Step(
            "clients/ask_address",
            clients_contact.address_buttons,
            text=MAX_ANSWER,
            values=clients_contact.ADDRESS_VALUES,
            prepare=onboarding.address_question,
            read=onboarding.read_address,
        ),
        S.LANGUAGE: Step(
            "profile/ask_language",
            with_skip(languages),
            typed=SKIP,
            read=reader(language, None),
            **ask,
        ),
        S.WORKDAYS: Step(
            "profile/ask_workdays",
            workdays,
            typed={"done": "done"},
            values=frozenset({*WEEKDAYS, "done"}),
            in_place=toggle_workday,
            **ask,
        ),
        S.SETTINGS: Step(screen=settings_screen, final=True),
        S.FINISH: Step(screen=finish_screen, final=True),
    }
