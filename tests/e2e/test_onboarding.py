"""Onboarding end to end: ``va-coach run`` against the Bot API emulator, in German and English.

The user presses buttons by their label and types answers, as in Telegram. Labels and
texts come from the content catalogs through ``bot.i18n``, so a reworded translation
does not break these tests; a changed flow does.
"""

from __future__ import annotations

import re
from datetime import time

import pytest

from bot.i18n import Translator, translator
from bot.ui.menu import bot_commands, main_menu_labels
from tests.e2e.bridge import plain_text
from tests.e2e.harness import E2EEnvironment
from tests.e2e.journeys import assert_clean

pytestmark = pytest.mark.e2e


def read(tr: Translator, template: str, **context: object) -> str:
    """A content template as the user reads it (HTML rendered to plain text)."""
    return plain_text(tr.render(template, **context), "HTML")


def heading(tr: Translator, template: str, **context: object) -> str:
    """A pattern for the first line of a template, wherever it appears in a message."""
    first = next(line for line in read(tr, template, **context).splitlines() if line.strip())
    return re.escape(first.strip())


def zone_label(tr: Translator, zone: str) -> str:
    return next(b["label"] for b in tr.data("timezones")["buttons"] if b["zone"] == zone)


def summary(tr: Translator, *, name, language, timezone, checkin, capacity, clients) -> dict:
    return {
        "name": name,
        "language": language,
        "timezone": timezone,
        "checkin": tr.time(checkin),
        "capacity": capacity,
        "clients": clients,
    }


async def test_onboarding_in_german(make_user, e2e: E2EEnvironment) -> None:
    tr = translator("de")
    log_start = e2e.bot.log_size()
    user = make_user(language_code="de", first_name="Anna")

    await user.command("/start")
    await user.wait_for(heading(tr, "profile/welcome", first_name="Anna"))
    assert user.buttons()[0] == tr.label("Let's start")

    await user.press(tr.label("Let's start"))
    await user.wait_for(heading(tr, "profile/ask_name", current=None, settings=False))
    assert tr.label("Call me {name}", name="Anna") in user.buttons()
    await user.send("Anni")  # typed, not Telegram's name

    await user.wait_for(heading(tr, "profile/ask_timezone", current=None, settings=False))
    await user.press(zone_label(tr, "Europe/Vienna"))

    await user.wait_for(heading(tr, "profile/ask_checkin", current=tr.time(time(17, 30))))
    await user.press(tr.time(time(18, 0)))

    await user.wait_for(heading(tr, "profile/ask_capacity", current=40))
    await user.send("32")

    await user.wait_for(heading(tr, "profile/ask_clients", clients=[]))
    await user.send("Acme GmbH")
    await user.wait_for(heading(tr, "profile/ask_register", client="Acme GmbH"))
    await user.press(tr.label("“du” (informal)"))
    await user.press(tr.label("Skip"))  # no contact person
    await user.wait_for(heading(tr, "profile/ask_clients", clients=["Acme GmbH"]))
    await user.press(tr.label("Done"))

    done = await user.wait_for(
        heading(
            tr,
            "profile/done",
            first_name="Anni",
            **summary(
                tr,
                name="Anni",
                language="de",
                timezone="Europe/Vienna",
                checkin=time(18, 0),
                capacity=32,
                clients=["Acme GmbH"],
            ),
        )
    )
    assert done == read(
        tr,
        "profile/done",
        first_name="Anni",
        **summary(
            tr,
            name="Anni",
            language="de",
            timezone="Europe/Vienna",
            checkin=time(18, 0),
            capacity=32,
            clients=["Acme GmbH"],
        ),
    )
    await user.wait_for(heading(tr, "menu/main", first_name="Anni", welcome_back=False))
    assert user.buttons() == main_menu_labels(tr.language)
    assert_clean(user, e2e, log_start)


async def test_onboarding_in_english_with_buttons_and_skips(make_user, e2e) -> None:
    tr = translator("en")
    log_start = e2e.bot.log_size()
    user = make_user(language_code="en-GB", first_name="Anna")

    await user.command("/start")
    await user.wait_for(heading(tr, "profile/welcome", first_name="Anna"))
    await user.press(tr.label("Let's start"))
    await user.press(tr.label("Call me {name}", name="Anna"))

    await user.wait_for(heading(tr, "profile/ask_timezone", current=None, settings=False))
    await user.send("Europe/Lisbon")  # typed as a zone name

    await user.wait_for(heading(tr, "profile/ask_checkin", current=tr.time(time(17, 30))))
    await user.send("18:15")
    await user.press(tr.label("{hours} h", hours=30))
    await user.wait_for(heading(tr, "profile/ask_clients", clients=[]))
    await user.press(tr.label("Skip"))

    done = await user.wait_for(
        heading(
            tr,
            "profile/done",
            first_name="Anna",
            **summary(
                tr,
                name="Anna",
                language="en",
                timezone="Europe/Lisbon",
                checkin=time(18, 15),
                capacity=30,
                clients=[],
            ),
        )
    )
    assert tr.time(time(18, 15)) in done and "Europe/Lisbon" in done
    await user.wait_for(heading(tr, "menu/main", first_name="Anna", welcome_back=False))
    assert user.buttons() == main_menu_labels(tr.language)

    # /start again: the menu with a welcome back, not a second onboarding.
    await user.command("/start")
    await user.wait_for(heading(tr, "menu/main", first_name="Anna", welcome_back=True))
    assert user.buttons() == main_menu_labels(tr.language)
    assert_clean(user, e2e, log_start)


async def test_switching_to_german_on_the_welcome_screen(make_user, e2e) -> None:
    english, german = translator("en"), translator("de")
    user = make_user(language_code="en", first_name="Bea")
    await user.command("/start")
    await user.wait_for(heading(english, "profile/welcome", first_name="Bea"))
    switch = next(label for label in user.buttons() if label != english.label("Let's start"))
    await user.press(switch)
    await user.wait_for(heading(german, "profile/ask_name", current=None, settings=False))
    assert user.buttons() == [
        german.label("Call me {name}", name="Bea"),
        german.label("Skip"),
    ]


def test_command_menus_are_set_in_both_languages(e2e: E2EEnvironment) -> None:
    bridge = e2e.bridge
    calls = bridge.calls("setMyCommands")
    assert {c.params.get("language_code") for c in calls} >= {"de", "en"}
    assert all(c.ok and c.emulated for c in calls)
    for language in ("de", "en"):
        expected = [command.to_dict() for command in bot_commands(language)]
        assert bridge.commands(language) == expected
    assert bridge.commands("de") != bridge.commands("en")  # really translated
    assert bridge.commands("") == [c.to_dict() for c in bot_commands("en")]  # the default
