"""A Telegram user, driven from a test.

The user talks to the bot through the emulator's *client* API (``/sendMessage``,
``/sendCommand``, ``/sendCallback`` on telegram-test-api), exactly as a Telegram
client would put updates in the bot's queue. It reads the bot's replies from the
bridge's view of the chat, which sees what the emulator does not keep (edits,
media, deletions, the answers to methods the emulator lacks).

    user = make_user(language_code="de")
    await user.command("/start")
    await user.wait_for(r"Willkommen")
    await user.press("Weiter")
    await user.send("Anna")

``wait_for`` looks at what the bot said (or edited) since the user last acted, in
order: a match moves on past that message, so two waits for the same pattern
need two messages.
"""

from __future__ import annotations

import asyncio
import re
import time
from typing import Any

import httpx

from tests.e2e.bridge import BotApiBridge, ChatMessage

POLL = 0.02


class TelegramUser:
    def __init__(
        self,
        *,
        emulator_url: str,
        bridge: BotApiBridge,
        token: str,
        user_id: int,
        first_name: str = "Erika",
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
        default_timeout: float = 10.0,
    ) -> None:
        self.bridge = bridge
        self.token = token
        self.user_id = user_id
        self.chat_id = user_id  # a private chat has the user's id
        self.default_timeout = default_timeout
        self.user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if last_name:
            self.user["last_name"] = last_name
        if username:
            self.user["username"] = username
        if language_code:
            self.user["language_code"] = language_code
        self.chat = {
            "id": self.chat_id,
            "type": "private",
            "first_name": first_name,
            **({"username": username} if username else {}),
        }
        self._http = httpx.AsyncClient(base_url=emulator_url.rstrip("/"), timeout=10)
        self._cursor = bridge.current_seq()  # wait_for reads events after this one
        self._acted_at = self._cursor  # the bridge's position when the user last acted

    async def aclose(self) -> None:
        await self._http.aclose()

    # ------------------------------------------------------------------ acting

    def _envelope(self) -> dict[str, Any]:
        return {"botToken": self.token, "from": dict(self.user), "date": int(time.time())}

    async def _post(self, path: str, body: dict) -> None:
        self._acted_at = self._cursor = self.bridge.current_seq()
        res = await self._http.post(path, json=body)
        res.raise_for_status()

    async def send(self, text: str) -> None:
        """Type a message and send it."""
        await self._post("/sendMessage", self._envelope() | {"chat": self.chat, "text": text})

    async def command(self, text: str) -> None:
        """Send a command such as ``/start`` or ``/start payload``."""
        if not text.startswith("/"):
            text = "/" + text
        length = len(text.split(" ", 1)[0])
        entities = [{"offset": 0, "length": length, "type": "bot_command"}]
        await self._post(
            "/sendCommand",
            self._envelope() | {"chat": self.chat, "text": text, "entities": entities},
        )

    async def press(
        self,
        label: str | re.Pattern[str],
        *,
        timeout: float | None = None,  # noqa: ASYNC109 - a per-step timeout reads best in a test
        fresh: bool = True,
    ) -> dict:
        """Press a button by its label; returns the button.

        Inline buttons come from the bot's last message that has an inline keyboard
        (with ``fresh``, the default, one sent or edited since the user last acted:
        the press waits for it). Reply-keyboard buttons are typed as their text.
        """
        deadline = time.monotonic() + (timeout or self.default_timeout)
        while True:
            found = self._find_button(label, fresh=fresh)
            if isinstance(found, tuple):
                msg, button = found
                if "callback_data" not in button:
                    raise AssertionError(f"button {button.get('text')!r} has no callback_data")
                await self._post(
                    "/sendCallback",
                    self._envelope()
                    | {
                        "message": self.bridge.bot_message_dict(msg),
                        "data": button["callback_data"],
                        "chat_instance": f"e2e-{self.chat_id}",
                    },
                )
                return button
            if isinstance(found, str):
                await self.send(found)
                return {"text": found}
            if time.monotonic() >= deadline:
                raise AssertionError(
                    f"no button {label!r} in the bot's "
                    f"{'latest ' if fresh else ''}keyboard within the timeout; "
                    f"buttons now: {self.buttons()}\n{self.transcript()}"
                )
            await asyncio.sleep(POLL)

    def _matches(self, label: str | re.Pattern[str], text: str) -> bool:
        if isinstance(label, re.Pattern):
            return bool(label.search(text))
        return text == label or text.strip() == label.strip()

    def _find_button(self, label: str | re.Pattern[str], *, fresh: bool) -> Any:
        messages = self.bridge.messages(self.chat_id)
        with_inline = [m for m in messages if m.inline_keyboard]
        if with_inline:
            msg = with_inline[-1]
            if not fresh or self._changed_since_action(msg):
                for row in msg.inline_keyboard:
                    for button in row:
                        if self._matches(label, button.get("text", "")):
                            return msg, button
        keyboard = self.reply_keyboard()
        for row in keyboard:
            for button in row:
                text = button if isinstance(button, str) else button.get("text", "")
                if self._matches(label, text):
                    return text
        return None

    def _changed_since_action(self, msg: ChatMessage) -> bool:
        events = self.bridge.events(self.chat_id, after=self._acted_at)
        return any(e.message.message_id == msg.message_id and e.message.from_bot for e in events)

    # ------------------------------------------------------------------ reading

    def messages(self) -> list[ChatMessage]:
        """The bot's messages in this chat as they look now."""
        return self.bridge.messages(self.chat_id)

    def last_message(self) -> ChatMessage | None:
        messages = self.messages()
        return messages[-1] if messages else None

    def buttons(self) -> list[str]:
        """Labels of the inline keyboard on the bot's last message that has one."""
        with_inline = [m for m in self.messages() if m.inline_keyboard]
        return with_inline[-1].button_labels() if with_inline else []

    def reply_keyboard(self) -> list[list[Any]]:
        """The reply keyboard the user sees now (the last one sent, unless removed since)."""
        for msg in reversed(self.messages()):
            markup = msg.reply_markup or {}
            if markup.get("remove_keyboard"):
                return []
            if markup.get("keyboard"):
                return markup["keyboard"]
        return []

    def replies(self) -> list[ChatMessage]:
        """What the bot sent, or edited the text of, since the user last acted (in order)."""
        return [
            e.message
            for e in self.bridge.events(self.chat_id, after=self._acted_at)
            if e.message.from_bot and e.action in ("sent", "edited") and e.text_changed
        ]

    def refused_calls(self) -> list:
        """This chat's Bot API calls that the bridge refused as Telegram would (HTTP 400)."""
        return [
            c
            for c in self.bridge.calls()
            if not c.ok and str(c.params.get("chat_id")) == str(self.chat_id)
        ]

    async def wait_for_message(
        self,
        pattern: str | re.Pattern[str] | None = None,
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> ChatMessage:
        """The next message the bot sends or edits whose text matches ``pattern``."""
        regex = re.compile(pattern, re.S) if isinstance(pattern, str) else pattern
        deadline = time.monotonic() + (timeout or self.default_timeout)
        while True:
            for event in self.bridge.events(self.chat_id, after=self._cursor):
                self._cursor = event.seq
                msg = event.message
                if not msg.from_bot or event.action not in ("sent", "edited"):
                    continue
                if not event.text_changed:  # only the keyboard changed: nothing new to read
                    continue
                if regex is None or regex.search(msg.text):
                    return msg
            if time.monotonic() >= deadline:
                raise AssertionError(
                    f"the bot said nothing matching {getattr(regex, 'pattern', regex)!r} within "
                    f"{timeout or self.default_timeout} s\n{self.transcript()}"
                )
            await asyncio.sleep(POLL)

    async def wait_for(
        self,
        pattern: str | re.Pattern[str],
        *,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> str:
        """The text of the next message the bot sends or edits that matches ``pattern``."""
        return (await self.wait_for_message(pattern, timeout=timeout)).text

    async def wait_quiet(self, seconds: float = 0.3) -> None:
        """Wait until the bot has said nothing new for ``seconds``."""
        last = self.bridge.current_seq()
        quiet_since = time.monotonic()
        while time.monotonic() - quiet_since < seconds:
            await asyncio.sleep(POLL)
            now = self.bridge.current_seq()
            if now != last:
                last, quiet_since = now, time.monotonic()

    def transcript(self) -> str:
        return f"--- chat {self.chat_id} ---\n{self.bridge.transcript(self.chat_id)}"
