"""The bridge itself, against the real emulator, with a raw HTTP "bot" of a second token.

No ``va-coach`` process is involved: these pin down the emulator gaps the bridge
mends, so a failure in the bot scenarios can be told apart from a harness fault.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator

import httpx
import pytest

from tests.e2e.driver import TelegramUser
from tests.e2e.harness import E2EEnvironment

pytestmark = pytest.mark.e2e

RAW_TOKEN = "7000000002:AAE2Eraw-bot_token_for_the_bridge0000"


class RawBot:
    """Calls the Bot API through the bridge the way python-telegram-bot does (form fields)."""

    def __init__(self, base_url: str) -> None:
        self.http = httpx.AsyncClient(base_url=f"{base_url}{RAW_TOKEN}/", timeout=15)

    async def call(self, method: str, **params: object) -> httpx.Response:
        form = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
        return await self.http.post(method, data=form)

    async def ok(self, method: str, **params: object):
        res = await self.call(method, **params)
        body = res.json()
        assert res.status_code == 200 and body["ok"], body
        return body["result"]


@pytest.fixture
async def raw(e2e_services: E2EEnvironment) -> AsyncIterator[RawBot]:
    bot = RawBot(e2e_services.bridge.base_url)
    yield bot
    await bot.http.aclose()


@pytest.fixture
async def user(e2e_services: E2EEnvironment) -> AsyncIterator[TelegramUser]:
    person = TelegramUser(
        emulator_url=e2e_services.emulator.url,
        bridge=e2e_services.bridge,
        token=RAW_TOKEN,
        user_id=31337,
        language_code="de",
    )
    yield person
    await person.aclose()


async def test_get_me_is_a_bot(raw: RawBot) -> None:
    me = await raw.ok("getMe")
    assert me["is_bot"] is True and me["id"] and me["username"]


async def test_updates_are_redelivered_until_confirmed(raw: RawBot, user: TelegramUser) -> None:
    await user.send("hallo")
    first = await raw.ok("getUpdates", timeout=5)
    assert [u["message"]["text"] for u in first] == ["hallo"]
    message = first[0]["message"]
    assert message["from"]["language_code"] == "de" and "botToken" not in message
    assert abs(message["date"] - time.time()) < 60  # seconds, not milliseconds
    again = await raw.ok("getUpdates", offset=first[0]["update_id"], timeout=0)
    assert again == first
    started = time.monotonic()
    confirmed = await raw.ok("getUpdates", offset=first[0]["update_id"] + 1, timeout=0.3)
    assert confirmed == [] and time.monotonic() - started >= 0.25  # long polling held it


async def test_sent_and_edited_messages(raw: RawBot, user: TelegramUser, e2e_services) -> None:
    markup = {"inline_keyboard": [[{"text": "Weiter", "callback_data": "next"}]]}
    sent = await raw.ok(
        "sendMessage",
        chat_id=user.chat_id,
        text="<b>Hallo</b> &amp; willkommen",
        parse_mode="HTML",
        reply_markup=markup,
    )
    assert abs(sent["date"] - time.time()) < 60
    assert sent["from"]["is_bot"] and sent["chat"]["type"] == "private"
    assert sent["reply_markup"] == markup
    assert await user.wait_for("Hallo & willkommen")

    await user.press("Weiter")
    updates = await raw.ok("getUpdates", timeout=5)
    query = updates[-1]["callback_query"]
    assert query["chat_instance"] and query["data"] == "next"
    assert query["message"]["message_id"] == sent["message_id"]
    await raw.ok("getUpdates", offset=updates[-1]["update_id"] + 1, timeout=0)
    assert e2e_services.bridge.unanswered_callback_queries(user.chat_id) == [query["id"]]
    assert await raw.ok("answerCallbackQuery", callback_query_id=query["id"]) is True
    assert e2e_services.bridge.unanswered_callback_queries(user.chat_id) == []

    edited = await raw.ok(
        "editMessageText", chat_id=user.chat_id, message_id=sent["message_id"], text="Fertig"
    )
    assert edited["text"] == "Fertig" and "reply_markup" not in edited  # keyboard removed
    assert await user.wait_for("Fertig")
    assert user.last_message().inline_keyboard == []
    same = await raw.call(
        "editMessageText", chat_id=user.chat_id, message_id=sent["message_id"], text="Fertig"
    )
    assert same.status_code == 400 and "not modified" in same.json()["description"]
    assert await raw.ok("deleteMessage", chat_id=user.chat_id, message_id=sent["message_id"])
    assert sent["message_id"] not in [m.message_id for m in user.messages()]


async def test_what_telegram_refuses(raw: RawBot, user: TelegramUser) -> None:
    bad_tag = await raw.call("sendMessage", chat_id=user.chat_id, text="a<br>b", parse_mode="HTML")
    assert bad_tag.status_code == 400 and "Unsupported start tag" in bad_tag.json()["description"]
    too_long = await raw.call("sendMessage", chat_id=user.chat_id, text="x" * 4097)
    assert too_long.status_code == 400
    big_data = {"inline_keyboard": [[{"text": "x", "callback_data": "d" * 65}]]}
    res = await raw.call("sendMessage", chat_id=user.chat_id, text="x", reply_markup=big_data)
    assert res.status_code == 400 and "BUTTON_DATA_INVALID" in res.json()["description"]


async def test_methods_the_emulator_lacks(raw: RawBot, user: TelegramUser, e2e_services) -> None:
    bridge = e2e_services.bridge
    commands = [{"command": "start", "description": "Los geht's"}]
    assert await raw.ok("setMyCommands", commands=commands, language_code="de") is True
    assert await raw.ok("getMyCommands", language_code="de") == commands
    assert bridge.commands("de") == commands
    call = bridge.calls("setMyCommands")[-1]
    assert call.emulated and call.params["commands"] == commands

    res = await raw.http.post(
        "sendDocument",
        data={"chat_id": str(user.chat_id), "caption": "Dein Bericht"},
        files={"document": ("bericht.txt", b"Inhalt", "text/plain")},
    )
    document = res.json()["result"]["document"]
    assert document["file_name"] == "bericht.txt"
    msg = await user.wait_for_message("Dein Bericht")
    assert msg.kind == "document" and msg.file.body == b"Inhalt"
    info = await raw.ok("getFile", file_id=document["file_id"])
    download = await raw.http.get(f"{bridge.base_file_url}{RAW_TOKEN}/{info['file_path']}")
    assert download.content == b"Inhalt"

    assert await raw.ok("setMessageReaction", chat_id=user.chat_id, message_id=1) is True
    assert bridge.calls("setMessageReaction")[-1].emulated
    assert bridge.faults == []
