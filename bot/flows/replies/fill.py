"""The field questions of /replies: what each asks, its buttons, and how its answer is read.

Only what the bot cannot fill itself is asked (bot/coach/replies_steps.py). A built-in template's
field is a date (buttons such as "Friday" or "next Monday", a small date picker, or typed), a
choice (buttons) or words (typed); each may be skipped. An own template's field takes words, as
long as the reply still fits in one message (bound.py).
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date
from telegram import Update
from telegram.error import BadRequest

from bot.coach.dates import parse_date
from bot.coach.given import Given
from bot.coach.replies_steps import FIELD, SKIP, FillAnswers, Step, field_at, to_ask
from bot.coach.templates import (
    CHOICES,
    FIELD_KINDS,
    MAX_FIELD_TEXT,
    calendar_weeks,
    clean_field,
    date_choices,
)
from bot.context import CoachContext
from bot.flows.replies.bound import answer_too_long
from bot.flows.replies.codecs import FillChoice
from bot.flows.replies.result import prompt_markup
from bot.i18n import N_
from bot.ui.callbacks import InvalidCallback
from bot.ui.common import acknowledge, chunk, text_of
from bot.ui.flow import Asked, Invalid, Rows, buttons_of
from bot.ui.users import today_for

CALENDAR_WEEKS = 5
MAX_CALENDAR_OFFSET = 52  # weeks ahead the picker pages to
TYPED_MAX = 4096  # Telegram's longest message: each kind of field checks its own length

DATE_LABELS = {
    "tomorrow": N_("Tomorrow"),
    "friday": N_("Friday"),
    "monday": N_("Next Monday"),
    "two_weeks": N_("In two weeks"),
    "next_month": N_("Next month"),
}


def field_asked(context: CoachContext, answers: FillAnswers) -> tuple[str, str]:
    """The field the open step asks, and its kind: date, choice, text, title, or own."""
    name = field_at(answers, answers.step, context.language)
    if name is None:
        raise InvalidCallback("no such field")
    return name, FIELD_KINDS.get(name, "text") if answers.kind == "lib" else "own"


# --- the question ---------------------------------------------------------------------------------
async def field_question(update: Update, context: CoachContext, answers: FillAnswers) -> dict:
    """What a field's question shows: the field, its position, and today for a date."""
    tr = context.tr
    name, kind = field_asked(context, answers)
    if kind == "own":
        prompt = tr.gettext("What goes into <b>{{{field}}}</b>?", field=name)
    else:
        prompt = prompt_markup(tr.data("library")["situations"][answers.ref]["ask"][name])
    return {
        "name": name,
        "kind": kind,
        "prompt": prompt,
        "position": answers.step - FIELD,
        "count": len(to_ask(answers, context.language)),
        "today": await today_for(update, context) if kind == "date" else None,
    }


def field_buttons(asked: Asked) -> Rows:
    """Quick dates and "Pick a date", or the choices; Skip for any built-in field."""
    tr, kind, name = asked.context.tr, asked.extra["kind"], asked.extra["name"]
    rows: Rows = []
    if kind == "date":
        quick = [
            (f"{tr.label(DATE_LABELS[key])} · {tr.format_date(day)}", day.isoformat())
            for key, day in date_choices(asked.extra["today"])
        ]
        rows = [*chunk(quick, 2), [(tr.label("Pick a date"), "cal.0")]]
    elif kind == "choice":
        labels = tr.data("library")["choices"][name]
        rows = chunk([(labels[value], value) for value in CHOICES[name]], 2)
    if kind != "own":
        rows.append([(tr.label("Skip"), SKIP)])
    return rows


def calendar_rows(context: CoachContext, today: date, offset: int) -> Rows:
    tr = context.tr
    rows: Rows = []
    first = True
    for week in calendar_weeks(today, offset, CALENDAR_WEEKS):
        row = []
        for day in week:
            if day is None:
                row.append(("·", "noop"))
                continue
            # The first day shown and each 1st carry their month, so the grid reads unambiguously.
            label = str(day.day)
            if first or day.day == 1:
                label = format_date(day, "d MMM", locale=context.language)
                first = False
            row.append((label, day.isoformat()))
        rows.append(row)
    navigation = []
    if offset > 0:
        navigation.append(("‹", f"cal.{max(0, offset - CALENDAR_WEEKS)}"))
    navigation.append((tr.label("Back"), "cal.back"))
    if offset + CALENDAR_WEEKS <= MAX_CALENDAR_OFFSET:
        navigation.append(("›", f"cal.{offset + CALENDAR_WEEKS}"))
    rows.append(navigation)
    return rows


async def turn_calendar(
    update: Update, context: CoachContext, answers: FillAnswers, value: str
) -> bool:
    """The date picker's pages and blanks change their own message; "Back" and a day are
    answers (read_field)."""
    turning = value == "noop" or value.startswith("cal.") and value != "cal.back"
    if not turning:
        return False
    if field_asked(context, answers)[1] != "date":
        raise InvalidCallback("no date picker here")
    offset = value.removeprefix("cal.")
    if value != "noop" and not offset.isdigit():
        raise InvalidCallback("not a week")
    await acknowledge(update)
    if value == "noop":
        return True
    rows = calendar_rows(context, await today_for(update, context), min(int(offset), 60))
    markup = buttons_of(FillChoice, Step(answers.step), rows)
    try:
        await update.callback_query.edit_message_reply_markup(reply_markup=markup)
    except BadRequest:
        pass
    return True


# --- the answer -----------------------------------------------------------------------------------
async def read_field(
    update: Update, context: CoachContext, answers: FillAnswers, given: Given
) -> Given:
    """A field's answer: the value to fill in (`text`), or Skip (`value`)."""
    name, kind = field_asked(context, answers)
    if given.value == SKIP and kind == "own":  # "skip" typed: an own field has no Skip button
        if update.callback_query is not None:
            raise InvalidCallback("no Skip here")
        given = Given(text=(text_of(update) or "").strip())
    if given.value == SKIP:
        return given
    if given.value is not None:
        return Given(text=await button_value(update, context, name, kind, given.value))
    return Given(text=await typed_value(update, context, answers, name, kind, given.text or ""))


async def button_value(
    update: Update, context: CoachContext, name: str, kind: str, value: str
) -> str:
    if kind == "date":
        if value == "cal.back":
            raise Invalid()  # back from the picker: the question again, as it was
        try:
            day = date.fromisoformat(value)
        except ValueError:
            raise InvalidCallback("not a date") from None
        if day <= await today_for(update, context):
            raise Invalid(not_a_date(context))
        return day.isoformat()
    if kind == "choice" and value in CHOICES[name]:
        return value
    raise InvalidCallback("not a button of this field")


async def typed_value(
    update: Update, context: CoachContext, answers: FillAnswers, name: str, kind: str, text: str
) -> str:
    tr = context.tr
    if kind == "date":
        day = parse_date(text, context.language, await today_for(update, context))
        if day is None:
            raise Invalid(not_a_date(context))
        return day.isoformat()
    if kind == "choice":
        raise Invalid(tr.gettext("Please use the buttons above."))
    if len(text) > MAX_FIELD_TEXT:
        raise Invalid(
            tr.gettext(
                "That is a bit long: {limit} characters at most, please.", limit=MAX_FIELD_TEXT
            )
        )
    value = clean_field(name, text) if kind != "own" else " ".join(text.split())
    if not value:
        raise Invalid()  # nothing left to fill in: the question again
    if kind == "own" and (note := answer_too_long(tr, answers, name, value)):
        raise Invalid(note)
    return value


def not_a_date(context: CoachContext) -> str:
    return context.tr.gettext(
        "I could not read that as a date after today. Try for example 15.3. or next Friday."
    )
