"""A Bot API bridge: an HTTP proxy between the bot and the telegram-test-api emulator.

The bot under test talks to this bridge as if it were api.telegram.org
(``TELEGRAM_BASE_URL=http://127.0.0.1:PORT/bot``). The bridge forwards what the
emulator supports, mends the answers that python-telegram-bot cannot parse,
answers the methods the emulator lacks itself, checks a few limits real Telegram
enforces, and records every call, so a test can assert on it.

It also keeps its own view of every chat (the bot's messages, with edits,
deletions and keyboards applied, and the user's messages as they were delivered
to the bot): the emulator stores neither edits reliably nor media at all.

The bridge runs in a thread with its own event loop (tornado for the server,
httpx for the emulator), so it serves the bot whatever the test's own loop does.
Its state is read from other threads under a lock; nothing in it blocks.
"""

from __future__ import annotations

import asyncio
import copy
import itertools
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

import httpx
import tornado.httpserver
import tornado.netutil
import tornado.web

#: What getMe answers, mended: the emulator's answer lacks ``is_bot`` and the flags.
BOT_USER_DEFAULTS = {
    "is_bot": True,
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
    "can_connect_to_business": False,
    "has_main_web_app": False,
}

# Methods the emulator answers with HTTP 500 "not supported": the bridge answers them.
SEND_MEDIA = {
    "sendPhoto": "photo",
    "sendDocument": "document",
    "sendAudio": "audio",
    "sendVoice": "voice",
    "sendVideo": "video",
    "sendAnimation": "animation",
    "sendVideoNote": "video_note",
    "sendSticker": "sticker",
}
TRUE_METHODS = {
    "sendChatAction",
    "setMyDescription",
    "setMyShortDescription",
    "setMyName",
    "setChatMenuButton",
    "setMyDefaultAdministratorRights",
    "deleteMyCommands",
    "answerInlineQuery",
    "answerPreCheckoutQuery",
    "answerShippingQuery",
    "setMessageReaction",
    "pinChatMessage",
    "unpinChatMessage",
    "unpinAllChatMessages",
    "close",
    "logOut",
}

HTML_TAGS = {
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
    "tg-emoji",
    "code",
    "pre",
    "blockquote",
}
MDV2_ALWAYS_RESERVED = set("#+-={}.!")
COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")
INLINE_BUTTON_ACTIONS = {
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
}
TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024


class ApiError(Exception):
    """An error answer as real Telegram gives it: HTTP 400 and ``ok: false``."""

    def __init__(self, description: str, code: int = 400) -> None:
        super().__init__(description)
        self.description = description
        self.code = code


@dataclass
class UploadedFile:
    field: str
    filename: str
    content_type: str
    body: bytes


@dataclass
class ApiCall:
    """One Bot API request the bot made, as the bridge saw and answered it."""

    seq: int
    time: float
    method: str
    params: dict[str, Any]
    files: dict[str, UploadedFile] = field(default_factory=dict)
    #: True when the emulator lacks the method and the bridge answered it alone.
    emulated: bool = False
    ok: bool = True
    result: Any = None
    error: str | None = None


@dataclass
class ChatMessage:
    """A message as the chat shows it now (``text`` is what the user reads)."""

    chat_id: int
    message_id: int
    from_bot: bool
    kind: str  # "text", "photo", "document", ...
    text: str  # plain text or caption, markup removed
    raw_text: str = ""
    parse_mode: str | None = None
    reply_markup: dict | None = None
    file: Any = None  # the file_id/URL string or UploadedFile the bot sent
    file_id: str | None = None  # the file_id the bridge gave an upload
    callback_data: str | None = None  # for a user's button press
    edits: int = 0
    deleted: bool = False
    date: int = 0

    @property
    def inline_keyboard(self) -> list[list[dict]]:
        return (self.reply_markup or {}).get("inline_keyboard") or []

    @property
    def reply_keyboard(self) -> list[list[Any]]:
        return (self.reply_markup or {}).get("keyboard") or []

    def button_labels(self) -> list[str]:
        rows = self.inline_keyboard or self.reply_keyboard
        return [b if isinstance(b, str) else b.get("text", "") for row in rows for b in row]


@dataclass
class ChatEvent:
    seq: int
    action: str  # "sent", "edited", "deleted", "user"
    message: ChatMessage  # a snapshot
    #: False for an edit of the keyboard alone: the text the user reads stayed the same.
    text_changed: bool = True


def _now() -> int:
    return int(time.time())


def _to_seconds(obj: Any) -> Any:
    """Dates in milliseconds (the emulator's) to seconds, anywhere in an answer."""
    if isinstance(obj, dict):
        for key, value in obj.items():
            if key in ("date", "edit_date") and isinstance(value, int | float) and value > 10**11:
                obj[key] = int(value // 1000)
            else:
                _to_seconds(value)
    elif isinstance(obj, list):
        for item in obj:
            _to_seconds(item)
    return obj


def _decode_param(key: str, value: str) -> Any:
    """python-telegram-bot sends strings raw and JSON-encodes everything else."""
    stripped = value.strip()
    if stripped[:1] in ("[", "{"):
        try:
            return json.loads(stripped)
        except ValueError:
            return value
    if key.endswith("_id") or key in ("offset", "limit", "timeout", "cache_time"):
        try:
            return int(stripped)
        except ValueError:
            return value
    if stripped in ("true", "false") and key not in ("text", "caption", "data"):
        return stripped == "true"
    return value


def _as_int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class _HtmlText(HTMLParser):
    """Telegram's HTML parse mode: plain text out, unsupported/unbalanced tags refused."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[str] = []
        self.problem: str | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in HTML_TAGS and not self.problem:
            self.problem = f'Unsupported start tag "{tag}"'
        self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if not self.problem:
            self.problem = f'Unsupported start tag "{tag}"'

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            if not self.problem:
                self.problem = f'Unmatched end tag "{tag}"'
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(text: str, parse_mode: str | None) -> str:
    """What the user reads; raises ApiError where Telegram would refuse the markup."""
    mode = (parse_mode or "").lower()
    if mode == "html":
        parser = _HtmlText()
        parser.feed(text)
        parser.close()
        if parser.problem:
            raise ApiError(f"Bad Request: can't parse entities: {parser.problem}")
        if parser.stack:
            raise ApiError(
                "Bad Request: can't parse entities: Can't find end tag corresponding to "
                f'start tag "{parser.stack[-1]}"'
            )
        return "".join(parser.parts)
    if mode == "markdownv2":
        out: list[str] = []
        in_code = False
        chars = iter(text)
        for ch in chars:
            if ch == "\\":
                out.append(next(chars, ""))
            elif ch == "`":
                in_code = not in_code
            elif in_code:
                out.append(ch)
            elif ch in MDV2_ALWAYS_RESERVED:
                raise ApiError(
                    f"Bad Request: can't parse entities: Character '{ch}' is reserved and "
                    "must be escaped with the preceding '\\'"
                )
            elif ch not in "*_~|[]()>":
                out.append(ch)
        return "".join(out)
    if mode == "markdown":
        return re.sub(r"[*_`]", "", text)
    return text


def _check_reply_markup(markup: Any) -> None:
    if markup is None:
        return
    if not isinstance(markup, dict):
        raise ApiError("Bad Request: can't parse reply keyboard markup JSON object")
    for row in markup.get("inline_keyboard") or []:
        for button in row:
            if not str(button.get("text", "")).strip():
                raise ApiError("Bad Request: text must be non-empty")
            actions = INLINE_BUTTON_ACTIONS & button.keys()
            if len(actions) != 1:
                raise ApiError(
                    "Bad Request: can't parse inline keyboard button: exactly one "
                    f"action expected, got {sorted(actions)}"
                )
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= 64:
                raise ApiError("Bad Request: BUTTON_DATA_INVALID")


def _check_commands(commands: Any) -> None:
    if not isinstance(commands, list) or len(commands) > 100:
        raise ApiError("Bad Request: commands must be a list of at most 100 BotCommand")
    for command in commands:
        if not COMMAND_RE.match(str(command.get("command", ""))):
            raise ApiError("Bad Request: BOT_COMMAND_INVALID")
        if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
            raise ApiError("Bad Request: command description must be 1-256 characters")


class BotApiBridge:
    """Start with :meth:`start`, point the bot at :attr:`base_url`, stop with :meth:`stop`."""

    #: How often a held getUpdates asks the emulator for new updates.
    poll_interval = 0.02
    #: The longest a getUpdates is held, whatever ``timeout`` the bot asked for.
    max_long_poll = 10.0

    def __init__(self, emulator_url: str, host: str = "127.0.0.1") -> None:
        self.emulator_url = emulator_url.rstrip("/")
        self.host = host
        self.port: int | None = None
        self._lock = threading.RLock()
        self._seq = itertools.count(1)
        self._activity = 0  # seq of the last event or call other than getUpdates
        self._file_ids = itertools.count(1)
        self._calls: list[ApiCall] = []
        self._chats: dict[int, list[ChatEvent]] = {}
        self._messages: dict[tuple[int, int], ChatMessage] = {}
        self._pending: dict[str, list[dict]] = {}  # token -> updates not yet confirmed
        self._callbacks: dict[str, dict] = {}  # callback_query id -> {"chat_id", "answered"}
        self._commands: dict[str, list] = {}
        self._settings: dict[str, Any] = {}
        self._uploads: dict[str, UploadedFile] = {}
        self._bot_user: dict | None = None
        self._chat_info: dict[int, dict] = {}  # chats as updates showed them
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._client: httpx.AsyncClient | None = None
        #: Exceptions inside the bridge (not refusals): a test should expect none.
        self.faults: list[str] = []
        #: Called (in the bridge's thread) before each call but getUpdates; returning True
        #: holds the call unanswered, e.g. after killing the bot right there.
        self.before_call: Callable[[str, ApiCall], bool] | None = None
        self._startup_error: BaseException | None = None

    # ------------------------------------------------------------------ lifecycle

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://{self.host}:{self.port}/file/bot"

    def start(self, timeout: float = 10.0) -> BotApiBridge:
        self._thread = threading.Thread(target=self._run, name="bot-api-bridge", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise RuntimeError("the Bot API bridge did not start")
        if self._startup_error:
            raise RuntimeError("the Bot API bridge did not start") from self._startup_error
        return self

    def stop(self, timeout: float = 10.0) -> None:
        if self._loop and self._stopping and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._stopping.set)
        if self._thread:
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:
            self._startup_error = exc
            self._ready.set()

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopping = asyncio.Event()
        app = tornado.web.Application(
            [
                (r"/bot([^/]+)/([A-Za-z]+)/?", _BotApiHandler, {"bridge": self}),
                (r"/file/bot([^/]+)/(.+)", _FileHandler, {"bridge": self}),
            ],
            log_function=lambda handler: None,
        )
        sockets = tornado.netutil.bind_sockets(0, self.host)
        self.port = sockets[0].getsockname()[1]
        server = tornado.httpserver.HTTPServer(app)
        server.add_sockets(sockets)
        async with httpx.AsyncClient(base_url=self.emulator_url, timeout=10) as client:
            self._client = client
            self._ready.set()
            await self._stopping.wait()
            server.stop()
        await server.close_all_connections()

    # ------------------------------------------------------------------ reading (any thread)

    def calls(self, method: str | None = None) -> list[ApiCall]:
        """Every call the bot made so far, oldest first; only ``method``'s if given."""
        with self._lock:
            return [c for c in self._calls if method is None or c.method == method]

    def current_seq(self) -> int:
        """A position in the bridge's history: later calls and events have a larger ``seq``.

        getUpdates calls do not count: they come and go while the bot is idle.
        """
        with self._lock:
            return self._activity

    def events(self, chat_id: int, after: int = 0) -> list[ChatEvent]:
        with self._lock:
            return [e for e in self._chats.get(int(chat_id), []) if e.seq > after]

    def messages(self, chat_id: int, *, from_bot: bool | None = True) -> list[ChatMessage]:
        """The chat as it looks now (edits applied, deleted messages left out)."""
        with self._lock:
            seen: dict[int, ChatMessage] = {}
            for event in self._chats.get(int(chat_id), []):
                msg = self._messages.get((int(chat_id), event.message.message_id))
                if msg and not msg.deleted and (from_bot is None or msg.from_bot == from_bot):
                    seen[msg.message_id] = copy.deepcopy(msg)
            return sorted(seen.values(), key=lambda m: m.message_id)

    def message(self, chat_id: int, message_id: int) -> ChatMessage | None:
        with self._lock:
            msg = self._messages.get((int(chat_id), int(message_id)))
            return copy.deepcopy(msg) if msg else None

    def commands(self, language_code: str = "", scope: str = "default") -> list[dict]:
        """The command list the bot set for that language and scope type (None if never set)."""
        with self._lock:
            return copy.deepcopy(self._commands.get(f"{scope}:{language_code}"))

    def unanswered_callback_queries(self, chat_id: int | None = None) -> list[str]:
        with self._lock:
            return [
                qid
                for qid, info in self._callbacks.items()
                if not info["answered"] and (chat_id is None or info["chat_id"] == chat_id)
            ]

    def upload(self, file_id: str) -> UploadedFile | None:
        with self._lock:
            return self._uploads.get(file_id)

    def bot_message_dict(self, msg: ChatMessage) -> dict:
        """A message as the Bot API shows it (for a callback query's ``message``)."""
        with self._lock:
            return self._message_json(msg)

    def transcript(self, chat_id: int) -> str:
        lines = []
        for event in self.events(chat_id):
            msg = event.message
            if not msg.from_bot:
                if msg.callback_data is not None:
                    lines.append(f"user pressed [{msg.callback_data}]")
                else:
                    lines.append(f"user #{msg.message_id}: {msg.text}")
                continue
            what = {"sent": "bot", "edited": "bot edited", "deleted": "bot deleted"}[event.action]
            if event.action == "edited" and not event.text_changed:
                lines.append(
                    f"bot edited #{msg.message_id}: keyboard {msg.button_labels() or 'removed'}"
                )
                continue
            kind = f" ({msg.kind})" if msg.kind != "text" else ""
            lines.append(f"{what} #{msg.message_id}{kind}: {msg.text}")
            labels = msg.button_labels()
            if labels and event.action != "deleted":
                lines.append(f"    buttons: {labels}")
        return "\n".join(lines) or "(no messages)"

    # ------------------------------------------------------------------ recording (bridge thread)

    def _record(self, method: str, params: dict, files: dict) -> ApiCall:
        with self._lock:
            call = ApiCall(next(self._seq), time.time(), method, params, files)
            if method != "getUpdates":
                self._activity = call.seq
            self._calls.append(call)
            return call

    def _event(self, action: str, msg: ChatMessage, text_changed: bool = True) -> None:
        with self._lock:
            if action in ("sent", "user"):
                self._messages[(msg.chat_id, msg.message_id)] = msg
            event = ChatEvent(next(self._seq), action, copy.deepcopy(msg), text_changed)
            self._activity = event.seq
            self._chats.setdefault(msg.chat_id, []).append(event)

    # ------------------------------------------------------------------ handling (bridge thread)

    async def handle(self, token: str, method: str, params: dict, files: dict) -> tuple[int, dict]:
        """One Bot API call: returns the HTTP status and the JSON answer."""
        call = self._record(method, params, files)
        hook = self.before_call
        if hook is not None and method != "getUpdates" and hook(token, call):
            # The hook held the call (it killed the bot meanwhile): nothing is answered.
            call.ok, call.error = False, "held by the test"
            return 503, {"ok": False, "error_code": 503, "description": "held"}
        handler = getattr(self, f"_m_{method}", None)
        try:
            if handler is not None:
                result = await handler(token, call)
            elif method in SEND_MEDIA:
                result = await self._send_media(token, call, SEND_MEDIA[method])
            elif method in TRUE_METHODS:
                call.emulated = True
                result = True
            else:
                result = await self._forward(token, call)
        except ApiError as err:
            call.ok, call.error = False, err.description
            return err.code, {"ok": False, "error_code": err.code, "description": err.description}
        except Exception as exc:
            call.ok, call.error = False, f"bridge fault: {exc!r}"
            with self._lock:
                self.faults.append(f"{method}: {exc!r}")
            return 500, {"ok": False, "error_code": 500, "description": call.error}
        call.result = result
        return 200, {"ok": True, "result": result}

    async def _emulator(self, token: str, method: str, data: dict) -> tuple[int, Any]:
        res = await self._client.post(f"/bot{token}/{method}", data=data)
        try:
            body = res.json()
        except ValueError:
            body = {"message": res.text}
        return res.status_code, _to_seconds(body)

    async def _forward(self, token: str, call: ApiCall) -> Any:
        """A method the bridge has no rule for: the emulator answers, mended if need be."""
        raw = {k: v if isinstance(v, str) else json.dumps(v) for k, v in call.params.items()}
        status, body = await self._emulator(token, call.method, raw)
        if status == 200 and isinstance(body, dict) and body.get("ok"):
            return body.get("result", True)
        if status == 200 and isinstance(body, dict) and body.get("ok") is False:
            raise ApiError(str(body.get("description", "Bad Request")), body.get("error_code", 400))
        # Not supported by the emulator (HTTP 500, no "ok"): answer plausibly, keep the record.
        call.emulated = True
        return True

    # --- getMe / getUpdates ---------------------------------------------------------------

    async def _m_getMe(self, token: str, call: ApiCall) -> dict:
        status, body = await self._emulator(token, "getMe", {})
        user = dict(body.get("result") or {}) if status == 200 else {}
        user.setdefault("id", 666)
        user.setdefault("first_name", "Test Bot")
        user.setdefault("username", "TestNameBot")
        for key, value in BOT_USER_DEFAULTS.items():
            user.setdefault(key, value)
        with self._lock:
            self._bot_user = user
        return user

    def _bot(self) -> dict:
        with self._lock:
            user = self._bot_user or {
                "id": 666,
                "first_name": "Test Bot",
                "username": "TestNameBot",
            }
        return {k: user[k] for k in ("id", "first_name", "username") if k in user} | {
            "is_bot": True
        }

    async def _pull(self, token: str) -> None:
        """Move new updates from the emulator (which forgets what it handed out) to our queue."""
        status, body = await self._emulator(token, "getUpdates", {})
        if status != 200 or not isinstance(body, dict):
            return
        for update in body.get("result") or []:
            self._mend_update(update)
            with self._lock:
                self._pending.setdefault(token, []).append(update)

    def _mend_update(self, update: dict) -> None:
        message = update.get("message")
        if message:
            message.pop("botToken", None)
            message.setdefault("date", _now())
            with self._lock:
                self._chat_info[int(message["chat"]["id"])] = dict(message["chat"])
            msg = ChatMessage(
                chat_id=int(message["chat"]["id"]),
                message_id=int(message["message_id"]),
                from_bot=False,
                kind="text",
                text=message.get("text", ""),
                raw_text=message.get("text", ""),
                date=message["date"],
            )
            self._event("user", msg)
        query = update.get("callback_query")
        if query:
            inner = query.get("message") or {}
            inner.pop("botToken", None)
            chat_id = int((inner.get("chat") or {}).get("id", query["from"]["id"]))
            # Telegram always sends chat_instance; python-telegram-bot requires it.
            query.setdefault("chat_instance", f"e2e-{chat_id}")
            with self._lock:
                self._callbacks[str(query["id"])] = {"chat_id": chat_id, "answered": False}
            self._event(
                "user",
                ChatMessage(
                    chat_id=chat_id,
                    message_id=-int(update["update_id"]),
                    from_bot=False,
                    kind="callback_query",
                    text="",
                    callback_data=query.get("data"),
                ),
            )

    async def _m_getUpdates(self, token: str, call: ApiCall) -> list:
        params = call.params
        offset = _as_int(params.get("offset")) or 0
        limit = max(1, min(100, _as_int(params.get("limit")) or 100))
        timeout = min(float(params.get("timeout") or 0), self.max_long_poll)
        allowed = params.get("allowed_updates") or None
        deadline = time.monotonic() + timeout
        while True:
            await self._pull(token)
            with self._lock:
                queue = self._pending.setdefault(token, [])
                if offset > 0:
                    queue[:] = [u for u in queue if u["update_id"] >= offset]
                elif offset < 0:
                    queue[:] = queue[offset:]
                if allowed:
                    queue[:] = [u for u in queue if set(u) & set(allowed)]
                ready = copy.deepcopy(queue[:limit])
            if ready or time.monotonic() >= deadline or self._stopping.is_set():
                return ready
            await asyncio.sleep(self.poll_interval)

    async def _m_deleteWebhook(self, token: str, call: ApiCall) -> bool:
        if call.params.get("drop_pending_updates") in (True, "true", "True"):
            await self._pull(token)
            with self._lock:
                self._pending[token] = []
        await self._emulator(token, "deleteWebhook", {})
        return True

    async def _m_getWebhookInfo(self, token: str, call: ApiCall) -> dict:
        call.emulated = True
        return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}

    # --- sending ----------------------------------------------------------------------------

    def _chat_json(self, chat_id: int) -> dict:
        with self._lock:
            if chat_id in self._chat_info:
                return dict(self._chat_info[chat_id])
        if chat_id > 0:
            return {"id": chat_id, "type": "private", "first_name": "E2E User"}
        return {"id": chat_id, "type": "supergroup", "title": "E2E Group"}

    def _message_json(self, msg: ChatMessage) -> dict:
        out: dict[str, Any] = {
            "message_id": msg.message_id,
            "date": msg.date or _now(),
            "chat": self._chat_json(msg.chat_id),
            "from": self._bot(),
        }
        if msg.edits:
            out["edit_date"] = _now()
        if msg.kind == "text":
            out["text"] = msg.text
        else:
            if msg.text:
                out["caption"] = msg.text
            out.update(self._media_json(msg))
        if msg.inline_keyboard:
            out["reply_markup"] = {"inline_keyboard": msg.inline_keyboard}
        return out

    def _media_json(self, msg: ChatMessage) -> dict:
        file_id = msg.file_id or (msg.file if isinstance(msg.file, str) else None)
        file_id = file_id or f"e2e-{msg.kind}-{msg.message_id}"
        base = {"file_id": file_id, "file_unique_id": f"u{abs(hash(file_id)) % 10**9}"}
        if isinstance(msg.file, UploadedFile):
            base["file_size"] = len(msg.file.body)
        if msg.kind == "photo":
            return {"photo": [base | {"width": 640, "height": 480}]}
        if msg.kind == "document" and isinstance(msg.file, UploadedFile):
            base |= {"file_name": msg.file.filename, "mime_type": msg.file.content_type}
        if msg.kind == "sticker":
            base |= {
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
                "type": "regular",
            }
        if msg.kind in ("video", "animation", "video_note", "voice", "audio"):
            base |= {"duration": 1}
        if msg.kind in ("video", "animation"):
            base |= {"width": 640, "height": 480}
        if msg.kind == "video_note":
            base |= {"length": 240}
        return {msg.kind: base}

    def _check_text(self, text: Any, parse_mode: Any, limit: int, *, caption: bool) -> str:
        if text is None or (not caption and not str(text).strip()):
            if caption:
                return ""
            raise ApiError("Bad Request: message text is empty")
        plain = plain_text(str(text), parse_mode)
        if not caption and not plain.strip():
            raise ApiError("Bad Request: message text is empty")
        if len(plain) > limit:
            raise ApiError(
                "Bad Request: message caption is too long"
                if caption
                else "Bad Request: message is too long"
            )
        return plain

    def _chat_id(self, call: ApiCall) -> int:
        chat_id = _as_int(call.params.get("chat_id"))
        if chat_id is None:
            raise ApiError("Bad Request: chat not found")
        return chat_id

    async def _new_message_id(self, token: str, chat_id: int, text: str) -> int:
        """Let the emulator number the message (its counter is shared with the user's)."""
        status, body = await self._emulator(
            token, "sendMessage", {"chat_id": str(chat_id), "text": text}
        )
        if status != 200 or not body.get("ok"):
            raise ApiError(f"Bad Request: emulator refused the message: {body}")
        return int(body["result"]["message_id"])

    async def _m_sendMessage(self, token: str, call: ApiCall) -> dict:
        p = call.params
        chat_id = self._chat_id(call)
        plain = self._check_text(p.get("text"), p.get("parse_mode"), TEXT_LIMIT, caption=False)
        markup = p.get("reply_markup")
        _check_reply_markup(markup)
        raw = {k: v if isinstance(v, str) else json.dumps(v) for k, v in p.items()}
        status, body = await self._emulator(token, "sendMessage", raw)
        if status != 200 or not body.get("ok"):
            raise ApiError(f"Bad Request: emulator refused the message: {body}")
        msg = ChatMessage(
            chat_id=chat_id,
            message_id=int(body["result"]["message_id"]),
            from_bot=True,
            kind="text",
            text=plain,
            raw_text=str(p["text"]),
            parse_mode=p.get("parse_mode"),
            reply_markup=markup if isinstance(markup, dict) else None,
            date=_now(),
        )
        self._event("sent", msg)
        return self._message_json(msg)

    async def _send_media(self, token: str, call: ApiCall, kind: str) -> dict:
        call.emulated = True
        p = call.params
        chat_id = self._chat_id(call)
        caption = self._check_text(
            p.get("caption"), p.get("parse_mode"), CAPTION_LIMIT, caption=True
        )
        markup = p.get("reply_markup")
        _check_reply_markup(markup)
        upload = call.files.get(kind)
        source = p.get(kind)
        if upload is None and isinstance(source, str) and source.startswith("attach://"):
            upload = call.files.get(source.removeprefix("attach://"))
        if upload is None and not source:
            raise ApiError(f"Bad Request: there is no {kind} in the request")
        message_id = await self._new_message_id(token, chat_id, caption or f"[{kind}]")
        msg = ChatMessage(
            chat_id=chat_id,
            message_id=message_id,
            from_bot=True,
            kind=kind,
            text=caption,
            raw_text=str(p.get("caption") or ""),
            parse_mode=p.get("parse_mode"),
            reply_markup=markup if isinstance(markup, dict) else None,
            file=upload if upload is not None else source,
            date=_now(),
        )
        if upload is not None:
            msg.file_id = f"e2e-file-{next(self._file_ids)}"
            with self._lock:
                self._uploads[msg.file_id] = upload
        self._event("sent", msg)
        return self._message_json(msg)

    async def _m_sendLocation(self, token: str, call: ApiCall) -> dict:
        call.emulated = True
        chat_id = self._chat_id(call)
        message_id = await self._new_message_id(token, chat_id, "[location]")
        msg = ChatMessage(chat_id, message_id, True, "location", "", date=_now())
        self._event("sent", msg)
        loc = {
            "latitude": float(call.params.get("latitude", 0)),
            "longitude": float(call.params.get("longitude", 0)),
        }
        return self._message_json(msg) | {"location": loc}

    # --- editing and deleting -----------------------------------------------------------------

    def _target(self, call: ApiCall) -> ChatMessage | None:
        """The message an edit names, or None for an inline message (answered with True)."""
        p = call.params
        if p.get("inline_message_id"):
            return None
        chat_id, message_id = _as_int(p.get("chat_id")), _as_int(p.get("message_id"))
        with self._lock:
            msg = self._messages.get((chat_id, message_id)) if chat_id and message_id else None
        if msg is None or msg.deleted or not msg.from_bot:
            raise ApiError("Bad Request: message to edit not found")
        return msg

    def _apply_edit(self, msg: ChatMessage, **changes: Any) -> dict:
        current = (msg.text, msg.reply_markup or None)
        wanted = (changes.get("text", msg.text), changes.get("reply_markup", msg.reply_markup))
        if current == (wanted[0], wanted[1] or None) and changes.get("raw_text") in (
            None,
            msg.raw_text,
        ):
            raise ApiError(
                "Bad Request: message is not modified: specified new message content and reply "
                "markup are exactly the same as a current content and reply markup of the message"
            )
        with self._lock:
            text_changed = changes.get("text", msg.text) != msg.text
            for key, value in changes.items():
                setattr(msg, key, value)
            msg.edits += 1
        self._event("edited", msg, text_changed)
        return self._message_json(msg)

    async def _forward_quietly(self, token: str, call: ApiCall) -> None:
        raw = {k: v if isinstance(v, str) else json.dumps(v) for k, v in call.params.items()}
        try:
            await self._emulator(token, call.method, raw)
        except httpx.HTTPError:
            pass

    async def _m_editMessageText(self, token: str, call: ApiCall) -> dict | bool:
        p = call.params
        plain = self._check_text(p.get("text"), p.get("parse_mode"), TEXT_LIMIT, caption=False)
        markup = p.get("reply_markup")
        _check_reply_markup(markup)
        msg = self._target(call)
        await self._forward_quietly(token, call)  # keep the emulator's copy in step
        if msg is None:
            return True
        if msg.kind != "text":
            raise ApiError("Bad Request: there is no text in the message to edit")
        # Like Telegram: an edit without reply_markup removes the inline keyboard.
        return self._apply_edit(
            msg,
            text=plain,
            raw_text=str(p["text"]),
            parse_mode=p.get("parse_mode"),
            reply_markup=markup if isinstance(markup, dict) else None,
        )

    async def _m_editMessageCaption(self, token: str, call: ApiCall) -> dict | bool:
        call.emulated = True
        p = call.params
        plain = self._check_text(p.get("caption"), p.get("parse_mode"), CAPTION_LIMIT, caption=True)
        markup = p.get("reply_markup")
        _check_reply_markup(markup)
        msg = self._target(call)
        if msg is None:
            return True
        if msg.kind == "text":
            raise ApiError("Bad Request: there is no caption in the message to edit")
        return self._apply_edit(
            msg,
            text=plain,
            raw_text=str(p.get("caption") or ""),
            reply_markup=markup if isinstance(markup, dict) else None,
        )

    async def _m_editMessageReplyMarkup(self, token: str, call: ApiCall) -> dict | bool:
        markup = call.params.get("reply_markup")
        _check_reply_markup(markup)
        msg = self._target(call)
        await self._forward_quietly(token, call)
        if msg is None:
            return True
        return self._apply_edit(msg, reply_markup=markup if isinstance(markup, dict) else None)

    async def _m_deleteMessage(self, token: str, call: ApiCall) -> bool:
        chat_id, message_id = (
            _as_int(call.params.get("chat_id")),
            _as_int(call.params.get("message_id")),
        )
        await self._forward_quietly(token, call)
        with self._lock:
            msg = self._messages.get((chat_id, message_id))
            if msg is None or msg.deleted:
                raise ApiError("Bad Request: message to delete not found")
            msg.deleted = True
        self._event("deleted", msg)
        return True

    async def _m_deleteMessages(self, token: str, call: ApiCall) -> bool:
        call.emulated = True
        chat_id = _as_int(call.params.get("chat_id"))
        for message_id in call.params.get("message_ids") or []:
            with self._lock:
                msg = self._messages.get((chat_id, int(message_id)))
                if msg is None or msg.deleted:
                    continue
                msg.deleted = True
            self._event("deleted", msg)
        return True

    async def _m_answerCallbackQuery(self, token: str, call: ApiCall) -> bool:
        qid = str(call.params.get("callback_query_id", ""))
        text = call.params.get("text")
        if text is not None and len(str(text)) > 200:
            raise ApiError("Bad Request: MESSAGE_TOO_LONG")
        with self._lock:
            info = self._callbacks.get(qid)
            if info is None or info["answered"]:
                raise ApiError(
                    "Bad Request: query is too old and response timeout expired or "
                    "query ID is invalid"
                )
            info["answered"] = True
        await self._forward_quietly(token, call)
        return True

    # --- the bot's profile: commands, description, name ----------------------------------------

    @staticmethod
    def _command_key(params: dict) -> str:
        scope = params.get("scope") or {"type": "default"}
        scope_type = scope.get("type", "default") if isinstance(scope, dict) else "default"
        return f"{scope_type}:{params.get('language_code') or ''}"

    async def _m_setMyCommands(self, token: str, call: ApiCall) -> bool:
        call.emulated = True
        commands = call.params.get("commands")
        _check_commands(commands)
        language = call.params.get("language_code") or ""
        if language and not re.fullmatch(r"[a-z]{2}", str(language)):
            raise ApiError("Bad Request: LANG_CODE_INVALID")
        with self._lock:
            self._commands[self._command_key(call.params)] = commands
        return True

    async def _m_deleteMyCommands(self, token: str, call: ApiCall) -> bool:
        call.emulated = True
        with self._lock:
            self._commands.pop(self._command_key(call.params), None)
        return True

    async def _m_getMyCommands(self, token: str, call: ApiCall) -> list:
        call.emulated = True
        with self._lock:
            return copy.deepcopy(self._commands.get(self._command_key(call.params)) or [])

    async def _set_text_setting(self, call: ApiCall, name: str, limit: int) -> bool:
        call.emulated = True
        value = str(call.params.get(name) or "")
        if len(value) > limit:
            raise ApiError(f"Bad Request: {name} is too long")
        with self._lock:
            self._settings[f"{name}:{call.params.get('language_code') or ''}"] = value
        return True

    async def _m_setMyDescription(self, token: str, call: ApiCall) -> bool:
        return await self._set_text_setting(call, "description", 512)

    async def _m_setMyShortDescription(self, token: str, call: ApiCall) -> bool:
        return await self._set_text_setting(call, "short_description", 120)

    async def _m_setMyName(self, token: str, call: ApiCall) -> bool:
        return await self._set_text_setting(call, "name", 64)

    async def _get_text_setting(self, call: ApiCall, name: str) -> dict:
        call.emulated = True
        with self._lock:
            value = self._settings.get(f"{name}:{call.params.get('language_code') or ''}", "")
        return {name: value}

    async def _m_getMyDescription(self, token: str, call: ApiCall) -> dict:
        return await self._get_text_setting(call, "description")

    async def _m_getMyShortDescription(self, token: str, call: ApiCall) -> dict:
        return await self._get_text_setting(call, "short_description")

    async def _m_getMyName(self, token: str, call: ApiCall) -> dict:
        return await self._get_text_setting(call, "name")

    async def _m_getChatMenuButton(self, token: str, call: ApiCall) -> dict:
        call.emulated = True
        return {"type": "commands"}

    async def _m_getChat(self, token: str, call: ApiCall) -> dict:
        call.emulated = True
        chat = self._chat_json(self._chat_id(call))
        return chat | {"accent_color_id": 0, "max_reaction_count": 11}

    async def _m_getFile(self, token: str, call: ApiCall) -> dict:
        call.emulated = True
        file_id = str(call.params.get("file_id", ""))
        upload = self.upload(file_id)
        if upload is None:
            raise ApiError("Bad Request: invalid file_id")
        return {
            "file_id": file_id,
            "file_unique_id": f"u{abs(hash(file_id)) % 10**9}",
            "file_size": len(upload.body),
            "file_path": f"files/{file_id}",
        }


class _BotApiHandler(tornado.web.RequestHandler):
    def initialize(self, bridge: BotApiBridge) -> None:
        self.bridge = bridge

    def check_xsrf_cookie(self) -> None:  # pragma: no cover - the Bot API has none
        return None

    async def get(self, token: str, method: str) -> None:
        await self.post(token, method)

    async def post(self, token: str, method: str) -> None:
        params: dict[str, Any] = {}
        content_type = self.request.headers.get("Content-Type", "")
        if content_type.startswith("application/json") and self.request.body:
            params.update(json.loads(self.request.body))
        for key, values in self.request.arguments.items():
            params[key] = _decode_param(key, values[-1].decode("utf-8"))
        files = {
            name: UploadedFile(name, f.filename, f.content_type, f.body)
            for name, items in self.request.files.items()
            for f in items[-1:]
        }
        status, answer = await self.bridge.handle(token, method, params, files)
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(answer))


class _FileHandler(tornado.web.RequestHandler):
    def initialize(self, bridge: BotApiBridge) -> None:
        self.bridge = bridge

    def get(self, token: str, path: str) -> None:
        upload = self.bridge.upload(path.rsplit("/", 1)[-1])
        if upload is None:
            raise tornado.web.HTTPError(404)
        self.set_header("Content-Type", upload.content_type or "application/octet-stream")
        self.finish(upload.body)
