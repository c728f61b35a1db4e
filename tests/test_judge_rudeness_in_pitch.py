"""The practice judge hears a rude sentence behind an honest pitch, keeps candour and sincere
interest apart from rudeness, and reads ironic thanks and claims said in answers (issue 14,
training sets 12-16). Every line here is new: none is in the labelled sets the rules were
widened or the models trained on, so each checks a shape, not a memorised line."""

from __future__ import annotations

import pytest

from bot.coach.roleplay import judge


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hallo, ich rufe für die Druckerei Wendel an, es geht um Ihre Visitenkarten. Und bevor "
            "Sie wieder sagen, er sei in einer Besprechung: Das nehme ich Ihnen nicht mehr ab.",
            "de",
        ),
        (
            "Guten Tag, ich bin Assistentin einer Steuerberaterin aus Ulm. Wenn Sie es schaffen, "
            "mich diesmal nicht in die Warteschleife zu schicken, wäre das ein echter Fortschritt.",
            "de",
        ),
        (
            "Hi, I'm calling for Northgate Print about your brochures. And before you tell me he's "
            "in a meeting again, I honestly don't believe you.",
            "en",
        ),
    ],
)
def test_a_rude_sentence_after_an_honest_pitch_is_rude_and_not_credited(text, language):
    judgement = judge(text, language)
    assert judgement.rude and not judgement.honest, judgement.flags()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ganz ehrlich: Sie kennen uns noch nicht. Ich bin Jana und arbeite für eine Agentur "
            "für Messestände.",
            "de",
        ),
        (
            "To be upfront: this is a first call. I work for a small recruitment agency in Bristol.",
            "en",
        ),
        ("Tbh he doesnt know me. I'm a VA for a catering company.", "en"),
        ("Ne, der kennt mich nich, ich mach Akquise für 'nen Malerbetrieb.", "de"),
        ("Calling for a client of mine, Hartley Foods, about packaging.", "en"),
        ("I'm calling at the request of a client firm about office furniture.", "en"),
        ("Ich würde gern erfahren, wer bei Ihnen die Fuhrparkverwaltung macht.", "de"),
    ],
)
def test_curt_candour_and_the_vas_own_client_are_honest(text, language):
    judgement = judge(text, language)
    assert judgement.honest and not judgement.rude and not judgement.lie, judgement.flags()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I would love to hear how you currently handle your payroll.", "en"),
        ("Falls Sie mal Übersetzungen brauchen: Wir sind die Agentur Wortwerk aus Kassel.", "de"),
        ("Thank you, that was a real help.", "en"),
        ("Danke, Sie waren mir eine echte Hilfe.", "de"),
        # a fresh-eyes review's line that the models of training sets 12-15 read as rude
        (
            "Wie ist denn die beste Zeit, um ihn zu erreichen? Nicht, dass ich ihn wieder störe.",
            "de",
        ),
    ],
)
def test_sincere_interest_thanks_and_the_own_firm_are_neither_rude_nor_lies(text, language):
    judgement = judge(text, language)
    assert not judgement.rude and not judgement.lie, judgement.flags()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Thank you for absolutely nothing.", "en"),
        ("Great, I'll just sit by the phone all week then, shall I?", "en"),
        ("Sie sind ja heute wieder eine riesige Hilfe, danke auch.", "de"),
        ("Vielen herzlichen Dank für gar nichts.", "de"),
    ],
)
def test_ironic_thanks_and_mock_patience_are_rude(text, language):
    assert judge(text, language).rude


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Es geht um die Rechnung vom März, die ist bei uns noch offen.", "de"),
        ("Hi, ringing about the order Ms Carter put through last month.", "en"),
    ],
)
def test_an_invoice_or_order_presupposed_in_an_answer_is_a_lie(text, language):
    judgement = judge(text, language)
    assert judgement.lie and judgement.claim == "order", judgement.flags()


@pytest.mark.parametrize(
    ("text", "language", "family"),
    [
        # English callers phoning a German firm use German titles
        ("Hi, I'm returning Frau Schmidt's call from this morning.", "en", "returning_call"),
        ("Good morning, this is Raj for my eleven o'clock with Ms Lee.", "en", "expected"),
        (
            "Wir betreuen schon seit zwei Jahren die Buchhaltung für Sie, es geht nur um eine "
            "Kleinigkeit.",
            "de",
            "relationship",
        ),
        ("Ich knüpfe an unser Telefonat von letzter Woche an.", "de", "spoke_before"),
    ],
)
def test_claims_of_blind_sets_12_and_13_are_read_as_shapes(text, language, family):
    judgement = judge(text, language)
    assert judgement.lie and judgement.claim == family, (judgement.flags(), judgement.claim)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("That's Nguyen, N-G-U-Y-E-N, with a Y after the G.", "en"),
        ("Zum Mitschreiben: K wie Kaufmann, O, C, H wie Heinrich.", "de"),
        ("Ich arbeite für Frau Sommer von Sommer Consulting und rufe zum ersten Mal an.", "de"),
    ],
)
def test_spelling_a_name_or_naming_the_own_client_is_neither_a_lie_nor_rude(text, language):
    judgement = judge(text, language)
    assert not judgement.lie and not judgement.rude, judgement.flags()


@pytest.mark.parametrize(
    ("text", "language"),
    [("Na super, noch eine Frage 🙄", "de"), ("Oh great, another form to fill in 🙄", "en")],
)
def test_an_eye_roll_is_rude(text, language):
    assert judge(text, language).rude


@pytest.mark.parametrize(
    ("text", "language"),
    # the lie model reads a holiday as a claim; a question for a time claims nothing
    [("Any idea when he'll be back from his holiday?", "en")],
)
def test_a_lone_question_for_a_time_is_no_lie(text, language):
    judgement = judge(text, language)
    assert not judgement.lie and not judgement.rude, judgement.flags()
