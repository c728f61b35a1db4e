"""The reply check's lexicon: content/<lang>/data/tone.yaml, read once per language and compiled
into one PatternSet (tone_patterns.py).

tone.yaml holds, per language:
  macros     named phrase lists used inside cues as <name> (weekdays, time expressions, ...)
  elements   per element (empathy, decline, reason, expectations, alternative):
               cues      patterns; any match shows the element
               exclude   patterns; a cue overlapping one of these does not count
               unread    patterns; the learned model does not read a clause they match in as
                         this element (a rule's exclude binds the rules alone: applied to the
                         model, "not my job" would no longer read as a reason)
               together  rules whose parts must all match in one sentence, each part in a
                         clause without any of the `unless` words; `needs: [decline, reason]`
                         applies the rule only when the reply already shows one of these;
                         `unless_sentence` patterns keep it out of any sentence they match in
                         ("as agreed", "wie gewohnt": agreed work goes on, nothing is offered)
               implied_by  lists of elements that together show this one when no cue does: a
                         reason and a counter-proposal ("diese Woche ist Land unter – geht auch
                         nächsten Mittwoch?") decline without saying no
               beside_no  reason only: states, not, opens and so, the patterns with which
                         tone_reason_shape.py finds a reason said without a reason word
  agrees     cues of a plain yes to the request ("Yes, I can work this Saturday"): without a no,
             nothing in the reply is offered instead (tone.py) but what `keeps` says ("instead"),
             and what `outweighs` says ("the rest by Friday") is no no
  negative   hard or vague wording: kind (hard|vague), decline (does it also count as a
             decline?), masks (true: no element counts inside it; "sentence": none in its
             whole sentence), cues, exclude, sentence_has (patterns of which one must
             match in the cue's sentence: thanks is sarcastic beside an eye-roll 🙃),
             suggestion (text, or {sie, du} in German)
  piles      apology and cant: wording that is fine once and negative when it piles up
             (min occurrences), with cues, exclude and suggestion
  fixes      the coach's one-line advice per top-fix key, shown to the VA
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from bot.coach.tone_pattern_set import PatternSet
from bot.coach.tone_patterns import Item, PatternError, compile_pattern
from bot.i18n import CONTENT_DIR

ELEMENTS = ("empathy", "decline", "reason", "expectations", "alternative")
PILE_KINDS = ("apology", "cant")
BESIDE_NO_KINDS = ("states", "not", "opens", "so")  # tone_reason_shape.py


@dataclass(frozen=True)
class Together:
    element: str
    parts: int
    unless: frozenset[str]
    needs: tuple[str, ...]  # any of these elements must be shown already; empty: always applies


@dataclass(frozen=True)
class Negative:
    key: str
    kind: str  # "hard", "vague", "apology" or "cant"
    decline: bool
    suggestion: str | dict[str, str]
    minimum: int = 1  # piles: occurrences before the wording counts as negative
    masks: bool = False  # sarcasm: the words inside show no element ("danke für die frühe Info 🙄")
    # masks: sentence - nothing in the whole sentence counts: "Thanks for the reminder – the third
    # one this week" thanks nobody, though the dig comes after the thanks.
    masks_sentence: bool = False
    # The cue counts only when a `sentence_has` pattern matches in its sentence: "danke, dass du
    # so an mich denkst 🙃" - the eye-roll may stand clauses away from the thanks it turns.
    needs_sentence: bool = False


@dataclass(frozen=True)
class Lexicon:
    language: str
    patterns: PatternSet
    together: tuple[Together, ...]
    negatives: dict[str, Negative]
    fixes: dict[str, str]
    implied: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (element, elements that imply it)


def _patterns(value: object, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PatternError(f"{where}: expected a list of patterns")
    return value


def compile_lexicon(data: dict, language: str) -> Lexicon:
    macros: dict[str, tuple[tuple[Item, ...], ...]] = {}
    for name, sources in (data.get("macros") or {}).items():
        macros[name] = tuple(
            compile_pattern(s, macros) for s in _patterns(sources, f"macros.{name}")
        )
    patterns = PatternSet()

    def add(tag: tuple, sources: object, where: str) -> None:
        for source in _patterns(sources, where):
            patterns.add(tag, compile_pattern(source, macros))

    together = []
    implied: list[tuple[str, tuple[str, ...]]] = []
    for element in ELEMENTS:
        spec = data["elements"][element]
        add(("cue", element), spec.get("cues"), f"elements.{element}.cues")
        add(("exclude", element), spec.get("exclude"), f"elements.{element}.exclude")
        add(("unread", element), spec.get("unread"), f"elements.{element}.unread")
        for rule in spec.get("together") or []:
            number = len(together)
            for part, sources in enumerate(rule["parts"]):
                add(("part", number, part), sources, f"elements.{element}.together")
            add(("veto", number), rule.get("unless_sentence"), f"elements.{element}.together")
            unless_words = rule.get("unless") or []
            if not all(isinstance(w, str) for w in unless_words):  # YAML reads a bare no as False
                raise PatternError(f"elements.{element}.together.unless: quote every word")
            unless = frozenset(w.lower().replace("’", "'") for w in unless_words)
            needs = rule.get("needs") or ()
            needs = (needs,) if isinstance(needs, str) else tuple(needs)
            if not set(needs) <= set(ELEMENTS):
                raise PatternError(f"elements.{element}.together.needs: unknown element {needs}")
            together.append(Together(element, len(rule["parts"]), unless, needs))
        for kind, sources in (spec.get("beside_no") or {}).items():
            if kind not in BESIDE_NO_KINDS:
                raise PatternError(f"elements.{element}.beside_no: unknown kind {kind}")
            add(("beside_no", kind), sources, f"elements.{element}.beside_no.{kind}")
        for sources in spec.get("implied_by") or []:
            if not sources or not set(sources) <= set(ELEMENTS) - {element}:
                raise PatternError(f"elements.{element}.implied_by: unknown element {sources}")
            implied.append((element, tuple(sources)))
    agrees = data.get("agrees") or {}
    add(("agrees",), agrees.get("cues"), "agrees.cues")
    add(("agrees", "outweighs"), agrees.get("outweighs"), "agrees.outweighs")
    add(("agrees", "keeps"), agrees.get("keeps"), "agrees.keeps")
    negatives = {}
    for key, spec in (data.get("negative") or {}).items():
        negatives[key] = Negative(
            key,
            spec["kind"],
            bool(spec.get("decline")),
            spec["suggestion"],
            masks=bool(spec.get("masks")),
            masks_sentence=spec.get("masks") == "sentence",
            needs_sentence=bool(spec.get("sentence_has")),
        )
        add(("negwith", key), spec.get("sentence_has"), f"negative.{key}.sentence_has")
        add(("neg", key), spec.get("cues"), f"negative.{key}.cues")
        add(("negx", key), spec.get("exclude"), f"negative.{key}.exclude")
    for kind in PILE_KINDS:
        spec = data["piles"][kind]
        negatives[kind] = Negative(kind, kind, False, spec["suggestion"], int(spec["min"]))
        add(("neg", kind), spec.get("cues"), f"piles.{kind}.cues")
        add(("negx", kind), spec.get("exclude"), f"piles.{kind}.exclude")
    fixes = dict(data.get("fixes") or {})
    return Lexicon(language, patterns, tuple(together), negatives, fixes, tuple(implied))


@cache
def lexicon(language: str, content_dir: Path = CONTENT_DIR) -> Lexicon:
    with (content_dir / language / "data" / "tone.yaml").open(encoding="utf-8") as handle:
        return compile_lexicon(yaml.safe_load(handle), language)
