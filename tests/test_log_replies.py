"""What /log answers, read as the user reads it: a German confirmation never ends in a double
full stop ("6 Std.." after an abbreviation, a day like "6. Jan." or a client like "Bloom & Co."),
in any variant, and a number too big for hours asks whether minutes were meant."""

from __future__ import annotations

import re
from datetime import date

import pytest

from bot.flows.workload.checkin_screens import hours_text
from bot.flows.workload.log import short_day
from bot.i18n import translator
from tests.journeys import setup_user

# A full stop after an abbreviation's own dot, also across a closing bracket or a tag.
DOUBLE_STOP = re.compile(r"\.\s*[)\]]?\s*\.")
DAYS = (date(2026, 3, 13), date(2026, 1, 6), date(2026, 9, 3), date(2026, 5, 1))


def plain(text: str) -> str:
    return re.sub(r"</?[a-z]+>", "", text).replace("&amp;", "&")


def every_confirmation(language: str):
    """logged.j2 as log.confirm() fills it: each way an entry is taken, with and without a
    client (one whose name ends in an abbreviation too), other clients' hours or not."""
    tr = translator(language)
    for day in DAYS:
        for how in ("new", "added", "replaced"):
            for client in (None, "Acme", "Bloom & Co."):
                for total in (None, hours_text(tr, 480)):
                    yield tr.render(
                        "workload/logged",
                        day=short_day(tr, day),
                        client=client,
                        entry=hours_text(tr, 120),
                        hours=hours_text(tr, 360),
                        previous=hours_text(tr, 240) if how != "new" else None,
                        how=how,
                        total=total,
                        day_off=False,
                    )
        day_off = {"client": None, "entry": "0", "hours": "0", "previous": None, "total": None}
        yield tr.render(
            "workload/logged", day=short_day(tr, day), how="new", day_off=True, **day_off
        )


@pytest.mark.parametrize("language", ["de", "en"])
def test_no_confirmation_ends_in_a_double_full_stop(language):
    for text in every_confirmation(language):
        assert not DOUBLE_STOP.search(plain(text)), text


CONFIRMED = {
    "de": "Eingetragen am Do., 13. März: 6 Std.",
    "en": "Logged: 6 h on Thu 13 Mar.",
}


async def test_hours_without_a_client_are_confirmed_with_one_full_stop(bot, chat, language):
    await setup_user(bot, chat, language)
    await chat.send("/log 6 am Donnerstag" if language == "de" else "/log 6 on Thursday")
    assert plain(chat.last_text) == CONFIRMED[language]


async def test_too_many_hours_ask_whether_minutes_were_meant(bot, chat, language):
    await setup_user(bot, chat, language)
    await chat.send("/log 45")
    asked = {"de": "Meintest du Minuten?", "en": "Did you mean minutes?"}[language]
    assert asked in chat.last_text
