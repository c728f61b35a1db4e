"""The quality suite: every draft spec in specs.yaml, as the coach writes it, is a draft a
professional would send as it is (issue 14). docs/draft-examples.md shows them all."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from collections import Counter

import pytest

from bot.draft_cli import ALTERNATIVE_KINDS, REASON_KINDS, draft
from tests.quality.checks import (
    hunspell_missing,
    must_spell_check,
    spec_problems,
    specs,
    text_problems,
    unknown_words,
)
from tests.quality.examples import TARGET, render

SPECS = specs()


def spec_of(case: dict) -> dict:
    """The spec as `va-coach draft --json` reads it (without the suite's id and expectations)."""
    return {key: value for key, value in case.items() if key not in ("id", "expect")}


def test_the_suite_covers_languages_registers_channels_reasons_and_alternatives():
    assert len(SPECS) >= 60
    assert len({case["id"] for case in SPECS}) == len(SPECS)
    seen = Counter((case["lang"], case["client"]["register"], case["channel"]) for case in SPECS)
    assert len(seen) == 8  # 2 languages x 2 registers x 2 channels
    for language in ("de", "en"):
        mine = [case for case in SPECS if case["lang"] == language]
        assert {case["reason"]["kind"] for case in mine} == set(REASON_KINDS)
        assert {case["alternative"]["kind"] for case in mine} == set(ALTERNATIVE_KINDS)


@pytest.mark.parametrize("case", SPECS, ids=[case["id"] for case in SPECS])
def test_every_draft_is_one_a_professional_would_send(case):
    text = draft(spec_of(case))["text"]
    problems = spec_problems(case, text)
    assert problems == [], f"{case['id']}: {problems}\n\n{text}"


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_word_is_spelt_right(language):
    missing = hunspell_missing()
    if missing and not must_spell_check():
        pytest.skip(missing)
    assert missing is None, missing
    texts = [draft(spec_of(case))["text"] for case in SPECS if case["lang"] == language]
    assert unknown_words("\n\n".join(texts), language) == []


def test_draft_examples_document_is_up_to_date():
    assert TARGET.read_text(encoding="utf-8") == render(), (
        "docs/draft-examples.md is out of date: run `python -m tests.quality.examples`"
    )


def test_the_command_line_contract():
    """`va-coach draft --json`: one spec on stdin, {"text", "elements"} on stdout."""
    case = next(case for case in SPECS if case["lang"] == "en")
    done = subprocess.run(
        [sys.executable, "-m", "bot", "draft", "--json"],
        input=json.dumps(spec_of(case)),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    assert set(printed) == {"text", "elements"}
    assert printed["text"] == draft(spec_of(case))["text"]
    assert printed["elements"] == dict.fromkeys(
        ("empathy", "decline", "reason", "expectations", "alternative"), True
    )
    bad = subprocess.run(
        [sys.executable, "-m", "bot", "draft", "--json"],
        input=json.dumps({**spec_of(case), "reason": {"kind": "tired"}}),
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 2 and "reason.kind" in bad.stderr and "Traceback" not in bad.stderr


def test_every_combination_of_answers_carries_all_five_elements():
    """Beyond the specs: every reason, alternative, register, channel and tone, with and
    without typed text, passes the reply check with all five elements and the text checks."""
    failures = []
    combinations = itertools.product(
        ("de", "en"),
        REASON_KINDS,
        ALTERNATIVE_KINDS,
        ("sie", "du"),
        ("email", "chat"),
        (-1, 0, 1),
        (False, True),
        (False, True),
    )
    for language, reason, alternative, register, channel, formality, shorter, typed in combinations:
        de = language == "de"
        spec = {
            "lang": language,
            "request": "x",
            "client": {"name": "Acme", "register": register},
            "channel": channel,
            "reason": {
                "kind": reason,
                "text": "In der Woche bin ich im Urlaub" if de else "I’m on holiday that week",
            },
            "alternative": {"kind": alternative},
            "today": "2026-03-11",
            "sender": "Maria Weber",
            "tone": {"formality": formality, "shorter": shorter},
        }
        if typed:
            spec["expectations"] = (
                "den Newsletter bis Freitag" if de else "the newsletter by Friday"
            )
            spec["alternative"]["date"] = "2026-03-16"
            spec["alternative"]["text"] = (
                "die ersten beiden Blogartikel" if de else "the first two blog posts"
            )
        result = draft(spec)
        problems = text_problems(result["text"], language, channel == "chat")
        if not all(result["elements"].values()) or problems:
            failures.append((spec, problems, result["text"]))
    assert failures == [], f"{len(failures)} drafts fall short, e.g.:\n{failures[0]}"


@pytest.mark.parametrize("language", ["de", "en"])
def test_questions_to_ask_first_and_acceptances_pass_the_text_checks(language):
    """The coach's other two drafts: the clarifying question and the acceptance with terms
    (also the one worded for money), in every category, register, channel and tone."""
    from bot.coach.drafting import renderer
    from bot.coach.say_no import CATEGORIES, NoAnswers, draft_context
    from bot.i18n import translator

    de = language == "de"
    phrases = translator(language).data("say_no")
    contacts = (None, {"title": "Dr.", "first": "Thomas", "last": "Hoffmann", "address": "herr"})
    failures = []
    for kind, category, register, channel, formality, contact in itertools.product(
        ("clarify", "accept"), CATEGORIES, ("sie", "du"), ("email", "chat"), (-1, 0, 1), contacts
    ):
        answers = NoAnswers(
            request="Könnten Sie das bis Freitag machen?" if de else "Could you do it by Friday?",
            category=category,
            register=register,
            channel=channel,
            formality=formality,
            contact=contact,
            clarify=0,
            terms="45 € pro Stunde ab April" if de else "45 euros an hour from April",
            needs="die Texte bis Mittwoch" if de else "the texts by Wednesday",
        )
        context = draft_context(answers, phrases, "Maria Weber", language)
        text = renderer(language).render(kind, **context)
        if problems := text_problems(text, language, channel == "chat"):
            failures.append((kind, category, register, channel, formality, problems, text))
    assert failures == [], failures[0]
