"""Running the bot for real: schema upgrade, leadership (hot standby), then polling or webhook."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from telegram import Update

from bot.app import build_application
from bot.config import Settings
from bot.db.migrate import upgrade
from bot.db.session import Database
from bot.standby import Leadership

log = logging.getLogger(__name__)
WEBHOOK_PATH = "telegram"


async def upgrade_database(settings: Settings) -> None:
    database = Database(settings.effective_database_url)
    try:
        await upgrade(database.engine)
    finally:
        await database.dispose()


def run(settings: Settings, webhook: bool = False) -> int:
    asyncio.run(run_async(settings, webhook))
    return 0


async def run_async(settings: Settings, webhook: bool) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    leadership = Leadership(settings.effective_database_url)
    try:
        if not await leadership.acquire(stop):
            return
        await upgrade_database(settings)
        # Built only now: python-telegram-bot reads persisted conversations once, at start.
        application = build_application(settings)
        watchdog = asyncio.create_task(leadership.watch_until_lost(stop))
        try:
            if webhook:
                await serve_webhook(application, settings, stop)
            else:
                await poll(application, stop)
        finally:
            watchdog.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watchdog
    finally:
        await leadership.release()


async def poll(application, stop: asyncio.Event) -> None:  # noqa: ANN001
    async with application:
        await application.post_init(application)
        await application.start()
        await application.updater.start_polling(allowed_updates=Update.ALL_TYPES)
        try:
            await stop.wait()
        finally:
            await application.updater.stop()
            await application.stop()
    await application.post_shutdown(application)


async def serve_webhook(application, settings: Settings, stop: asyncio.Event) -> None:  # noqa: ANN001
    from bot.webhook import serve

    await serve(
        application,
        listen=settings.webhook_listen,
        port=settings.webhook_port,
        path=WEBHOOK_PATH,
        secret=settings.webhook_secret.get_secret_value(),
        webhook_url=f"{settings.webhook_url.rstrip('/')}/{WEBHOOK_PATH}",
        stop=stop,
    )
