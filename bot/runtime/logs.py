"""Logging for operators that never carries what users typed.

What users send reaches third-party code (SQL parameters, update payloads, exception messages
such as "invalid literal for int(): '<typed text>'"). So:

* third-party loggers never go below INFO, whatever LOG_LEVEL says; DEBUG is for `bot.*` only;
* SQLAlchemy logs only warnings: its INFO level is echo, every statement with its parameters
  (the engines also hide parameters from error messages, bot/db/session.py);
* tracebacks keep their frames (file, line, function) but drop every exception's message;
* an uncaught exception goes through the same formatter instead of Python's own printer.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Loggers that would log request parameters, updates, URLs with the token or SQL values.
AT_LEAST_INFO = ("telegram", "httpcore", "asyncpg", "tornado", "asyncio", "dateparser")
AT_LEAST_WARNING = (
    "httpx",
    "sqlalchemy",
    "apscheduler",
    "alembic.runtime.plugins",
    "matplotlib",
    "bot.db.sqlite_inline.OneConnectionPool",  # SQLAlchemy's pool logs under its class's module
)


def describe_exception(error: BaseException | None, tb: TracebackType | None) -> str:
    """A traceback with its frames and exception types, without any exception's message."""
    lines: list[str] = []
    seen: set[int] = set()
    chain: list[tuple[BaseException, TracebackType | None, str]] = []
    current, link = error, ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, tb if current is error else current.__traceback__, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, "The above exception was the direct cause of:"
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, "During handling of the above exception:"
        else:
            current = None
    for exception, frames, following in reversed(chain):
        lines.append("Traceback (most recent call last):\n")
        lines.extend(traceback.format_tb(frames))
        kind = type(exception)
        lines.append(f"{kind.__module__}.{kind.__qualname__} (message not logged)\n")
        if following:
            lines.append(f"\n{following}\n\n")
    return "".join(lines).rstrip("\n")


class PrivateFormatter(logging.Formatter):
    def formatException(self, ei) -> str:
        return describe_exception(ei[1], ei[2])


def _log_uncaught(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    logging.getLogger("bot").critical("stopped by an unexpected error", exc_info=(kind, error, tb))


def configure_logging(level: str) -> None:
    wanted = getattr(logging, level.upper(), logging.INFO)
    root = logging.getLogger()
    if not any(isinstance(h.formatter, PrivateFormatter) for h in root.handlers):
        handler = logging.StreamHandler()  # standard error
        handler.setFormatter(PrivateFormatter(FORMAT))
        root.addHandler(handler)
    root.setLevel(max(wanted, logging.INFO))
    logging.getLogger("bot").setLevel(wanted)
    for name in AT_LEAST_INFO:
        logging.getLogger(name).setLevel(max(wanted, logging.INFO))
    for name in AT_LEAST_WARNING:
        logging.getLogger(name).setLevel(max(wanted, logging.WARNING))
    sys.excepthook = _log_uncaught
