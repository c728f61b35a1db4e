"""Which errors mean "the database cannot store anything right now" (unreachable, restarting,
locked by another process, disk full), as opposed to a bug: the update is then kept and
handled again later instead of being answered with an error."""

from __future__ import annotations

import errno
import re

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from telegram.error import TelegramError

# SQLSTATE classes of PostgreSQL: 08 connection exception, 53 insufficient resources,
# 57 operator intervention (admin shutdown, cannot connect now), 58 system error. Not 57014
# (a statement timeout): that one is about the statement, not the server.
OUTAGE_SQLSTATE_CLASSES = ("08", "53", "57", "58")
NOT_AN_OUTAGE = ("57014",)
# SQLite's OperationalError also covers mistakes ("no such column"): only these are outages.
SQLITE_OUTAGE = re.compile(r"locked|busy|disk|full|i/o|unable to open|readonly", re.IGNORECASE)
CONNECTION_GONE = re.compile(r"connection|closed", re.IGNORECASE)


def is_storage_outage(error: BaseException | None) -> bool:
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, TelegramError):
            return False  # Telegram's network errors wrap OS errors too: not the database
        if _is_outage_itself(error):
            return True
        error = error.__cause__ or error.__context__
    return False


def _is_outage_itself(error: BaseException) -> bool:
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return True
    sqlstate = getattr(getattr(error, "orig", None), "sqlstate", None) or getattr(
        error, "sqlstate", None
    )
    if isinstance(sqlstate, str):
        return sqlstate[:2] in OUTAGE_SQLSTATE_CLASSES and sqlstate not in NOT_AN_OUTAGE
    if isinstance(error, OperationalError):
        return bool(
            SQLITE_OUTAGE.search(str(error.orig)) or CONNECTION_GONE.search(str(error.orig))
        )
    if isinstance(error, InterfaceError):
        return bool(CONNECTION_GONE.search(str(error.orig)))  # not a parameter-binding mistake
    if isinstance(error, ConnectionError | TimeoutError):
        return True  # asyncpg connecting to a server that is down or restarting
    return isinstance(error, OSError) and error.errno in (
        errno.ENOSPC,
        errno.EIO,
        errno.EHOSTUNREACH,
    )
