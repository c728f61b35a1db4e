"""The webhook server: acknowledges an update only after it was processed and stored.

python-telegram-bot's built-in webhook answers 200 as soon as an update is queued, so a crash
loses what was queued. Here Telegram gets 200 only once the update's handlers ran and its state
was written; on a failure it gets 500 and delivers the update again (an update that keeps
failing while the database works is given up after a few tries, bot/runtime/retries.py). An update
whose effects are stored (the update ledger, bot/db/ledger.py) is acknowledged without running
twice. Requests without the secret token get 403, bodies that are not updates 400, and no
error text ever goes back to the caller.

`va-coach run --webhook` keeps the server up for the whole process (`Front`): while standing by
(bot/runtime/standby.py) it answers updates 503, so Telegram delivers them again, and `GET
/healthz` answers in either role: 200 `{"role": "active"|"standby", "database": "ok"}`, or 503
with `"database": "unreachable"` or while `"role": "starting"` (the lock taken, updates not yet),
for a load balancer or a monitor.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging

import tornado.web
from telegram import Update
from telegram.ext import Application
from tornado.httpserver import HTTPServer
from tornado.log import access_log

from bot.ops.health import OK, database_state
from bot.runtime.retries import Retries, can_store

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1_000_000


class InFlight:
    """Update ids being processed now: Telegram may post one again before the first 200."""

    def __init__(self) -> None:
        self.ids: set[int] = set()


class Front:
    """What the server offers now: the application taking updates while this process is the
    active one (None while it stands by), and the role /healthz reports."""

    def __init__(self, database_url: str, secret: str, path: str) -> None:
        self.database_url = database_url
        self.secret = secret
        self.path = path
        self.bot_application: Application | None = None
        self.role = "standby"
        self.in_flight = InFlight()
        self.retries = Retries()
        self.server: HTTPServer | None = None

    def listen(self, address: str, port: int) -> bool:
        """Bind the port; False while another process on this machine has it (a standby on the
        same SQLite file: it binds once it is the active one)."""
        if self.server is None:
            try:
                self.server = make_app(self).listen(port, address=address, max_body_size=MAX_BODY)
            except OSError as error:
                log.info("webhook port %s not free yet (%s)", port, type(error).__name__)
                return False
            log.info("webhook server listening on %s:%s", address, port)
        return True

    def close(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None


class TelegramWebhook(tornado.web.RequestHandler):
    def initialize(self, front: Front) -> None:
        self.front = front
        self.secret = front.secret
        self.in_flight = front.in_flight
        self.retries = front.retries

    @property
    def bot_application(self) -> Application | None:
        return self.front.bot_application  # `application` is tornado's own attribute

    def write_error(self, status_code: int, **kwargs: object) -> None:
        self.finish()  # an empty body: nothing about the failure leaves the process

    async def post(self) -> None:
        token = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(token.encode(), self.secret.encode()):
            self.set_status(403)
            return
        if self.bot_application is None:
            self.set_status(503)  # standing by: Telegram delivers it again, maybe to the other
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


class Health(tornado.web.RequestHandler):
    """GET /healthz: this process's role and whether the database answers (503 if not)."""

    def initialize(self, front: Front) -> None:
        self.front = front

    async def get(self) -> None:
        database = await database_state(self.front.database_url)
        # "starting": the lock is taken, but updates are not taken yet (schema, Telegram).
        self.set_status(200 if database == OK and self.front.role != "starting" else 503)
        self.set_header("Content-Type", "application/json")
        self.set_header("Cache-Control", "no-store")
        self.finish(json.dumps({"role": self.front.role, "database": database}))


def make_app(front: Front) -> tornado.web.Application:
    shared = {"front": front}
    return tornado.web.Application(
        [(f"/{front.path}", TelegramWebhook, shared), ("/healthz", Health, shared)],
        default_handler_class=NotFound,
        log_function=log_request,
    )


def log_request(handler: tornado.web.RequestHandler) -> None:
    """Tornado's access log, minus a line for every good health check (a monitor asks every
    few seconds); only the path is logged, never a body."""
    status = handler.get_status()
    if handler.request.path == "/healthz" and status == 200:
        return
    level = logging.INFO if status < 400 else logging.WARNING if status < 500 else logging.ERROR
    milliseconds = 1000.0 * handler.request.request_time()
    access_log.log(
        level, "%d %s %s %.2fms", status, handler.request.method, handler.request.path, milliseconds
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
    front: Front | None = None,
) -> None:
    """Run until `stop` is set: initialise the bot, register the webhook, serve, shut down.
    With `front` (bot/runtime/runner.py) the server outlives this call, else it is its own."""
    own_front = front is None
    if front is None:
        front = Front(application.database.url, secret, path)  # type: ignore[attr-defined]
        front.role = "active"
    try:
        async with application:
            if not front.listen(listen, port):
                raise OSError(f"webhook port {port} is in use")
            await application.post_init(application)  # type: ignore[misc]
            await application.start()
            if webhook_url:
                await application.bot.set_webhook(
                    webhook_url, secret_token=secret, allowed_updates=Update.ALL_TYPES
                )
            front.bot_application = application
            front.role = "active"
            try:
                await stop.wait()
            finally:
                front.bot_application = None
                await application.stop()
    finally:
        if own_front:
            front.close()
        await application.post_shutdown(application)  # type: ignore[misc]
