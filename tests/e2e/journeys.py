"""Helpers several end-to-end test modules share, so they never import each other."""

from __future__ import annotations

import asyncio
import time

from tests.e2e.driver import TelegramUser
from tests.e2e.harness import BotProcess, E2EEnvironment


async def wait_for_log(process: BotProcess, words: str, timeout: float) -> float:  # noqa: ASYNC109
    started = time.monotonic()
    while words not in process.log():
        if process.process.poll() is not None:
            raise AssertionError(f"bot exited:\n{process.log_tail()}")
        if time.monotonic() - started > timeout:
            raise AssertionError(f"no {words!r} within {timeout} s:\n{process.log_tail()}")
        await asyncio.sleep(0.1)
    return time.monotonic() - started


def assert_clean(user: TelegramUser, e2e: E2EEnvironment, log_start: int) -> None:
    """Every button press answered, nothing refused as Telegram would, no error logged."""
    assert user.bridge.faults == []
    assert user.bridge.unanswered_callback_queries(user.chat_id) == []
    assert [(c.method, c.error) for c in user.refused_calls()] == []
    assert e2e.bot.problems(since=log_start) == []
