"""Turns a coach InvalidAnswer reason into a short, specific message in the user's language."""

from __future__ import annotations

from bot.coach.profile import MAX_CAPACITY, MIN_CAPACITY, InvalidAnswer
from bot.i18n import N_, Translator

MESSAGES = {
    "too_long": N_("That is a long message! Here I only need a short answer."),
    "name_too_long": N_("That name is too long: {limit} characters at most, please."),
    "name_no_letters": N_("A name needs at least one letter or digit."),
    "client_exists": N_("You already have a client called “{name}”."),
    "time_format": N_("I could not read that as a time. Try for example 17:30 or 9:00."),
    "time_range": N_("That time does not exist on a clock. Try for example 17:30."),
    "capacity_format": N_("Please send the hours as a number, for example 32."),
    "capacity_low": N_(
        "Weekly hours start at {low}. If you are taking time off, choose a small number."
    ),
    "capacity_high": N_(
        "{hours} hours a week would be more than anyone can work. Please choose {low} to {high}."
    ),
    "timezone_unknown": N_(
        "I do not know that time zone. Try a city such as Berlin or a name such as Europe/Vienna."
    ),
    "location_unknown": N_(
        "I could not find a time zone for that place. Please pick one of the buttons or type a city."
    ),
}


def explain_invalid(tr: Translator, invalid: InvalidAnswer) -> str:
    message = MESSAGES.get(invalid.reason, MESSAGES["too_long"])
    return tr.gettext(message, low=MIN_CAPACITY, high=MAX_CAPACITY, **invalid.details)
