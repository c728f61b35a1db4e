"""The practice judge's learned models (bot/coach/linear_model.py, trained by
scripts/train_models.py, read by bot/coach/roleplay_learned.py): trained on today's labels, and
what they read reaches the caller's feedback with a named claim and the caller's own sentence."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

import bot.coach.roleplay as roleplay
from bot.coach.linear_model import MODELS, model
from bot.coach.roleplay import judge
from bot.coach.roleplay_claims import ClaimReading
from bot.coach.roleplay_learned import FAMILIES

ROOT = Path(__file__).resolve().parent.parent


def _trainer():
    spec = importlib.util.spec_from_file_location("train_models", ROOT / "scripts/train_models.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_models_were_trained_on_the_labels_as_they_are_now(language):
    """A label changed without retraining would leave the judge reading yesterday's labels."""
    trainer = _trainer()
    digest = trainer.data_digest(trainer.caller_lines(language))
    names = ["judge_lie", "judge_rude", "judge_honest"]
    names += [f"judge_family_{family}" for family in FAMILIES]
    for name in names:
        shipped = json.loads((MODELS / f"{name}_{language}.json").read_text(encoding="utf-8"))
        assert shipped["data"] == digest, f"{name}_{language}: run scripts/train_models.py"


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_reply_models_were_trained_on_the_replies_as_they_are_now(language):
    """They learn from the labels and from the rules' finds: a changed label or cue without
    retraining would leave the reply check reading yesterday's."""
    for element, pairs in _trainer().reply_clauses(language).items():
        name = f"reply_{element}_{language}"
        shipped = json.loads((MODELS / f"{name}.json").read_text(encoding="utf-8"))
        assert shipped["data"] == _trainer().data_digest(pairs), f"{name}: run train_models.py"


@pytest.mark.parametrize(
    ("text", "language", "family"),
    [
        (
            "Grüezi, ich gebe nur kurz den Rückruf, um den der Marketingleiter heute früh gebeten hat.",
            "de",
            "returning_call",
        ),
        ("We're scheduled for half two, by phone, so I'll hold.", "en", "expected"),
    ],
)
def test_a_lie_only_the_model_reads_is_named_and_quoted(monkeypatch, text, language, family):
    # the rules are switched off, so the lie, its family and the quote come from the models
    monkeypatch.setattr(roleplay, "read_claims", lambda *args: ClaimReading(None, False))
    judgement = judge(text, language)
    assert judgement.lie and not judgement.honest
    assert judgement.claim == family
    assert judgement.quote and judgement.quote in text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Können Sie das bitte buchstabieren?", "de"),
        ("Bin ich hier richtig in der Zentrale?", "de"),
        ("Is this the main switchboard?", "en"),
        ("Thank you, that's really helpful.", "en"),
    ],
)
def test_short_courteous_lines_are_not_called_rude(text, language):
    assert not judge(text, language).rude


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mann, jetzt machen Sie halt, ich hab gleich den nächsten Call.", "de"),
        ("Oh brilliant, you're a real asset to this company, aren't you.", "en"),
    ],
)
def test_rudeness_no_rule_names_is_still_called_rude_and_quoted(text, language):
    judgement = judge(text, language)
    assert judgement.rude and not judgement.honest
    assert judgement.quote and judgement.quote in text


def test_a_language_without_models_is_judged_by_the_rules_alone():
    assert model("judge_lie", "fr") is None
    judgement = judge("We already work together, it's about our existing contract.", "fr")
    assert judgement.lie and judgement.claim == "relationship"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Guten Tag, ich möchte bitte Herrn Berger sprechen.", "de"),
        ("Hello, I'd like to speak to Mr Berger, please.", "en"),
    ],
)
def test_a_plain_request_to_speak_to_the_boss_is_no_lie(text, language):
    """Most lies open with this request, so the models lean towards reading it as one."""
    judgement = judge(text, language)
    assert not judgement.lie and not judgement.rude


# Ordinary lines written for a review of the models, none of them in the labelled sets: greetings,
# pitches, spelling, denials and thanks that the models once read as lies or rudeness.
ORDINARY = {
    "de": [
        "Guten Tag, hier ist Anna Kessler, es geht um Ihre Telefonanlage.",
        "Den Namen von Herrn Berger habe ich von Ihrer Website.",
        "Herr Berger und ich haben noch nie miteinander gesprochen.",
        "Ich buchstabiere ganz langsam: K-E-S-S-L-E-R.",
        "Ich möchte mich bei Ihnen herzlich für Ihre Hilfe bedanken.",
        "Welche Konsequenzen hat die neue Datenschutzverordnung für Sie?",
        "Ich rufe heute das zweite Mal an, entschuldigen Sie die Störung.",
        "Alles klar, dann versuche ich es morgen noch einmal. Danke!",
    ],
    "en": [
        "Hello, this is Mark Weber from Weber Printing in Leeds.",
        "I got Mr Berger's name from your website, I'm calling about payroll software.",
        "Mr Berger and I have never met.",
        "I'll spell it really slowly: K-E-S-S-L-E-R.",
        "It'll only take 30 seconds, I promise.",
        "I know it's not your decision, but could you pass my number on?",
        "I'm calling for a honey producer from Devon.",
        "Great, I'll try again tomorrow then. Thanks!",
    ],
}


@pytest.mark.parametrize(
    ("text", "language"), [(text, lang) for lang, lines in ORDINARY.items() for text in lines]
)
def test_ordinary_lines_are_neither_lies_nor_rude(text, language):
    judgement = judge(text, language)
    assert not judgement.lie and not judgement.rude, judgement.flags()
