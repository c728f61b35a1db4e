"""The webhook server: acknowledges an update only after it was processed and stored.

python-telegram-bot's built-in webhook answers 200 as soon as an update is queued, so a crash
loses what was queued. Here Telegram gets 200 only once the update's handlers ran and its state
was written; on a failure it gets 500 and delivers the update again (an update that keeps
failing while the database works is given up after a few tries, bot/runtime/retries.py). An update
whose effects are stored (the update ledger, bot/db/ledger.py) is acknowledged without running
twice. Requests without the secret token get 403, bodies that are not updates 400, and no
error text ever goes back to the caller.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging

import tornado.web
from telegram import Update
from telegram.ext import Application

from bot.runtime.retries import Retries, can_store

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1_000_000


class InFlight:
    """Update ids being processed now: Telegram may post one again before the first 200."""

    def __init__(self) -> None:
        self.ids: set[int] = set()


class TelegramWebhook(tornado.web.RequestHandler):
    def initialize(
        self, bot_application: Application, secret: str, in_flight: InFlight, retries: Retries
    ) -> None:
        self.bot_application = bot_application  # `application` is tornado's own attribute
        self.secret = secret
        self.in_flight = in_flight
        self.retries = retries

    def write_error(self, status_code: int, **kwargs: object) -> None:
        self.finish()  # an empty body: nothing about the failure leaves the process

    async def post(self) -> None:
        token = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(token.encode(), self.secret.encode()):
            self.set_status(403)
            return
        update = self.parse()
        if update is None:
            self.set_status(400)
            return
        if update.update_id in self.in_flight.ids:
            self.set_status(409)  # still being processed: Telegram will ask again
            return
        self.in_flight.ids.add(update.update_id)
        try:
            # The update ledger (bot/db/ledger.py) skips an update whose effects are stored.
            bot_application = self.bot_application
            await bot_application.update_processor.process_update(
                update, bot_application.process_update(update)
            )
        except Exception as error:
            log.warning("update %s not processed: %s", update.update_id, type(error).__name__)
            storing_works = await can_store(getattr(self.bot_application, "database", None))
            # 500: Telegram delivers it again; 200 once it is given up (bot/runtime/retries.py).
            if self.retries.keep_trying(update.update_id, error, storing_works):
                self.set_status(500)
                return
        finally:
            self.in_flight.ids.discard(update.update_id)
        self.set_status(200)

    def parse(self) -> Update | None:
        if len(self.request.body) > MAX_BODY:
            return None
        try:
            data = json.loads(self.request.body)
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                return None
            return Update.de_json(data, self.bot_application.bot)
        except Exception:
            return None


def make_app(application: Application, secret: str, path: str) -> tornado.web.Application:
    shared = {
        "bot_application": application,
        "secret": secret,
        "in_flight": InFlight(),
        "retries": Retries(),
    }
    return tornado.web.Application(
        [(f"/{path}", TelegramWebhook, shared)],
        default_handler_class=NotFound,
    )


class NotFound(tornado.web.RequestHandler):
    def prepare(self) -> None:
        self.set_status(404)
        self.finish()


async def serve(
    application: Application,
    listen: str,
    port: int,
    path: str,
    secret: str,
    webhook_url: str | None,
    stop: asyncio.Event,
) -> None:
    """Run until `stop` is set: initialise the bot, register the webhook, serve, shut down."""
    async with application:
        await application.post_init(application)  # type: ignore[misc]
        await application.start()
        if webhook_url:
            await application.bot.set_webhook(
                webhook_url, secret_token=secret, allowed_updates=Update.ALL_TYPES
            )
        server = make_app(application, secret, path).listen(
            port, address=listen, max_body_size=MAX_BODY
        )
        log.info("webhook server listening on %s:%s", listen, port)
        try:
            await stop.wait()
        finally:
            server.stop()
            await application.stop()
    await application.post_shutdown(application)  # type: ignore[misc]
