"""The questions of filling a template: client, Sie/du, email/chat, each missing field.

Only what the bot cannot fill itself is asked: the client (and with it the register) comes from
/clients, the VA's name from the settings. Dates come as buttons ("Friday", "next Monday"), from a
small date picker, or typed.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from zoneinfo import ZoneInfo

from babel.dates import format_date
from telegram import Update

from bot.coach.own_format import fields_of
from bot.coach.templates import (
    AUTO_FIELDS,
    CHOICES,
    FIELD_KINDS,
    auto_values,
    calendar_weeks,
    date_choices,
    fields_for,
)
from bot.context import CoachContext
from bot.db import repo
from bot.flows.replies.codecs import FillChoice
from bot.flows.replies.result import prompt_markup, title_of
from bot.i18n import N_
from bot.jobs.scheduler import clock_of
from bot.ui.common import chunk, keyboard, send

FLOW = "replies"
CALENDAR_WEEKS = 5
MAX_CALENDAR_OFFSET = 52  # weeks ahead the picker pages to


class State(IntEnum):
    BROWSE = 0
    CLIENT = 1
    REGISTER = 2
    SHAPE = 3
    FIELD = 4


DATE_LABELS = {
    "tomorrow": N_("Tomorrow"),
    "friday": N_("Friday"),
    "monday": N_("Next Monday"),
    "two_weeks": N_("In two weeks"),
    "next_month": N_("Next month"),
}


def choice(token: int, value: str) -> FillChoice:
    """A button of the question with `token` (the step, or 100 + the field's position), so a
    button of an older question is recognised as stale."""
    return FillChoice(step=int(token), value=value)


def asking(context: CoachContext, step: State, token: int | None = None) -> int:
    scratch = context.scratch(FLOW)
    scratch["step"], scratch["token"] = int(step), int(token if token is not None else step)
    return scratch["token"]


async def today_for(update: Update, context: CoachContext) -> date:
    async with context.database.sessions() as session:
        user = await repo.get_user(session, update.effective_user.id)
    zone = ZoneInfo(user.timezone) if user and user.timezone else ZoneInfo("UTC")
    return clock_of(context.application)().astimezone(zone).date()


def pending_fields(answers: dict, source: str | None, language: str, sender: str | None) -> list:
    """The fields still to ask, in order."""
    filled = answers.get("fields", {})
    if answers["kind"] == "lib":
        asked = answers.get("asked", [])
        return [f for f in fields_for(answers["ref"], language) if f not in asked]
    known = auto_values(answers.get("client"), sender)
    return [f for f in fields_of(source or "") if f not in known and f not in filled]


async def ask_client(
    update: Update, context: CoachContext, answers: dict, clients: list, note: str | None = None
) -> State:
    buttons = [(c.name[:40], choice(State.CLIENT, str(c.id))) for c in clients[:12]]
    rows = [*chunk(buttons, 2), [(context.tr.label("No name"), choice(State.CLIENT, "none"))]]
    return await ask_choice(
        update, context, answers, State.CLIENT, "library/ask_client", rows, note
    )


async def ask_register(
    update: Update, context: CoachContext, answers: dict, note: str | None = None
) -> State:
    tr = context.tr
    rows = [
        [
            (tr.label("“Sie” (formal)"), choice(State.REGISTER, "sie")),
            (tr.label("“du” (informal)"), choice(State.REGISTER, "du")),
        ]
    ]
    return await ask_choice(
        update, context, answers, State.REGISTER, "library/ask_register", rows, note
    )


async def ask_shape(
    update: Update, context: CoachContext, answers: dict, note: str | None = None
) -> State:
    tr = context.tr
    rows = [
        [
            (tr.label("Email"), choice(State.SHAPE, "email")),
            (tr.label("Chat message"), choice(State.SHAPE, "chat")),
        ]
    ]
    return await ask_choice(update, context, answers, State.SHAPE, "library/ask_shape", rows, note)


async def ask_choice(
    update: Update,
    context: CoachContext,
    answers: dict,
    step: State,
    template: str,
    rows: list,
    note: str | None,
) -> State:
    """Ask a step answered with buttons: its question under the template's title."""
    asking(context, step)
    text = context.tr.render(template, note=note, title=title_of(context.language, answers))
    await send(update, context, text, keyboard(*rows))
    return step


def field_kind(answers: dict, name: str) -> str:
    return FIELD_KINDS.get(name, "text") if answers["kind"] == "lib" else "own"


async def ask_field(
    update: Update,
    context: CoachContext,
    answers: dict,
    pending: list,
    note: str | None = None,
    calendar: int | None = None,
) -> State:
    """Ask the first pending field; `calendar` shows the date picker at that week offset."""
    tr = context.tr
    name = pending[0]
    kind = field_kind(answers, name)
    total = len(answers.get("asked", [])) + len(pending)
    position = total - len(pending) + 1
    step = asking(context, State.FIELD, 100 + position)
    rows: list = []
    if kind == "date":
        today = await today_for(update, context)
        if calendar is None:
            quick = [
                (
                    f"{tr.label(DATE_LABELS[key])} · {tr.format_date(day)}",
                    choice(step, day.isoformat()),
                )
                for key, day in date_choices(today)
            ]
            rows = [*chunk(quick, 2), [(tr.label("Pick a date"), choice(step, "cal.0"))]]
        else:
            rows = calendar_rows(context, today, calendar, step)
    elif kind == "choice":
        labels = tr.data("library")["choices"][name]
        rows = chunk([(labels[value], choice(step, value)) for value in CHOICES[name]], 2)
    if kind != "own":
        rows.append([(tr.label("Skip"), choice(step, "skip"))])
    if kind == "own":
        prompt = tr.gettext("What goes into <b>{{{field}}}</b>?", field=name)
    else:
        prompt = prompt_markup(tr.data("library")["situations"][answers["ref"]]["ask"][name])
    text = tr.render(
        "library/ask_field",
        note=note,
        title=title_of(context.language, answers),
        prompt=prompt,
        kind=kind,
        position=position,
        count=total,
    )
    await send(update, context, text, keyboard(*rows))
    return State.FIELD


def calendar_rows(context: CoachContext, today: date, offset: int, step: int) -> list:
    tr = context.tr
    rows: list = []
    first = True
    for week in calendar_weeks(today, offset, CALENDAR_WEEKS):
        row = []
        for day in week:
            if day is None:
                row.append(("·", choice(step, "noop")))
                continue
            # The first day shown and each 1st carry their month, so the grid reads unambiguously.
            label = str(day.day)
            if first or day.day == 1:
                label = format_date(day, "d MMM", locale=context.language)
                first = False
            row.append((label, choice(step, day.isoformat())))
        rows.append(row)
    navigation = []
    if offset > 0:
        navigation.append(("‹", choice(step, f"cal.{max(0, offset - CALENDAR_WEEKS)}")))
    navigation.append((tr.label("Back"), choice(step, "cal.back")))
    if offset + CALENDAR_WEEKS <= MAX_CALENDAR_OFFSET:
        navigation.append(("›", choice(step, f"cal.{offset + CALENDAR_WEEKS}")))
    rows.append(navigation)
    return rows


def own_fields_needing_client(source: str) -> bool:
    return any(field in ("client", "client_first") for field in fields_of(source))


__all__ = ["AUTO_FIELDS", "FLOW", "State"]
