"""SQLite runs on the event loop with one connection (bot/db/sqlite_inline.py): one user's open
transaction makes the others wait their turn without stalling the bot, and what is committed is
in the file for any other reader."""

from __future__ import annotations

import ast
import asyncio
import logging
import sqlite3
from pathlib import Path

from sqlalchemy import select

from bot.db.migrate import upgrade
from bot.db.models import User, utcnow
from bot.db.session import Database
from bot.db.sqlite_inline import OneConnectionPool


async def migrated(tmp_path: Path) -> Database:
    database = Database(f"sqlite:///{tmp_path / 'inline.db'}")
    await upgrade(database.engine)
    return database


def new_user(user_id: int) -> User:
    return User(
        id=user_id,
        chat_id=user_id,
        language="en",
        checkin_time="17:30",
        capacity_hours=30,
        created_at=utcnow(),
    )


async def test_a_held_transaction_makes_others_wait_without_stalling_the_loop(tmp_path):
    database = await migrated(tmp_path)
    order: list[str] = []
    ticks = 0

    async def slow_writer() -> None:
        async with database.sessions.begin() as session:
            session.add(new_user(1))
            await session.flush()  # SQLite's write lock is taken here...
            order.append("first wrote")
            await asyncio.sleep(0.3)  # ...and held across an await, as a slow step would
        order.append("first committed")

    async def second_writer() -> None:
        await asyncio.sleep(0.05)
        async with database.sessions.begin() as session:
            session.add(new_user(2))
        order.append("second committed")

    async def ticker() -> None:
        nonlocal ticks
        for _ in range(20):
            await asyncio.sleep(0.01)
            ticks += 1

    await asyncio.gather(slow_writer(), second_writer(), ticker())
    assert order == ["first wrote", "first committed", "second committed"]
    assert ticks == 20  # the loop kept running while the second writer waited
    async with database.sessions() as session:
        assert set((await session.execute(select(User.id))).scalars()) == {1, 2}
    await database.dispose()


async def test_committed_rows_are_in_the_file_for_other_readers(tmp_path):
    database = await migrated(tmp_path)
    async with database.sessions.begin() as session:
        session.add(new_user(7))
    reader = sqlite3.connect(tmp_path / "inline.db")
    try:
        assert reader.execute("SELECT id, chat_id FROM users").fetchall() == [(7, 7)]
    finally:
        reader.close()
    await database.dispose()


async def test_a_session_inside_another_still_works_and_is_reported(tmp_path, caplog):
    database = await migrated(tmp_path)
    before = OneConnectionPool.nested_sessions
    with caplog.at_level(logging.WARNING, logger="bot.db.sqlite_inline"):
        async with database.sessions() as outer:
            await outer.execute(select(User.id))
            async with database.sessions.begin() as inner:  # would wait for itself forever
                await inner.execute(select(User.id))
                inner.add(new_user(3))
    assert OneConnectionPool.nested_sessions == before + 1
    assert "inside another one" in caplog.text
    OneConnectionPool.nested_sessions = before  # reported above; not a finding of this test
    async with database.sessions() as session:
        assert (await session.get(User, 3)) is not None
    await database.dispose()


def awaits_inside_sessions(source: str) -> list[tuple[int, str]]:
    """Awaits inside `async with ...session...` blocks that neither call the session nor pass
    it, and sessions opened inside such a block."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.AsyncWith):
            continue
        if not any("session" in ast.unparse(item.context_expr) for item in node.items):
            continue
        bound = {ast.unparse(item.optional_vars) for item in node.items if item.optional_vars}
        for statement in node.body:
            for inner in ast.walk(statement):
                if isinstance(inner, ast.AsyncWith) and any(
                    "session" in ast.unparse(item.context_expr) for item in inner.items
                ):
                    found.append((inner.lineno, "a session inside a session"))
                if not (isinstance(inner, ast.Await) and isinstance(inner.value, ast.Call)):
                    continue
                call = inner.value
                arguments = [*call.args, *(keyword.value for keyword in call.keywords)]
                names = {n.id for a in arguments for n in ast.walk(a) if isinstance(n, ast.Name)}
                if ast.unparse(call.func).split(".")[0] not in bound and not bound & names:
                    found.append((inner.lineno, ast.unparse(call.func)))
    return found


def test_no_message_goes_out_while_a_database_session_is_open():
    """A Telegram round trip inside a session would hold the one SQLite connection, and every
    other user would wait for it; a second session inside one can wait for itself."""
    root = Path(__file__).resolve().parents[1] / "bot"
    offenders = [
        f"{path.relative_to(root.parent)}:{line}: {callee}"
        for path in sorted(root.rglob("*.py"))
        for line, callee in awaits_inside_sessions(path.read_text())
    ]
    assert offenders == []


def test_the_session_check_finds_a_message_sent_inside_a_session():
    source = """
async def handler(update, context):
    async with context.database.sessions.begin() as session:
        user = await repo.get_user(session, 1)
        await send(update, context, "hello")
"""
    assert awaits_inside_sessions(source) == [(5, "send")]


def test_the_session_check_finds_a_session_inside_a_session():
    source = """
async def job(database):
    async with database.sessions() as outer:
        async with database.sessions.begin() as inner:
            inner.add(object())
"""
    assert awaits_inside_sessions(source) == [(4, "a session inside a session")]
