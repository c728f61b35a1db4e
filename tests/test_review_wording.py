"""Wording a reviewer found wrong (issue 14 review, findings 14, 17, 18): the question for the
terms of an acceptance, the note after an upgrade, and the field-name rule of own templates."""

from __future__ import annotations

import pytest

from bot.i18n import translator
from bot.ui.flow import RESTARTED


@pytest.mark.parametrize(
    ("language", "asked", "translated"),
    [
        ("en", ["What terms can you offer?", "the start date"], ["On which terms", "from when"]),
        ("de", ["Welche Konditionen kannst du anbieten?", "Starttermin"], ["entgegen", "ab wann"]),
    ],
)
def test_the_terms_of_a_lower_rate_are_asked_in_plain_words(language, asked, translated):
    tr = translator(language)
    question = tr.render("say_no/terms", answers={"category": "rate"})
    offer = tr.render("say_no/all_yes", answers={"rate_covers": "yes"})
    assert all(words in question for words in asked)
    assert not any(words in question + offer for words in translated)
    assert ("start date" if language == "en" else "Starttermin") in offer


@pytest.mark.parametrize(
    ("language", "note"),
    [
        ("en", "I’ve been updated since your last message, so let’s start this again."),
        (
            "de",
            "Ich habe inzwischen ein Update bekommen, deshalb fangen wir noch einmal von vorn an.",
        ),
    ],
)
def test_the_upgrade_note_says_the_bot_was_updated_not_the_conversation(language, note):
    assert translator(language).gettext(RESTARTED) == note


@pytest.mark.parametrize(
    ("language", "rule"), [("en", "lower-case letters a–z"), ("de", "Kleinbuchstaben a–z")]
)
def test_field_names_are_explained_as_lower_case_letters(language, rule):
    from bot.flows.replies.mytemplates_save import FORMAT_ERRORS

    said = translator(language).gettext(FORMAT_ERRORS["bad_name"], name="Name", position=1)
    assert rule in said and "small letters" not in said
