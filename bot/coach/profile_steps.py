"""Onboarding and settings as a path: given the answers so far and this answer, which step is next.

    /start (new user) ─▶ WELCOME ─▶ NAME ─▶ TIMEZONE ─▶ CHECKIN ─▶ CAPACITY ─▶ CLIENTS ─▶ FINISH
        each client: CLIENTS ─▶ CLIENT_REGISTER ─▶ CLIENT_CONTACT ─▶ [CLIENT_ADDRESS] ─▶ CLIENTS
    /settings ─▶ SETTINGS ─(pick one)─▶ that step ─▶ SETTINGS

Pure: answers that need the calendar, the time-zone database or the user's Telegram name are
read before they get here (bot/flows/profile/steps.py). What is to be stored goes into
`ProfileAnswers.changes`; the flow's store writes it to the user's row with the step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from bot.coach.contact import asks_address, contact_from
from bot.coach.given import Given


class Step(IntEnum):
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
    FINISH = 10  # the summary after the last question: onboarding is done
    CLIENT_CONTACT = 11  # the new client's contact person (optional)
    CLIENT_ADDRESS = 12  # a formal client: Frau/Ms, Herr/Mr or the full name


ONBOARDING = (Step.NAME, Step.TIMEZONE, Step.CHECKIN, Step.CAPACITY, Step.CLIENTS)
# The user's row's column each answer goes to.
COLUMNS = {
    Step.WELCOME: "language",
    Step.NAME: "display_name",
    Step.TIMEZONE: "timezone",
    Step.CHECKIN: "checkin_time",
    Step.CAPACITY: "capacity_hours",
    Step.LANGUAGE: "language",
}


@dataclass
class ProfileAnswers:
    """Where onboarding or settings stands; kept in the user's flow data."""

    step: int = Step.WELCOME
    mode: str = "onboarding"  # or "settings": each answer goes back to the summary
    pending_client: str | None = None  # a client's name, waiting for "Sie" or "du", then contact
    pending_register: str | None = None  # that client's register, once given
    changes: dict = field(default_factory=dict)  # to store: column -> value, "client", …

    @property
    def in_settings(self) -> bool:
        return self.mode == "settings"


def advance(answers: ProfileAnswers, step: Step, given: Given, language: str = "en") -> Step:
    """Note `given` as the answer to `step` in `answers.changes`; return the step that follows."""
    if step == Step.CLIENTS and given.text:  # a client's name: Sie or du (formal or casual)
        answers.pending_client = given.text
        return Step.CLIENT_REGISTER
    if step == Step.CLIENT_REGISTER:  # stored now; the contact person may follow
        answers.pending_register = given.value or "sie"
        answers.changes["client"] = (answers.pending_client, answers.pending_register)
        return Step.CLIENT_CONTACT
    if step == Step.CLIENT_CONTACT:
        contact = contact_from(given.value)
        if contact is not None:
            answers.changes["contact"] = (answers.pending_client, contact.as_dict())
            if asks_address(contact, answers.pending_register or "sie", language):
                return Step.CLIENT_ADDRESS
        return next_client(answers)
    if step == Step.CLIENT_ADDRESS:
        if given.value is not None and given.value != "skip":
            answers.changes["address"] = (answers.pending_client, given.value)
        return next_client(answers)
    if step == Step.WORKDAYS:
        answers.changes["workdays"] = True  # the days are stored as they are tapped
    elif given.value not in (None, "skip") and step in COLUMNS:
        answers.changes[COLUMNS[step]] = given.value
    if step == Step.WELCOME:
        return Step.NAME
    return following(answers, step)


def next_client(answers: ProfileAnswers) -> Step:
    """This client is done: the next one's name, or Done."""
    answers.pending_client = answers.pending_register = None
    return Step.CLIENTS


def following(answers: ProfileAnswers, step: Step) -> Step:
    """In settings, back to the summary; during onboarding, the next question or the end."""
    if answers.in_settings:
        return Step.SETTINGS
    if step not in ONBOARDING or step == ONBOARDING[-1]:
        return Step.FINISH
    return ONBOARDING[ONBOARDING.index(step) + 1]
