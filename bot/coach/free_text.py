"""What a message typed (or forwarded) outside any flow reads like: a client's request, a reply
the VA wrote, or neither. Pure: the words come from content/<lang>/data/free_text.yaml."""

from __future__ import annotations

from typing import Literal

from bot.coach.tone import check_reply

Reading = Literal["request", "reply", "other"]
MIN_WORDS = 4  # "ok", "hallo", "wie geht's": not worth an offer
REPLY_ELEMENTS = 2  # of the five elements of a positive "no" (bot/coach/tone.py)


def read_free_text(text: str, forwarded: bool, request_cues: list[str], language: str) -> Reading:
    words = len(text.split())
    if words < MIN_WORDS:
        return "other"
    found = sum(f.found for f in check_reply(text, language).elements.values())
    if found >= REPLY_ELEMENTS and not forwarded:
        return "reply"
    lowered = text.casefold()
    if forwarded or "?" in text or any(cue in lowered for cue in request_cues):
        return "request"
    return "other"
