"""Small learned models beside the hand-written rules: logistic regression over word and
character n-grams, trained on the hand-labelled lines in tests/data/ by scripts/train_models.py
and shipped as JSON weights in bot/coach/models/.

Why: the rules catch what their authors thought of; every blind set showed phrasings no rule
foresaw. A linear model over n-grams generalises across wordings ("wir hatten neulich
telefoniert", "we had a chat last month") without a rule per phrase. The practice judge
(roleplay_learned.py, roleplay.py) combines both: the rules keep their quotes and feedback, the
models add what they miss.

Inference is pure Python (no numpy at run time): a model is a bias and a dict of feature weights.
German words are lemmatised with simplemma so conjugations share weights.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import simplemma

MODELS = Path(__file__).parent / "models"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+|[!?]|[\U0001F300-\U0001FAFF\u2600-\u27BF]")


@lru_cache(maxsize=8192)
def _lemma(word: str, language: str) -> str:
    try:
        return simplemma.lemmatize(word, lang=language).lower()
    except (ValueError, KeyError):  # pragma: no cover - simplemma rejects odd input
        return word


def features(text: str, language: str) -> list[str]:
    """The n-grams of one text, each at most once: words and word pairs (German as lemmas too),
    and character 3- to 5-grams inside words (so "Zusammenarbeit" and "zusammengearbeitet"
    share weight)."""
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    found: set[str] = set()
    padded = ["<s>", *words, "</s>"]
    for first, second in zip(padded, padded[1:], strict=False):
        found.add(f"w2:{first} {second}")
    for first, second, third in zip(padded, padded[1:], padded[2:], strict=False):
        found.add(f"w3:{first} {second} {third}")
    for word in words:
        found.add(f"w:{word}")
        if language == "de" and word.isalpha():
            found.add(f"l:{_lemma(word, language)}")
        if len(word) > 3:
            marked = f"<{word}>"
            for size in (3, 4, 5):
                for start in range(len(marked) - size + 1):
                    found.add(f"c:{marked[start : start + size]}")
    if language == "de":
        lemmas = ["<s>", *(_lemma(w, language) if w.isalpha() else w for w in words), "</s>"]
        for first, second in zip(lemmas, lemmas[1:], strict=False):
            found.add(f"l2:{first} {second}")
    return sorted(found)


@lru_cache(maxsize=256)
def _features_once(text: str, language: str) -> tuple[str, ...]:
    """The judge asks a dozen models about the same line: its features are computed once."""
    return tuple(features(text, language))


@dataclass(frozen=True)
class LinearModel:
    """One yes/no question about a text ("is this a lie?"); `threshold` is the probability from
    which the answer is yes, chosen when training for the recall the target needs."""

    name: str
    language: str
    bias: float
    weights: dict[str, float]
    threshold: float
    data: str = ""  # digest of the labelled lines it was trained on (tests: not stale)

    def probability(self, text: str) -> float:
        return self.probability_of(_features_once(text, self.language))

    def probability_of(self, present: Sequence[str]) -> float:
        """The probability for a text's features (scripts/train_models.py passes them in)."""
        if not present:
            return 0.0
        scale = 1 / math.sqrt(len(present))
        z = self.bias + scale * sum(self.weights.get(name, 0.0) for name in present)
        return 1 / (1 + math.exp(-max(min(z, 40.0), -40.0)))

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "language": self.language,
            "bias": self.bias,
            "threshold": self.threshold,
            "data": self.data,
            "weights": self.weights,
        }


@lru_cache(maxsize=64)
def model(name: str, language: str) -> LinearModel | None:
    """The shipped model `name` for `language`, or None when none was trained (another language)."""
    path = MODELS / f"{name}_{language}.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return LinearModel(
        data["name"],
        data["language"],
        data["bias"],
        data["weights"],
        data["threshold"],
        data.get("data", ""),
    )


def best_sentence(text: str, scorer: LinearModel, sentences: list[str]) -> str:
    """The sentence the model finds most telling, to quote back to the user."""
    if not sentences:
        return text.strip()
    return max(sentences, key=scorer.probability).strip()
