"""Every built-in reply template renders cleanly in every language, register and shape, with
fields filled and with fields left out; search finds them in both languages, despite typos."""

from __future__ import annotations

import itertools
import re

import pytest

from bot.coach.drafting import renderer
from bot.coach.templates import (
    CATEGORIES,
    CHOICES,
    FIELD_KINDS,
    SITUATIONS,
    calendar_weeks,
    date_choices,
    fields_for,
    library_entries,
    opens_with_salutation,
    render_situation,
    search,
)
from bot.i18n import LANGUAGES, translator
from tests.journeys import problems_in

SAMPLE_FIELDS = {
    "de": {
        "project": "Website-Relaunch",
        "task": "Folien fürs Board",
        "topic": "mein Angebot",
        "date": "2027-01-15",
        "hours": "Montag bis Donnerstag, 9 bis 15 Uhr",
        "response": "next_day",
        "rate": "65 Euro pro Stunde zzgl. USt.",
        "info": "die Reisedaten und das Budget",
        "colleague": "Lea Roth",
        "gender": "f",
        "terms": "10 Stunden zu 55 Euro, monatliche Abrechnung",
        "invoice": "2025-017",
    },
    "en": {
        "project": "website relaunch",
        "task": "slides for the board",
        "topic": "my quote",
        "date": "2027-01-15",
        "hours": "Monday to Thursday, 9 am to 3 pm",
        "response": "same_day",
        "rate": "65 euros per hour plus VAT",
        "info": "the travel dates and the budget",
        "colleague": "Lea Roth",
        "gender": None,
        "terms": "10 hours at 55 euros, invoiced monthly",
        "invoice": "2025-017",
    },
}
CLIENTS = ["Dr. Petra Lang", "Acme GmbH", None]
REPEATED_WORD = re.compile(r"\b(\w+) \1\b", re.IGNORECASE)
PLACEHOLDER = re.compile(r"[{}<>]|\bNone\b|\bUndefined\b|\[\w+\]")


def render(language, key, fields, client, register, shape, contact=None):
    words = translator(language).data("library")["lowercase_after_salutation"]
    return render_situation(
        renderer(language), key, fields, client, register, shape, "Maria Weber", words, contact
    )


def final_punctuation_missing(text: str) -> list[str]:
    lines = [line for line in text.split("\n") if line.strip()]
    body = lines[1:] if lines[0].endswith(",") else lines
    if len(body) >= 2 and (body[-2].endswith(",") or body[-1] == "Maria Weber"):
        body = body[:-2]  # sign-off and name
    return [line for line in body if line[-1] not in ".?!"]


COMBINATIONS = list(itertools.product(LANGUAGES, SITUATIONS, ["sie", "du"], ["email", "chat"]))


@pytest.mark.parametrize(("language", "key", "register", "shape"), COMBINATIONS)
def test_every_template_renders_cleanly(language, key, register, shape):
    full = {name: SAMPLE_FIELDS[language][name] for name in fields_for(key, language)}
    variants = [full, {}]
    variants += [{name: value} for name, value in full.items()]  # each field alone
    if key == "referral" and language == "de":
        variants += [{**full, "gender": gender} for gender in CHOICES["gender"]]
    if key == "availability":
        variants += [{**full, "response": value} for value in CHOICES["response"]]
    for fields, client in itertools.product(variants, CLIENTS):
        text = render(language, key, fields, client, register, shape)
        where = f"{language}/{key}/{register}/{shape}/{fields}/{client}:\n{text}"
        assert problems_in(text) == [], f"{problems_in(text)} in {where}"
        assert not PLACEHOLDER.search(text), where
        assert not REPEATED_WORD.search(text), where
        assert final_punctuation_missing(text) == [], where
        assert "\n\n\n" not in text and text == text.strip(), where
        assert len(text) < 1500, where
        for value in fields.values():
            if value and FIELD_KINDS[[k for k, v in fields.items() if v == value][0]] in (
                "text",
                "title",
            ):
                assert value in text, f"{value!r} missing in {where}"
        if shape == "email":
            assert text.endswith("Maria Weber"), where
        else:
            assert "Maria Weber" not in text, where
        if language == "de":
            body = text.split("\n\n", 1)[-1] if text.split("\n")[0].endswith(",") else text
            wrong = (
                ("du", "dich", "dir", "dein", "deine", "deinem", "deinen", "deiner", "euch")
                if register == "sie"
                else ("Sie", "Ihnen", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer")
            )
            found = [w for w in re.findall(r"\b\w+\b", body) if w in wrong]
            assert found == [], f"register slip {found} in {where}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_greeted_german_drafts_continue_in_lower_case(language):
    text = render("de", "decline_project", {}, "Dr. Petra Lang", "sie", "email")
    head, body = text.split("\n\n", 1)
    assert head.startswith("Guten Tag") and head.endswith("Lang,")
    assert body.startswith("vielen Dank, dass Sie bei Ihrem neuen Projekt")
    chat = render("de", "decline_project", {}, "Dr. Petra Lang", "sie", "chat")
    opening = chat.split("\n\n", 1)[1] if opens_with_salutation(chat) else chat
    assert opening.startswith("vielen Dank" if opens_with_salutation(chat) else "Vielen Dank")
    du = render("de", "push_deadline", {}, "Petra Lang", "du", "chat")
    assert du.startswith("Hallo Petra,\n\nkurz ein Update")


def test_german_dates_and_colleagues_take_the_right_case():
    fields = {"date": "2027-01-15", "task": "Newsletter"}
    assert "bis Freitag, den 15. Januar." in render(
        "de", "push_deadline", fields, None, "sie", "chat"
    )
    assert "ab Freitag, dem 15. Januar." in render("de", "waitlist", fields, None, "sie", "chat")
    assert "für Sie ist Freitag, der 15. Januar." in render(
        "de", "end_relationship", fields, None, "sie", "chat"
    )
    referral = {"colleague": "Jonas Weber", "gender": "m"}
    assert "meinen Kollegen Jonas Weber" in render("de", "referral", referral, None, "du", "chat")
    referral["gender"] = "f"
    assert "meine Kollegin Jonas Weber" in render("de", "referral", referral, None, "du", "chat")


def test_the_library_covers_the_situations_of_the_issue():
    assert len(SITUATIONS) >= 14
    assert {s.category for s in SITUATIONS.values()} == set(CATEGORIES)
    for language in LANGUAGES:
        data = translator(language).data("library")
        assert set(data["situations"]) == set(SITUATIONS)
        assert set(data["categories"]) == set(CATEGORIES)
        for key in SITUATIONS:
            assert set(data["situations"][key]["ask"]) == set(fields_for(key, language)), key
            assert all(isinstance(word, str) for word in data["situations"][key]["keywords"]), (
                key
            )  # YAML: no, yes
        for name, values in CHOICES.items():
            assert set(data["choices"][name]) == set(values)


def entries(language: str = "en"):
    return library_entries([translator(lang).data("library") for lang in LANGUAGES], language)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("rate", "rate_increase"),
        ("Preiserhöhung", "rate_increase"),
        ("preiserhöung", "rate_increase"),
        ("deadlin", "push_deadline"),
        ("Rechnung", "pause_invoice"),
        ("invoce", "pause_invoice"),
        ("warteliste", "waitlist"),
        ("asap", "asap"),
        ("wochenende", "availability"),
        ("absgae", "decline_project"),
        ("nachfassen", "follow_up"),
        ("Kollegin", "referral"),
    ],
)
def test_search_finds_templates_in_both_languages_despite_typos(query, expected):
    found = [entry.ref for entry in search(query, entries())]
    assert expected in found[:3], found


def test_search_handles_nonsense_and_long_queries():
    assert search("qqqxxzz", entries()) == []
    assert len(search("", entries())) == len(SITUATIONS)
    assert isinstance(search("rate " * 60, entries()), list)  # 300 characters


def test_date_choices_are_in_the_future_and_distinct():
    from datetime import date

    for day in range(1, 15):
        today = date(2027, 1, day)
        choices = date_choices(today)
        assert all(d > today for _, d in choices)
        assert len({d for _, d in choices}) == len(choices)
        friday = dict(choices).get("friday")
        assert friday is None or friday.weekday() == 4
    weeks = calendar_weeks(date(2027, 1, 13), 0)
    assert weeks[0][:3] == [None, None, None] and weeks[0][3] == date(2027, 1, 14)


def test_a_german_article_typed_before_a_title_is_dropped():
    from bot.coach.templates import _value

    assert _value("task", "die Quartalsauswertung") == "Quartalsauswertung"
    assert _value("task", "the newsletter") == "the newsletter"
