"""`va-coach console`: chat with the real application in the terminal, no token, no network.

The bot's messages are printed readably (bold and italics become *stars* and _underscores_),
inline buttons are numbered, typing a number presses a button, anything else is sent as a
message, `/quit` leaves. The console user is stored in the same database as everyone else.
"""

from __future__ import annotations

import asyncio
import os
import re
import sys
from html import unescape

from bot.config import Settings
from bot.db.migrate import upgrade
from bot.offline.offline_chat import OfflineChat
from bot.offline.telegram_offline import OfflineBotAPI
from bot.runtime.app import build_application

CONSOLE_USER_ID = 424242
_EMPHASIS = (
    (re.compile(r"</?(b|strong)>"), "*"),
    (re.compile(r"</?(i|em)>"), "_"),
    (re.compile(r"</?(code|pre)>"), "`"),
    (re.compile(r"<[^>]+>"), ""),
)


def readable(markup: str) -> str:
    text = markup
    for pattern, replacement in _EMPHASIS:
        text = pattern.sub(replacement, text)
    return unescape(text)


def format_message(message: dict, numbering_start: int) -> tuple[str, list[str]]:
    """One bot message as terminal text, and the callback data of its numbered buttons."""
    body = message.get("text_html") or message.get("caption_html") or message.get("text") or ""
    if "photo" in message:
        body = "[picture] " + body
    if "document" in message:
        body = "[file] " + body
    lines = [readable(body)]
    data: list[str] = []
    for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
        cells = []
        for button in row:
            if "callback_data" not in button:
                # Copy and link buttons act on the phone only; Telegram sends the bot nothing.
                cells.append(f"[·] {button['text']}")
                continue
            data.append(button["callback_data"])
            cells.append(f"[{numbering_start + len(data) - 1}] {button['text']}")
        lines.append("   ".join(cells))
    return "\n".join(lines), data


async def run_console(
    settings: Settings,
    user_id: int = CONSOLE_USER_ID,
    first_name: str = "Console",
    language_code: str | None = None,
    input_lines=None,
    output=None,
) -> int:
    out = output or sys.stdout
    api = OfflineBotAPI()
    application = build_application(settings, request=api)
    await upgrade(application.database.engine)
    language = language_code or _terminal_language()
    # Typed input shows on a terminal by itself; piped or scripted input is echoed for transcripts.
    echo = input_lines is not None or not sys.stdin.isatty()
    async with application:
        await application.post_init(application)
        chat = OfflineChat(
            application, api, user_id=user_id, first_name=first_name, language_code=language
        )
        print(
            "VA Coach console. Type a message, a number to press a button, /quit to leave.",
            file=out,
        )
        buttons: list[str] = []
        while True:
            line = await _next_line(input_lines)
            if line is None or line.strip() == "/quit":
                break
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if echo:
                print(f"> {line}", file=out)
            before = {key: dict(value) for key, value in api.messages.items()}
            if line.strip().isdigit() and 0 < int(line) <= len(buttons):
                await chat.press_data(buttons[int(line) - 1])
            else:
                await chat.send(line)
            buttons = _print_changes(api, chat, before, out)
        await application.post_shutdown(application)
    return 0


def _print_changes(api: OfflineBotAPI, chat: OfflineChat, before: dict, out) -> list[str]:
    """Print new and edited bot messages; return the buttons of the newest keyboard."""
    buttons: list[str] = []
    for message in chat.bot_messages:
        key = (message["chat"]["id"], message["message_id"])
        old = before.get(key)
        if old == message or (old and old.get("text_html") == message.get("text_html")):
            continue  # unchanged, or only its buttons were removed after a press
        text, data = format_message(message, 1)
        prefix = "(edited) " if key in before else ""
        print(f"\nVA Coach: {prefix}{text}", file=out)
        if data:
            buttons = data
    if not buttons:
        newest = chat._last_bot_message(with_keyboard=True)
        buttons = format_message(newest, 1)[1] if newest else []
    return buttons


async def _next_line(lines) -> str | None:
    if lines is not None:
        return next(lines, None)
    if sys.stdin.isatty():
        print("\n> ", end="", flush=True)
    line = await asyncio.to_thread(sys.stdin.readline)
    return line or None


def _terminal_language() -> str:
    """The terminal's language from the usual locale variables ("de_DE.UTF-8" -> "de-DE")."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value.split(".")[0].replace("_", "-")
    return "en"
