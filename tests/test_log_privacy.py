"""No message content, client name or note appears in any log line, through every flow."""

from __future__ import annotations

import logging

from bot.__main__ import configure_logging
from bot.i18n import translator

SECRETS = [
    "Zauberwald",
    "Quartalsbericht-Geheim",
    "Frau Nebelhorn",
    "Morgenrot-Projekt",
    "Lindenblatt",
    "Wolkenstein",
]


async def test_a_full_run_of_every_flow_logs_no_contents(bot, caplog):
    configure_logging("DEBUG")  # the most talkative setting an operator can choose
    caplog.set_level(logging.DEBUG)
    tr = translator("de")
    chat = bot.chat(language_code="de", first_name="Zauberwald")
    await chat.send("/start")
    await chat.press(tr.label("Let's start"))
    await chat.send("Zauberwald")
    await chat.send("Atlantis")  # an invalid answer, so validation paths log too
    await chat.send("Europe/Berlin")
    await chat.send("18:00")
    await chat.send("30")
    await chat.send("Frau Nebelhorn")
    await chat.press(tr.label("“du” (informal)"))
    await chat.send("Dr. Ilse Wolkenstein")  # the contact person
    await chat.press(tr.label("Done"))
    await chat.send("/no")
    await chat.send("Kannst du bis morgen den Quartalsbericht-Geheim fertig machen?")
    await chat.press("Frau Nebelhorn")
    await chat.press(tr.label("Email"))
    for _ in range(3):
        await chat.press(tr.label("No"))
    await chat.press(tr.label("Write my own"))
    await chat.send("Ich verstehe, wie wichtig dir das Morgenrot-Projekt ist")
    await chat.press(tr.label("I know enough, continue"))
    await chat.press(tr.label("Other reason"))
    await chat.send("Lindenblatt-Urlaub")
    await chat.send("/drafts")  # a command mid-flow
    await chat.send("/cancel")
    await chat.send("/clients")
    await chat.press("Frau Nebelhorn")
    await chat.press(tr.label("Rename"))
    await chat.send("Frau Nebelhorn-Zauberwald")
    await chat.send("/cancel")
    await chat.press_data("cl.open:99999")  # another user's id
    await chat.send("/export")
    await chat.send("/delete")
    await chat.press(tr.label("Yes, delete everything"))

    assert len(caplog.records) > 0
    logged = "\n".join(
        f"{record.getMessage()} {record.exc_text or ''} {record.args!r}"
        for record in caplog.records
    )
    leaks = [secret for secret in SECRETS if secret in logged]
    leaking = sorted(
        {
            r.name
            for r in caplog.records
            if any(s in r.getMessage() or s in repr(r.args) for s in SECRETS)
        }
    )
    assert leaks == [], f"log lines of {leaking} contain user input: {leaks}"


def test_a_logged_traceback_keeps_where_but_not_what():
    """An exception's message can quote what a user typed (int("<text>")): it is never logged."""
    from bot.runtime.logs import PrivateFormatter

    def read_hours(text: str) -> int:
        return int(text)

    typed = "Frau " + "Nebel" + "horn"  # not spelled out on one line: tracebacks show code lines
    try:
        try:
            read_hours(typed)
        except ValueError as error:
            raise RuntimeError(f"could not read {error}") from error
    except RuntimeError:
        record = logging.LogRecord(
            "bot", logging.ERROR, __file__, 1, "update %s failed", (7,), None
        )
        import sys

        record.exc_info = sys.exc_info()
    text = PrivateFormatter("%(message)s").format(record)
    assert "Nebelhorn" not in text
    assert "update 7 failed" in text and "read_hours" in text  # where it happened
    assert "builtins.ValueError" in text and "builtins.RuntimeError" in text
