"""A reply that says yes to the request (blind sets 24-27, written anew): a surcharge or a delivery
date after a plain yes tells the client what they get; it offers nothing instead, declines
nothing and needs no reason. What a yes does not cover stays read: a no beside it, and an offer made with "instead"."""

from __future__ import annotations

import pytest

from bot.coach.tone import check_reply
from tests.reply_elements import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Hi Priya, yes, I can cover the stand on Sunday. Sunday hours are billed at double "
            "time, as in our contract. I'll be there from 8 to set up.",
        ),
        (
            "en",
            "Sure thing, happy to take the extra product pages on! You'll have the first ten by "
            "Wednesday and the rest by Friday noon.",
        ),
        (
            "en",
            "Of course, I'll take over the newsletter from March. As that's outside my current "
            "hours, it adds about three hours to each invoice.",
        ),
        (
            "de",
            "Hallo Frau Winter, ja, das übernehme ich. Für die Arbeit am Sonntag berechne ich wie "
            "vereinbart 50 % Zuschlag. Die Liste haben Sie Montag um neun.",
        ),
        (
            "de",
            "Klar, mach ich gern! Die ersten zehn Produkttexte hast du bis Mittwoch, den Rest bis "
            "Freitag.",
        ),
    ],
)
def test_a_yes_with_a_price_or_a_date_is_neither_a_no_nor_an_alternative(language, text):
    elements = found(text, language)
    assert "decline" not in elements
    assert "alternative" not in elements
    assert "reason" not in elements  # a yes needs no why
    assert "expectations" in elements


def test_a_yes_that_hedges_keeps_its_reason():
    elements = found("Swamped today, but I'll get it done somehow, leave it with me.", "en")
    assert "reason" in elements
    assert "decline" not in elements


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Yes, I'll do the captions. If it saves you time, I could post them straight to "
            "LinkedIn instead of sending you a doc.",
        ),
        (
            "de",
            "Ja, das mache ich gern. Wenn es Ihnen lieber ist, schicke ich die Liste statt als "
            "PDF auch als Excel-Datei.",
        ),
    ],
)
def test_an_offer_made_with_instead_still_counts_after_a_yes(language, text):
    assert "alternative" in found(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Yes, I can do the social posts, but the ad campaign isn't something I can take on. "
            "Maya Ortiz runs ads for several of my clients; shall I introduce you?",
        ),
        (
            "de",
            "Klar, die Social-Media-Posts mache ich gern. Die Anzeigen kann ich aber nicht "
            "übernehmen, da empfehle ich dir Jana Roth.",
        ),
    ],
)
def test_a_no_beside_a_yes_still_declines_and_offers(language, text):
    elements = found(text, language)
    assert "decline" in elements
    assert "alternative" in elements


def test_a_yes_is_scored_on_what_a_yes_needs():
    warm = check_reply(
        "Thanks so much for asking! Yes, I'll take the newsletter on. You'll have the first "
        "issue by the 3rd.",
        "en",
    )
    assert warm.agrees and warm.score == 100 and warm.top_fix == "keep_yes"
    curt = check_reply("Ja, das übernehme ich. Die Liste haben Sie Montag um neun.", "de")
    assert curt.agrees and curt.score == 50 and curt.top_fix == "add_empathy"


def test_a_no_is_still_scored_on_all_five():
    result = check_reply("Thanks for asking! I can't do Sunday, I'm away.", "en")
    assert not result.agrees
    assert result.score == 55  # empathy 20, decline 20, reason 15
