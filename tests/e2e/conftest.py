"""Fixtures of the end-to-end suite: one emulator + bridge + ``va-coach run`` per session.

Without ``e2e/node_modules`` (or node) the tests are skipped, unless
``VA_COACH_REQUIRE_E2E=1``: then they fail.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import AsyncIterator, Callable, Iterator

import pytest

from tests.e2e.bridge import BotApiBridge
from tests.e2e.driver import TelegramUser
from tests.e2e.harness import E2EEnvironment, missing_prerequisite, start_services

_user_ids = itertools.count(424_242_001)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"e2e_report_{report.when}", report)


@pytest.fixture(scope="session")
def e2e_services() -> Iterator[E2EEnvironment]:
    """The emulator and the bridge (no bot yet), running until the session ends."""
    problem = missing_prerequisite()
    if problem:
        if os.environ.get("VA_COACH_REQUIRE_E2E") == "1":
            pytest.fail(f"VA_COACH_REQUIRE_E2E=1 but {problem}", pytrace=False)
        pytest.skip(problem)
    environment = start_services()
    try:
        yield environment
    finally:
        environment.close()


@pytest.fixture(scope="session")
def e2e(e2e_services: E2EEnvironment) -> E2EEnvironment:
    """The emulator, the bridge and ``va-coach run``, running until the session ends."""
    if e2e_services.bot is None:
        e2e_services.start_bot()
    elif e2e_services.bot.process.poll() is not None:
        pytest.fail(f"the bot is no longer running:\n{e2e_services.bot.log_tail()}")
    return e2e_services


@pytest.fixture
def bridge(e2e: E2EEnvironment) -> BotApiBridge:
    return e2e.bridge


@pytest.fixture
async def make_user(
    e2e: E2EEnvironment, request: pytest.FixtureRequest
) -> AsyncIterator[Callable[..., TelegramUser]]:
    """A factory of users, each with a fresh id (so a fresh chat and no stored profile)."""
    users: list[TelegramUser] = []

    def factory(**kwargs) -> TelegramUser:
        user = TelegramUser(
            emulator_url=e2e.emulator.url,
            bridge=e2e.bridge,
            token=e2e.token,
            user_id=kwargs.pop("user_id", next(_user_ids)),
            **kwargs,
        )
        users.append(user)
        return user

    yield factory
    report = getattr(request.node, "e2e_report_call", None)
    if report is not None and report.failed:
        details = "\n".join(u.transcript() for u in users)
        details += f"\n--- bot log (tail) ---\n{e2e.bot.log_tail()}"
        report.sections.append(("e2e transcript", details))
    for user in users:
        await user.aclose()
