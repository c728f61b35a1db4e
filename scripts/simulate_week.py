"""A week with VA Coach on a fake clock, printed like the console: daily check-ins at the VA's
local time, a workload warning, and the Sunday summary with its chart (saved as a PNG).

    .venv/bin/python scripts/simulate_week.py [--lang de|en] [--chart docs/week-example.png]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.config import Settings
from bot.db.migrate import upgrade
from bot.i18n import translator
from bot.jobs.scheduler import dispatch_due
from bot.offline.console import format_message
from bot.offline.offline_chat import OfflineChat
from bot.offline.telegram_offline import OfflineBotAPI
from bot.runtime.app import build_application

MONDAY = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)  # 09:00 in Berlin
# Hours per client (Kanzlei Roth, Lena Berg), energy, stress for Monday to Friday.
WEEK = [(4, 3, 4, 2), (6, 3, 3, 3), (8, 4, 2, 4), (6, 4, 2, 4), (2, 2, 3, 2)]


def show(chat: OfflineChat, seen: dict, when: datetime | None = None) -> None:
    for message in chat.bot_messages:
        key = message["message_id"]
        if seen.get(key) == message.get("text_html", message.get("caption_html")):
            continue
        edited = key in seen
        seen[key] = message.get("text_html", message.get("caption_html"))
        text, _ = format_message(message, 1)
        stamp = f"[{when:%a %H:%M} UTC] " if when else ""
        print(f"\n{stamp}VA Coach: {'(edited) ' if edited else ''}{text}")


async def main(language: str, chart: Path | None) -> None:
    tr = translator(language)
    directory = Path(tempfile.mkdtemp())
    settings = Settings(_env_file=None, database_url=f"sqlite:///{directory / 'week.db'}")
    api = OfflineBotAPI()
    app = build_application(settings, request=api)
    clock = {"now": MONDAY}
    app.clock = lambda: clock["now"]
    await upgrade(app.database.engine)
    async with app:
        await app.post_init(app)
        chat = OfflineChat(app, api, user_id=5005, first_name="Maria", language_code=language)
        seen: dict = {}

        async def say(text: str) -> None:
            print(f"\n> {text}")
            await chat.send(text)
            show(chat, seen)

        async def press(label: str) -> None:
            print(f"\n> [{label}]")
            await chat.press(label)
            show(chat, seen)

        await say("/start")
        await press(tr.label("Let's start"))
        await press(tr.label("Call me {name}", name="Maria"))
        await say("Berlin")
        await say("17:30")
        await say("30")
        for name, register in (
            ("Kanzlei Roth", "“Sie” (formal)"),
            ("Lena Berg", "“du” (informal)"),
        ):
            await say(name)
            if language == "de":
                await press(tr.label(register))
        await press(tr.label("Done"))

        for day in range(7):
            evening = MONDAY + timedelta(days=day, hours=8, minutes=31)  # 17:31 in Berlin
            clock["now"] = evening
            await dispatch_due(app, now=lambda e=evening: e)
            show(chat, seen, evening)
            if day < len(WEEK):
                roth, berg, energy, stress = WEEK[day]
                for hours in (roth, berg):
                    await press(str(hours))
                await press(str(energy))
                await press(str(stress))
                await press(tr.label("No note"))
            if day == 6:  # Sunday: the summary arrives at 18:00 local time
                summary_time = MONDAY + timedelta(days=6, hours=9, minutes=1)
                clock["now"] = summary_time
                await dispatch_due(app, now=lambda s=summary_time: s)
                show(chat, seen, summary_time)
        photos = [c for c in api.calls if c.method == "sendPhoto"]
        if chart and photos:
            chart.parent.mkdir(parents=True, exist_ok=True)
            chart.write_bytes(photos[-1].files["photo"])  # noqa: ASYNC240 - a one-off script
            print(f"\n(chart saved to {chart})")
        await app.post_shutdown(app)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=["de", "en"], default="de")
    parser.add_argument("--chart", type=Path)
    args = parser.parse_args()
    asyncio.run(main(args.lang, args.chart))
