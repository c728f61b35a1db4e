"""Running the bot for real: schema upgrade, then polling or a webhook server."""

from __future__ import annotations

import asyncio
import logging

from telegram import Update

from bot.app import build_application
from bot.config import Settings
from bot.db.migrate import upgrade
from bot.db.session import Database

log = logging.getLogger(__name__)
WEBHOOK_PATH = "telegram"


async def upgrade_database(settings: Settings) -> None:
    database = Database(settings.effective_database_url)
    try:
        await upgrade(database.engine)
    finally:
        await database.dispose()


def run(settings: Settings, webhook: bool = False) -> int:
    asyncio.run(upgrade_database(settings))
    application = build_application(settings)
    if webhook:
        application.run_webhook(
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            url_path=WEBHOOK_PATH,
            webhook_url=f"{settings.webhook_url.rstrip('/')}/{WEBHOOK_PATH}",
            secret_token=settings.webhook_secret.get_secret_value(),
            allowed_updates=Update.ALL_TYPES,
        )
        return 0
    application.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0
