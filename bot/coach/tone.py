"""The reply check: what a VA's reply to a client (declining or limiting a request) contains.

The five elements of a positive "no" (DOMAIN.md, section 1): empathy, a clear decline or limit, a
reason, expectations (what the client gets and when, or what the VA needs), and a concrete
alternative; plus hard negative wording, piled-up "can't"s and apologies and vague non-promises,
each with a positive rephrasing. Cue words and rephrasings are content
(content/<lang>/data/tone.yaml); this module only counts and weighs. Pure: no telegram, no db.

Score (0-100): elements add their weight, negative wording subtracts.
    empathy 20, decline 20, reason 15, expectations 20, alternative 25  (sum 100)
    hard wording -10 each (at most -30), vague non-promise -10 each (at most -20),
    piled-up apologies -10, piled-up "can't" -10.
The alternative weighs most: it turns the "no" into "yes, but differently".

top_fix is the change with the largest gain in score (ties: the order of FIX_ORDER). Replacing a
vague promise also gains the decline's weight when the reply has no clear decline, since the
fix is "say clearly what you can and cannot do".

Languages: German and English are checked. A reply in a third language gets language "other",
checked=False, every element False, no negative phrases, score 0 and top_fix
"unsupported_language": nothing in the lexicon is language-neutral enough to score it fairly, and
a made-up score would mislead. A text without a single word (empty, only emoji) gets
top_fix "empty_reply" and score 0.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from bot.coach.tone_lexicon import ELEMENTS, Lexicon, lexicon
from bot.coach.tone_patterns import Match
from bot.coach.tone_text import OTHER, Token, detect_language, detect_register, tokenize

WEIGHTS = {"empathy": 20, "decline": 20, "reason": 15, "expectations": 20, "alternative": 25}
PENALTY = {"hard": 10, "vague": 10, "apology": 10, "cant": 10}
PENALTY_CAP = {"hard": 30, "vague": 20, "apology": 10, "cant": 10}
FIX_FOR_KIND = {
    "hard": "soften_wording",
    "vague": "replace_vague_promise",
    "apology": "stop_apologising",
    "cant": "reduce_cant",
}
FIX_ORDER = (
    "add_decline",
    "replace_vague_promise",
    "soften_wording",
    "add_alternative",
    "add_expectations",
    "add_empathy",
    "add_reason",
    "stop_apologising",
    "reduce_cant",
)
MAX_CHARS = 100_000  # longer texts are checked up to here (a 4,000-word email is ~30,000)


class Span(NamedTuple):
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ElementFinding:
    found: bool
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class NegativePhrase:
    text: str
    start: int
    end: int
    kind: str  # "hard", "vague", "apology" (piled up) or "cant" (piled up)
    suggestion_key: str
    suggestion: str


@dataclass(frozen=True)
class ReplyCheck:
    language: str  # "de", "en" or "other"
    elements: dict[str, ElementFinding]
    negative_phrases: tuple[NegativePhrase, ...]
    score: int
    top_fix: str
    top_fix_data: dict = field(default_factory=dict)
    register: str | None = None  # German only: "sie" or "du", as the reply addresses the client
    checked: bool = True

    def to_json(self) -> dict:
        return {
            "elements": {name: self.elements[name].found for name in ELEMENTS},
            "negative_phrases": [
                {"text": p.text, "start": p.start, "end": p.end, "suggestion": p.suggestion}
                for p in self.negative_phrases
            ],
            "score": self.score,
            "language": self.language,
            "register": self.register,
            "checked": self.checked,
            "top_fix": dict(self.top_fix_data),
            "evidence": {
                name: [list(span) for span in self.elements[name].evidence] for name in ELEMENTS
            },
            "negative_kinds": [
                {"kind": p.kind, "key": p.suggestion_key} for p in self.negative_phrases
            ],
        }


def warm_up(languages: tuple[str, ...] = ("de", "en")) -> None:
    """Compile the lexicons and load the lemma dictionaries now (about 3 s), so the first user
    does not wait; call it once at start-up, e.g. in a thread from post_init."""
    for language in languages:
        check_reply(
            "Danke für Ihre Nachricht." if language == "de" else "Thanks for your message.",
            language,
        )


def _blank(language: str, fix: str, checked: bool) -> ReplyCheck:
    elements = {name: ElementFinding(False) for name in ELEMENTS}
    return ReplyCheck(language, elements, (), 0, fix, {"key": fix}, None, checked)


def check_reply(
    text: str, language: str | None = None, *, register: str | None = None
) -> ReplyCheck:
    """Check a reply; `language` ("de"/"en") is a hint that detection overrides only when the
    text clearly reads as another language. `register` ("sie"/"du", German only) picks the form
    of the rephrasing suggestions; without it the reply's own pronouns decide ("sie" when it
    has none). Scores and elements never depend on the register."""
    text = text[:MAX_CHARS] if isinstance(text, str) else ""
    detected = detect_language(_unquoted(text), language)
    if detected == OTHER:
        return _blank(OTHER, "unsupported_language", checked=False)
    tokens = tokenize(_unquoted(text), detected)
    if not any(t.text[:1].isalpha() for t in tokens):
        return _blank(detected, "empty_reply", checked=True)
    lex = lexicon(detected)
    if detected != "de":
        register = None
    elif register not in ("sie", "du"):
        register = detect_register(tokens)
    return _analyse(text, tokens, lex, register)


QUOTED = re.compile(r"^[ \t]*>.*$", re.MULTILINE)


def _unquoted(text: str) -> str:
    """Quoted lines ("> Can you do it by Friday?") blanked out, offsets kept: the client's words
    are not the VA's."""
    return QUOTED.sub(lambda m: " " * len(m.group()), text) if ">" in text else text


def _overlaps(match: Match, others: list[Match]) -> bool:
    return any(match.start < o.end and o.start < match.end for o in others)


def _span(text: str, tokens: list[Token], start: int, end: int) -> Span:
    first, last = tokens[start].start, tokens[end - 1].end
    return Span(first, last, text[first:last])


def _analyse(text: str, tokens: list[Token], lex: Lexicon, register: str | None) -> ReplyCheck:
    by_tag: dict[tuple, list[Match]] = defaultdict(list)
    for match in lex.patterns.find(tokens):
        by_tag[match.tag].append(match)

    negatives = _negatives(text, tokens, lex, by_tag, register)
    evidence: dict[str, list[Match]] = {}
    for name in ELEMENTS:
        excluded = by_tag.get(("exclude", name), [])
        evidence[name] = [m for m in by_tag.get(("cue", name), []) if not _overlaps(m, excluded)]
    for phrase, match in negatives:
        if lex.negatives[phrase.suggestion_key].decline:
            evidence["decline"].append(match)
    clause_words = _clause_words(tokens)
    for number, rule in enumerate(lex.together):
        if rule.needs and not evidence[rule.needs]:
            continue
        excluded = by_tag.get(("exclude", rule.element), [])
        per_sentence: dict[int, list[list[Match]]] = {}
        for part in range(rule.parts):
            for match in by_tag.get(("part", number, part), []):
                clause = tokens[match.start].clause
                if rule.unless & clause_words[clause] or _overlaps(match, excluded):
                    continue
                sentence = tokens[match.start].sentence
                per_sentence.setdefault(sentence, [[] for _ in range(rule.parts)])[part].append(
                    match
                )
        for parts in per_sentence.values():
            if all(parts):
                evidence[rule.element].extend(_joined([p[0] for p in parts]))

    elements = {}
    for name in ELEMENTS:
        spans, last_end = [], -1
        for match in sorted(evidence[name], key=lambda m: (m.start, -m.end)):
            if match.start >= last_end:
                spans.append(_span(text, tokens, match.start, match.end))
                last_end = match.end
        elements[name] = ElementFinding(bool(spans), tuple(spans))
    phrases = tuple(phrase for phrase, _ in negatives)
    score, fix, fix_data = _score(elements, phrases, lex)
    return ReplyCheck(lex.language, elements, phrases, score, fix, fix_data, register)


def _joined(matches: list[Match], reach: int = 8) -> list[Match]:
    """The parts of a rule as one span when they are close ("could do it next Tuesday"),
    otherwise each on its own."""
    start, end = min(m.start for m in matches), max(m.end for m in matches)
    if end - start - sum(m.end - m.start for m in matches) <= reach:
        return [Match(matches[0].tag, start, end)]
    return sorted(matches, key=lambda m: m.start)


def _clause_words(tokens: list[Token]) -> dict[int, set[str]]:
    words: dict[int, set[str]] = defaultdict(set)
    for token in tokens:
        words[token.clause].update(token.forms)
    return words


def _suggestion(value: str | dict[str, str], register: str | None) -> str:
    if isinstance(value, str):
        return value
    return value.get(register or "sie") or next(iter(value.values()))


def _negatives(text, tokens, lex: Lexicon, by_tag, register) -> list[tuple[NegativePhrase, Match]]:
    """Hard and vague wording first, then piles that reached their minimum; overlaps dropped."""
    chosen: list[tuple[NegativePhrase, Match]] = []
    taken: list[Match] = []
    ordered = sorted(
        lex.negatives.values(), key=lambda n: (n.kind in ("apology", "cant"), n.kind != "hard")
    )
    for negative in ordered:
        excluded = by_tag.get(("negx", negative.key), [])
        matches, last_end = [], -1
        for match in sorted(by_tag.get(("neg", negative.key), []), key=lambda m: (m.start, -m.end)):
            if match.start >= last_end and not _overlaps(match, excluded):
                matches.append(match)
                last_end = match.end
        if len(matches) < negative.minimum:
            continue
        suggestion = _suggestion(negative.suggestion, register)
        for match in matches:
            if _overlaps(match, taken):
                continue
            span = _span(text, tokens, match.start, match.end)
            phrase = NegativePhrase(
                span.text, span.start, span.end, negative.kind, negative.key, suggestion
            )
            chosen.append((phrase, match))
            taken.append(match)
    chosen.sort(key=lambda pair: pair[0].start)
    return chosen


def _score(elements: dict[str, ElementFinding], phrases: tuple[NegativePhrase, ...], lex: Lexicon):
    score = sum(WEIGHTS[name] for name in ELEMENTS if elements[name].found)
    penalties: dict[str, int] = defaultdict(int)
    for phrase in phrases:
        penalties[phrase.kind] += PENALTY[phrase.kind]
    for kind in ("apology", "cant"):  # a pile costs once, however high it grows
        if kind in penalties:
            penalties[kind] = PENALTY[kind]
    for kind, value in penalties.items():
        score -= min(value, PENALTY_CAP[kind])
    score = max(0, min(100, score))

    gains = {f"add_{name}": WEIGHTS[name] for name in ELEMENTS if not elements[name].found}
    for kind, value in penalties.items():
        gains[FIX_FOR_KIND[kind]] = min(value, PENALTY_CAP[kind])
    if "replace_vague_promise" in gains and "add_decline" in gains:
        gains["replace_vague_promise"] += gains.pop("add_decline")
    if not gains:
        return score, "keep", {"key": "keep"}
    fix = max(FIX_ORDER, key=lambda key: (gains.get(key, -1), -FIX_ORDER.index(key)))
    data: dict = {"key": fix}
    kind = next((k for k, f in FIX_FOR_KIND.items() if f == fix), None)
    if kind:
        examples = [p for p in phrases if p.kind == kind]
        data.update(text=examples[0].text, suggestion=examples[0].suggestion, count=len(examples))
    return score, fix, data
