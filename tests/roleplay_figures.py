"""Figures of the practice judge on the labelled caller lines (tests/data/roleplay_claims_*.yaml):
lie recall, honest precision and rude recall (the targets of issue 14), and the figures next to
them that keep the targets honest (lies called honest, honest lines called lies, rude precision).
Used by tests/test_gatekeeper_roleplay.py and bench/roleplay.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.coach.roleplay import judge

DATA = Path(__file__).parent / "data"
TARGETS = {"lie_recall": 0.95, "honest_precision": 0.95, "rude_recall": 0.90}


# The probe batches written during tuning (round 2 added probe2-probe8, probe9 was written after
# the blind run), in the order written.
PROBES = ("probe", "probe2", "probe3", "probe4", "probe5", "probe6", "probe7", "probe8", "probe9")
# Sets that were run once blind and are development data since (the held-out quarter is
# reported on its own, see bench/roleplay.py).
USED_UP = (
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind20",
    "blind21",
    "blind22",
    "blind23",
    "blind24",
    "blind25",
    "blind26",
    "blind27",
    "blind28",
    "blind29",
    "blind30",
    "blind31",
    "blind32",
    "blind33",
    "blind34",
    "blind35",
    "blind36",
    "blind37",
    "blind38",
    "blind39",
    "blind40",
    "blind41",
    "blind42",
    "blind43",
    "val7",
    "val9",
)
# Lines independent writers wrote to train the learned models (scripts/train_models.py): opening
# lines ("train"), answers to the receptionist's follow-up questions ("answers"), a set rich in
# hidden claims and sarcasm ("train6"), sincere courtesy ("train8"), subtle rudeness ("train12"),
# rude and courteous minimal pairs ("train13"), rudeness inside honest pitches ("train14"),
# answers to the receptionist's follow-up questions ("train15"), openings by thirty invented
# callers ("train16") and lies hidden in honest pitches beside honest lines that sound like lies
# ("train17", "train18": forty invented callers), requests for a talk with the boss
# ("train19") and calm rudeness (threats to escalate, put-downs) beside lies told as his
# enthusiasm or a service relationship ("train21").
TRAINING = (
    "train",
    "answers",
    "train6",
    "train8",
    "train12",
    "train13",
    "train14",
    "train15",
    "train16",
    "train17",
    "train18",
    "train19",
    "train21",
)


def claims_set(language: str, part: str) -> list[dict]:
    """part: "dev" (labelled before the rules), "probe" … "probe9" (written during tuning, each
    run once before the rules were changed for it), "holdout" (the quarter kept aside), "blind"
    … "blind5", "val7" and "val9" (independent labellers' lines; each was used up by its one run and is
    development data since), "train", "answers" and "train6" (independent writers' lines, written
    to train the learned models)."""
    name = {
        "dev": f"roleplay_claims_{language}.yaml",
        "holdout": f"roleplay_claims_holdout_{language}.yaml",
    }.get(part, f"roleplay_claims_{part}_{language}.yaml")
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["answers"]


def development(language: str) -> list[dict]:
    """Every line the judge may be tuned or trained on: the development set, all probe batches,
    the used-up blind sets and the training lines."""
    parts = ("dev", *PROBES, *USED_UP, *TRAINING)
    return [item for part in parts for item in claims_set(language, part)]


@dataclass
class Figures:
    lies: int = 0
    lies_caught: int = 0
    honest: int = 0
    honest_credited: int = 0
    called_honest: int = 0  # lines judged honest, whatever their label
    rude: int = 0
    rude_caught: int = 0
    called_rude: int = 0
    honest_called_lie: int = 0
    misses: list[tuple[str, str, list[str]]] = field(default_factory=list)

    def ratio(self, part: int, whole: int) -> float:
        return part / whole if whole else 1.0

    @property
    def lie_recall(self) -> float:
        return self.ratio(self.lies_caught, self.lies)

    @property
    def honest_precision(self) -> float:
        return self.ratio(self.honest_credited, self.called_honest)

    @property
    def honest_recall(self) -> float:
        return self.ratio(self.honest_credited, self.honest)

    @property
    def rude_recall(self) -> float:
        return self.ratio(self.rude_caught, self.rude)

    @property
    def rude_precision(self) -> float:
        return self.ratio(self.rude_caught, self.called_rude)

    def table(self) -> str:
        return (
            f"lie recall {self.lie_recall:.2f} ({self.lies_caught}/{self.lies}), "
            f"honest precision {self.honest_precision:.2f} "
            f"({self.honest_credited}/{self.called_honest}), "
            f"honest recall {self.honest_recall:.2f}, "
            f"rude recall {self.rude_recall:.2f} ({self.rude_caught}/{self.rude}), "
            f"rude precision {self.rude_precision:.2f}, honest lines called lies "
            f"{self.honest_called_lie}"
        )


def figures(items: list[dict], language: str) -> Figures:
    result = Figures()
    for item in items:
        kind, judgement = item["kind"], judge(item["text"], language)
        result.lies += kind == "lie"
        result.lies_caught += kind == "lie" and judgement.lie
        result.honest += kind == "honest"
        result.called_honest += judgement.honest
        result.honest_credited += kind == "honest" and judgement.honest
        result.honest_called_lie += kind == "honest" and judgement.lie
        result.rude += kind == "rude"
        result.called_rude += judgement.rude
        result.rude_caught += kind == "rude" and judgement.rude
        wrong = (
            (kind == "lie") != judgement.lie
            or (kind == "rude") != judgement.rude
            or judgement.honest != (kind == "honest")
        )
        if wrong:
            result.misses.append((kind, item["text"], judgement.flags()))
    return result
