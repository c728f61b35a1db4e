"""Where a reply check's findings sit in the text: spans with character offsets, the parts of a
rule joined into one phrase, and the quote shown to the VA for each element (the phrase that
carries it, widened from the matched words to their clause)."""

from __future__ import annotations

from collections import defaultdict
from itertools import product
from typing import NamedTuple

from bot.coach.tone_patterns import Match
from bot.coach.tone_text import Token


class Span(NamedTuple):
    start: int
    end: int
    text: str


def overlaps(match: Match, others: list[Match]) -> bool:
    return any(match.start < o.end and o.start < match.end for o in others)


def span_of(text: str, tokens: list[Token], start: int, end: int) -> Span:
    first, last = tokens[start].start, tokens[end - 1].end
    return Span(first, last, text[first:last])


QUOTE_WORDS = 14  # a quote longer than this is cut around the words that matched


def quote_of(text: str, tokens: list[Token], match: Match) -> Span:
    """The phrase to show for an element: the matched words widened to their clause ("weil"
    becomes "weil ich bis Freitag ausgebucht bin"), at most QUOTE_WORDS tokens, never across
    punctuation or a line break."""
    start, end = match.start, match.end
    left_open = not tokens[start].clause_break  # a match that ends at a "?" stays inside it
    right_open = not tokens[end - 1].clause_break
    while (left_open or right_open) and end - start < QUOTE_WORDS:
        right_open = right_open and end < len(tokens) and not tokens[end].clause_break
        if right_open:
            end += 1
        left_open = left_open and start > 0 and not tokens[start - 1].clause_break
        if left_open and end - start < QUOTE_WORDS:
            start -= 1
    while end - start > 1 and tokens[end - 1].clause_break:
        end -= 1
    while end - start > 1 and tokens[start].clause_break:
        start += 1
    return span_of(text, tokens, start, end)


def closest(parts: list[list[Match]], most: int = 4) -> list[Match]:
    """One match per part, as close together as they come ("nächsten Mittwoch?" rather than
    "Diese Woche … ?"); a few candidates per part are enough."""
    best = min(
        product(*(p[:most] for p in parts)),
        key=lambda c: max(m.end for m in c) - min(m.start for m in c),
    )
    return list(best)


def joined(matches: list[Match], reach: int = 8) -> list[Match]:
    """The parts of a rule as one span when they are close ("could do it next Tuesday"),
    otherwise each on its own."""
    start, end = min(m.start for m in matches), max(m.end for m in matches)
    if end - start - sum(m.end - m.start for m in matches) <= reach:
        return [Match(matches[0].tag, start, end)]
    return sorted(matches, key=lambda m: m.start)


def clause_words(tokens: list[Token]) -> dict[int, set[str]]:
    words: dict[int, set[str]] = defaultdict(set)
    for token in tokens:
        words[token.clause].update(token.forms)
    return words
