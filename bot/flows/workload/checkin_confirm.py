"""Typed hours that may be a slip are confirmed before anything is stored: more than 14 hours
for one client (or the whole day), or a clock time read as hours ("20:00" too far ahead to
snooze to).

    "20" typed at 17:30 ─▶ "20 h for Acme in one day? …"  [20 h worked]  [⏰ Ask again at 20:00]
                            typed hours still answer the question (it stays open)

"20 h worked" is the hours button of that question (checkin.hours_button), "⏰ Ask again at"
a snooze (checkin_snooze.snooze_at_button), offered only when it would be a snooze to accept.
"""

from __future__ import annotations

from datetime import datetime

from telegram import Update

from bot.coach.checkin_steps import LONG_ENTRY
from bot.context import CoachContext
from bot.flows.workload import checkin_screens as screens
from bot.flows.workload.checkin_codecs import CheckinSnoozeAt
from bot.flows.workload.checkin_support import await_typed_hours
from bot.flows.workload.codecs import CheckinHours
from bot.ui.common import keyboard, mark_asking, send


def needs_confirming(minutes: int, looks_like_a_time: bool = False) -> bool:
    return minutes > LONG_ENTRY or looks_like_a_time


async def confirm_hours(
    update: Update,
    context: CoachContext,
    state: screens.DayState,
    client: int,
    minutes: int,
    clock: datetime | None = None,
) -> int:
    """Ask whether `minutes` for `client` (0: the whole day) are meant; with `clock`, offer
    to ask again then instead."""
    tr = context.tr
    ids = [client_id for client_id, _ in state.clients]
    index = ids.index(client) if client in ids else 0
    name = dict(state.clients).get(client) if client > 0 else None
    hours = screens.hours_text(tr, minutes)
    if name:
        text = tr.gettext(
            "<b>{hours} h</b> for <b>{client}</b> in one day? That would be a very long day. "
            "Tap what you meant, or type the correct hours.",
            hours=hours,
            client=name,
        )
    else:
        text = tr.gettext(
            "<b>{hours} h</b> in one day? That would be a very long day. "
            "Tap what you meant, or type the correct hours.",
            hours=hours,
        )
    ordinal = state.day.toordinal()
    rows = [[(tr.label("{hours} h worked", hours=hours), CheckinHours(ordinal, client, minutes))]]
    if clock is not None:
        at = CheckinSnoozeAt(day=ordinal, at=clock.hour * 60 + clock.minute)
        rows.append([(tr.label("⏰ Ask again at {time}", time=tr.time(clock.time())), at)])
    awaiting = await_typed_hours(context, state, index)
    await send(update, context, text, keyboard(*rows))
    mark_asking()
    return awaiting
