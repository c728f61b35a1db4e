"""An offline Bot API: a `telegram.request.BaseRequest` that answers locally and records calls.

Used by `va-coach console`, the tests and the benchmarks, so the real Application runs with no
token and no network. It keeps the chat as Telegram would (message ids, edits, keyboards),
refuses what Telegram refuses (text over 4,096 characters, unbalanced or unknown HTML, callback
data over 64 bytes, an edit that changes nothing) and can inject faults for resilience tests.
"""

from __future__ import annotations

import asyncio
import html
import json
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from telegram.request import BaseRequest, RequestData

BOT_USER = {
    "id": 7000000001,
    "is_bot": True,
    "first_name": "VA Coach",
    "username": "va_coach_offline_bot",
    "can_join_groups": False,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}
MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_BYTES = 64
# Tags Telegram accepts in parse_mode=HTML.
ALLOWED_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "a",
    "code",
    "pre",
    "blockquote",
    "tg-emoji",
}


class TelegramHTMLError(ValueError):
    pass


class _TelegramHTMLChecker(HTMLParser):
    """Checks that tags are ones Telegram knows and that they balance; collects the plain text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in ALLOWED_TAGS:
            raise TelegramHTMLError(f'unsupported start tag "{tag}"')
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            raise TelegramHTMLError(f'unmatched end tag "{tag}"')
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def html_to_text(markup: str) -> str:
    """Plain text of Telegram HTML, raising TelegramHTMLError where Telegram would refuse it."""
    checker = _TelegramHTMLChecker()
    checker.feed(markup)
    checker.close()
    if checker.stack:
        raise TelegramHTMLError(f'unclosed tag "{checker.stack[-1]}"')
    return "".join(checker.text)


@dataclass
class ApiCall:
    method: str
    params: dict[str, Any]
    files: dict[str, bytes] = field(default_factory=dict)


class BotAPIError(Exception):
    """A fault to inject: answered as Telegram would answer it."""

    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after


class OfflineBotAPI(BaseRequest):
    def __init__(self, latency: float = 0.0) -> None:
        self.latency = latency
        self.calls: list[ApiCall] = []
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.commands: dict[str, list[dict]] = {}
        self._next_message_id: dict[int, int] = {}
        self._faults: dict[str, list[BaseException]] = {}
        self.record_calls = True

    # --- BaseRequest ----------------------------------------------------------------------------
    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None, **_timeouts: Any
    ) -> tuple[int, bytes]:
        api_method = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        files: dict[str, bytes] = {}
        if request_data is not None and request_data.contains_files:
            for name, value in (request_data.multipart_data or {}).items():
                if isinstance(value, tuple):
                    files[name] = value[1]
        if self.latency:
            await asyncio.sleep(self.latency)
        if self.record_calls:
            self.calls.append(ApiCall(api_method, params, files))
        try:
            self._raise_injected(api_method)
            result = self._answer(api_method, params)
        except BotAPIError as error:
            body: dict[str, Any] = {
                "ok": False,
                "error_code": error.code,
                "description": error.description,
            }
            if error.retry_after is not None:
                body["parameters"] = {"retry_after": error.retry_after}
            return error.code, json.dumps(body).encode()
        return 200, json.dumps({"ok": True, "result": result}).encode()

    # --- fault injection ------------------------------------------------------------------------
    def fail_next(self, method: str, error: BaseException) -> None:
        """The next call of `method` fails with `error` (a BotAPIError or a transport error)."""
        self._faults.setdefault(method, []).append(error)

    def _raise_injected(self, method: str) -> None:
        queue = self._faults.get(method)
        if queue:
            raise queue.pop(0)

    # --- answers --------------------------------------------------------------------------------
    def _answer(self, method: str, params: dict[str, Any]) -> Any:
        handler = getattr(self, f"_api_{method}", None)
        return handler(params) if handler else True

    def _api_getMe(self, _params: dict) -> dict:
        return BOT_USER

    def _api_getUpdates(self, _params: dict) -> list:
        return []

    def _api_setMyCommands(self, params: dict) -> bool:
        self.commands[params.get("language_code", "")] = list(params["commands"])
        return True

    def _api_getMyCommands(self, params: dict) -> list:
        return self.commands.get(params.get("language_code", ""), [])

    def _api_sendMessage(self, params: dict) -> dict:
        text = self._checked_text(params, "text", MAX_TEXT)
        return self._store(params, text=text)

    def _api_sendPhoto(self, params: dict) -> dict:
        caption = self._checked_text(params, "caption", MAX_CAPTION, required=False)
        photo = [
            {"file_id": f"photo{time.time_ns()}", "file_unique_id": "p", "width": 1, "height": 1}
        ]
        return self._store(params, caption=caption, photo=photo)

    def _api_sendDocument(self, params: dict) -> dict:
        caption = self._checked_text(params, "caption", MAX_CAPTION, required=False)
        document = {"file_id": f"doc{time.time_ns()}", "file_unique_id": "d"}
        return self._store(params, caption=caption, document=document)

    def _api_editMessageText(self, params: dict) -> dict:
        message = self._stored(params)
        text = self._checked_text(params, "text", MAX_TEXT)
        markup = params.get("reply_markup")
        if message.get("text_html") == params["text"] and message.get("reply_markup") == markup:
            raise BotAPIError(400, "Bad Request: message is not modified")
        message.update(text=text, text_html=params["text"], edit_date=int(time.time()))
        self._set_markup(message, markup)
        return message

    def _api_editMessageReplyMarkup(self, params: dict) -> dict:
        message = self._stored(params)
        markup = params.get("reply_markup")
        if message.get("reply_markup") == markup:
            raise BotAPIError(400, "Bad Request: message is not modified")
        self._set_markup(message, markup)
        return message

    def _api_deleteMessage(self, params: dict) -> bool:
        self.messages.pop((int(params["chat_id"]), int(params["message_id"])), None)
        return True

    # --- helpers --------------------------------------------------------------------------------
    def _checked_text(
        self, params: dict, key: str, limit: int, required: bool = True
    ) -> str | None:
        raw = params.get(key)
        if raw is None:
            if required:
                raise BotAPIError(400, f"Bad Request: {key} is empty")
            return None
        if params.get("parse_mode") == "HTML":
            try:
                plain = html_to_text(raw)
            except TelegramHTMLError as error:
                raise BotAPIError(400, f"Bad Request: can't parse entities: {error}") from None
        else:
            plain = raw
        if not plain.strip() and required:
            raise BotAPIError(400, "Bad Request: message text is empty")
        if len(plain) > limit:
            raise BotAPIError(400, "Bad Request: message is too long")
        return plain

    def _check_markup(self, markup: Any) -> None:
        if not isinstance(markup, dict):
            return
        for row in markup.get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode()) <= MAX_CALLBACK_BYTES:
                    raise BotAPIError(400, "Bad Request: BUTTON_DATA_INVALID")

    def _set_markup(self, message: dict, markup: Any) -> None:
        self._check_markup(markup)
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        else:
            message.pop("reply_markup", None)

    def _store(self, params: dict, **content: Any) -> dict:
        chat_id = int(params["chat_id"])
        self._check_markup(params.get("reply_markup"))
        message_id = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = message_id + 1
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            "from": BOT_USER,
        }
        message.update({key: value for key, value in content.items() if value is not None})
        if "text" in content:
            message["text_html"] = params["text"]
        if content.get("caption") is not None:
            message["caption_html"] = params["caption"]
        self._set_markup(message, params.get("reply_markup"))
        self.messages[(chat_id, message_id)] = message
        return message

    def _stored(self, params: dict) -> dict:
        key = (int(params["chat_id"]), int(params["message_id"]))
        if key not in self.messages:
            raise BotAPIError(400, "Bad Request: message to edit not found")
        return self.messages[key]

    def reserve_message_id(self, chat_id: int) -> int:
        """A message id for a message the *user* sends, so ids stay unique per chat."""
        message_id = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = message_id + 1
        return message_id


def plain(markup: str) -> str:
    """Telegram HTML to the text a user sees (without checking it)."""
    try:
        return html_to_text(markup)
    except TelegramHTMLError:
        return html.unescape(markup)
