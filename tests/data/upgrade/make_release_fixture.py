"""Writes the upgrade fixture: a database left by an earlier release, with users in the middle
of its flows (tests/test_flow_versions.py continues them with the current code).

Run it with the EARLIER release's code first on the path, never the current one:

    git archive 8b93610 | tar -x -C /tmp/prev
    PYTHONPATH=/tmp/prev .venv/bin/python tests/data/upgrade/make_release_fixture.py 8b93610

It writes `release_<rev>.sql` (the SQLite database as SQL, small and readable in a diff) and
`release_<rev>.json` (per user: the language, the open flow and the last message the bot sent,
with its buttons, as the user's phone shows it after the upgrade).
"""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("PTB_TIMEDELTA", "1")

import bot  # the earlier release's, from PYTHONPATH
from bot.i18n import translator
from tests.conftest import Bot
from tests.journeys import onboarded, setup_user

HERE = Path(__file__).resolve().parent
NOW = datetime(2026, 3, 10, 14, 0, tzinfo=UTC)  # Tuesday 10 March 2026, 15:00 in Berlin
USERS = {  # user id: (language, flow)
    9101: ("de", "say_no"),
    9102: ("en", "say_no"),
    9201: ("de", "checkin"),
    9202: ("en", "checkin"),
    9301: ("de", "calllog"),
    9302: ("en", "calllog"),
}
REQUEST = {
    "de": "Könnten Sie diese Woche noch den Newsletter übernehmen?",
    "en": "Could you also take over the newsletter this week?",
}


async def to_the_middle(process: Bot, user_id: int, language: str, flow: str):
    """The user's steps up to an open question of `flow`; returns their chat."""
    tr = translator(language)
    chat = process.chat(language_code=language, user_id=user_id)
    if flow == "say_no":  # at the channel question: email or chat?
        await onboarded(chat, language)
        await chat.send("/no")
        await chat.send(REQUEST[language])
        await chat.press(tr.label("No name"))
    elif flow == "checkin":  # Acme's hours, to be typed after "Other…"
        await setup_user(process, chat, language, ("Acme", "Bea"), now=NOW)
        await chat.send("/checkin")
        await chat.press(tr.label("Other…"))
    else:  # the call-back time, to be typed
        await setup_user(process, chat, language, ("Heinicke",), now=NOW)
        await chat.send("/calllog")
        await chat.press("Heinicke")
        await chat.press(tr.data("gatekeeper")["outcomes"]["callback"])
    return chat


async def main(revision: str) -> None:
    print("writing with the release in", Path(bot.__file__).parent.parent, file=sys.stderr)
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "release.db"
        process = Bot(f"sqlite:///{path}", Path(directory))
        await process.start()
        process.app.clock = lambda: NOW
        seen = {}
        for user_id, (language, flow) in USERS.items():
            chat = await to_the_middle(process, user_id, language, flow)
            last = chat.bot_messages[-1]
            seen[user_id] = {"language": language, "flow": flow, "message": last}
        await process.stop()
        await process.app.database.dispose()
        connection = sqlite3.connect(path)
        dump = "\n".join(connection.iterdump()) + "\n"
        connection.close()
    (HERE / f"release_{revision}.sql").write_text(dump, encoding="utf-8")
    (HERE / f"release_{revision}.json").write_text(
        json.dumps(seen, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
