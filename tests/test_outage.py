"""Only a database that cannot store anything counts as an outage (the update is kept and
handled again); a bug or a Telegram network error does not."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import InterfaceError, OperationalError, ProgrammingError
from telegram.error import NetworkError, TimedOut

from bot.db.outage import is_storage_outage


class PostgresError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__(sqlstate)
        self.sqlstate = sqlstate


def wrapped(kind: type, orig: BaseException) -> BaseException:
    return kind("SELECT 1", {}, orig)


def telegram_error_over(cause: BaseException) -> BaseException:
    error = NetworkError("httpx.ConnectError")
    error.__cause__ = cause
    return error


@pytest.mark.parametrize(
    "error",
    [
        wrapped(OperationalError, sqlite3.OperationalError("database is locked")),
        wrapped(OperationalError, sqlite3.OperationalError("database or disk is full")),
        wrapped(OperationalError, PostgresError("57P01")),  # admin shutdown (a restart)
        wrapped(InterfaceError, Exception("connection is closed")),
        ConnectionRefusedError(111, "Connection refused"),
        OSError(28, "No space left on device"),
    ],
)
def test_outages(error):
    assert is_storage_outage(error)


@pytest.mark.parametrize(
    "error",
    [
        telegram_error_over(ConnectionRefusedError(111, "Connection refused")),
        TimedOut("timed out"),
        wrapped(OperationalError, sqlite3.OperationalError("no such column: x")),
        wrapped(OperationalError, PostgresError("57014")),  # a statement timeout
        wrapped(ProgrammingError, PostgresError("42P01")),  # no such table
        wrapped(InterfaceError, Exception("Error binding parameter 1")),
        ValueError("a bug"),
    ],
)
def test_not_outages(error):
    assert not is_storage_outage(error)
