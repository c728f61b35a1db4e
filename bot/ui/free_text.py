"""Text sent outside any flow, understood: a client's request gets "Say no to this" and "Find a
reply template", a reply the VA wrote gets "Check this reply", anything else a short pointer.

The text waits in the user's flow data until a button under it takes it (the say-no coach as
its request, the reply check as the reply to check); anything else the user does drops it.
"""

from __future__ import annotations

import dataclasses
from typing import ClassVar, Literal

from telegram import Update

from bot.coach.free_text import read_free_text
from bot.context import CoachContext
from bot.db.unit import in_thread
from bot.i18n import in_every_language
from bot.ui.callbacks import CallbackData, Menu
from bot.ui.common import keyboard, send, text_of

KEPT = "free_text"  # user_data key: the text the offer's buttons act on
MAX_KEPT = 6000  # the say-no coach's own limit for a request
THREAD_ABOVE = 400  # characters: reading a longer text goes off the event loop


@dataclasses.dataclass(frozen=True)
class FreeTextAction(CallbackData):
    """A button under a message sent outside any flow."""

    prefix: ClassVar[str] = "ft"
    action: Literal["no", "check"]


def take_free_text(context: CoachContext) -> str | None:
    return context.user_data.pop(KEPT, None)


def forget_free_text(update: Update, context: CoachContext) -> None:
    """The kept text is for the buttons right under it: anything else the user does drops it
    (nothing they pasted stays stored for longer than that)."""
    if context.user_data is None or KEPT not in context.user_data:
        return
    query = update.callback_query
    if query is None or not (query.data or "").startswith(f"{FreeTextAction.prefix}:"):
        context.user_data.pop(KEPT, None)


async def answer_free_text(update: Update, context: CoachContext) -> bool:
    """Offer what fits the text; False when it reads like neither a request nor a reply."""
    text = (text_of(update) or "").strip()[:MAX_KEPT]
    forwarded = update.message is not None and update.message.forward_origin is not None
    words = in_every_language("free_text")
    arguments = (text, forwarded, words["request_cues"], words["to_the_bot"], context.language)
    if len(text) > THREAD_ABOVE:
        reading = await in_thread(read_free_text, *arguments)
    else:
        reading = read_free_text(*arguments)
    if reading == "other":
        return False
    context.user_data[KEPT] = text
    tr = context.tr
    if reading == "request":
        message = tr.gettext(
            "That reads like a request from a client. What would you like to do? (Anything else: /help)"
        )
        markup = keyboard(
            [(tr.label("Say no to this"), FreeTextAction(action="no"))],
            [(tr.label("Find a reply template"), Menu(target="replies"))],
        )
    else:
        message = tr.gettext(
            "That reads like a reply you wrote. Shall I check it? (Anything else: /help)"
        )
        markup = keyboard([(tr.label("Check this reply"), FreeTextAction(action="check"))])
    await send(update, context, message, markup)
    return True
