"""The bot object: python-telegram-bot's ExtBot, committing the update's database work before
each call to Telegram (bot/db/unit.py says why), and noting whether the last message asks."""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

from telegram import InlineKeyboardMarkup
from telegram.ext import ExtBot

from bot.db.unit import commit_current_unit

# Whether the last message this update sent or edited has buttons: a question still open, so
# nothing else should be offered under it (bot/flows/pause.py). One value per update's task.
_asks: ContextVar[bool] = ContextVar("last_message_asks", default=False)
MESSAGE_ENDPOINTS = frozenset(
    {"sendMessage", "editMessageText", "editMessageReplyMarkup", "sendPhoto", "sendDocument"}
)


def last_message_asks() -> bool:
    return _asks.get()


def forget_last_message() -> None:
    """At the start of an update: nothing sent yet."""
    _asks.set(False)


class CoachBot(ExtBot):
    __slots__ = ()

    async def _do_post(self, endpoint: str, data: Any, **kwargs: Any) -> Any:
        # Before the rate limiter too: a call it delays must not hold the database meanwhile.
        if endpoint != "getUpdates":
            await commit_current_unit()
        if endpoint in MESSAGE_ENDPOINTS:
            _asks.set(isinstance(data.get("reply_markup"), InlineKeyboardMarkup))
        return await super()._do_post(endpoint, data, **kwargs)
