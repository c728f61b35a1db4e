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
    assert "ab Montag, 11. Januar" in render("de", answers)
    assert "from Monday 11 January" in render("en", answers)  # British: no comma


@pytest.mark.parametrize(
    ("gender", "typed", "phrase"),
    [
        ("f", "Lea Roth", "empfehle ich Ihnen gern meine Kollegin Lea Roth."),
        ("m", "Lea Roth", "empfehle ich Ihnen gern meinen Kollegen Lea Roth."),
        ("n", "Lea Roth", "empfehle ich Ihnen gern Lea Roth."),
        # typed with "meine Kollegin" already: not doubled, and the gender follows the typing
        ("n", "meine Kollegin Jana Berg", "empfehle ich Ihnen gern meine Kollegin Jana Berg."),
        ("f", "meinen Kollegen Tom Berg", "empfehle ich Ihnen gern meinen Kollegen Tom Berg."),
    ],
)
def test_referrals_agree_in_case_and_gender_without_doubled_words(gender, typed, phrase):
    answers = NoAnswers(
        client_name="Anna Schmidt",
        reason="skills",
        alternative="referral",
        alternative_text=typed,
        colleague_gender=gender,
    )
    text = render("de", answers)
    assert phrase in text
    assert "Kollegin meine" not in text and "Kollegen meinen" not in text


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


# --- who the draft is for, and tones that change the wording (issue 14) ---------------------------
HOFFMANN = {"title": "Dr.", "first": "Thomas", "last": "Hoffmann", "address": "herr"}
WEBER = {"title": "Dr.", "first": "Thomas", "last": "Weber", "address": "name"}
SHAH = {"title": "Dr", "first": "Priya", "last": "Shah", "address": ""}
LENA = {"title": "", "first": "Lena", "last": "Berger", "address": ""}
PRIYA = {"title": "", "first": "Priya", "last": "Shah", "address": ""}


@pytest.mark.parametrize(
    ("language", "client", "contact", "register", "channel", "formality", "opening"),
    [
        ("de", "Hoffmann GmbH", HOFFMANN, "sie", "email", 0, "Guten Tag Herr Dr. Hoffmann,"),
        ("de", "Hoffmann GmbH", HOFFMANN, "sie", "email", 1, "Sehr geehrter Herr Dr. Hoffmann,"),
        ("de", "Hoffmann GmbH", HOFFMANN, "sie", "chat", 0, "Hallo Herr Dr. Hoffmann,"),
        ("de", "Weber Immobilien", WEBER, "sie", "email", 0, "Guten Tag Thomas Weber,"),
        ("de", "Studio Berger", LENA, "du", "email", 0, "Hallo Lena,"),
        ("de", "Studio Berger", LENA, "du", "chat", -1, "Hi Lena,"),
        ("de", "Acme GmbH", None, "sie", "email", 1, "Sehr geehrte Damen und Herren,"),
        ("de", "Acme", None, "sie", "email", 0, "Guten Tag,"),
        ("en", "Shah Legal", SHAH, "sie", "email", 0, "Dear Dr Shah,"),
        ("en", "Shah Legal", SHAH, "sie", "chat", 0, "Hello Dr Shah,"),
        ("en", "Studio Berger", LENA, "du", "email", 0, "Hi Lena,"),
        ("en", "Acme", None, "sie", "email", 0, "Hello,"),
        # English formal clients get Ms/Mr like German ones get Frau/Herr (asked, see
        # tests/test_client_contact.py), also when only the last name is known.
        ("en", "Shah Legal", {**PRIYA, "address": "frau"}, "sie", "email", 0, "Dear Ms Shah,"),
        (
            "en",
            "Shah Legal",
            {**PRIYA, "first": "", "address": "herr"},
            "sie",
            "email",
            0,
            "Dear Mr Shah,",
        ),
        ("en", "Shah Legal", PRIYA, "sie", "email", 0, "Dear Priya Shah,"),
        # Ms or Mr never stands before a title in English.
        ("en", "Shah Legal", {**SHAH, "address": "frau"}, "sie", "email", 0, "Dear Dr Shah,"),
        ("en", "Shah Legal", {**SHAH, "title": "Doctor"}, "sie", "email", 0, "Dear Dr Shah,"),
    ],
)
def test_salutations_follow_professional_usage(
    language, client, contact, register, channel, formality, opening
):
    answers = NoAnswers(
        client_name=client,
        contact=contact,
        register=register,
        channel=channel,
        formality=formality,
        reason="workload",
        alternative="later",
    )
    text = render(language, answers)
    assert text.split("\n")[0] == opening
    for wrong in ("Hello Dr,", "Hello Acme", "Guten Tag Dr.", "Hallo Acme", "Dear Acme"):
        assert not text.startswith(wrong)


@pytest.mark.parametrize(
    ("language", "register", "closing"),
    [
        ("de", "sie", "Beste Grüße\nMaria Weber"),
        ("de", "du", "Viele Grüße\nMaria Weber"),
        ("en", "sie", "Kind regards,\nMaria Weber"),
        ("en", "du", "Best,\nMaria Weber"),
    ],
)
def test_sign_offs_follow_the_register_and_chat_has_none(language, register, closing):
    answers = NoAnswers(register=register, reason="fit", alternative="referral")
    assert render(language, answers).endswith(closing)
    answers.channel = "chat"
    chat = render(language, answers)
    assert "Maria Weber" not in chat and "Grüße" not in chat and "regards" not in chat


@pytest.mark.parametrize("language", ["de", "en"])
def test_shorter_shortens_and_formal_or_casual_change_the_wording(language):
    def body(text: str) -> str:  # without the salutation and the sign-off
        return "\n".join(text.split("\n")[2:-3])

    answers = NoAnswers(register="sie", reason="workload", alternative="smaller", empathy=1)
    plain = render(language, answers)
    shorter = render(language, NoAnswers(**{**answers.to_dict(), "shorter": True}))
    assert len(shorter.split()) < len(plain.split()) - 10
    formal = render(language, NoAnswers(**{**answers.to_dict(), "formality": 1}))
    casual = render(language, NoAnswers(**{**answers.to_dict(), "formality": -1}))
    assert len({body(plain), body(formal), body(casual)}) == 3


def test_a_typed_reason_is_not_introduced_as_a_one_off_and_hours_are_a_standing_rule():
    answers = NoAnswers(reason="hours", alternative="later", register="du")
    text = render("de", answers)
    assert "grundsätzlich" in text and "Diesmal" not in text
    assert "a rule I" in render("en", answers)


@pytest.mark.parametrize(
    ("request_text", "category", "kept", "dropped"),
    [
        ("Können Sie das bis Freitag um 14 Uhr machen?", "general", 2, "bis wann"),
        ("Could you do it 20% cheaper?", "rate", 2, "What budget"),
        ("Können Sie mir das bitte zuschicken?", "general", 3, None),
    ],
)
def test_clarifying_questions_skip_what_the_request_already_says(
    request_text, category, kept, dropped
):
    from bot.coach.say_no_wording import questions_for

    language = "de" if "Können" in request_text else "en"
    phrases = translator(language).data("say_no")
    questions = questions_for(category, "sie", request_text, phrases)
    assert len(questions) == kept
    if dropped:
        assert not any(dropped in question for question in questions)


@pytest.mark.parametrize(
    ("language", "money"),
    [("de", "beim Honorar entgegen"), ("en", "meet you on the fee")],
)
def test_an_acceptance_of_a_lower_rate_is_worded_for_money(language, money):
    answers = NoAnswers(category="rate", terms="45 € pro Stunde ab April", rate_covers="yes")
    assert money in render(language, answers, "accept")


@pytest.mark.parametrize(
    ("language", "expectation", "needs", "expected"),
    [
        (
            "de",
            "Ich schicke Ihnen den Newsletter bis Freitag",
            "bitte schicken Sie mir die Texte bis Mittwoch",
            "Ich schicke Ihnen den Newsletter bis Freitag. Bitte schicken Sie mir die Texte",
        ),
        (
            "en",
            "I'll send the newsletter by Friday",
            "please send me the texts by Wednesday",
            "I'll send the newsletter by Friday. Please send me the texts",
        ),
    ],
)
def test_typed_whole_sentences_are_not_forced_into_a_frame(language, expectation, needs, expected):
    answers = NoAnswers(
        reason="workload", alternative="later", expectation=expectation, needs=needs
    )
    text = render(language, answers)
    assert expected in text
    assert "kann ich Ihnen Ich" not in text and "promise is I" not in text


@pytest.mark.parametrize(
    ("language", "span", "dated"),
    [
        ("de", "in den nächsten Wochen", "im Moment"),
        ("en", "for the next few weeks", "at the moment"),
    ],
)
@pytest.mark.parametrize("register", ["sie", "du"])
def test_a_full_diary_does_not_contradict_the_date_offered_a_week_later(
    language, span, dated, register
):
    """ "My diary is full for the next few weeks" and then "from Thursday 19 March" (eight days
    on) contradict each other: with a date, the reason names no span."""
    answers = NoAnswers(register=register, reason="workload", alternative="later")
    assert span in render(language, answers)  # no date: the weeks explain "later"
    answers.alternative_date = "2026-03-19"
    text = render(language, answers)
    assert span not in text and dated in text and "19" in text


def test_a_german_workload_reason_does_not_repeat_zusaetzlich_after_the_opener():
    """ "danke, dass Sie bei dieser zusätzlichen Aufgabe an mich denken. … deshalb kann ich das
    nicht zusätzlich übernehmen": the reason is worded without a second "zusätzlich"."""
    for register, formality in itertools.product(("sie", "du"), (-1, 0, 1)):
        answers = NoAnswers(
            category="extra",
            register=register,
            formality=formality,
            reason="workload",
            alternative="later",
        )
        text = render("de", answers)
        assert text.count("zusätzlich") <= 1, text
