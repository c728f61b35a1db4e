"""build_application(settings, request=None) -> Application. Nothing happens at import time."""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, ContextTypes, Defaults
from telegram.request import BaseRequest, HTTPXRequest

from bot.coach.tone import warm_up
from bot.config import Settings
from bot.context import CoachContext
from bot.db import ledger
from bot.db.outage import is_storage_outage
from bot.db.session import Database
from bot.db.unit import AlreadyHandled, UnitOfWork, UpdateNotStored, unit_of_work
from bot.flows.gatekeeper import setup as gatekeeper
from bot.flows.menu import setup as menu
from bot.flows.privacy import setup as privacy
from bot.flows.profile import setup as profile
from bot.flows.replies import setup as replies
from bot.flows.reply_check import setup as reply_check
from bot.flows.say_no import setup as say_no
from bot.flows.workload import setup as workload
from bot.jobs import retention
from bot.runtime import replay
from bot.runtime.coach_bot import CoachBot
from bot.runtime.concurrency import PerChatUpdateProcessor
from bot.runtime.errors import not_stored, on_error
from bot.runtime.persistence import DatabasePersistence
from bot.ui import guard
from bot.ui.callbacks import SHARED, register_codecs
from bot.ui.free_text import FreeTextAction
from bot.ui.pause import Resume

log = logging.getLogger(__name__)
# Used only with an offline request object, which never sends the token anywhere.
OFFLINE_TOKEN = "1000000000:offline-token-not-used-for-any-network-call"


class RecentIds:
    """A set of the last `size` ids added: memory stays bounded however long the bot runs."""

    def __init__(self, size: int = 10_000) -> None:
        self._ids: OrderedDict[int, None] = OrderedDict()
        self.size = size

    def add(self, item: int) -> None:
        self._ids[item] = None
        while len(self._ids) > self.size:
            self._ids.popitem(last=False)

    def __contains__(self, item: object) -> bool:
        return item in self._ids


class FreshUpdates:
    """Update ids no earlier run can have handled: above the highest id in the ledger when this
    process started serving, and not seen by it before. Their ledger lookup is skipped; a
    redelivered update (after a crash, or a retry here) is looked up as before."""

    def __init__(self) -> None:
        self.floor: int | None = None  # read once, with the first update
        self.seen = RecentIds()

    async def of(self, unit: UnitOfWork) -> frozenset[int]:
        update_id = unit.update_id
        if update_id is None or update_id in self.seen:
            return frozenset()
        if self.floor is None:
            self.floor = await ledger.newest(unit.get_session())
        self.seen.add(update_id)
        return frozenset({update_id}) if update_id > self.floor else frozenset()


class CoachApplication(Application):
    """Writes conversation state after every update, not once a minute, so a crash or restart
    resumes each user exactly where they were."""

    database: Database
    settings: Settings
    persistence: DatabasePersistence
    warming_up: asyncio.Future | None = None
    told_about_outage: RecentIds  # updates whose user heard "can't save right now" already
    fresh_updates: FreshUpdates  # updates that cannot have been handled before

    async def process_update(self, update: object) -> None:
        """Handle one update. Raises `UpdateNotStored` (or a database error) when its effects
        could not be stored: the caller delivers it again later (bot/runtime/polling.py, webhook.py)."""
        # One database session for the whole update (bot/db/unit.py), and the update's id in
        # the ledger with its effects, so a redelivery never applies them twice.
        user_data = self._flow_data_of(update)
        user_id = update.effective_user.id if user_data is not None else None
        update_id = update.update_id if user_data is not None else None
        try:
            with self.persistence.updating(user_id):
                async with unit_of_work(self.database.maker, user_data, update_id, user_id) as unit:
                    await self._run_once(update, unit)
        except AlreadyHandled:
            return  # a duplicate delivery ran at the same time and stored its effects first
        except Exception:
            # Storing failed after the handlers: the flow data went back to the last commit;
            # what was queued for storing is the data that went ahead of it.
            if user_data is not None:
                await self.persistence.update_user_data(user_id, user_data)
            raise

    async def _run_once(self, update: object, unit: UnitOfWork) -> None:
        """The handlers, unless the ledger shows an earlier run of this update (bot/runtime/replay.py)."""
        earlier = await self._earlier_run(update, unit)
        if earlier == ledger.FINISHED:
            unit.read_only = True  # delivered again after it was handled: nothing to do
            return
        if earlier == ledger.STARTED:
            await replay.answer_started(update, CoachContext.from_update(update, self))
        else:
            await super().process_update(update)
        if unit.not_stored:
            raise UpdateNotStored(unit.update_id)
        await self.update_persistence()

    async def _earlier_run(self, update: object, unit: UnitOfWork) -> str | None:
        """The ledger's word on this update; an outage here is told to the user like any other."""
        try:
            return await unit.earlier_run(await self.fresh_updates.of(unit))
        except Exception as error:
            if not is_storage_outage(error) or not isinstance(update, Update):
                raise
            await not_stored(update, CoachContext.from_update(update, self), unit, error)
            raise UpdateNotStored(unit.update_id) from error

    def _flow_data_of(self, update: object) -> dict | None:
        """The user's user_data (created here, as the handlers would), except for inline queries
        of people who may never have started the bot: nothing is kept about them."""
        if not isinstance(update, Update) or update.effective_user is None:
            return None
        if update.inline_query or update.chosen_inline_result:
            return None
        return self._user_data[update.effective_user.id]

    async def update_persistence(self) -> None:
        await super().update_persistence()
        if isinstance(self.persistence, DatabasePersistence):
            await self.persistence.commit()


# The features, in the order their handlers are tried (group 0: the first that matches wins).
# Privacy rights come first: they work from anywhere. The menu comes last: it takes what is left.
FEATURES = (privacy, profile, replies, say_no, reply_check, workload, gatekeeper)


def register_handlers(application: Application) -> None:
    register_codecs(*SHARED, Resume, FreeTextAction)  # buttons several features show
    menu.register_first(application)
    application.add_handler(guard.build_handler(), group=-1)
    for feature in FEATURES:
        feature.register(application)
    menu.register(application)
    # After every other group: offer to continue a flow the update interrupted (ui/pause.py).
    application.add_handler(guard.build_way_back_handler(), group=50)
    application.add_error_handler(on_error)
    retention.register(application)


async def _post_init(application: Application) -> None:
    try:
        await menu.set_default_commands(application)
    except TelegramError as error:
        log.warning("could not set the command menus: %s", type(error).__name__)
    # The reply check's lemma dictionaries take seconds to load: load them now, off the loop.
    application.warming_up = asyncio.get_running_loop().run_in_executor(None, warm_up)
    log.info("VA Coach is running as @%s", application.bot.username)


async def _post_shutdown(application: Application) -> None:
    await application.database.dispose()  # type: ignore[attr-defined]


def build_application(
    settings: Settings,
    request: BaseRequest | None = None,
    database: Database | None = None,
    rate_limit: bool | None = None,
) -> CoachApplication:
    """The whole bot. `request` replaces the network (the offline Bot API in console and tests)."""
    database = database or Database(settings.effective_database_url)
    if rate_limit is None:
        rate_limit = request is None
    bot = CoachBot(
        token=settings.token_value() or OFFLINE_TOKEN,
        base_url=settings.telegram_base_url,
        base_file_url=settings.telegram_base_file_url,
        defaults=Defaults(
            parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)
        ),
        # python-telegram-bot's own defaults when it builds these: 256 connections, 1 to poll.
        request=request or HTTPXRequest(connection_pool_size=256),
        get_updates_request=request or HTTPXRequest(connection_pool_size=1),
        rate_limiter=AIORateLimiter(max_retries=3) if rate_limit else None,
    )
    builder = (
        ApplicationBuilder()
        .application_class(CoachApplication)
        .bot(bot)
        .persistence(DatabasePersistence(database))
        .context_types(ContextTypes(context=CoachContext))
        .concurrent_updates(PerChatUpdateProcessor())
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    application = builder.build()
    application.database = database
    application.settings = settings
    application.told_about_outage = RecentIds()
    application.fresh_updates = FreshUpdates()
    register_handlers(application)
    return application
