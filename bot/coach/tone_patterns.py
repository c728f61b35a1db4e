"""A small pattern language over tokens, for the cue lists in content/<lang>/data/tone.yaml.

A pattern is a line of space-separated items, matched left to right inside one clause:

    word          a token whose lower-cased surface or lemma is "word" ("schaffen" meets
                  "schaffe", "schaffst", "geschafft")
    a|b|c         any of these (single words: "heute abend" is two items, so write it as its
                  own pattern)
    pre*  *suf    a surface or lemma starting / ending with the letters
    vor+schlagen  a German separable verb: the lemma "vorschlagen" in one token, or "schlagen"
                  with the particle "vor" closing the clause later ("schlage Ihnen ... vor");
                  may stand among alternatives: "an+bieten|empfehlen"
    <name>        any phrase listed under macros: name (a weekday, a time expression, ...)
    #num          a number ("14", "7:30", "12.3.")
    #date         a German date or ordinal ("12.3.", "15.")
    ...  ..3      up to 6 (or 3) tokens, never across punctuation, an emoji or a line break
    !a|b          the next token is not one of these (consumes nothing)
    $             the clause ends here (consumes nothing)
    item?         optional item

Patterns are compiled once per language and indexed by the words that can start them, so a
reply is scanned in one pass: at each token only the patterns that can start there are tried
(bot/coach/tone_pattern_set.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from bot.coach.tone_text import Token

LIT, NUM, MACRO, GAP, NOT, END, DATE = range(7)
DEFAULT_GAP = 6
SEPARABLE_REACH = 12
# A separable particle closes its clause, or stands before one of these.
CONJUNCTIONS = frozenset("und oder aber sobald wenn falls dass damit sodass bevor nachdem".split())


class PatternError(ValueError):
    """A cue in tone.yaml that the pattern language cannot read."""


@dataclass(frozen=True, slots=True)
class Item:
    kind: int
    words: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    optional: bool = False
    size: int = 0  # GAP: most tokens skipped
    separable: tuple[tuple[str, str], ...] = ()  # (particle, stem) of separable verbs
    alternatives: tuple[tuple[Item, ...], ...] = ()  # MACRO
    starts: tuple[
        frozenset[str] | None, ...
    ] = ()  # MACRO: plain words each alternative can start with


@dataclass(frozen=True, slots=True)
class Match:
    tag: tuple
    start: int  # token index
    end: int  # token index, exclusive


def _normal(word: str) -> str:
    return word.lower().replace("’", "'")


def compile_pattern(
    source: str, macros: dict[str, tuple[tuple[Item, ...], ...]]
) -> tuple[Item, ...]:
    items = []
    for raw in source.split():
        optional = len(raw) > 1 and raw.endswith("?")
        text = raw[:-1] if optional else raw
        if text == "...":
            items.append(Item(GAP, size=DEFAULT_GAP))
        elif text.startswith("..") and text[2:].isdigit():
            items.append(Item(GAP, size=int(text[2:])))
        elif text == "$":
            items.append(Item(END))
        elif text == "#num":
            items.append(Item(NUM, optional=optional))
        elif text == "#date":
            items.append(Item(DATE, optional=optional))
        elif text.startswith("<") and text.endswith(">"):
            if text[1:-1] not in macros:
                raise PatternError(f"unknown macro {text} in {source!r}")
            alternatives = macros[text[1:-1]]
            starts = tuple(_plain_starts(alternative) for alternative in alternatives)
            items.append(Item(MACRO, alternatives=alternatives, optional=optional, starts=starts))
        elif text.startswith("!") and len(text) > 1:
            items.append(Item(NOT, words=frozenset(_normal(w) for w in text[1:].split("|"))))
        else:
            words, prefixes, suffixes, separable = set(), [], [], []
            for alternative in (_normal(w) for w in text.split("|")):
                if alternative[:1] in ("<", "#") and len(alternative) > 1:
                    raise PatternError(f"{alternative} cannot be an alternative in {source!r}")
                if "+" in alternative.strip("+"):
                    particle, stem = alternative.split("+", 1)
                    separable.append((particle, stem))
                    words.add(particle + stem)
                elif len(alternative) > 1 and alternative.endswith("*"):
                    prefixes.append(alternative[:-1])
                elif len(alternative) > 1 and alternative.startswith("*"):
                    suffixes.append(alternative[1:])
                elif alternative:
                    words.add(alternative)
            items.append(
                Item(
                    LIT,
                    frozenset(words),
                    tuple(prefixes),
                    tuple(suffixes),
                    optional,
                    separable=tuple(separable),
                )
            )
    if not items or all(item.kind in (GAP, NOT, END) or item.optional for item in items):
        raise PatternError(f"pattern matches nothing definite: {source!r}")
    return tuple(items)


def first_keys(items: Sequence[Item], k: int = 0) -> frozenset[str] | None:
    """Words a match can start with; None when it can start anywhere."""
    if k >= len(items):
        return None
    item = items[k]
    if item.kind in (NOT, END):
        return first_keys(items, k + 1)
    if item.kind == GAP:
        return None
    if item.kind == LIT:
        keys = item.words | {f"p:{p}" for p in item.prefixes} | {f"s:{s}" for s in item.suffixes}
        keys |= {stem for _, stem in item.separable}
    elif item.kind in (NUM, DATE):
        keys = frozenset(("#num",))
    else:
        keys = frozenset()
        for alternative in item.alternatives:
            sub = first_keys(alternative)
            if sub is None:
                keys = None
                break
            keys |= sub
    if item.optional and keys is not None:
        rest = first_keys(items, k + 1)
        keys = None if rest is None else keys | rest
    return keys


def _plain_starts(items: Sequence[Item]) -> frozenset[str] | None:
    """The words a match of `items` can start with, or None when a prefix, suffix or gap makes
    that open."""
    keys = first_keys(items)
    if keys is None or any(key[:2] in ("p:", "s:") for key in keys):
        return None
    return keys


def _hits(item: Item, token: Token) -> bool:
    forms = token.forms
    if not item.words.isdisjoint(forms):
        return True
    if not (item.prefixes or item.suffixes):
        return False
    for form in forms:
        if any(form.startswith(p) for p in item.prefixes) or any(
            form.endswith(s) for s in item.suffixes
        ):
            return True
    return False


def required_words(items: Sequence[Item]) -> tuple[frozenset[str], ...]:
    """For each plain-word item a match cannot skip, the words of which one must be in the text."""
    needs = []
    for item in items:
        if item.optional:
            continue
        if item.kind == LIT and not item.prefixes and not item.suffixes:
            needs.append(item.words | {stem for _, stem in item.separable})
        elif item.kind in (NUM, DATE):
            needs.append(frozenset(("#num",)))
    return tuple(needs)


def _particle(tokens: Sequence[Token], i: int, particle: str) -> int:
    """The index after a separable particle that closes the clause of the verb at i, or 0."""
    n = len(tokens)
    for j in range(i + 1, min(n, i + SEPARABLE_REACH + 1)):
        if tokens[j].clause_break:
            return 0
        if tokens[j].low == particle and (
            j + 1 == n or tokens[j + 1].clause_break or tokens[j + 1].low in CONJUNCTIONS
        ):
            return j + 1
    return 0


def match_ends(
    items: Sequence[Item], k: int, i: int, tokens: Sequence[Token], memo: dict
) -> Iterator[int]:
    """Every token index where items[k:] can end when started at token i. `memo` keeps the ends
    of each macro at each position, so a macro used by many patterns is matched once."""
    if k == len(items):
        yield i
        return
    item = items[k]
    n = len(tokens)
    kind = item.kind
    if kind == GAP:
        j = i
        while True:
            yield from match_ends(items, k + 1, j, tokens, memo)
            if j >= n or j - i >= item.size or tokens[j].clause_break:
                return
            j += 1
    if kind == NOT:
        if i >= n or item.words.isdisjoint(tokens[i].forms):
            yield from match_ends(items, k + 1, i, tokens, memo)
        return
    if kind == END:
        if i >= n or tokens[i].clause_break:
            yield from match_ends(items, k + 1, i, tokens, memo)
        return
    if i < n:
        token = tokens[i]
        if kind == LIT:
            if _hits(item, token):
                yield from match_ends(items, k + 1, i + 1, tokens, memo)
            for particle, stem in item.separable:
                if stem in token.forms:
                    end = _particle(tokens, i, particle)
                    if end:
                        yield from match_ends(items, k + 1, end, tokens, memo)
        elif kind == NUM:
            if token.is_num:
                yield from match_ends(items, k + 1, i + 1, tokens, memo)
        elif kind == DATE:
            if token.is_num and token.low.endswith("."):
                yield from match_ends(items, k + 1, i + 1, tokens, memo)
        else:  # MACRO
            key = (id(item.alternatives), i)
            ends = memo.get(key)
            if ends is None:
                forms = token.forms | {"#num"} if token.is_num else token.forms
                found = set()
                for alternative, starts in zip(item.alternatives, item.starts, strict=True):
                    if starts is None or not starts.isdisjoint(forms):
                        found.update(match_ends(alternative, 0, i, tokens, memo))
                ends = memo[key] = sorted(found, reverse=True)
            for end in ends:
                yield from match_ends(items, k + 1, end, tokens, memo)
    if item.optional:
        yield from match_ends(items, k + 1, i, tokens, memo)
