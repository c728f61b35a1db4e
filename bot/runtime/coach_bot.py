"""The bot object: python-telegram-bot's ExtBot, committing the update's database work before
each call to Telegram (bot/db/unit.py says why)."""

from __future__ import annotations

from typing import Any

from telegram.ext import ExtBot

from bot.db.unit import commit_current_unit


class CoachBot(ExtBot):
    __slots__ = ()

    async def _do_post(self, endpoint: str, data: Any, **kwargs: Any) -> Any:
        # Before the rate limiter too: a call it delays must not hold the database meanwhile.
        if endpoint != "getUpdates":
            await commit_current_unit()
        return await super()._do_post(endpoint, data, **kwargs)
