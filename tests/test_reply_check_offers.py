"""What counts as an offer of something else, and what does not (blind set 29, written anew): a
named person who will help, a Swiss "offerieren", a date to revisit are alternatives; carrying on
as before is none, and a surcharge said beside a plain yes is what the yes costs, not a no."""

from __future__ import annotations

import pytest

from tests.reply_elements import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Steuererklärungen mache ich grundsätzlich nicht. Herr Kaya von der Kanzlei Kaya & "
            "Partner hilft Ihnen da bestimmt weiter.",
        ),
        (
            "de",
            "Die Messeplanung gehört nicht zu unserem Auftrag. Gerne offeriere ich sie separat.",
        ),
        (
            "en",
            "Podcast editing is outside what we agreed for spring. Can we revisit when we plan "
            "the summer?",
        ),
        ("en", "I don't do bookkeeping, I'm afraid. Amira at Ledgerline, she can help you there."),
    ],
)
def test_a_helper_named_an_offer_or_a_date_to_revisit_is_an_alternative(language, text):
    assert "alternative" in found(text, language)


def test_carrying_on_as_before_after_a_no_is_no_alternative():
    elements = found(
        "A 25% cut isn't something I can do; my costs have gone up too. Happy to keep going at "
        "the current rate.",
        "en",
    )
    assert "decline" in elements
    assert "alternative" not in elements


def test_a_surcharge_beside_a_plain_yes_is_no_no():
    elements = found(
        "I can be on call Saturday from 8 to 2. Weekend hours are charged at a premium, as in "
        "our contract. I'll need the supplier list by Thursday.",
        "en",
    )
    assert "decline" not in elements
    assert "reason" not in elements
    assert "alternative" not in elements
    assert "expectations" in elements


def test_a_surcharge_that_limits_the_price_is_still_a_no():
    elements = found(
        "Evening work is billed at time and a half, not my usual rate. Happy to do Friday "
        "evening at 1.5x.",
        "en",
    )
    assert "decline" in elements
    assert "reason" in elements
