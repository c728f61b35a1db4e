"""Many tagged patterns of the tone pattern language (bot/coach/tone_patterns.py), indexed by
the words that can start them and matched in one pass over a reply's tokens."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.coach.tone_patterns import Item, Match, first_keys, match_ends, required_words
from bot.coach.tone_text import Token


@dataclass
class PatternSet:
    """Many tagged patterns, matched in one pass over the tokens."""

    patterns: list[tuple[list[tuple], tuple[Item, ...]]] = field(default_factory=list)
    numbers: dict[tuple[Item, ...], int] = field(default_factory=dict)
    index: dict[str, list[int]] = field(default_factory=dict)
    anywhere: list[int] = field(default_factory=list)
    prefix_lengths: set[int] = field(default_factory=set)
    suffix_lengths: set[int] = field(default_factory=set)
    required: list[tuple[frozenset[str], ...]] = field(default_factory=list)
    candidates: dict[tuple[frozenset[str], bool], tuple[int, ...]] = field(default_factory=dict)

    def add(self, tag: tuple, items: tuple[Item, ...]) -> None:
        if items in self.numbers:  # the same pattern under another tag: matched once
            self.patterns[self.numbers[items]][0].append(tag)
            return
        number = self.numbers[items] = len(self.patterns)
        self.patterns.append(([tag], items))
        self.candidates.clear()
        self.required.append(required_words(items))
        keys = first_keys(items)
        if keys is None:
            self.anywhere.append(number)
        else:
            for key in keys:
                self.index.setdefault(key, []).append(number)
                if key[:2] == "p:":
                    self.prefix_lengths.add(len(key) - 2)
                elif key[:2] == "s:":
                    self.suffix_lengths.add(len(key) - 2)

    def _candidates(self, token: Token) -> tuple[int, ...]:
        """Patterns that can start at a token with these forms (cached per distinct word)."""
        found: set[int] = set(self.anywhere)
        for form in token.forms:
            found.update(self.index.get(form, ()))
            for length in self.prefix_lengths:
                if len(form) >= length:
                    found.update(self.index.get(f"p:{form[:length]}", ()))
            for length in self.suffix_lengths:
                if len(form) >= length:
                    found.update(self.index.get(f"s:{form[-length:]}", ()))
        if token.is_num:
            found.update(self.index.get("#num", ()))
        return tuple(sorted(found))

    def find(self, tokens: Sequence[Token]) -> list[Match]:
        """For every pattern and start token, the first match: gaps as short as possible,
        optional items and macros as long as possible."""
        found: list[Match] = []
        memo: dict = {}
        patterns = self.patterns
        present: set[str] = {"#num"} if any(t.is_num for t in tokens) else set()
        for token in tokens:
            present.update(token.forms)
        # A pattern whose required words are all somewhere in the text; the rest are never tried.
        possible = [all(not need.isdisjoint(present) for need in needs) for needs in self.required]
        cache = self.candidates
        for i, token in enumerate(tokens):
            key = (token.forms, token.is_num)
            candidates = cache.get(key)
            if candidates is None:
                if len(cache) > 50_000:  # bounded: a flood of distinct words cannot grow it forever
                    cache.clear()
                candidates = cache[key] = self._candidates(token)
            for number in candidates:
                if not possible[number]:
                    continue
                tags, items = patterns[number]
                end = next(match_ends(items, 0, i, tokens, memo), None)
                if end is not None and end > i:
                    found.extend(Match(tag, i, end) for tag in tags)
        return found
