"""Whether an update that could not be stored is worth delivering again.

An outage is waited out however long it lasts (Telegram keeps updates for a day): the update
is handled once the database answers. But an error that looks like an outage while the
database does store things (a health probe writes), or any other error, is a problem of that
one update; retrying it for ever would hold up every update behind it. So after a few tries it
is given up, with an error in the log.
"""

from __future__ import annotations

import logging
from collections import OrderedDict

from sqlalchemy import delete

from bot.db.models import ProcessedUpdate
from bot.db.outage import is_storage_outage
from bot.db.unit import UpdateNotStored

log = logging.getLogger(__name__)


async def can_store(database) -> bool:
    """Whether the database takes a write now (a no-op DELETE needs the write lock too)."""
    if database is None:
        return False
    try:
        async with database.sessions.begin() as session:
            await session.execute(delete(ProcessedUpdate).where(ProcessedUpdate.update_id == -1))
        return True
    except Exception:
        return False


class Held(Exception):
    """Not processed: an earlier update of the same chat was not stored, and a chat's updates
    are handled in order (an answer must not land on the step before it)."""


class Retries:
    TRIES = 3

    def __init__(self, remember: int = 1000) -> None:
        self.counts: OrderedDict[int, int] = OrderedDict()
        self.remember = remember

    def keep_trying(self, update_id: int, error: BaseException, storing_works: bool) -> bool:
        if isinstance(error, Held):
            return True  # not tried: an earlier update of its chat was not stored
        if not storing_works and (isinstance(error, UpdateNotStored) or is_storage_outage(error)):
            return True
        tries = self.counts.pop(update_id, 0) + 1
        if tries < self.TRIES:
            self.counts[update_id] = tries
            while len(self.counts) > self.remember:
                self.counts.popitem(last=False)
            return True
        log.error("update %s given up after %d tries (%s)", update_id, tries, type(error).__name__)
        return False
