"""The reply check's score and its one change (bot/coach/tone.py describes both): weights of
the elements, penalties for negative wording, and the fix with the largest gain, worded so that
it never asks for an element the reply already has."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from bot.coach.tone_lexicon import ELEMENTS

if TYPE_CHECKING:
    from bot.coach.tone import NegativePhrase

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
# The advice for a vague promise, by (has a decline, has expectations): never ask again for what
# the reply already says.
VAGUE_ADVICE = {
    (False, False): "replace_vague_promise",
    (True, False): "vague_promise_to_commitment",
    (False, True): "vague_promise_to_clear_no",
    (True, True): "drop_vague_promise",
}


# A reply that says yes needs no decline, reason or alternative: it is scored on what a yes
# needs, warmth and a clear what and when, out of 100 all the same.
YES_ELEMENTS = ("empathy", "expectations")


def score_and_fix(
    found: dict[str, bool], phrases: tuple[NegativePhrase, ...], agrees: bool = False
):
    """The score, the top fix and its data (the advice key, and for wording the first phrase);
    `agrees`: the reply says yes, and only YES_ELEMENTS count."""
    counted = YES_ELEMENTS if agrees else ELEMENTS
    scale = 100 / sum(WEIGHTS[name] for name in counted)
    score = round(scale * sum(WEIGHTS[name] for name in counted if found[name]))
    penalties: dict[str, int] = defaultdict(int)
    for phrase in phrases:
        penalties[phrase.kind] += PENALTY[phrase.kind]
    for kind in ("apology", "cant"):  # a pile costs once, however high it grows
        if kind in penalties:
            penalties[kind] = PENALTY[kind]
    for kind, value in penalties.items():
        score -= min(value, PENALTY_CAP[kind])
    score = max(0, min(100, score))

    gains = {f"add_{name}": WEIGHTS[name] for name in counted if not found[name]}
    for kind, value in penalties.items():
        gains[FIX_FOR_KIND[kind]] = min(value, PENALTY_CAP[kind])
    if "replace_vague_promise" in gains and "add_decline" in gains:
        gains["replace_vague_promise"] += gains.pop("add_decline")
    if not gains:
        keep = "keep_yes" if agrees else "keep"
        return score, keep, {"key": keep}
    fix = max(FIX_ORDER, key=lambda key: (gains.get(key, -1), -FIX_ORDER.index(key)))
    data: dict = {"key": fix}
    if fix == "replace_vague_promise":  # ask only for the firm part that is missing
        firm = (found["decline"], found["expectations"])
        data["advice"] = VAGUE_ADVICE[firm]
    kind = next((k for k, f in FIX_FOR_KIND.items() if f == fix), None)
    if kind:
        examples = [p for p in phrases if p.kind == kind]
        data.update(text=examples[0].text, suggestion=examples[0].suggestion, count=len(examples))
    return score, fix, data
