"""Crisis words in what a user writes: the coach answers them with care before any number
(DOMAIN.md §9). Matching is deliberately generous: a care message too many is harmless, one too
few is not."""

from __future__ import annotations

from collections.abc import Iterable

APOSTROPHES = str.maketrans("", "", "'’`´")


def folded(text: str) -> str:
    """Lower case, apostrophes dropped ("can't", "can’t" and "cant" alike), spaces collapsed."""
    return " ".join(text.casefold().translate(APOSTROPHES).split())


def is_crisis(text: str, phrases: Iterable[str]) -> bool:
    words = folded(text)
    return any(folded(phrase) in words for phrase in phrases)
