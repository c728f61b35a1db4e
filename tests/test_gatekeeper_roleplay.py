"""The practice judge against hand-labelled answers, and the receptionist's reactions."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from bot.coach.roleplay import (
    FLAGS,
    Judgement,
    Turn,
    feedback,
    judge,
    progress,
    react,
    session_score,
)

DATA = Path(__file__).parent / "data"
# Floors just under what the rules reach (bench/roleplay.py prints the figures).
FLOOR_PRECISION = 0.8  # rude: 9 of 11 in German (two pushy questions)
FLOOR_RECALL = 0.9


def labelled(language: str) -> list[dict]:
    items = []
    for name in (f"roleplay_{language}.yaml", f"roleplay_holdout_{language}.yaml"):
        items += yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["answers"]
    return items


@pytest.mark.parametrize("language", ["de", "en"])
def test_at_least_forty_labelled_answers_per_language(language):
    main = yaml.safe_load((DATA / f"roleplay_{language}.yaml").read_text(encoding="utf-8"))[
        "answers"
    ]
    assert len(main) >= 40
    kinds = {item["kind"] for item in main}
    assert {"honest", "evasive", "lie", "rude", "too_long", "good"} <= kinds


@pytest.mark.parametrize("language", ["de", "en"])
def test_precision_and_recall_floors(language):
    counts = {flag: [0, 0, 0] for flag in FLAGS}  # tp, fp, fn
    for item in labelled(language):
        expected, got = set(item.get("flags") or []), set(judge(item["text"], language).flags())
        for flag in FLAGS:
            counts[flag][0] += flag in got and flag in expected
            counts[flag][1] += flag in got and flag not in expected
            counts[flag][2] += flag in expected and flag not in got
    for flag, (tp, fp, fn) in counts.items():
        if tp + fp:
            assert tp / (tp + fp) >= FLOOR_PRECISION, (flag, tp, fp)
        if tp + fn:
            assert tp / (tp + fn) >= FLOOR_RECALL, (flag, tp, fn)


def test_every_lie_is_caught():
    for language in ("de", "en"):
        for item in labelled(language):
            if "lie" in (item.get("flags") or []):
                assert judge(item["text"], language).lie, item["text"]


def test_sie_and_du_forms_get_the_same_judgement():
    pairs = defaultdict(list)
    for item in labelled("de"):
        if item.get("pair"):
            pairs[item["pair"]].append(item["text"])
    assert len(pairs) >= 8
    for texts in pairs.values():
        assert len(texts) == 2
        first, second = (judge(text, "de") for text in texts)
        assert first.flags() == second.flags(), texts


@pytest.mark.parametrize("text", ["", "   ", "?", "??", "...", "?!"])
def test_empty_answers(text):
    assert judge(text, "de").empty and judge(text, "en").empty


def test_a_lie_is_caught_then_ends_the_call():
    lie = judge("Er erwartet meinen Anruf.", "de")
    first = react("busy", 0, lie, [])
    assert first.lines == ("caught_lie",) and not first.ended
    second = react("busy", 0, lie, [Turn("what_about", "x", lie)])
    assert second.ended and second.outcome == "declined"


def test_honest_answers_walk_through_the_level():
    good = judge(
        "Ich rufe im Auftrag von Heinicke an, es geht um Schulungen für Ihr Team. Wer ist dafür zuständig?",
        "de",
    )
    reaction = react("strict", 0, good, [])
    assert reaction.lines == ("give_contact", "arranged") and reaction.step == 2
    last = react("strict", 4, judge("Danke, schönen Tag noch!", "de"), [])
    assert last.ended and last.outcome == "contact"


def test_evasive_answer_is_pressed_once():
    vague = judge("Es geht um eine geschäftliche Angelegenheit.", "de")
    first = react("friendly", 0, vague, [])
    assert first.lines == ("press_what_about",) and first.step == 1
    assert react("friendly", 1, vague, [Turn("open", "x", vague)]).ended


def test_a_plain_greeting_is_asked_what_it_is_about():
    hello = judge("Guten Tag, kann ich bitte Herrn Berger sprechen?", "de")
    reaction = react("busy", 0, hello, [])
    assert reaction.lines == ("what_about",) and reaction.step == 1 and not reaction.ended


def test_rude_answer_ends_the_call():
    reaction = react("friendly", 0, judge("That's none of your business.", "en"), [])
    assert reaction.ended and reaction.outcome == "declined"


def test_feedback_and_score():
    good = Turn(
        "what_about",
        "",
        judge(
            "Hello, I'm calling on behalf of Orbit Print about flyers for events. Who handles marketing?",
            "en",
        ),
    )
    lie = Turn("what_about", "", judge("He's expecting my call.", "en"))
    assert (False, "lie") in feedback(lie)
    assert (True, "honest") in feedback(good) and (True, "contact") in feedback(good)
    assert session_score([good]) == 100
    assert session_score([lie]) < 30
    assert session_score([]) == 0


def test_progress():
    assert progress([]).sessions == 0
    summary = progress([40, 50, 60, 90])
    assert summary.last == 90 and summary.best == 90 and summary.previous_average == 50


def test_judgement_flags_roundtrip():
    turn = Turn("what_about", "x", Judgement(honest=True, polite=True, words=5))
    assert Turn.from_dict(turn.to_dict()).judgement == turn.judgement
