"""One cue of the practice judge: which normalised string of the answer it runs over, and its
regex (bot/coach/roleplay_cues.py)."""

from __future__ import annotations

import re

Cue = tuple[str, re.Pattern[str]]


def cues(*pairs: tuple[str, str]) -> tuple[Cue, ...]:
    return tuple((where, re.compile(pattern)) for where, pattern in pairs)
