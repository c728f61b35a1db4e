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
The alternative weighs most: it turns the "no" into "yes, but differently". A reply that says a
plain yes (agrees) needs no decline, reason or alternative: it is scored out of 100 on empathy and
expectations alone, and its top fix never asks for a no ("keep_yes" when it has both).

top_fix is the change with the largest gain in score (ties: the order of FIX_ORDER; the scoring
lives in tone_score.py). Replacing a vague promise also gains the decline's weight when the reply
has no clear decline; its advice (advice_key) asks only for the firm part that is missing.

People rarely write the textbook form, so an element can also be shown without its cue words: a
reason with a counter-proposal declines ("Land unter – geht auch nächsten Mittwoch?"), unless
the reply hedges; a reason said without a reason word is read from where it stands beside a no
(tone_reason_shape.py); a reason, an alternative or expectations worded as no cue foresaw are
read by learned clause models (tone_learned.py); sarcasm ("ich hab ja sonst nichts zu tun 🙄") is flagged, and nothing inside
it counts as an element. Each element found carries a quote, the phrase that shows it, widened
from the matched words to their clause (tone_spans.py).

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

from bot.coach.linear_model import model
from bot.coach.tone_learned import THRESHOLDS, clauses, found_by_model, model_name
from bot.coach.tone_lexicon import BESIDE_NO_KINDS, ELEMENTS, Lexicon, lexicon
from bot.coach.tone_patterns import Match
from bot.coach.tone_reason_shape import reason_beside_no
from bot.coach.tone_score import WEIGHTS, score_and_fix  # noqa: F401 (WEIGHTS: public here)
from bot.coach.tone_spans import (
    Span,
    clause_words,
    closest,
    joined,
    overlaps,
    quote_of,
    span_of,
)
from bot.coach.tone_text import OTHER, Token, detect_language, detect_register, tokenize

MAX_CHARS = 100_000  # longer texts are checked up to here (a 4,000-word email is ~30,000)


@dataclass(frozen=True)
class ElementFinding:
    found: bool
    evidence: tuple[Span, ...] = ()  # the words the lexicon matched
    quote: Span | None = None  # the phrase that carries the element, to show the VA


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
    agrees: bool = False  # a plain yes: scored on YES_ELEMENTS (tone_score.py), no "no" asked for

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
            "agrees": self.agrees,
            "top_fix": dict(self.top_fix_data),
            "evidence": {
                name: [list(span) for span in self.elements[name].evidence] for name in ELEMENTS
            },
            "negative_kinds": [
                {"kind": p.kind, "key": p.suggestion_key} for p in self.negative_phrases
            ],
            "quotes": {
                name: self.elements[name].quote.text if self.elements[name].quote else None
                for name in ELEMENTS
            },
        }

    @property
    def advice_key(self) -> str:
        """The key of the one-line advice in tone.yaml `fixes`: the top fix, worded so it never
        asks for an element the reply already has."""
        return self.top_fix_data.get("advice", self.top_fix)


def warm_up(languages: tuple[str, ...] = ("de", "en")) -> None:
    """Compile the lexicons and load the lemma dictionaries and the learned models now (about
    3 s), so the first user does not wait; call it once at start-up, e.g. in a thread from
    post_init."""
    for language in languages:
        check_reply(
            "Danke für Ihre Nachricht." if language == "de" else "Thanks for your message.",
            language,
        )
        for name in THRESHOLDS:
            model(model_name(name), language)


def _blank(language: str, fix: str, checked: bool) -> ReplyCheck:
    elements = {name: ElementFinding(False) for name in ELEMENTS}
    return ReplyCheck(language, elements, (), 0, fix, {"key": fix}, None, checked)


def check_reply(
    text: str, language: str | None = None, *, register: str | None = None, learned: bool = True
) -> ReplyCheck:
    """Check a reply; `language` ("de"/"en") is a hint that detection overrides only when the
    text clearly reads as another language. `register` ("sie"/"du", German only) picks the form
    of the rephrasing suggestions; without it the reply's own pronouns decide ("sie" when it
    has none). Scores and elements never depend on the register. `learned=False` checks with
    the rules alone (scripts/train_models.py trains the reason model on what they find)."""
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
    return _analyse(text, tokens, lex, register, learned)


QUOTED = re.compile(r"^[ \t]*>.*$", re.MULTILINE)


def _unquoted(text: str) -> str:
    """Quoted lines ("> Can you do it by Friday?") blanked out, offsets kept: the client's words
    are not the VA's."""
    return QUOTED.sub(lambda m: " " * len(m.group()), text) if ">" in text else text


def _analyse(
    text: str, tokens: list[Token], lex: Lexicon, register: str | None, learned: bool = True
) -> ReplyCheck:
    by_tag: dict[tuple, list[Match]] = defaultdict(list)
    for match in lex.patterns.find(tokens):
        by_tag[match.tag].append(match)

    negatives = _negatives(text, tokens, lex, by_tag, register)
    # Sarcasm says the opposite of its words: "danke für die frühzeitige Info 🙃" thanks nobody.
    masked = [match for phrase, match in negatives if lex.negatives[phrase.suggestion_key].masks]
    sarcastic = {
        tokens[match.start].sentence
        for phrase, match in negatives
        if lex.negatives[phrase.suggestion_key].masks_sentence
    }
    # A dig makes the warmth of its sentence insincere ("Thanks for the reminder – the third one
    # this week"), though a no or a reason said beside it still stands.
    dug = sarcastic | {tokens[match.start].sentence for match in masked}
    evidence: dict[str, list[Match]] = {}
    for name in ELEMENTS:
        excluded = by_tag.get(("exclude", name), []) + masked
        unsaid = dug if name == "empathy" else sarcastic
        evidence[name] = [
            m
            for m in by_tag.get(("cue", name), [])
            if not overlaps(m, excluded) and tokens[m.start].sentence not in unsaid
        ]
    for phrase, match in negatives:
        if lex.negatives[phrase.suggestion_key].decline:
            evidence["decline"].append(match)
    words_in_clause = clause_words(tokens)
    for number, rule in enumerate(lex.together):
        if rule.needs and not any(evidence[name] for name in rule.needs):
            continue
        excluded = by_tag.get(("exclude", rule.element), [])
        vetoed = {tokens[m.start].sentence for m in by_tag.get(("veto", number), [])}
        per_sentence: dict[int, list[list[Match]]] = {}
        for part in range(rule.parts):
            for match in by_tag.get(("part", number, part), []):
                clause = tokens[match.start].clause
                sentence = tokens[match.start].sentence
                if rule.unless & words_in_clause[clause] or overlaps(match, excluded):
                    continue
                if sentence in sarcastic or sentence in vetoed:
                    continue
                per_sentence.setdefault(sentence, [[] for _ in range(rule.parts)])[part].append(
                    match
                )
        for parts in per_sentence.values():
            if all(parts):
                evidence[rule.element].extend(joined(closest(parts)))

    if evidence["decline"] and not evidence["reason"]:
        # said without a reason word: "Die Woche bin ich raus, meine Oma ist gestorben"
        shapes = {kind: by_tag.get(("beside_no", kind), []) for kind in BESIDE_NO_KINDS}
        negative = [match for _, match in negatives]
        evidence["reason"] = reason_beside_no(tokens, evidence, negative, shapes)
    # A plain yes and no no ("Yes, I can work this Saturday. Weekend hours are billed at 1.5x"):
    # a date or a price then says what the client gets, not what they get instead, and a limit
    # that a yes outweighs ("the rest by Friday") declines nothing. Unless the reply hedges ("leave
    # it with me, swamped today"), nothing needs a why: "It fits within my hours" explains no no.
    hedged = any(phrase.kind == "vague" for phrase, _ in negatives)
    outweighed = by_tag.get(("agrees", "outweighs"), [])
    agreed = any(
        tokens[m.start].sentence not in sarcastic for m in by_tag.get(("agrees",), [])
    ) and all(overlaps(m, outweighed) for m in evidence["decline"])
    if agreed:
        kept = by_tag.get(("agrees", "keeps"), [])
        evidence["decline"] = []
        evidence["alternative"] = [m for m in evidence["alternative"] if overlaps(m, kept)]
        if not hedged:
            evidence["reason"] = []
    # What no cue foresaw ("ich muss selbst meine Miete zahlen") the models read, but no
    # alternative without a no or a reason (a plain "I'll have it to you on Tuesday" offers nothing
    # instead), none after a plain yes, and no reason either after one
    unread = set()
    if agreed or not (evidence["decline"] or evidence["reason"]):
        unread.add("alternative")
    if agreed and not hedged:
        unread.add("reason")
    parts = None  # the clauses the learned models read, cut once and only when one reads
    for name in THRESHOLDS if learned else ():
        if not evidence[name] and name not in unread:
            parts = clauses(text, tokens) if parts is None else parts
            # a clause the rules read as the reason is not also a promise ("I'll be away until
            # Monday" says why, it promises nothing)
            taken = evidence["reason"] if name == "expectations" else []
            # nor one the lexicon keeps from it ("I'm offline at the weekend" says when)
            taken = taken + by_tag.get(("unread", name), [])
            readable = [p for p in parts if not overlaps(Match(("clause",), p[0], p[1] + 1), taken)]
            evidence[name] = found_by_model(name, readable, tokens, lex.language, sarcastic)

    for name, sources in lex.implied:
        # Said without a cue: a reason and a counter-proposal decline ("Land unter – geht auch
        # nächsten Mittwoch?"); the counter-proposal is the phrase that shows it. A reply that
        # hedges ("mal schauen") has not declined, whatever else it says.
        if hedged or agreed or evidence[name]:
            continue
        if all(evidence[source] for source in sources):
            evidence[name].extend(evidence[sources[-1]])

    elements = {}
    shown: set[Span | None] = set()
    for name in ELEMENTS:
        kept: list[Match] = []  # overlapping matches merged: "I could" + "could do it next Tuesday"
        for match in sorted(evidence[name], key=lambda m: (m.start, -m.end)):
            if kept and match.start < kept[-1].end:
                if match.end > kept[-1].end:
                    kept[-1] = Match(kept[-1].tag, kept[-1].start, match.end)
            else:
                kept.append(match)
        spans = [span_of(text, tokens, m.start, m.end) for m in kept]
        # The fullest phrase ("ich sitze an drei anderen Projekten" rather than a bare "Nein"),
        # one not already shown for another element when the reply has one.
        quotes = [quote_of(text, tokens, match) for match in kept]
        quote = max(quotes, key=lambda q: (q not in shown, len(q.text.split()))) if quotes else None
        shown.add(quote)
        elements[name] = ElementFinding(bool(spans), tuple(spans), quote)
    phrases = tuple(phrase for phrase, _ in negatives)
    found = {name: elements[name].found for name in ELEMENTS}
    score, fix, fix_data = score_and_fix(found, phrases, agreed)
    return ReplyCheck(
        lex.language, elements, phrases, score, fix, fix_data, register, agrees=agreed
    )


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
            if match.start >= last_end and not overlaps(match, excluded):
                matches.append(match)
                last_end = match.end
        if negative.needs_sentence:
            marked = {tokens[m.start].sentence for m in by_tag.get(("negwith", negative.key), [])}
            matches = [match for match in matches if tokens[match.start].sentence in marked]
        if len(matches) < negative.minimum:
            continue
        suggestion = _suggestion(negative.suggestion, register)
        for match in matches:
            if overlaps(match, taken):
                continue
            span = span_of(text, tokens, match.start, match.end)
            phrase = NegativePhrase(
                span.text, span.start, span.end, negative.kind, negative.key, suggestion
            )
            chosen.append((phrase, match))
            taken.append(match)
    chosen.sort(key=lambda pair: pair[0].start)
    return chosen
