"""The practice judge against hand-labelled answers: the older flag sets (roleplay_<lang>.yaml)
and the caller lines of issue 14 (roleplay_claims_<lang>.yaml, its held-out quarter and the
probe batches written during tuning, tests/roleplay_figures.py PROBES). The receptionist's side is in
test_gatekeeper_receptionist.py."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from bot.coach.roleplay import FLAGS, Judgement, Turn, judge, progress
from bot.coach.roleplay_learned import FAMILIES as CLAIM_FAMILIES
from tests.roleplay_figures import TARGETS, claims_set, development, figures

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


def test_progress():
    assert progress([]).sessions == 0
    summary = progress([40, 50, 60, 90])
    assert summary.last == 90 and summary.best == 90 and summary.previous_average == 50


def test_judgement_roundtrip_keeps_what_the_feedback_needs():
    judgement = Judgement(lie=True, words=5, claim="expected", quote="Er erwartet mich.")
    turn = Turn("what_about", "x", judgement, ("caught_lie",))
    again = Turn.from_dict(turn.to_dict())
    assert again.judgement == turn.judgement and again.said == ("caught_lie",)


def test_turns_saved_before_the_details_still_load():
    old = {"step": "open", "answer": "x", "flags": ["honest", "asks_contact"], "words": 3}
    judgement = Turn.from_dict(old).judgement
    assert judgement.honest and judgement.for_whom and judgement.asks_who and judgement.on_topic


# --- issue 14: lies, honest first contacts, rudeness ----------------------------------------------
# the nine false claims of issue 14, written out: the judge's own list must match them
FAMILIES = {
    "friendship",
    "asked_to_call",
    "spoke_before",
    "returning_call",
    "relationship",
    "expected",
    "personal",
    "referral",
    "order",
}


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_labelled_set_is_large_enough_and_a_quarter_is_kept_aside(language):
    development, holdout = claims_set(language, "dev"), claims_set(language, "holdout")
    every = development + holdout
    count = {kind: sum(item["kind"] == kind for item in every) for kind in ("lie", "honest")}
    count |= {kind: sum(item["kind"] == kind for item in every) for kind in ("rude", "neutral")}
    assert count["lie"] >= 60 and count["honest"] >= 40
    assert count["rude"] >= 20 and count["neutral"] >= 20
    assert 0.2 <= len(holdout) / len(every) <= 0.3
    assert not {item["text"] for item in development} & {item["text"] for item in holdout}
    assert {item["family"] for item in every if item["kind"] == "lie"} == FAMILIES
    assert set(CLAIM_FAMILIES) == FAMILIES  # the learned family models cover the same nine


@pytest.mark.parametrize("language", ["de", "en"])
def test_targets_on_the_development_lines(language):
    result = figures(development(language), language)
    print(f"\n{language} development: {result.table()}")
    assert result.lie_recall >= TARGETS["lie_recall"], result.misses
    assert result.honest_precision >= TARGETS["honest_precision"], result.misses
    assert result.rude_recall >= TARGETS["rude_recall"], result.misses
    assert result.honest_called_lie == 0, result.misses


@pytest.mark.parametrize("language", ["de", "en"])
def test_held_out_quarter_figures_are_reported(language):
    """Printed, not asserted: the quarter kept aside is for reporting. Its one blind run is
    recorded in bench/roleplay.py (de lie recall 0.94, en honest precision 0.91, the rest 1.00);
    two errors were fixed after it, so what this prints is no longer blind."""
    result = figures(claims_set(language, "holdout"), language)
    print(f"\n{language} held-out quarter: {result.table()}")
    assert result.lies and result.honest and result.rude


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We already work together, it's about our existing contract.", "en"),
        ("Wir arbeiten doch schon zusammen, es geht um unseren bestehenden Vertrag.", "de"),
    ],
)
def test_an_invented_collaboration_is_a_lie_not_honest(text, language):
    judgement = judge(text, language)
    assert judgement.lie and not judgement.honest and judgement.claim == "relationship"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Nein, er erwartet mich nicht, und wir kennen uns noch nicht.", "de"),
        ("No, he isn't expecting me, and we've never spoken.", "en"),
        ("Ich würde gern einen Termin vereinbaren, um unsere App zu zeigen.", "de"),
        ("I'd like to arrange a call to show him our app.", "en"),
    ],
)
def test_a_denied_or_wished_for_relationship_is_not_a_lie(text, language):
    judgement = judge(text, language)
    assert not judgement.lie and judgement.honest


def test_the_lie_is_quoted_from_the_callers_own_sentence():
    judgement = judge("Guten Tag, Lena Voss hier. Herr Berger hat mich gebeten anzurufen.", "de")
    assert judgement.quote == "Herr Berger hat mich gebeten anzurufen."
    assert judgement.claim == "asked_to_call"
    polite = judge("Good morning. I'm calling at Dr. Kaya's request, thank you.", "en")
    assert polite.quote == "I'm calling at Dr. Kaya's request, thank you."


@pytest.mark.parametrize(
    ("text", "language", "family"),
    [
        (
            "Als langjährige Kundin Ihres Hauses möchte ich gern Herrn Berger sprechen.",
            "de",
            "relationship",
        ),
        (
            "Auf Anraten Ihres Steuerberaters würde ich gern mit Herrn Berger sprechen.",
            "de",
            "referral",
        ),
        ("On your accountant's advice I'd like a word with Mr Berger.", "en", "referral"),
        ("As an existing client I'd like to speak to Mr Berger.", "en", "relationship"),
    ],
)
def test_a_claimed_standing_is_a_lie_even_in_a_wish(text, language, family):
    judgement = judge(text, language)
    assert judgement.lie and not judgement.honest and judgement.claim == family


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Wir haben gesehen, dass Sie umbauen, und ich rufe wegen LED-Beleuchtung für Lichtwerk an.",
            "de",
        ),
        (
            "Ich bin von Kranich Akustik und würde gern über Schallschutz für Ihr Großraumbüro sprechen.",
            "de",
        ),
        ("I'm from Kestrel Acoustics and I'd like to talk to Mr Berger about soundproofing.", "en"),
    ],
)
def test_research_and_a_named_company_and_subject_are_honest(text, language):
    judgement = judge(text, language)
    assert judgement.honest and not judgement.lie


@pytest.mark.parametrize(
    ("text", "language", "rude"),
    [
        ("Chef. Jetzt. Sofort.", "de", True),
        ("Ist das denn so schwer?", "de", True),
        ("Okay. Danke. Tschüss.", "de", False),
        ("Mr Berger. Now.", "en", True),
        ("How hard can it possibly be?", "en", True),
        ("Right. Thanks. Bye.", "en", False),
    ],
)
def test_staccato_orders_and_scornful_questions_are_rude_calm_replies_are_not(text, language, rude):
    assert judge(text, language).rude is rude
