"""The questions of the say-no coach: each step's prompt and buttons (no answer handling here)."""

from __future__ import annotations

from datetime import date, timedelta
from enum import IntEnum

from telegram import Update

from bot.coach.say_no import NoAnswers, fitting_alternatives, restatement
from bot.context import CoachContext
from bot.flows.say_no.codecs import NoPick
from bot.i18n import N_
from bot.ui.common import chunk, keyboard, send

FLOW = "say_no"


class State(IntEnum):
    RESUME = 0
    REQUEST = 1
    CLIENT = 2
    NEW_CLIENT = 3
    NEW_REGISTER = 4
    CHANNEL = 5
    CHECK_WANT = 6
    CHECK_TIME = 7
    CHECK_ENERGY = 8
    ALL_YES = 9
    TERMS = 10
    EMPATHY = 11
    EMPATHY_OWN = 12
    CLARIFY = 13
    REASON = 14
    REASON_OWN = 15
    EXPECT = 16
    NEEDS = 17
    ALTERNATIVE = 18
    ALT_TEXT = 19
    ALT_DATE = 20
    ALT_GENDER = 21
    DRAFT = 22
    CHANGE = 23


REASON_LABELS = {
    "workload": N_("Too much work"),
    "skills": N_("Outside my skills"),
    "deadline": N_("Deadline too tight"),
    "fit": N_("Not my kind of project"),
    "rate": N_("Rate too low"),
    "other": N_("Other reason"),
}
ALTERNATIVE_LABELS = {
    "later": N_("A later date"),
    "smaller": N_("A smaller scope"),
    "referral": N_("A referral"),
    "format": N_("Another format"),
    "waitlist": N_("A waiting list"),
    "price": N_("A different price"),
    "own": N_("My own idea"),
}
# Steps the VA can go back to from the draft, with their labels.
CHANGEABLE = {
    State.EMPATHY: N_("Opener"),
    State.REASON: N_("Reason"),
    State.EXPECT: N_("What they can count on"),
    State.NEEDS: N_("What I need"),
    State.ALTERNATIVE: N_("Alternative"),
    State.CHANNEL: N_("Email or chat"),
}
YES_NO = frozenset({"1", "0"})
# The values the buttons of ask() below carry, per step; the client and date steps carry ids and
# dates, checked where they are used. Anything else comes from a tampered button.
CHOICES: dict[State, frozenset[str]] = {
    State.NEW_REGISTER: frozenset({"sie", "du"}),
    State.CHANNEL: frozenset({"email", "chat"}),
    State.CHECK_WANT: YES_NO,
    State.CHECK_TIME: YES_NO,
    State.CHECK_ENERGY: YES_NO,
    State.ALL_YES: frozenset({"accept", "no"}),
    State.EMPATHY: frozenset({"0", "1", "2", "own"}),
    State.CLARIFY: frozenset({"0", "1", "2", "skip"}),
    State.REASON: frozenset(REASON_LABELS),
    State.EXPECT: frozenset({"skip"}),
    State.NEEDS: frozenset({"skip"}),
    State.ALT_TEXT: frozenset({"skip"}),
    State.ALTERNATIVE: frozenset(ALTERNATIVE_LABELS),
    State.ALT_GENDER: frozenset({"f", "m", "n"}),
    State.CHANGE: frozenset({*(str(int(step)) for step in CHANGEABLE), "back"}),
}
TEXT_STEPS = {
    State.REQUEST,
    State.NEW_CLIENT,
    State.TERMS,
    State.EMPATHY_OWN,
    State.REASON_OWN,
    State.EXPECT,
    State.NEEDS,
    State.ALT_TEXT,
    State.ALT_DATE,
}


def date_choices(today: date) -> list[tuple[str, date]]:
    """Next Monday, Monday in two weeks, the first of next month."""
    monday = today + timedelta(days=(7 - today.weekday()) or 7)
    first = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
    choices = [("monday", monday), ("two_weeks", monday + timedelta(days=7)), ("next_month", first)]
    return sorted(choices, key=lambda choice: choice[1])


def pick(step: State, value: str) -> NoPick:
    return NoPick(step=int(step), value=value)


async def ask(
    update: Update,
    context: CoachContext,
    step: State,
    answers: NoAnswers,
    note: str | None = None,
    extra: dict | None = None,
) -> State:
    """Send the question of `step`; remember it so a re-prompt or a resume can ask it again."""
    context.scratch(FLOW)["step"] = int(step)
    tr = context.tr
    yes_no = [(tr.label("Yes"), pick(step, "1")), (tr.label("No"), pick(step, "0"))]
    skip = [(tr.label("Skip"), pick(step, "skip"))]
    rows: list = []
    values: dict = {"answers": answers, "request": restatement(answers.request), **(extra or {})}
    if step == State.CLIENT:
        clients = (extra or {}).get("clients", [])
        rows = [
            *chunk([(c.name, pick(step, str(c.id))) for c in clients[:12]], 2),
            [
                (tr.label("Someone else"), pick(step, "new")),
                (tr.label("No name"), pick(step, "none")),
            ],
        ]
    elif step == State.NEW_REGISTER:
        rows = [
            [
                (tr.label("“Sie” (formal)"), pick(step, "sie")),
                (tr.label("“du” (informal)"), pick(step, "du")),
            ]
        ]
    elif step == State.CHANNEL:
        rows = [
            [
                (tr.label("Email"), pick(step, "email")),
                (tr.label("Chat message"), pick(step, "chat")),
            ]
        ]
    elif step in (State.CHECK_WANT, State.CHECK_TIME, State.CHECK_ENERGY):
        rows = [yes_no]
    elif step == State.ALL_YES:
        rows = [
            [(tr.label("Draft an acceptance with clear terms"), pick(step, "accept"))],
            [(tr.label("I still want to say no"), pick(step, "no"))],
        ]
    elif step == State.EMPATHY:
        rows = [
            [(str(n), pick(step, str(n - 1))) for n in (1, 2, 3)],
            [(tr.label("Write my own"), pick(step, "own"))],
        ]
    elif step == State.CLARIFY:
        rows = [
            [(tr.label("Ask question {n} first", n=n), pick(step, str(n - 1)))] for n in (1, 2, 3)
        ]
        rows.append([(tr.label("I know enough, continue"), pick(step, "skip"))])
    elif step == State.REASON:
        rows = chunk(
            [(tr.label(label), pick(step, key)) for key, label in REASON_LABELS.items()], 2
        )
    elif step in (State.EXPECT, State.NEEDS, State.ALT_TEXT):
        rows = [skip]
    elif step == State.ALTERNATIVE:
        keys = [*fitting_alternatives(answers.reason), "own"]
        rows = chunk([(tr.label(ALTERNATIVE_LABELS[key]), pick(step, key)) for key in keys], 2)
    elif step == State.ALT_DATE:
        choices = (extra or {}).get("dates", [])
        rows = [[(tr.format_date(day), pick(step, day.isoformat())) for _, day in choices], skip]
    elif step == State.ALT_GENDER:
        rows = [
            [
                (tr.label("Colleague (female)"), pick(step, "f")),
                (tr.label("Colleague (male)"), pick(step, "m")),
            ],
            [(tr.label("Just the name"), pick(step, "n"))],
        ]
    elif step == State.CHANGE:
        rows = chunk(
            [(tr.label(label), pick(step, str(int(s)))) for s, label in CHANGEABLE.items()], 2
        )
        rows.append([(tr.label("Back to the draft"), pick(step, "back"))])
    text = tr.render(f"say_no/{step.name.lower()}", **values)
    if note:
        text = f"{note}\n\n{text}"
    await send(update, context, text, keyboard(*rows) if rows else None)
    return step
