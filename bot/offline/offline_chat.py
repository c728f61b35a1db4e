"""A user in a private chat with the real Application over the offline Bot API.

Reads like a user: `await chat.send("/start")`, `await chat.press("Skip")`, `chat.last_text`.
The console front-end and the tests both drive the bot through this class.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.db.unit import UpdateNotStored
from bot.offline.telegram_offline import OfflineBotAPI

# Update ids go into the update ledger (bot/db/ledger.py) of a database the console keeps between
# runs: start past any earlier run's ids, as Telegram's own ids keep growing.
_update_ids = itertools.count(time.time_ns() // 1_000)
# Telegram delivers an update again until it is stored; the offline chat does so at once.
REDELIVERIES = 3


@dataclass(frozen=True)
class Button:
    label: str
    callback_data: str | None
    url: str | None = None
    copy_text: str | None = None


class ButtonNotFound(LookupError):
    pass


class OfflineChat:
    def __init__(
        self,
        app: Application,
        api: OfflineBotAPI,
        user_id: int = 1001,
        first_name: str = "Anna",
        language_code: str | None = "en",
        username: str | None = None,
    ) -> None:
        self.app = app
        self.api = api
        self.user = {"id": user_id, "is_bot": False, "first_name": first_name}
        if language_code:
            self.user["language_code"] = language_code
        if username:
            self.user["username"] = username
        self.chat = {"id": user_id, "type": "private", "first_name": first_name}
        self._seen_calls = len(api.calls)
        self.undelivered: Update | None = None

    # --- what the user does ---------------------------------------------------------------------
    async def send(self, text: str, **extra: Any) -> list[dict]:
        message = self._user_message(text=text, **extra)
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return await self._process({"message": message})

    async def send_photo(self, caption: str | None = None) -> list[dict]:
        photo = [{"file_id": "userphoto", "file_unique_id": "up", "width": 90, "height": 90}]
        extra: dict[str, Any] = {"photo": photo}
        if caption is not None:
            extra["caption"] = caption
        return await self._process({"message": self._user_message(**extra)})

    async def send_sticker(self) -> list[dict]:
        sticker = {
            "file_id": "sticker",
            "file_unique_id": "st",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "type": "regular",
        }
        return await self._process({"message": self._user_message(sticker=sticker)})

    async def send_voice(self) -> list[dict]:
        voice = {"file_id": "voice", "file_unique_id": "vo", "duration": 3}
        return await self._process({"message": self._user_message(voice=voice)})

    async def send_document(self, file_name: str = "notes.pdf") -> list[dict]:
        document = {"file_id": "doc", "file_unique_id": "do", "file_name": file_name}
        return await self._process({"message": self._user_message(document=document)})

    async def share_location(self, latitude: float, longitude: float) -> list[dict]:
        location = {"latitude": latitude, "longitude": longitude}
        return await self._process({"message": self._user_message(location=location)})

    async def press(self, label: str, message: dict | None = None) -> list[dict]:
        """Press the button whose label contains `label` on the newest message that has it."""
        target, button = self._find_button(label, message)
        return await self.press_data(button.callback_data or "", target)

    async def press_data(self, data: str, message: dict | None = None) -> list[dict]:
        """Press a button with raw callback data, as a tampered or stale client could."""
        target = message or self._last_bot_message(with_keyboard=True) or self._any_message()
        query = {
            "id": str(next(_update_ids)),
            "from": self.user,
            "chat_instance": f"ci{self.chat['id']}",
            "data": data,
            "message": _public(target),
        }
        return await self._process({"callback_query": query})

    async def inline_query(self, query: str) -> dict:
        """Type `@bot query` in any chat; returns the parameters of the bot's answerInlineQuery."""
        self._seen_calls = len(self.api.calls)
        inline = {"id": str(next(_update_ids)), "from": self.user, "query": query, "offset": ""}
        await self.app.process_update(
            Update.de_json({"update_id": next(_update_ids), "inline_query": inline}, self.app.bot)
        )
        answers = self.new_calls("answerInlineQuery")
        if not answers:
            raise AssertionError("the bot did not answer the inline query")
        return answers[-1].params

    # --- what the user sees ---------------------------------------------------------------------
    @property
    def bot_messages(self) -> list[dict]:
        chat_id = self.chat["id"]
        keys = sorted(key for key in self.api.messages if key[0] == chat_id)
        return [self.api.messages[key] for key in keys if self.api.messages[key]["from"]["is_bot"]]

    @property
    def last_message(self) -> dict:
        messages = self.bot_messages
        if not messages:
            raise AssertionError("the bot has not sent anything")
        return messages[-1]

    @property
    def last_text(self) -> str:
        message = self.last_message
        return message.get("text") or message.get("caption") or ""

    @property
    def buttons(self) -> list[Button]:
        """Buttons of the newest bot message that has an inline keyboard."""
        message = self._last_bot_message(with_keyboard=True)
        return _buttons_of(message) if message else []

    @property
    def button_labels(self) -> list[str]:
        return [button.label for button in self.buttons]

    def new_calls(self, method: str | None = None) -> list:
        calls = self.api.calls[self._seen_calls :]
        return [call for call in calls if method is None or call.method == method]

    def answered_callbacks(self) -> list[str]:
        """Texts of callback answers (toasts) since the last action."""
        return [call.params.get("text", "") for call in self.new_calls("answerCallbackQuery")]

    # --- internals ------------------------------------------------------------------------------
    def _user_message(self, **content: Any) -> dict:
        message = {
            "message_id": self.api.reserve_message_id(self.chat["id"]),
            "date": int(time.time()),
            "chat": self.chat,
            "from": self.user,
        }
        message.update(content)
        return message

    async def _process(self, payload: dict) -> list[dict]:
        """Deliver one update; return the bot messages it produced (edits show in last_text)."""
        self._seen_calls = len(self.api.calls)
        newest_before = max((m["message_id"] for m in self.bot_messages), default=0)
        payload["update_id"] = next(_update_ids)
        await self._deliver(Update.de_json(payload, self.app.bot))
        return [m for m in self.bot_messages if m["message_id"] > newest_before]

    async def _deliver(self, update: Update) -> None:
        for attempt in range(REDELIVERIES + 1):
            try:
                await self.app.process_update(update)
                self.undelivered = None
                return
            except UpdateNotStored:
                if attempt == REDELIVERIES:
                    self.undelivered = update  # Telegram keeps it: see deliver_again
                    raise

    async def deliver_again(self) -> list[dict]:
        """Deliver the update that could not be stored once more, as Telegram does until the
        bot acknowledges it; returns the bot messages it produced."""
        assert self.undelivered is not None, "every update was stored"
        newest_before = max((m["message_id"] for m in self.bot_messages), default=0)
        await self._deliver(self.undelivered)
        return [m for m in self.bot_messages if m["message_id"] > newest_before]

    def _last_bot_message(self, with_keyboard: bool = False) -> dict | None:
        for message in reversed(self.bot_messages):
            if not with_keyboard or message.get("reply_markup"):
                return message
        return None

    def _any_message(self) -> dict:
        return self._last_bot_message() or self._user_message(text="")

    def _find_button(self, label: str, message: dict | None) -> tuple[dict, Button]:
        candidates = [message] if message else list(reversed(self.bot_messages))
        for candidate in candidates:
            for button in _buttons_of(candidate):
                if button.label == label:
                    return candidate, button
            for button in _buttons_of(candidate):
                if label.casefold() in button.label.casefold():
                    return candidate, button
            if candidate.get("reply_markup"):
                break  # only the newest keyboard counts, as on a phone
        labels = [button.label for button in self.buttons]
        raise ButtonNotFound(f"no button {label!r}; the last keyboard has {labels}")


def _buttons_of(message: dict | None) -> list[Button]:
    if not message:
        return []
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return [
        Button(
            label=button["text"],
            callback_data=button.get("callback_data"),
            url=button.get("url"),
            copy_text=(button.get("copy_text") or {}).get("text"),
        )
        for row in rows
        for button in row
    ]


def _public(message: dict) -> dict:
    """The message as Telegram would include it in an update (without our bookkeeping keys)."""
    return {key: value for key, value in message.items() if not key.endswith("_html")}
