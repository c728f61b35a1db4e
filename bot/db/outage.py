"""Which errors mean "the database cannot store anything right now" (unreachable, restarting,
locked by another process, disk full), as opposed to a bug: the update is then kept and
handled again later instead of being answered with an error."""

from __future__ import annotations

import errno

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

# SQLSTATE classes of PostgreSQL: 08 connection exception, 53 insufficient resources,
# 57 operator intervention (admin shutdown, cannot connect now), 58 system error.
OUTAGE_SQLSTATE_CLASSES = ("08", "53", "57", "58")


def is_storage_outage(error: BaseException | None) -> bool:
    while error is not None:
        if isinstance(error, OperationalError | InterfaceError):
            return True  # SQLite: locked, disk full, I/O error; asyncpg: connection problems
        if isinstance(error, DBAPIError) and error.connection_invalidated:
            return True
        sqlstate = getattr(getattr(error, "orig", None), "sqlstate", None) or getattr(error, "sqlstate", None)
        if isinstance(sqlstate, str) and sqlstate[:2] in OUTAGE_SQLSTATE_CLASSES:
            return True
        if isinstance(error, ConnectionError | TimeoutError):
            return True  # asyncpg connecting to a server that is down or restarting
        if isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EIO, errno.EHOSTUNREACH):
            return True
        error = error.__cause__ or error.__context__
    return False
