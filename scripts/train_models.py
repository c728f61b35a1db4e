"""Train the learned models of bot/coach/linear_model.py on the hand-labelled lines in
tests/data/ and write their weights to bot/coach/models/.

    .venv/bin/python scripts/train_models.py            # train and write every model
    .venv/bin/python scripts/train_models.py --check    # exit 1 when a shipped model is stale
    .venv/bin/python scripts/train_models.py --exclude blind2   # leave a set out (experiments)
    .venv/bin/python scripts/train_models.py --only reply       # only the reply check's model

Models (per language):
    judge_lie, judge_rude, judge_honest      practice judge: one caller line
    judge_family_<family>                    which false claim a lie makes (the largest wins)
    reply_reason, reply_alternative,         reply check: does this clause give a reason, an
    reply_expectations                       alternative, expectations? (one clause of a reply,
                                             bot/coach/tone_learned.py)

Whole-reply models for the reply check, ORed with its rules, gained at most 0.03 F1 on replies
they had not seen (2026-12-06) and were not shipped; clause models, which a reply's other
clauses no longer drown out, gained about 0.03 on most of the last five unseen sets (2026-12-07).
They learn from the rules' own finds (see reply_clauses), so a changed lexicon changes their data
too: retrain after tuning tone.yaml.

Logistic regression with light L2 (it fits every training line; heavier L2 read unseen lines no
better) over binary n-gram features (scaled by 1/sqrt(count)), balanced
class weights, full-batch Adam; deterministic, so --check can retrain and compare. Each model's
threshold comes from five-fold out-of-fold probabilities on its own training lines: the one
with the best F-beta (beta 2 where the target is recall, 1 elsewhere). Features seen in fewer
than two lines are dropped and tiny weights pruned, which keeps each file small.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.coach.linear_model import MODELS, LinearModel, features  # noqa: E402
from bot.coach.roleplay_learned import FAMILIES  # noqa: E402
from bot.coach.tone import _unquoted, check_reply  # noqa: E402
from bot.coach.tone_learned import THRESHOLDS, clauses, model_name  # noqa: E402
from bot.coach.tone_text import tokenize  # noqa: E402

DATA = ROOT / "tests" / "data"
LANGUAGES = ("de", "en")
BETA = {"judge_lie": 2.0, "judge_rude": 2.0}
L2 = float(os.environ.get("VA_TRAIN_L2", "1e-5"))
STEPS = int(os.environ.get("VA_TRAIN_STEPS", "1000"))
PRUNE = 0.02


# --- data -------------------------------------------------------------------------------------
def _skip(path: Path, excluded: tuple[str, ...]) -> bool:
    return any(f"_{name}_" in path.name for name in excluded)


def caller_lines(language: str, excluded: tuple[str, ...] = ()) -> list[tuple[str, dict]]:
    """(text, labels) for every labelled caller line: kinds from roleplay_claims_*.yaml, flags
    from roleplay_*.yaml (the first practice sets)."""
    lines = []
    for path in sorted(DATA.glob(f"roleplay_*{language}.yaml")):
        if _skip(path, excluded) or not path.name.endswith(f"_{language}.yaml"):
            continue
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["answers"]:
            if "kind" in item and item["kind"] in ("lie", "honest", "rude", "neutral"):
                also = str(item.get("also", ""))
                labels = {
                    "lie": item["kind"] == "lie" or "lie" in also,
                    "rude": item["kind"] == "rude" or "rude" in also,
                    "honest": item["kind"] == "honest" and not also,
                    "family": item.get("family", ""),
                }
            else:
                flags = set(item.get("flags") or [])
                labels = {name: name in flags for name in ("lie", "rude", "honest")}
                labels["family"] = ""
            lines.append((item["text"], labels))
    return lines


def reply_clauses(language: str, excluded: tuple[str, ...] = ()) -> dict[str, list]:
    """Per element with a learned model: (clause, {"yes": bool}) from the labelled replies (the
    held-out quarter and the tuner's probe replies left out): the clauses in which the rules
    alone found the element, in replies labelled with it, and every clause of a reply labelled
    without it. The other clauses of a reply with the element are left out: which of them shows
    it is not labelled."""
    lines: dict[str, list] = {element: [] for element in THRESHOLDS}
    for path in sorted(DATA.glob(f"replies_*{language}.yaml")):
        name = path.name
        if _skip(path, excluded) or "_holdout_" in name or "_probe_" in name:
            continue
        for reply in yaml.safe_load(path.read_text(encoding="utf-8")):
            text = reply["text"]
            tokens = tokenize(_unquoted(text), language)
            found = check_reply(text, language, learned=False).elements
            for element, pairs in lines.items():
                labelled = bool(reply["elements"][element])
                for first, last, clause in clauses(text, tokens):
                    start, end = tokens[first].start, tokens[last].end
                    shown = any(s.start < end and s.end > start for s in found[element].evidence)
                    if shown or not labelled:
                        pairs.append((clause, {"yes": labelled}))
    return lines


# --- training -----------------------------------------------------------------------------------
class Matrix:
    """Rows of binary features as index arrays, each row scaled by 1/sqrt(its length)."""

    def __init__(self, rows: list[list[str]], vocabulary: dict[str, int]):
        self.rows, self.cols, self.vals = [], [], []
        for number, row in enumerate(rows):
            known = [vocabulary[name] for name in row if name in vocabulary]
            scale = 1 / np.sqrt(len(row)) if row else 0.0
            self.rows.extend([number] * len(known))
            self.cols.extend(known)
            self.vals.extend([scale] * len(known))
        self.rows, self.cols = np.array(self.rows, dtype=np.int64), np.array(self.cols)
        self.vals = np.array(self.vals)
        self.count, self.width = len(rows), len(vocabulary)

    def times(self, weights: np.ndarray) -> np.ndarray:
        return np.bincount(self.rows, self.vals * weights[self.cols], minlength=self.count)

    def transposed_times(self, vector: np.ndarray) -> np.ndarray:
        return np.bincount(self.cols, self.vals * vector[self.rows], minlength=self.width)


def vocabulary_of(rows: list[list[str]]) -> dict[str, int]:
    seen: dict[str, int] = {}
    for row in rows:
        for name in row:
            seen[name] = seen.get(name, 0) + 1
    return {name: i for i, name in enumerate(sorted(n for n, c in seen.items() if c >= 2))}


def fit(rows: list[list[str]], labels: np.ndarray) -> tuple[float, dict[str, float]]:
    vocabulary = vocabulary_of(rows)
    matrix = Matrix(rows, vocabulary)
    positives = max(labels.sum(), 1)
    negatives = max(len(labels) - labels.sum(), 1)
    weight = np.where(labels == 1, len(labels) / (2 * positives), len(labels) / (2 * negatives))
    w, b = np.zeros(matrix.width), 0.0
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), 0.0, 0.0
    rate, beta1, beta2 = 0.1, 0.9, 0.999
    for step in range(1, STEPS + 1):
        z = matrix.times(w) + b
        p = 1 / (1 + np.exp(-np.clip(z, -40, 40)))
        error = weight * (p - labels) / len(labels)
        grad_w = matrix.transposed_times(error) + L2 * w
        grad_b = error.sum()
        m_w = beta1 * m_w + (1 - beta1) * grad_w
        v_w = beta2 * v_w + (1 - beta2) * grad_w**2
        m_b = beta1 * m_b + (1 - beta1) * grad_b
        v_b = beta2 * v_b + (1 - beta2) * grad_b**2
        correction1, correction2 = 1 - beta1**step, 1 - beta2**step
        w -= rate * (m_w / correction1) / (np.sqrt(v_w / correction2) + 1e-8)
        b -= rate * (m_b / correction1) / (np.sqrt(v_b / correction2) + 1e-8)
    names = sorted(vocabulary, key=vocabulary.get)
    kept = {name: round(float(w[i]), 4) for i, name in enumerate(names) if abs(w[i]) >= PRUNE}
    return round(float(b), 4), kept


def _fold(text: str) -> int:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16) % 5


def out_of_fold(texts: list[str], rows: list[list[str]], labels: np.ndarray) -> np.ndarray:
    """Each line's probability from a model trained without its fold."""
    folds = np.array([_fold(text) for text in texts])
    probabilities = np.zeros(len(texts))
    for fold in range(5):
        train = [i for i in range(len(texts)) if folds[i] != fold]
        bias, weights = fit([rows[i] for i in train], labels[train])
        scorer = LinearModel("", "", bias, weights, 0.5)
        for i in np.where(folds == fold)[0]:
            probabilities[i] = scorer.probability_of(rows[i])
    return probabilities


def best_threshold(probabilities: np.ndarray, labels: np.ndarray, beta: float) -> float:
    best, chosen = -1.0, 0.5
    for threshold in np.arange(0.05, 0.96, 0.01):
        said = probabilities >= threshold
        tp = float((said & (labels == 1)).sum())
        fp = float((said & (labels == 0)).sum())
        fn = float((~said & (labels == 1)).sum())
        score = (1 + beta**2) * tp / ((1 + beta**2) * tp + beta**2 * fn + fp) if tp else 0.0
        if score > best + 1e-9:
            best, chosen = score, float(threshold)
    return round(chosen, 2)


def train(name: str, language: str, texts: list[str], labels: list[bool], cv: bool = True):
    rows = [features(text, language) for text in texts]
    y = np.array(labels, dtype=float)
    threshold = 0.5
    if cv:
        threshold = best_threshold(out_of_fold(texts, rows, y), y, BETA.get(name, 1.0))
    bias, weights = fit(rows, y)
    return LinearModel(name, language, bias, weights, threshold)


def data_digest(lines: list[tuple[str, dict]]) -> str:
    """A short digest of labelled lines: a model records the one it was trained on, so a test
    notices when labels changed and the models were not retrained."""
    text = json.dumps(sorted(lines, key=lambda line: line[0]), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def judge_models(language: str, excluded: tuple[str, ...] = ()) -> list[LinearModel]:
    built = []
    lines = caller_lines(language, excluded)
    texts = [text for text, _ in lines]
    for label in ("lie", "rude", "honest"):
        built.append(
            train(f"judge_{label}", language, texts, [labels[label] for _, labels in lines])
        )
    lies = [(text, labels["family"]) for text, labels in lines if labels["family"]]
    # no threshold of their own: the likeliest family is named when it reaches FAMILY_SURE
    for family in FAMILIES:
        built.append(
            train(
                f"judge_family_{family}",
                language,
                [t for t, _ in lies],
                [f == family for _, f in lies],
                cv=False,
            )
        )
    digest = data_digest(lines)
    return [replace(model, data=digest) for model in built]


def reply_models(language: str, excluded: tuple[str, ...] = ()) -> list[LinearModel]:
    built = []
    for element, pairs in reply_clauses(language, excluded).items():
        found = train(
            model_name(element),
            language,
            [clause for clause, _ in pairs],
            [labels["yes"] for _, labels in pairs],
            cv=False,
        )
        # thresholds chosen leaving each recent unseen set out in turn (tone_learned.py)
        built.append(replace(found, threshold=THRESHOLDS[element], data=data_digest(pairs)))
    return built


MODEL_GROUPS = {"judge": judge_models, "reply": reply_models}


def _serialised(model: LinearModel) -> str:
    return json.dumps(model.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when a shipped model is stale")
    parser.add_argument("--exclude", nargs="*", default=[], help="data sets to leave out")
    parser.add_argument("--out", type=Path, default=MODELS, help="where to write the models")
    parser.add_argument("--only", choices=sorted(MODEL_GROUPS), help="train one group of models")
    args = parser.parse_args()
    stale = []
    args.out.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        groups = [args.only] if args.only else list(MODEL_GROUPS)
        built = [m for group in groups for m in MODEL_GROUPS[group](language, tuple(args.exclude))]
        for model in built:
            path = args.out / f"{model.name}_{language}.json"
            text = _serialised(model) + "\n"
            if args.check:
                if not path.exists() or path.read_text(encoding="utf-8") != text:
                    stale.append(path.name)
                continue
            path.write_text(text, encoding="utf-8")
            print(f"{path.name}: {len(model.weights)} weights, threshold {model.threshold}")
    if stale:
        print("stale models (run scripts/train_models.py):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
