"""Short forms of the five elements that VAs type on a phone (blind sets 24 and 25, written anew):
a time ruled out in two words, a no in a word, contractions without the apostrophe, an offer with
the subject dropped, a family event as the reason. And the client's own firm, which is no
referral to another one."""

from __future__ import annotations

import pytest

from tests.reply_elements import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Samstag nicht. Am Montag um neun hast du die Liste."),
        ("de", "Heute Abend nicht mehr, sorry. Morgen früh als Erstes."),
        ("en", "Friday's a no, sorry. You'll have it Monday by ten."),
        ("en", "Thursday is already spoken for, I'm afraid."),
        ("en", "Rate's the rate, I'm afraid."),
        ("en", "sorry, my rate isn't changing this year."),
        ("en", "Happy to show her the ropes, but it's billed as usual, not a freebie."),
        ("en", "Sunday's not gonna happen, I'm away."),
        ("en", "bookkeeping isnt something i do, im strictly admin."),
    ],
)
def test_a_no_said_in_a_few_words_is_a_decline(language, text):
    assert "decline" in found(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Das Paket geht so nicht. Dann würde ich nur noch die Buchhaltung übernehmen."),
        ("en", "Can't drop the rate, sorry. Could do fewer hours a week if budget's tight?"),
        ("en", "Design isn't my thing. Could do the alt texts if that helps?"),
    ],
)
def test_less_offered_or_an_offer_without_a_subject_is_an_alternative(language, text):
    assert "alternative" in found(text, language)


def test_a_family_event_tonight_is_a_reason():
    assert "reason" in found(
        "Ah, it's Milo's school concert tonight 🎶 Could we do 8 tomorrow?", "en"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Thank you, I know this is urgent for the firm. You'll have the transcript by 9 a.m. "
        "tomorrow.",
        "Of course. I'll keep giving the firm my full attention within my hours, and the "
        "summary is with you on Friday.",
    ],
)
def test_the_clients_own_firm_is_no_referral(text):
    result = found(text, "en")
    assert "alternative" not in result and "decline" not in result
