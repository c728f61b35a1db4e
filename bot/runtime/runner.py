"""Running the bot for real: leadership (hot standby), schema upgrade, then polling or webhook.

The process keeps running through outages: Telegram unreachable at start, the database down
or restarting (the active process loses its lock, goes back to standby and takes over again
when it can). It ends on SIGINT/SIGTERM (exit 0), or when Telegram rejects the token (exit 2:
nothing a restart could fix).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from typing import TYPE_CHECKING

from telegram.error import InvalidToken, TelegramError
from telegram.ext import Application

from bot.config import Settings
from bot.db.migrate import upgrade
from bot.db.session import Database
from bot.runtime.app import build_application
from bot.runtime.backoff import Backoff, sleep_unless
from bot.runtime.polling import poll
from bot.runtime.standby import Leadership

if TYPE_CHECKING:  # imported when used: polling mode needs no web server
    from bot.runtime.webhook import Front

log = logging.getLogger(__name__)
WEBHOOK_PATH = "telegram"
HEALTHY_SECONDS = 300


async def upgrade_database(settings: Settings) -> None:
    database = Database(settings.effective_database_url)
    try:
        await upgrade(database.engine)
    finally:
        await database.dispose()


def run(settings: Settings, webhook: bool = False) -> None:
    """Until SIGINT/SIGTERM. InvalidToken propagates (bot/__main__.py says so in one sentence)."""
    asyncio.run(run_async(settings, webhook))


async def run_async(settings: Settings, webhook: bool) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    loop.set_exception_handler(log_loop_error)
    backoff = Backoff()
    front = open_front(settings) if webhook else None  # /healthz answers while standing by too
    try:
        while not stop.is_set():
            started = loop.time()
            lost = await run_while_leader(settings, webhook, stop, front)
            if loop.time() - started > HEALTHY_SECONDS:
                backoff.reset()  # a failover after a long healthy run waits the shortest time
            if lost and not stop.is_set():
                delay = backoff.take()
                log.warning("no longer the active process; standing by again in %.0f s", delay)
                await sleep_unless(stop, delay)
    finally:
        if front is not None:
            front.close()


def open_front(settings: Settings) -> Front:
    """The webhook server for the whole run: updates while active, /healthz always."""
    from bot.runtime.webhook import Front

    secret = settings.webhook_secret.get_secret_value()
    front = Front(settings.effective_database_url, secret, WEBHOOK_PATH)
    front.listen(settings.webhook_listen, settings.webhook_port)  # else again once active
    return front


def log_loop_error(loop: asyncio.AbstractEventLoop, context: dict) -> None:
    """asyncio's own report prints the failed task, whose repr holds the exception's message."""
    error = context.get("exception")
    log.error(
        "event loop: %s (%s)",
        context.get("message", "error"),
        type(error).__name__ if error else "-",
        exc_info=(type(error), error, error.__traceback__) if error else None,
    )


async def run_while_leader(
    settings: Settings, webhook: bool, stop: asyncio.Event, front: Front | None = None
) -> bool:
    """Wait for the lock, then serve until `stop`; True when the lock or the database was lost
    on the way (the caller starts over). `front` (webhook) reports the role on /healthz."""
    leadership = Leadership(settings.effective_database_url)
    active = asyncio.Event()  # set when this process must stop serving
    relay = asyncio.create_task(_relay(stop, active))
    try:
        if not await leadership.acquire(active):
            return False
        if front is not None:
            front.role = "starting"  # "active" once the bot takes updates (webhook.serve)
        try:
            await upgrade_database(settings)
        except Exception as error:
            log.warning("cannot upgrade the database schema (%s)", type(error).__name__)
            return True
        # Built only now: python-telegram-bot reads persisted conversations once, at start.
        application = build_application(settings)
        watchdog = asyncio.create_task(_watch(leadership, active, application))
        try:
            if webhook:
                await serve_webhook(application, settings, active, front)
            else:
                await serve_polling(application, active)
        except InvalidToken:
            raise
        except Exception as error:
            log.warning("stopped serving (%s); starting over", type(error).__name__)
            return not stop.is_set()
        finally:
            watchdog.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watchdog
        return not stop.is_set()
    finally:
        if front is not None:
            front.role = "standby"
        relay.cancel()
        await leadership.release()


async def _watch(leadership: Leadership, active: asyncio.Event, application: Application) -> None:
    """Once the lock is lost, another process may be active: this one writes no more flow data
    (its shutdown would flush older data over the new leader's)."""
    await leadership.watch_until_lost(active)
    if leadership.lost:
        application.persistence.stop_writing()


async def _relay(source: asyncio.Event, target: asyncio.Event) -> None:
    await source.wait()
    target.set()


async def until_telegram_answers(stop: asyncio.Event, call, on_failure=None) -> bool:
    """Await `call()` until Telegram answers it, with back-off; False if `stop` came first.
    InvalidToken propagates: retrying cannot fix it."""
    backoff = Backoff()
    while not stop.is_set():
        try:
            await call()
            return True
        except InvalidToken:
            raise
        except TelegramError as error:
            delay = backoff.take()
            log.warning(
                "cannot reach Telegram (%s); trying again in %.0f s", type(error).__name__, delay
            )
            if on_failure is not None:
                with contextlib.suppress(Exception):
                    await on_failure()
            await sleep_unless(stop, delay)
    return False


async def initialize(application: Application, stop: asyncio.Event) -> bool:
    """Initialise (this asks Telegram who the bot is), as soon as Telegram answers."""
    return await until_telegram_answers(stop, application.initialize, application.bot.shutdown)


async def serve_polling(application: Application, stop: asyncio.Event) -> None:
    try:
        if not await initialize(application, stop):
            return
        try:
            await application.post_init(application)
            await application.start()
            try:
                await delete_webhook(application, stop)
                await poll(application, stop)
            finally:
                await application.stop()
        finally:
            await application.shutdown()
    finally:
        await application.post_shutdown(application)  # the database's connections, always


async def delete_webhook(application: Application, stop: asyncio.Event) -> None:
    """Polling only works without a webhook; its pending updates are kept."""
    await until_telegram_answers(
        stop, lambda: application.bot.delete_webhook(drop_pending_updates=False)
    )


async def serve_webhook(
    application: Application,
    settings: Settings,
    stop: asyncio.Event,
    front: Front | None = None,
) -> None:
    from bot.runtime.webhook import serve

    if not await initialize(application, stop):
        return
    await serve(
        application,
        listen=settings.webhook_listen,
        port=settings.webhook_port,
        path=WEBHOOK_PATH,
        secret=settings.webhook_secret.get_secret_value(),
        webhook_url=f"{settings.webhook_url.rstrip('/')}/{WEBHOOK_PATH}",
        stop=stop,
        front=front,
    )
