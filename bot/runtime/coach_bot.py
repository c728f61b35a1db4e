"""The bot object: python-telegram-bot's ExtBot, committing the update's database work before
each call to Telegram (bot/db/unit.py says why)."""

from __future__ import annotations

from typing import Any

from telegram.ext import ExtBot

from bot.db.unit import commit_current_unit, current_unit
from bot.ui.common import forget_answered


class CoachBot(ExtBot):
    __slots__ = ()

    async def _do_post(self, endpoint: str, data: Any, **kwargs: Any) -> Any:
        # Before the rate limiter too: a call it delays must not hold the database meanwhile.
        if endpoint != "getUpdates":
            await commit_current_unit()
        result = await super()._do_post(endpoint, data, **kwargs)
        if isinstance(result, dict) and "message_id" in result:
            unit = current_unit()
            if unit is not None and unit.user_data is not None:
                # A new message cannot have been answered: an id used again (the offline Bot
                # API after a restart) must not count as an earlier, answered one.
                forget_answered(unit.user_data, result["message_id"])
        return result
