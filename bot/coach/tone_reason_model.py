"""A reason the rules miss, read clause by clause by a learned model (bot/coach/linear_model.py).

Every new writer of labelled replies brought reasons no cue knew ("ich muss selbst meine Miete
zahlen", "9am London is 7pm here in Brisbane"), and a reason's shape (tone_reason_shape.py)
catches only those said beside a no. A logistic model over the n-grams of one clause learns what
reasons are made of (a family event, a time zone, a law, a full week) across wordings.

It is trained by scripts/train_models.py on the labelled replies in tests/data/ (the held-out
quarter and the tuner's probe replies left out): the clauses in which the rules found a reason,
in replies labelled with one, say what a reason is; every clause of a reply labelled without a
reason says what it is not. A clause counts when the model gives it REASON_SURE or more, and only
when the rules found no reason: the rules keep their quote wherever they speak.

REASON_SURE was chosen leaving each of the last five unseen sets (blind17-21) out of the model in
turn. At 0.85, reason F1 on them rose (rules alone -> rules and model):
    de  0.925 -> 0.964, 0.974 -> 0.991, 0.895 -> 0.924, 0.893 -> 0.923, 0.882 -> 0.914
    en  0.965 -> 0.974, 0.982 -> 0.991, 0.912 -> 0.958, 0.913 -> 0.944, 0.855 -> 0.895
for at most one more wrong reason per set of 80 replies. At 0.8 as many more were found as
wrongly; at 0.9 a third of the gain was given back.
"""

from __future__ import annotations

from bot.coach.linear_model import model
from bot.coach.tone_patterns import Match
from bot.coach.tone_text import Token

MODEL = "reply_reason"
REASON_SURE = 0.85
MIN_WORDS = 2


def clauses(text: str, tokens: list[Token]) -> list[tuple[int, int, str]]:
    """Each clause of MIN_WORDS words or more: its first and last word token and its text (the
    same for training and checking, so the model reads what it learned from)."""
    grouped: dict[int, list[int]] = {}
    for index, token in enumerate(tokens):
        grouped.setdefault(token.clause, []).append(index)
    found = []
    for indices in grouped.values():
        words = [i for i in indices if tokens[i].text[:1].isalnum()]
        if len(words) >= MIN_WORDS:
            start, end = tokens[indices[0]].start, tokens[indices[-1]].end
            found.append((words[0], words[-1], text[start:end]))
    return found


def reason_by_model(
    text: str, tokens: list[Token], language: str, unsaid: set[int] = frozenset()
) -> list[Match]:
    """The clause the model reads as a reason, as one match, or nothing. Clauses in the
    sentences of `unsaid` (sarcasm) are not read."""
    scorer = model(MODEL, language)
    if scorer is None:
        return []
    candidates = [
        (scorer.probability(clause), first, last)
        for first, last, clause in clauses(text, tokens)
        if tokens[first].sentence not in unsaid
    ]
    if not candidates:
        return []
    probability, first, last = max(candidates)
    if probability < scorer.threshold:
        return []
    return [Match(("cue", "reason"), first, last + 1)]
