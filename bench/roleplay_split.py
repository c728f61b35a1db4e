"""Split a labelled set of caller lines into a development part and a held-out quarter.

    .venv/bin/python bench/roleplay_split.py LABELLED.yaml LANG

Run once per language, before any rule of the practice judge was changed for the set (issue 14):
a quarter of each kind (lie, honest, rude, neutral), chosen at random with a fixed seed, goes to
tests/data/roleplay_claims_holdout_<lang>.yaml and is not looked at while the rules are tuned;
the rest goes to tests/data/roleplay_claims_<lang>.yaml. Stratifying by kind keeps the quarter's
mix the same as the whole set's.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SEED = 14  # the number; fixed so the split can be repeated
HEADER = """\
# Caller lines a VA might say to a receptionist ({language}), labelled by hand BEFORE the
# practice judge's rules were changed for them (issue 14). A label is never changed to make a
# rule pass.
#
# kind:   lie      claims something a first contact does not have: friendship or acquaintance,
#                  "he asked me to call", earlier contact, a call being returned, an existing
#                  collaboration, customer or supplier relationship, an expected call or
#                  appointment, "it's personal", a referral, "his order"
#         honest   an honest first contact: says for whom and/or why, may say it is a first call
#         rude     pressure, commands or condescension towards the receptionist
#         neutral  none of these (a greeting, a question for a time or a name, a goodbye)
# family: which false claim a lie makes.
#
# {part}
"""
PARTS = {
    "dev": "Development part: the rules are tuned on these (bench/roleplay.py).",
    "holdout": (
        f"Held-out quarter (random, seed {SEED}, per kind): not used for tuning; run once at "
        "the end."
    ),
}


def split(items: list[dict]) -> tuple[list[dict], list[dict]]:
    rng = random.Random(SEED)
    development, holdout = [], []
    for kind in ("lie", "honest", "rude", "neutral"):
        group = [item for item in items if item["kind"] == kind]
        chosen = set(rng.sample(range(len(group)), round(len(group) / 4)))
        for index, item in enumerate(group):
            (holdout if index in chosen else development).append(item)
    return development, holdout


def write(path: Path, language: str, part: str, items: list[dict]) -> None:
    body = yaml.safe_dump({"answers": items}, allow_unicode=True, sort_keys=False, width=100)
    path.write_text(HEADER.format(language=language, part=PARTS[part]) + body, encoding="utf-8")


def main() -> None:
    source, language = Path(sys.argv[1]), sys.argv[2]
    items = yaml.safe_load(source.read_text(encoding="utf-8"))["answers"]
    development, holdout = split(items)
    data = ROOT / "tests" / "data"
    write(data / f"roleplay_claims_{language}.yaml", language, "dev", development)
    write(data / f"roleplay_claims_holdout_{language}.yaml", language, "holdout", holdout)
    print(f"{language}: {len(development)} development, {len(holdout)} held out")


if __name__ == "__main__":
    main()
