"""Copenhagen Burnout Inventory (Kristensen, Borritz, Villadsen & Christensen, Work & Stress
19(3), 2005): the work-related (7 items) and client-related (6 items) subscales, scored as the
instrument specifies. The item wording lives in content/<lang>/data/cbi.yaml.

Each answer is stored as 0-4 along the item's own scale, from "never/almost never" or "to a very
low degree" (0) to "always" or "to a very high degree" (4); the score of an answer is 25 points a
step (0, 25, 50, 75, 100), reversed for the one reverse-scored item ("enough energy for family and
friends during leisure time"). A subscale's score is the mean of its items' scores (0-100).
"""

from __future__ import annotations

from dataclasses import dataclass

# (subscale, scale, reversed) in the order of the published questionnaire.
ITEMS: tuple[tuple[str, str, bool], ...] = (
    ("work", "frequency", False),  # worn out at the end of the working day
    ("work", "frequency", False),  # exhausted in the morning at the thought of another day
    ("work", "frequency", False),  # every working hour is tiring
    ("work", "frequency", True),  # enough energy for family and friends in leisure time
    ("work", "degree", False),  # work emotionally exhausting
    ("work", "degree", False),  # work frustrates you
    ("work", "degree", False),  # burnt out because of your work
    ("client", "degree", False),  # hard to work with clients
    ("client", "degree", False),  # frustrating to work with clients
    ("client", "degree", False),  # drains your energy to work with clients
    ("client", "degree", False),  # give more than you get back
    ("client", "frequency", False),  # tired of working with clients
    ("client", "frequency", False),  # wonder how long you can continue working with clients
)
NOTABLE = 50.0
HIGH = 75.0
TREND_STEP = 5.0  # smaller changes are noise, not a trend


class InvalidAnswers(ValueError):
    pass


def item_score(index: int, answer: int) -> float:
    if not 0 <= answer <= 4:
        raise InvalidAnswers(f"answer {answer} out of range")
    points = 25.0 * answer
    return 100.0 - points if ITEMS[index][2] else points


@dataclass(frozen=True)
class Result:
    work: float
    client: float

    @property
    def highest(self) -> float:
        return max(self.work, self.client)


def score(answers: list[int]) -> Result:
    if len(answers) != len(ITEMS):
        raise InvalidAnswers(f"{len(answers)} answers for {len(ITEMS)} items")
    by_scale: dict[str, list[float]] = {"work": [], "client": []}
    for index, answer in enumerate(answers):
        by_scale[ITEMS[index][0]].append(item_score(index, answer))
    return Result(
        work=round(sum(by_scale["work"]) / len(by_scale["work"]), 1),
        client=round(sum(by_scale["client"]) / len(by_scale["client"]), 1),
    )


def level(value: float) -> str:
    return "high" if value >= HIGH else "notable" if value >= NOTABLE else "low"


def trend(current: float, previous: float | None) -> str | None:
    if previous is None:
        return None
    if current - previous >= TREND_STEP:
        return "up"
    if previous - current >= TREND_STEP:
        return "down"
    return "same"
