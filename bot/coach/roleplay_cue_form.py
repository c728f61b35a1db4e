"""One cue of the practice judge: which normalised string of the answer it runs over, and its
regex (bot/coach/roleplay_cues.py)."""

from __future__ import annotations

import re

Cue = tuple[str, re.Pattern[str]]
# Every form of "you" is written as this one word in the normalised answer. Patterns say "@you"
# for readability; it is a word here, so `\b` works on both sides of it.
YOU_TOKEN = "qyou"


def cues(*pairs: tuple[str, str]) -> tuple[Cue, ...]:
    return tuple(
        (where, re.compile(pattern.replace("@you", YOU_TOKEN))) for where, pattern in pairs
    )
