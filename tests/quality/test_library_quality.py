"""The built-in reply templates through the quality suite's checks (issue 14): clean text, the
right salutation and sign-off for the contact person, chat drafts within 60 words and without a
closing line, English conventions, spelling; the templates that say no also carry all five
elements the reply check looks for."""

from __future__ import annotations

import itertools

import pytest

from bot.coach.contact import Contact
from bot.coach.drafting import renderer
from bot.coach.templates import SITUATIONS, render_situation
from bot.i18n import translator
from tests.quality.checks import (
    element_problems,
    hunspell_missing,
    must_spell_check,
    signoff_line,
    text_problems,
    unknown_words,
)
from tests.test_templates_library import SAMPLE_FIELDS

# The situations that decline something: their drafts need all five elements.
SAYING_NO = ("decline_project", "decline_task", "referral", "waitlist", "scope_creep", "asap")
CONTACTS = {
    ("de", "sie"): Contact("Dr.", "Thomas", "Hoffmann", "herr"),
    ("de", "du"): Contact("", "Lena", "Berger", ""),
    ("en", "sie"): Contact("Dr", "Priya", "Shah", ""),
    ("en", "du"): Contact("", "Lena", "Berger", ""),
}
SALUTATIONS = {  # (language, register, channel) -> the opening line
    ("de", "sie", "email"): "Guten Tag Herr Dr. Hoffmann,",
    ("de", "sie", "chat"): "Hallo Herr Dr. Hoffmann,",
    ("de", "du", "email"): "Hallo Lena,",
    ("de", "du", "chat"): "Hallo Lena,",
    ("en", "sie", "email"): "Dear Dr Shah,",
    ("en", "sie", "chat"): "Hello Dr Shah,",
    ("en", "du", "email"): "Hi Lena,",
    ("en", "du", "chat"): "Hi Lena,",
}
SIGNOFFS = {
    ("de", "sie"): {"Beste Grüße"},
    ("de", "du"): {"Viele Grüße", "Liebe Grüße"},
    ("en", "sie"): {"Kind regards,"},
    ("en", "du"): {"Best,", "Cheers,"},
}
SENDER = "Maria Weber"
CASES = list(itertools.product(["de", "en"], sorted(SITUATIONS), ["sie", "du"], ["email", "chat"]))


def draft(language: str, key: str, register: str, channel: str) -> str:
    words = translator(language).data("library").get("lowercase_after_salutation", [])
    return render_situation(
        renderer(language),
        key,
        SAMPLE_FIELDS[language],
        "Hoffmann Consulting",
        register,
        channel,
        SENDER,
        words,
        CONTACTS[(language, register)],
    )


@pytest.mark.parametrize(("language", "key", "register", "channel"), CASES)
def test_library_drafts_pass_the_editors_checks(language, key, register, channel):
    text = draft(language, key, register, channel)
    problems = text_problems(text, language, channel == "chat")
    if key in SAYING_NO:
        problems += element_problems(text, language)
    opening = text.split("\n", 1)[0]
    if opening != SALUTATIONS[(language, register, channel)]:
        problems.append(f"salutation {opening!r}")
    closing = signoff_line(text, SENDER)
    if channel == "email" and closing not in SIGNOFFS[(language, register)]:
        problems.append(f"sign-off {closing!r}")
    if channel == "chat" and closing is not None:
        problems.append("chat draft with a sign-off")
    assert problems == [], f"{problems}\n\n{text}"


@pytest.mark.parametrize("language", ["de", "en"])
def test_library_drafts_are_spelt_right(language):
    missing = hunspell_missing()
    if missing and not must_spell_check():
        pytest.skip(missing)
    assert missing is None, missing
    texts = [draft(*case) for case in CASES if case[0] == language]
    assert unknown_words("\n\n".join(texts), language) == []
