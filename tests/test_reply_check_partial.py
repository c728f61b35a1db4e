"""A part now and the rest later, a price per piece, the end of a working day, and the words that
only look like an element (blind set 35, written anew in both languages). Each would change the
screen a VA sees: a "no" or an alternative she offered left unticked, or one ticked that she
never said."""

from __future__ import annotations

import pytest

from tests.reply_elements import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Can do half by Friday. The other 5 next Tuesday."),
        ("en", "I can manage 10 listings this week and the remaining 15 next Monday."),
        ("de", "Die Hälfte schaffe ich bis Mittwoch, die andere Hälfte dann Freitag."),
        (
            "en",
            "Editing isn't in your package. If you'd like the photos edited too, it's £15 per "
            "photo.",
        ),
    ],
)
def test_the_rest_later_or_at_a_price_is_a_no_with_an_alternative(language, text):
    assert {"decline", "alternative"} <= found(text, language)


@pytest.mark.parametrize(
    ("language", "text", "element"),
    [
        ("en", "Can't talk now, driving.", "reason"),
        ("en", "No. In the middle of a client call.", "reason"),
        ("en", "I finish at 2pm on Fridays, so your quotes go out Monday morning.", "reason"),
        ("en", "Bank holiday today, so I'm not working.", "decline"),
        ("en", "My rate is £40 an hour and it's not up for negotiation.", "decline"),
        (
            "de",
            "Mein Stundensatz liegt bei 50 Euro. Daran ändert sich auch 2027 nichts.",
            "decline",
        ),
        ("de", "Wie du weißt, hab ich freitags frei.", "decline"),
        ("de", "Die Rechnungen ja, die Mahnungen nicht mehr diese Woche.", "decline"),
        (
            "de",
            "Ich habe gerade sehr viele Anfragen von Stammkunden, deshalb wird das diese Woche "
            "nichts.",
            "reason",
        ),
        ("de", "Spannendes Projekt! Ich melde mich morgen mit einem Zeitplan.", "empathy"),
        ("de", "Mach ich gleich nach der Mittagspause.", "expectations"),
        ("en", "Invoices yes, today.", "expectations"),
        ("en", "yep can do tonight", "expectations"),
    ],
)
def test_short_and_plain_forms_are_read(language, text, element):
    assert element in found(text, language)


@pytest.mark.parametrize(
    ("language", "text", "element"),
    [
        ("en", "Is that part of the monthly hours or extra?", "alternative"),
        ("en", "Thanks for inviting me to be part of the launch team!", "alternative"),
        ("en", "I'll send the FAQ and the booking page by noon tomorrow.", "alternative"),
        ("en", "Sorry, I can't give you a firm answer yet.", "decline"),
        ("en", "2 hours, love that for me 😂", "empathy"),
        ("en", "Not sure, weekend's pretty full.", "expectations"),
        ("de", "Ich sag dir bis Donnerstag zu oder ab.", "decline"),
        ("de", "Ich sag dir bis Donnerstag zu oder ab.", "alternative"),
        ("de", "Wie viel Zeit habt ihr dafür eingeplant?", "reason"),
        (
            "de",
            "Ich verstehe natürlich, dass Ihre Termine wichtiger sind als mein Feierabend.",
            "empathy",
        ),
    ],
)
def test_look_alikes_are_not_read_as_the_element(language, text, element):
    assert element not in found(text, language)
