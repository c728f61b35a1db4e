"""Conversation state and user_data in the bot's own database (no pickle files).

Only `user_data` (flow scratch answers) and conversation states are kept here; facts such as
clients or check-ins are ordinary rows written by the flows themselves.

python-telegram-bot hands over each changed conversation and each touched user_data one call at
a time; writing each in its own transaction cost about 40% of an update. Here the calls only
collect what changed (unchanged data is skipped), and `commit()` writes it all in one
transaction, called by CoachApplication.update_persistence right after PTB's own pass.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from copy import deepcopy

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from telegram.ext import BasePersistence, PersistenceInput

from bot.db.clean_text import strip_controls
from bot.db.models import ConversationRow, UserDataRow, utcnow
from bot.db.session import Database
from bot.db.unit import current_unit


def encode_key(key: tuple) -> str:
    return json.dumps(list(key), separators=(",", ":"))


def decode_key(raw: str) -> tuple:
    return tuple(json.loads(raw))


def user_of_key(key: tuple) -> int | None:
    """Conversations are per chat and user: the user id is the last part of the key."""
    return int(key[-1]) if key else None


def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)


class DatabasePersistence(BasePersistence):
    # python-telegram-bot also writes every `update_interval` seconds, outside any update. Each
    # update commits its own data (CoachApplication), so that pass would only race them.
    def __init__(self, database: Database, update_interval: float = 7 * 24 * 3600) -> None:
        super().__init__(
            store_data=PersistenceInput(
                bot_data=False, chat_data=False, user_data=True, callback_data=False
            ),
            update_interval=update_interval,
        )
        self.database = database
        self._insert = sqlite_insert if database.is_sqlite else pg_insert
        self._written: dict[tuple, str] = {}  # what the database holds, to skip unchanged writes
        self._pending_users: dict[int, dict | None] = {}  # None: delete
        self._pending_conversations: dict[tuple[str, str], tuple[object, int | None]] = {}
        self._lock = asyncio.Lock()
        self.busy: Counter[int | None] = Counter()  # users with an update in progress
        self.stopped = False  # no longer the active process (bot/runtime/runner.py)
        self._erased: set[int] = set()  # users deleted on request: empty leftovers are not written

    # user_data ---------------------------------------------------------------------------------
    async def get_user_data(self) -> dict[int, dict]:
        async with self.database.sessions() as session:
            rows = (await session.execute(select(UserDataRow))).scalars().all()
        for row in rows:
            self._written[("user", row.user_id)] = _canonical(row.data)
        return defaultdict(dict, {row.user_id: dict(row.data) for row in rows})

    async def update_user_data(self, user_id: int, data: dict) -> None:
        if user_id in self._erased:
            if not data:
                return
            self._erased.discard(user_id)  # they came back
        data = strip_controls(data)  # typed answers in flow scratch: stored like any other text
        if self._written.get(("user", user_id)) != _canonical(data):
            self._pending_users[user_id] = deepcopy(data)
        else:
            # Back to what is stored (a failed update's data restored): a snapshot queued by
            # that update must not be written later with someone else's commit.
            self._pending_users.pop(user_id, None)

    async def drop_user_data(self, user_id: int) -> None:
        self._pending_users[user_id] = None

    async def refresh_user_data(self, user_id: int, user_data: dict) -> None:
        """Nothing to refresh: the active process is the only writer (see bot/runtime/standby.py)."""

    # conversations -----------------------------------------------------------------------------
    async def get_conversations(self, name: str) -> dict:
        async with self.database.sessions() as session:
            rows = (
                await session.execute(select(ConversationRow).where(ConversationRow.name == name))
            ).scalars()
            states = {}
            for row in rows:
                states[decode_key(row.key)] = row.state["state"]
                self._written[("conversation", name, row.key)] = _canonical(row.state["state"])
        return states

    async def update_conversation(self, name: str, key: tuple, new_state: object | None) -> None:
        raw = encode_key(key)
        if new_state is None and user_of_key(key) in self._erased:
            return
        if self._written.get(("conversation", name, raw)) != _canonical(new_state):
            self._pending_conversations[(name, raw)] = (new_state, user_of_key(key))

    # writing -----------------------------------------------------------------------------------
    async def commit(self) -> None:
        """Write what was collected, in one transaction. Inside an update (bot/db/unit.py) that
        is the update's own transaction, and only its own user's data is written: a step's
        answer, the flow state that follows it and the update's ledger row are stored together,
        never with another update's. Outside an update (a job, shutdown), only the data of users
        with no update in progress.

        The connection is taken before the lock and the commit happens inside it. With SQLite's
        one connection nobody can then hold the lock while waiting for the connection, and an
        older snapshot of someone's data is never committed after a newer one."""
        unit = current_unit()
        if self.stopped or (unit is not None and unit.read_only):
            return  # nothing may be written now; what is queued stays queued
        owner = unit.user_id if unit is not None else None
        if not self._has_pending(owner) and (
            unit is None or unit.session is None or not unit.session.in_transaction()
        ):
            return  # nothing of ours to write (what is queued later, its owner writes)
        session = unit.get_session() if unit is not None else self.database.maker()
        try:
            await session.connection()
            async with self._lock:
                users, conversations = self._take_pending(owner)
                try:
                    for user_id in sorted(users):  # a fixed order: writers never deadlock
                        await self._write_user(session, user_id, users[user_id])
                    for name, raw in sorted(conversations):
                        state, user_id = conversations[(name, raw)]
                        await self._write_conversation(session, name, raw, state, user_id)
                    await (unit.commit() if unit is not None else session.commit())
                except BaseException:
                    # Not written: keep it for the next commit, unless something newer came.
                    self._pending_users = {**users, **self._pending_users}
                    self._pending_conversations = {**conversations, **self._pending_conversations}
                    raise
                for user_id, data in users.items():
                    self._remember(("user", user_id), data)
                for (name, raw), (state, _) in conversations.items():
                    self._remember(("conversation", name, raw), state)
        finally:
            if unit is None:
                await session.close()

    def _mine(self, owner: int | None) -> Callable[[int | None], bool]:
        if owner is not None:
            return lambda user_id: user_id == owner
        return lambda user_id: not self.busy[user_id]

    def _has_pending(self, owner: int | None) -> bool:
        mine = self._mine(owner)
        return any(mine(u) for u in self._pending_users) or any(
            mine(u) for _, u in self._pending_conversations.values()
        )

    def _take_pending(self, owner: int | None) -> tuple[dict, dict]:
        mine = self._mine(owner)
        users = {u: d for u, d in self._pending_users.items() if mine(u)}
        conversations = {k: v for k, v in self._pending_conversations.items() if mine(v[1])}
        for user_id in users:
            del self._pending_users[user_id]
        for key in conversations:
            del self._pending_conversations[key]
        return users, conversations

    def stop_writing(self) -> None:
        self.stopped = True

    @contextmanager
    def updating(self, user_id: int | None) -> Iterator[None]:
        """While an update of `user_id` runs, its data is written only by its own commits."""
        self.busy[user_id] += 1
        try:
            yield
        finally:
            self.busy[user_id] -= 1
            if not self.busy[user_id]:
                del self.busy[user_id]

    def _remember(self, key: tuple, value: object | None) -> None:
        if value is None:
            self._written.pop(key, None)
        else:
            self._written[key] = _canonical(value)

    async def _write_user(self, session, user_id: int, data: dict | None) -> None:
        if data is None:
            await session.execute(delete(UserDataRow).where(UserDataRow.user_id == user_id))
            return
        statement = self._insert(UserDataRow).values(
            user_id=user_id, data=data, updated_at=utcnow()
        )
        await session.execute(
            statement.on_conflict_do_update(
                index_elements=[UserDataRow.user_id],
                set_={"data": statement.excluded.data, "updated_at": statement.excluded.updated_at},
            )
        )

    async def _write_conversation(
        self, session, name: str, raw: str, state: object, user_id: int | None
    ) -> None:
        if state is None:
            await session.execute(
                delete(ConversationRow).where(
                    ConversationRow.name == name, ConversationRow.key == raw
                )
            )
            return
        statement = self._insert(ConversationRow).values(
            name=name, key=raw, state={"state": state}, user_id=user_id
        )
        await session.execute(
            statement.on_conflict_do_update(
                index_elements=[ConversationRow.name, ConversationRow.key],
                set_={"state": statement.excluded.state},
            )
        )

    def forget(self, user_id: int) -> None:
        """After /delete: nothing of this user is pending or remembered any more."""
        self._erased.add(user_id)
        self._pending_users.pop(user_id, None)
        for key in [
            k for k in self._pending_conversations if self._pending_conversations[k][1] == user_id
        ]:
            del self._pending_conversations[key]
        for key in [k for k in self._written if (k[0] == "user" and k[1] == user_id)]:
            del self._written[key]
        for key in [
            k
            for k in self._written
            if k[0] == "conversation" and user_of_key(decode_key(k[2])) == user_id
        ]:
            del self._written[key]

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
        await self.commit()
