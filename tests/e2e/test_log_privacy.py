"""The privacy promise where it is kept: the whole output of a real `va-coach run` process, at
INFO (the default) and at DEBUG, holds none of what a user typed, through every flow."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.i18n import translator
from tests.e2e.driver import TelegramUser
from tests.e2e.harness import BotProcess, bot_command, bot_environment
from tests.e2e.journeys import wait_for_log

pytestmark = pytest.mark.e2e
TOKENS = {
    "INFO": "7000000005:AAE2Eprivacy-token_for_the_emulat05",
    "DEBUG": "7000000006:AAE2Eprivacy-token_for_the_emulat06",
}
# Words that appear nowhere but in what the user types: any of them in the log is a leak.
SECRETS = {
    "name": "Quokkaberg",
    "client": "Zephyrine Wolkenstein",
    "request": "Marzipanflotte",
    "empathy": "Brombeerkomet",
    "checked reply": "Kiwiharfe",
    "check-in note": "Schneckenorakel",
    "template field": "Walrossrechnung",
    "practice": "Pelikanpost",
    "outside any flow": "Pinguinpalast",
}


async def use_every_flow(user: TelegramUser) -> None:
    tr = translator("de")
    await user.command("/start")
    await user.press(tr.label("Let's start"))
    await user.wait_quiet(0.5)
    await user.send(SECRETS["name"])
    for _ in range(3):  # time zone, check-in time, capacity
        await user.press(tr.label("Skip"))
    await user.wait_quiet(0.5)
    await user.send(SECRETS["client"])
    await user.press(tr.label("“du” (informal)"))
    await user.press(tr.label("Skip"))  # no contact person
    await user.press(tr.label("Done"))
    await user.wait_quiet(0.5)

    await user.command("/no")
    await user.wait_for("Schritt 1 von 5")
    await user.send(f"Kannst du bis morgen die {SECRETS['request']} fertig machen?")
    await user.press(SECRETS["client"])
    await user.press(tr.label("Email"))
    for _ in range(3):
        await user.press(tr.label("No"))
    await user.press(tr.label("Write my own"))
    await user.wait_quiet(0.5)
    await user.send(f"Ich verstehe, wie wichtig dir das {SECRETS['empathy']} ist")
    await user.press(tr.label("I know enough, continue"))
    await user.press(tr.label("Too much work"))
    await user.press(tr.label("Skip"))
    await user.press(tr.label("Skip"))
    await user.press(tr.label("A later date"))
    await user.press(tr.label("Skip"))
    await user.wait_for("Hier ist deine Antwort")
    await user.press(tr.label("Done"))
    await user.wait_quiet(0.5)

    await user.command("/check")
    await user.wait_quiet(0.5)
    await user.send(
        f"Danke für deine Anfrage zur {SECRETS['checked reply']}! Diese Woche bin ich ausgebucht."
    )
    await user.wait_for(r"/100", timeout=30)
    await user.press(tr.label("Done"))
    await user.wait_quiet(0.5)

    await user.command("/checkin")
    for answer in ("6", "4", "2"):  # hours, energy, stress
        await user.press(answer)
    await user.wait_quiet(0.5)
    await user.send(f"{SECRETS['check-in note']} hat mich aufgehalten")
    await user.wait_quiet(0.5)

    await user.command(f"/log +2 {SECRETS['client']} gestern")
    await user.wait_quiet(0.5)

    await user.command("/replies")
    await user.wait_quiet(0.5)
    await user.send("rechnug")
    await user.press(re.compile("^Arbeit pausieren"))
    await user.press(SECRETS["client"])
    await user.press(tr.label("Chat message"))
    await user.wait_quiet(0.5)
    await user.send(f"{SECRETS['template field']}-2025")
    await user.wait_quiet(0.5)

    data = tr.data("gatekeeper")
    await user.command("/practice")
    await user.press(data["scenarios"]["software"]["title"])
    await user.press(data["levels"]["friendly"])
    await user.wait_quiet(0.5)
    await user.send(
        f"Guten Morgen, hier ist {SECRETS['practice']}, wer plant bei Ihnen die Termine?"
    )
    await user.wait_quiet(1.0)
    await user.command("/cancel")
    await user.wait_quiet(0.5)

    await user.send(f"{SECRETS['outside any flow']} ist ein Wort, das niemand kennt")
    await user.wait_quiet(0.5)
    await user.command("/export")
    await user.wait_quiet(1.0)
    await user.command("/delete")
    await user.press(tr.label("Yes, delete everything"))
    await user.wait_quiet(0.5)


@pytest.mark.parametrize("level", ["INFO", "DEBUG"])
async def test_the_log_of_a_real_process_holds_nothing_users_typed(
    e2e_services, tmp_path: Path, level: str
):
    env = bot_environment(e2e_services.bridge, tmp_path, token=TOKENS[level])
    env["LOG_LEVEL"] = level
    user = TelegramUser(
        emulator_url=e2e_services.emulator.url,
        bridge=e2e_services.bridge,
        token=TOKENS[level],
        user_id=881_000 + len(level),
        first_name="Quokkaberg",
        language_code="de",
    )
    bot = BotProcess(bot_command(), env, tmp_path).start()
    try:
        await wait_for_log(bot, "VA Coach is running", 45)
        await use_every_flow(user)
    finally:
        await user.aclose()
        bot.stop()
    output = bot.log()  # stdout and stderr of the process, from start to exit
    assert "VA Coach is running" in output and len(output.splitlines()) >= 3
    leaks = [what for what, secret in SECRETS.items() if secret.lower() in output.lower()]
    assert leaks == [], f"the {level} log holds what users typed ({leaks}):\n{output[-3000:]}"
    assert TOKENS[level].split(":")[1] not in output
    assert bot.problems() == []
