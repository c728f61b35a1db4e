"""Text sent outside any flow, understood: a client's request gets "Say no to this" and "Find a
reply template", a reply the VA wrote gets "Check this reply", anything else a short pointer.

The text waits in the user's flow data until a button takes it (the say-no coach as its
request, the reply check as the reply to check); a newer message replaces it.
"""

from __future__ import annotations

import dataclasses
from typing import ClassVar, Literal

from telegram import Update

from bot.callbacks import CallbackData, Menu
from bot.coach.free_text import read_free_text
from bot.context import CoachContext
from bot.db.unit import in_thread
from bot.flows.common import keyboard, send, text_of
from bot.i18n import LANGUAGES, translator

KEPT = "free_text"  # user_data key: the text the offer's buttons act on
MAX_KEPT = 6000  # the say-no coach's own limit for a request
THREAD_ABOVE = 400  # characters: reading a longer text goes off the event loop


@dataclasses.dataclass(frozen=True)
class FreeTextAction(CallbackData):
    """A button under a message sent outside any flow."""

    prefix: ClassVar[str] = "ft"
    action: Literal["no", "check"]


def request_cues() -> list[str]:
    return [cue for language in LANGUAGES for cue in translator(language).data("free_text")["request_cues"]]


def take_free_text(context: CoachContext) -> str | None:
    return context.user_data.pop(KEPT, None)


async def answer_free_text(update: Update, context: CoachContext) -> bool:
    """Offer what fits the text; False when it reads like neither a request nor a reply."""
    text = (text_of(update) or "").strip()[:MAX_KEPT]
    forwarded = update.message is not None and update.message.forward_origin is not None
    read = in_thread if len(text) > THREAD_ABOVE else _now
    reading = await read(read_free_text, text, forwarded, request_cues(), context.language)
    if reading == "other":
        return False
    context.user_data[KEPT] = text
    tr = context.tr
    if reading == "request":
        message = tr.gettext("That reads like a request from a client. What would you like to do?")
        markup = keyboard(
            [(tr.label("Say no to this"), FreeTextAction(action="no"))],
            [(tr.label("Find a reply template"), Menu(target="replies"))],
        )
    else:
        message = tr.gettext("That reads like a reply you wrote. Shall I check it?")
        markup = keyboard([(tr.label("Check this reply"), FreeTextAction(action="check"))])
    await send(update, context, message, markup)
    return True


async def _now(function, *args):
    return function(*args)
