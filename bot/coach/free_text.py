"""What a message typed (or forwarded) outside any flow reads like: a client's request, a reply
the VA wrote, or neither. Pure: the words come from content/<lang>/data/free_text.yaml."""

from __future__ import annotations

from typing import Literal

from bot.coach.tone import check_reply

Reading = Literal["request", "reply", "other"]
MIN_WORDS = 4  # "ok", "hallo", "danke dir": not worth an offer
REPLY_ELEMENTS = 2  # of the five elements of a positive "no" (bot/coach/tone.py)


def read_free_text(
    text: str, forwarded: bool, request_cues: list[str], to_the_bot: list[str], language: str
) -> Reading:
    """A forwarded message is someone else's: a request. Typed, it is a request only when it
    has a request's words ("could you", "bis morgen") and is not a question to the coach
    ("how do I …", "was kannst du"); a reply when it has two of the elements of a positive no."""
    words = len(text.split())
    if forwarded:
        return "request" if words else "other"
    if words < MIN_WORDS:
        return "other"
    lowered = text.casefold()
    if any(phrase in lowered for phrase in to_the_bot):
        return "other"
    found = sum(f.found for f in check_reply(text, language).elements.values())
    if found >= REPLY_ELEMENTS:
        return "reply"
    return "request" if any(cue in lowered for cue in request_cues) else "other"
