"""A reason said without a reason word, found by where it stands beside a no.

People explain a no in a clause of its own, with no "weil" or "because": "Whole deck by 9am
isn't doable mate, I've got the Hendry launch tonight", "Die Woche bin ich raus, meine Oma ist
gestorben", "Eine Rechnung rückdatieren? Das geht nicht. Das wäre strafbar." The reasons
themselves are as many as people's lives (a funeral, a rent to pay, a time zone, a law), so every
new writer brought some no cue list knew; the place they stand in is always the same. A clause
is read as the reason when:

- it follows the no in the same sentence or opens the next one, states something (a subject or
  a verb of being or having: `states`), asks nothing, and is neither another element the check
  found (empathy, a further no, an alternative, expectations), nor negative wording, nor one of
  the things that follow a no without explaining it (an apology, "I know", a promise, what
  carries on as before, the rate said again: `not`; a clause opening with an offer, a question
  word or a greeting: `opens`); and no alternative or expectation stands between it and the no
  (what follows an offer explains the offer: "– die sind für deine Hörer oft praktischer");
- or it is the part of the sentence before a no that opens with "so" or "deshalb" (`so`): "I'm
  offline Dec 24–26, so the 25th won't happen".

The word lists are content (elements.reason.beside_no in content/<lang>/data/tone.yaml). Chosen
on replies blind set 19, which no cue had been tuned on (reason F1 0.84 to 0.91 in both
languages), and checked on every labelled reply: 25 reasons found that no cue had found, one
reply given a reason its labeller did not see. On blind set 20, run once after that, it lifted
reason F1 from 0.82 to 0.90 in German and from 0.88 to 0.91 in English; on blind set 21 from 0.86
to 0.88 and from 0.76 to 0.85.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.coach.tone_patterns import Match
from bot.coach.tone_text import Token, clause_indices, is_word

AROUND = ("empathy", "decline", "alternative", "expectations")  # a clause showing these is taken
OFFERS = ("alternative", "expectations")


def reason_beside_no(
    tokens: list[Token],
    evidence: dict[str, list[Match]],
    negative: list[Match],
    shapes: dict[str, list[Match]],
) -> list[Match]:
    """The clause that gives the reason for a no found in `evidence`, as one match, or nothing.
    `negative`: the reply's negative wording; `shapes`: the beside_no patterns' matches by kind."""
    clauses = clause_indices(tokens)
    reading = _Reading(tokens, clauses, shapes)
    taken = [m for name in AROUND for m in evidence[name]] + negative
    offers = sorted(m.start for name in OFFERS for m in evidence[name])
    declines = sorted(evidence["decline"], key=lambda m: m.start)
    for no in declines:
        before = reading.before(no, [m for m in taken if m not in declines])
        if before:
            return [before]
        last = tokens[no.end - 1]
        for clause in sorted(clauses):
            first = tokens[clauses[clause][0]]
            if clause <= last.clause or first.sentence not in (last.sentence, last.sentence + 1):
                continue
            words = reading.words(clause)
            if len(words) < 2 or any(no.start <= at <= words[-1] for at in offers):
                continue
            if reading.explains(words, taken):
                return [Match(("cue", "reason"), words[0], words[-1] + 1)]
    return []


class _Reading:
    """The reply's clauses and where the beside_no patterns matched in them."""

    def __init__(self, tokens: list[Token], clauses: dict[int, list[int]], shapes):
        self.tokens, self.clauses = tokens, clauses
        self.starts = {kind: {m.start for m in found} for kind, found in shapes.items()}

    def words(self, clause: int) -> list[int]:
        return [i for i in self.clauses[clause] if is_word(self.tokens[i])]

    def _has(self, kind: str, first: int, end: int) -> bool:
        return any(i in self.starts.get(kind, ()) for i in range(first, end))

    def explains(self, words: list[int], taken: Iterable[Match]) -> bool:
        """A run of words that states something and is nothing else the reply says."""
        first, last = words[0], words[-1]
        end = self.clauses[self.tokens[last].clause][-1] + 1  # with the clause's "?" or emoji
        return (
            not any(m.start <= last and m.end > first for m in taken)
            and not any("?" in self.tokens[i].text for i in range(first, end))
            and first not in self.starts.get("opens", ())
            and not self._has("not", first, end)
            and self._has("states", first, end)
        )

    def before(self, no: Match, taken: list[Match]) -> Match | None:
        """The sentence's words before a no that opens with "so"/"deshalb", when they state
        something: the no follows from them."""
        clause = self.tokens[no.start].clause
        opening = self.words(clause)
        if not opening or opening[0] not in self.starts.get("so", ()):
            return None
        sentence = self.tokens[no.start].sentence
        words = [
            i
            for earlier in sorted(self.clauses)
            if earlier < clause
            for i in self.words(earlier)
            if self.tokens[i].sentence == sentence
        ]
        if len(words) < 2 or not self.explains(words, taken):
            return None
        return Match(("cue", "reason"), words[0], words[-1] + 1)
