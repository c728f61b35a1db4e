"""Every combination of the say-no coach's answers renders into a clean, complete reply."""

from __future__ import annotations

import itertools

import pytest
from jinja2.exceptions import SecurityError

from bot.coach.drafting import renderer, tidy
from bot.coach.say_no import ALTERNATIVES, REASONS, NoAnswers, draft_context
from bot.i18n import translator
from tests.journeys import problems_in

SAMPLES = {  # what a VA might type, per language
    "de": {
        "expectation": "den Newsletter wie geplant bis Freitag",
        "needs": "die finalen Texte bis Mittwoch.",
        "alternative_text": "die ersten beiden Blogartikel",
        "reason_text": "in der Woche bin ich im Urlaub",
        "terms": "die Folien bis Donnerstag, 4 Stunden",
    },
    "en": {
        "expectation": "the newsletter as planned by Friday",
        "needs": "the final texts by Wednesday.",
        "alternative_text": "the first two blog posts",
        "reason_text": "I am on holiday that week",
        "terms": "the slides by Thursday, 4 hours",
    },
}


def render(language: str, answers: NoAnswers, kind: str = "say_no") -> str:
    phrases = translator(language).data("say_no")
    return renderer(language).render(
        kind, **draft_context(answers, phrases, "Maria Weber", language)
    )


COMBINATIONS = list(
    itertools.product(["de", "en"], REASONS, ALTERNATIVES, ["sie", "du"], ["email", "chat"])
)


@pytest.mark.parametrize(("language", "reason", "alternative", "register", "channel"), COMBINATIONS)
def test_every_combination_renders_cleanly(language, reason, alternative, register, channel):
    sample = SAMPLES[language]
    for variant, typed, tone in itertools.product(
        (0, 1), (True, False), ((False, False, 0), (True, True, 1), (False, True, -1))
    ):
        shorter, warmer, formality = tone
        answers = NoAnswers(
            request="x",
            client_name="Anna Schmidt",
            register=register,
            channel=channel,
            reason=reason,
            reason_text=sample["reason_text"] if typed else None,
            expectation=sample["expectation"] if typed else None,
            needs=sample["needs"] if typed else None,
            alternative=alternative,
            alternative_text=sample["alternative_text"] if typed else None,
            alternative_date="2027-01-11" if typed else None,
            colleague_gender="f" if typed else None,
            variant=variant,
            shorter=shorter,
            warmer=warmer,
            formality=formality,
            empathy=variant,
        )
        text = render(language, answers)
        assert problems_in(text) == [], f"{problems_in(text)} in:\n{text}"
        assert len(text.split()) >= 8
        if language == "de":
            wrong = (
                ("du ", "dich", "dir ", "dein") if register == "sie" else ("Sie ", "Ihnen", "Ihr ")
            )
            body = text.split("\n\n", 1)[-1] if channel == "email" else text
            assert not any(f" {word}" in f" {body}" for word in wrong), f"register slip in:\n{text}"


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("kind", ["clarify", "accept"])
@pytest.mark.parametrize("client", ["Anna Schmidt", "Acme GmbH", None])
def test_clarifying_and_accepting_replies_render_cleanly(language, kind, client):
    for register, channel in itertools.product(["sie", "du"], ["email", "chat"]):
        answers = NoAnswers(
            request="x",
            client_name=client,
            register=register,
            channel=channel,
            clarify=1,
            terms=SAMPLES[language]["terms"],
        )
        text = render(language, answers, kind)
        assert problems_in(text) == [], f"{problems_in(text)} in:\n{text}"


def test_german_salutation_lowercases_only_function_words():
    answers = NoAnswers(
        client_name="Acme GmbH",
        channel="email",
        reason="workload",
        alternative="later",
        empathy_text="Ihre Anfrage hat mich gefreut",
    )
    assert "Guten Tag,\n\nIhre Anfrage hat mich gefreut." in render("de", answers)
    answers.empathy_text = "vielen Dank für die Nachricht"
    assert "Guten Tag,\n\nvielen Dank für die Nachricht." in render("de", answers)


def test_dates_agree_with_their_preposition():
    answers = NoAnswers(
        client_name="Anna Schmidt",
        reason="deadline",
        alternative="later",
        alternative_date="2027-01-11",
    )
    assert "ab Montag, dem 11. Januar" in render("de", answers)
    assert "from Monday, 11 January" in render("en", answers)


@pytest.mark.parametrize(
    ("gender", "phrase"),
    [
        ("f", "meine Kollegin Lea Roth empfehlen, die"),
        ("m", "meinen Kollegen Lea Roth empfehlen, der"),
        ("n", "Lea Roth empfehlen – eine Person, die"),
    ],
)
def test_referrals_agree_in_case_and_gender(gender, phrase):
    answers = NoAnswers(
        client_name="Anna Schmidt",
        reason="skills",
        alternative="referral",
        alternative_text="Lea Roth",
        colleague_gender=gender,
    )
    assert phrase in render("de", answers)


def test_tidy_joins_sentences_and_keeps_the_sign_off_break():
    assert (
        tidy("Hallo,\n\nSatz eins.\nSatz  zwei .\n\nGrüße\n\u2028\nMaria\n")
        == "Hallo,\n\nSatz eins. Satz zwei.\n\nGrüße\nMaria"
    )


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ cycler.__init__.__globals__.os }}",
        "{{ self._TemplateReference__context }}",
    ],
)
def test_user_templates_cannot_reach_python(source):
    with pytest.raises((SecurityError, Exception)) as raised:
        renderer("en").render_string(source)
    assert not isinstance(raised.value, AssertionError)
