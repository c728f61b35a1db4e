"""One database session per update: a step's reads and writes, and its flow state, in as few
transactions as the messages it sends allow.

Handlers open `async with database.sessions() as session` (or `.sessions.begin()`) as often as
they like. While `CoachApplication` processes an update, every such block of that update's
task gets the same session (`UnitOfWork`): the user read by the first block is in the identity
map for the next, and nothing is committed at the end of a block. The work is committed

* right before the bot sends anything to Telegram (`CoachBot`), so what a user sees is always
  stored, and SQLite's one connection is never held during a round trip;
* together with the user's flow data, when the persistence writes it (`DatabasePersistence`);
* at the end of the update.

A database error in a block rolls back the unit's uncommitted work (on PostgreSQL a failed
statement leaves nothing else possible); another exception a handler catches (a validation
raised inside a block) leaves the unit alone. When the update fails, the error handler rolls
back and also puts the user's flow data back as it was at the last commit
(`abandon_current_unit`): the step asked again is the one whose answer is not stored yet, and
whatever the user was shown had been committed.

Outside an update (jobs, start-up, tests) each block is its own session and transaction, as
SQLAlchemy's `async_sessionmaker` makes them.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Container
from contextlib import asynccontextmanager
from contextvars import ContextVar
from copy import deepcopy
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import ORMExecuteState, Session

from bot.db import ledger
from bot.db.outage import is_storage_outage

T = TypeVar("T")
_current: ContextVar[UnitOfWork | None] = ContextVar("unit_of_work", default=None)


class AlreadyHandled(Exception):
    """An earlier run of this update stored its effects (`state`: ledger.STARTED or FINISHED)."""

    def __init__(self, state: str) -> None:
        super().__init__(state)
        self.state = state


class UpdateNotStored(Exception):
    """The database could not store this update's effects: it is to be delivered again."""


class UnitOfWork:
    """`user_data`: the user's flow data, put back as it was at the last commit when the update
    fails (`abandon_current_unit`), so the step asked again matches what is stored."""

    def __init__(
        self,
        maker: async_sessionmaker,
        user_data: dict | None = None,
        update_id: int | None = None,
        user_id: int | None = None,
    ) -> None:
        self.maker = maker
        self.task = asyncio.current_task()
        self.session: AsyncSession | None = None
        self.user_data = user_data
        self._committed_user_data = deepcopy(user_data)
        self.update_id = update_id  # None: not in the ledger (inline queries, jobs)
        self.user_id = user_id  # whose flow data this update may write (bot/runtime/persistence.py)
        self.ledger_state: str | None = None  # committed: None, ledger.STARTED or FINISHED
        self.finishing = False  # the next commit is the update's last one
        self.read_only = False  # a replay or a storage failure: nothing more is written
        self.not_stored = False  # storage failed: the update must be delivered again

    def get_session(self) -> AsyncSession:
        if self.session is None:
            self.session = self.maker()
        return self.session

    async def commit(self) -> None:
        """Commit what the update did so far, with its ledger row (bot/db/ledger.py).

        Raises `AlreadyHandled` when the ledger shows an earlier run stored this update's
        effects: nothing of this run is written then, nor later (`read_only`)."""
        if self.read_only:
            await self.rollback()
            return
        # An update that changed nothing is recorded only so a redelivery does not answer again:
        # if the database cannot take even that, the answer stands (a repeat is harmless).
        only_the_ledger = self.finishing and self.ledger_state is None and not wrote(self.session)
        try:
            state = await self._write_ledger()
            if self.session is not None and self.session.in_transaction():
                await self.session.commit()
        except SQLAlchemyError as error:
            if not (only_the_ledger and is_storage_outage(error)):
                raise
            await self.rollback()
            return
        self.ledger_state = state  # only now: a failed commit wrote no ledger row either
        self._committed_user_data = deepcopy(self.user_data)

    async def _write_ledger(self) -> str | None:
        """The ledger row's part of this commit; the state it leaves once committed. An update
        that has written nothing yet is recorded with its first change (run again before that, it
        changes nothing), or at its end as finished (so a redelivery does not answer twice)."""
        if self.update_id is None or self.ledger_state == ledger.FINISHED:
            return self.ledger_state
        if self.ledger_state is None and not wrote(self.session) and not self.finishing:
            return None  # recorded with the first change, or at the end (as finished)
        session = self.get_session()
        if self.ledger_state is None:
            earlier = await ledger.claim(session, self.update_id, self.finishing)
            if earlier != ledger.NEW:
                self.read_only = True
                await self.rollback()
                raise AlreadyHandled(earlier)
        elif self.finishing:
            await ledger.finish(session, self.update_id)
        return ledger.FINISHED if self.finishing else ledger.STARTED

    async def rollback(self) -> None:
        if self.session is not None and self.session.in_transaction():
            await self.session.rollback()

    async def abandon(self) -> None:
        """The update failed: drop its uncommitted work and its flow data since the last commit."""
        with contextlib.suppress(Exception):  # a broken connection is dropped by the pool anyway
            await self.rollback()
        if self.user_data is not None:
            self.user_data.clear()
            self.user_data.update(deepcopy(self._committed_user_data or {}))

    async def earlier_run(self, fresh_ids: Container[int] = ()) -> str | None:
        """What an earlier run of this update left in the ledger (None: this is the first; so
        for `fresh_ids` without asking); ledger.STARTED puts the unit in that state, so its last
        commit finishes the update."""
        if self.update_id is None or self.update_id in fresh_ids:
            return None
        earlier = await ledger.state_of(self.get_session(), self.update_id)
        if earlier == ledger.STARTED:
            self.ledger_state = ledger.STARTED
        return earlier

    def resume_after_replay(self) -> None:
        """After `AlreadyHandled(STARTED)` and `abandon`: what the update does next (asking the
        open step again) is stored, and its last commit marks the update finished."""
        self.read_only = False
        self.ledger_state = ledger.STARTED

    async def give_up_storing(self) -> None:
        """The database is unavailable: drop what is uncommitted, write nothing more (answers
        can still be sent), and have the update delivered again."""
        self.read_only = self.not_stored = True
        with contextlib.suppress(Exception):  # the connection may be gone already
            await self.rollback()
        if self.user_data is not None:
            self.user_data.clear()
            self.user_data.update(deepcopy(self._committed_user_data or {}))

    async def close(self) -> None:
        if self.session is not None:
            await self.session.close()


WROTE = "va_coach_wrote"  # key in Session.info: this session's transaction changed a row


@event.listens_for(Session, "after_flush")
def _flushed(session: Session, _context: object) -> None:
    session.info[WROTE] = True


@event.listens_for(Session, "do_orm_execute")
def _executed(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info[WROTE] = True


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _transaction_ended(session: Session) -> None:
    session.info.pop(WROTE, None)


def wrote(session: AsyncSession | None) -> bool:
    """Whether the session's open transaction changed anything (flushed objects or DML)."""
    return session is not None and bool(session.sync_session.info.get(WROTE))


def current_unit() -> UnitOfWork | None:
    """The unit of the update this task is processing; None in any other task (a task started
    from a handler must not share the handler's session: sessions are not concurrency-safe)."""
    unit = _current.get()
    if unit is not None and unit.task is asyncio.current_task():
        return unit
    return None


async def commit_current_unit() -> None:
    unit = current_unit()
    if unit is not None:
        await unit.commit()


async def abandon_current_unit() -> None:
    unit = current_unit()
    if unit is not None:
        await unit.abandon()


@asynccontextmanager
async def unit_of_work(
    maker: async_sessionmaker,
    user_data: dict | None = None,
    update_id: int | None = None,
    user_id: int | None = None,
) -> AsyncIterator[UnitOfWork]:
    """Process one update inside: commits what is left at the end (marking the update finished
    in the ledger when it has an id), rolls back on an error."""
    unit = UnitOfWork(maker, user_data, update_id, user_id)
    token = _current.set(unit)
    try:
        yield unit
        unit.finishing = True
        await unit.commit()
    except BaseException:
        await unit.abandon()
        raise
    finally:
        _current.reset(token)
        await unit.close()


class SessionFactory:
    """`database.sessions`: `sessions()` and `sessions.begin()`, as `async_sessionmaker` has
    them, giving the current update's session inside an update."""

    def __init__(self, maker: async_sessionmaker) -> None:
        self.maker = maker

    def __call__(self) -> _Block:
        return _Block(self.maker, begin=False)

    def begin(self) -> _Block:
        return _Block(self.maker, begin=True)


class _Block:
    """One `async with` block over a session."""

    def __init__(self, maker: async_sessionmaker, begin: bool) -> None:
        self.maker = maker
        self.begin = begin
        self.unit: UnitOfWork | None = None
        self.own = None

    async def __aenter__(self) -> AsyncSession:
        self.unit = current_unit()
        if self.unit is not None:
            return self.unit.get_session()
        self.own = self.maker.begin() if self.begin else self.maker()
        return await self.own.__aenter__()

    async def __aexit__(self, kind, value, traceback) -> None:
        if self.unit is None:
            await self.own.__aexit__(kind, value, traceback)
            return
        if kind is not None:
            if issubclass(kind, SQLAlchemyError):
                await self.unit.rollback()  # the transaction cannot go on (PostgreSQL)
            return
        if self.begin:
            # Constraint errors and new ids here, where a commit would have given them.
            try:
                await self.unit.get_session().flush()
            except SQLAlchemyError:
                await self.unit.rollback()
                raise


async def in_thread(function: Callable[..., T], *args: Any) -> T:
    """`asyncio.to_thread`, after committing the update's work: a chart or PDF takes long
    enough that nobody else should wait for the database meanwhile."""
    await commit_current_unit()
    return await asyncio.to_thread(function, *args)
