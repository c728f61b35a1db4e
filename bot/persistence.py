"""Conversation state and user_data in the bot's own database (no pickle files).

Only `user_data` (flow scratch answers) and conversation states are kept here; facts such as
clients or check-ins are ordinary rows written by the flows themselves.
"""

from __future__ import annotations

import json
from collections import defaultdict
from copy import deepcopy

from sqlalchemy import delete, select
from telegram.ext import BasePersistence, PersistenceInput

from bot.db.models import ConversationRow, UserDataRow, utcnow
from bot.db.session import Database


def encode_key(key: tuple) -> str:
    return json.dumps(list(key), separators=(",", ":"))


def decode_key(raw: str) -> tuple:
    return tuple(json.loads(raw))


def user_of_key(key: tuple) -> int | None:
    """Conversations are per chat and user: the user id is the last part of the key."""
    return int(key[-1]) if key else None


class DatabasePersistence(BasePersistence):
    def __init__(self, database: Database, update_interval: float = 60) -> None:
        super().__init__(
            store_data=PersistenceInput(
                bot_data=False, chat_data=False, user_data=True, callback_data=False
            ),
            update_interval=update_interval,
        )
        self.database = database

    # user_data ---------------------------------------------------------------------------------
    async def get_user_data(self) -> dict[int, dict]:
        async with self.database.sessions() as session:
            rows = (await session.execute(select(UserDataRow))).scalars().all()
            return defaultdict(dict, {row.user_id: dict(row.data) for row in rows})

    async def update_user_data(self, user_id: int, data: dict) -> None:
        async with self.database.sessions.begin() as session:
            row = await session.get(UserDataRow, user_id)
            if row is None:
                session.add(UserDataRow(user_id=user_id, data=deepcopy(data)))
            else:
                row.data = deepcopy(data)
                row.updated_at = utcnow()

    async def drop_user_data(self, user_id: int) -> None:
        async with self.database.sessions.begin() as session:
            await session.execute(delete(UserDataRow).where(UserDataRow.user_id == user_id))

    async def refresh_user_data(self, user_id: int, user_data: dict) -> None:
        """Nothing to refresh: this process is the only writer while it holds the bot."""

    # conversations -----------------------------------------------------------------------------
    async def get_conversations(self, name: str) -> dict:
        async with self.database.sessions() as session:
            rows = (
                await session.execute(select(ConversationRow).where(ConversationRow.name == name))
            ).scalars()
            return {decode_key(row.key): row.state["state"] for row in rows}

    async def update_conversation(self, name: str, key: tuple, new_state: object | None) -> None:
        async with self.database.sessions.begin() as session:
            row = await session.get(ConversationRow, (name, encode_key(key)))
            if new_state is None:
                if row is not None:
                    await session.delete(row)
                return
            if row is None:
                session.add(
                    ConversationRow(
                        name=name,
                        key=encode_key(key),
                        state={"state": new_state},
                        user_id=user_of_key(key),
                    )
                )
            else:
                row.state = {"state": new_state}

    # not stored --------------------------------------------------------------------------------
    async def get_chat_data(self) -> dict:
        return defaultdict(dict)

    async def get_bot_data(self) -> dict:
        return {}

    async def get_callback_data(self) -> None:
        return None

    async def update_chat_data(self, chat_id: int, data: dict) -> None:
        """chat_data is not stored."""

    async def update_bot_data(self, data: dict) -> None:
        """bot_data is not stored."""

    async def update_callback_data(self, data: object) -> None:
        """Arbitrary callback data is not used; buttons carry typed codecs instead."""

    async def drop_chat_data(self, chat_id: int) -> None:
        """chat_data is not stored."""

    async def refresh_chat_data(self, chat_id: int, chat_data: dict) -> None:
        """chat_data is not stored."""

    async def refresh_bot_data(self, bot_data: dict) -> None:
        """bot_data is not stored."""

    async def flush(self) -> None:
        """Every update is written as it happens; nothing is buffered here."""
