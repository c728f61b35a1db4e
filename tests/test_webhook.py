"""The webhook refuses strangers and junk, acknowledges only processed updates, and runs each
update once even when Telegram delivers it again."""

from __future__ import annotations

import asyncio
import json
import socket

import httpx
import pytest

from bot.db.migrate import upgrade
from bot.runtime.webhook import serve
from tests.conftest import Bot

SECRET = "s3cret_token-value"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
async def webhook(database_url, tmp_path):
    fresh = Bot(database_url, tmp_path)  # serve() initialises and shuts it down itself
    await upgrade(fresh.app.database.engine)
    port, stop = free_port(), asyncio.Event()
    task = asyncio.create_task(serve(fresh.app, "127.0.0.1", port, "telegram", SECRET, None, stop))
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        for _ in range(100):
            try:
                await client.get("/")
                break
            except httpx.TransportError:
                await asyncio.sleep(0.05)
        yield client, fresh
    stop.set()
    await task


def start_update(update_id: int, user_id: int = 5151) -> dict:
    user = {"id": user_id, "is_bot": False, "first_name": "Wanda", "language_code": "en"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 1_700_000_000,
            "text": "/start",
            "chat": {"id": user_id, "type": "private"},
            "from": user,
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        },
    }


def sends(bot) -> int:
    return len([c for c in bot.api.calls if c.method == "sendMessage"])


async def test_secret_token_is_required(webhook):
    client, bot = webhook
    body = json.dumps(start_update(1))
    assert (await client.post("/telegram", content=body)).status_code == 403
    wrong = await client.post(
        "/telegram", content=body, headers={"X-Telegram-Bot-Api-Secret-Token": "guess"}
    )
    assert wrong.status_code == 403 and wrong.content == b""
    assert sends(bot) == 0


@pytest.mark.parametrize("body", [b"not json", b"[]", b'{"hello": 1}', b'{"update_id": "x"}'])
async def test_bodies_that_are_not_updates_are_refused_quietly(webhook, body):
    client, bot = webhook
    response = await client.post(
        "/telegram", content=body, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
    )
    assert response.status_code == 400 and response.content == b""
    assert sends(bot) == 0


async def test_an_update_is_processed_once_and_then_acknowledged(webhook):
    client, bot = webhook
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    first = await client.post("/telegram", content=json.dumps(start_update(77)), headers=headers)
    assert first.status_code == 200
    assert sends(bot) == 1  # the welcome was sent before the 200 went out
    again = await client.post("/telegram", content=json.dumps(start_update(77)), headers=headers)
    assert again.status_code == 200 and sends(bot) == 1  # a redelivery is not run twice


async def test_a_failure_is_not_acknowledged(webhook, monkeypatch):
    client, bot = webhook
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}

    async def broken(*args, **kwargs):
        raise OSError("database unreachable")

    monkeypatch.setattr(bot.app, "update_persistence", broken)
    failed = await client.post("/telegram", content=json.dumps(start_update(90)), headers=headers)
    assert failed.status_code == 500 and b"database" not in failed.content
    monkeypatch.undo()
    retried = await client.post("/telegram", content=json.dumps(start_update(90)), headers=headers)
    assert retried.status_code == 200  # Telegram's redelivery is processed this time
