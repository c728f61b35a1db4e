"""Agreed or routine work beside a no, the work refused itself, a trade named without anyone to
send the client to, and short forms of yes and no (blind set 32, written anew). Each would have
changed the screen a VA sees: an "alternative" ticked that she never offered, or a "no" she
never said."""

from __future__ import annotations

import pytest

from tests.reply_elements import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "I can't take on the webinar slides this month, I'm fully booked until the 28th. "
            "Your weekly report is on track and will land in your inbox Friday as usual.",
        ),
        (
            "en",
            "I don't answer messages in the evening. Anything you send after 6, I'll answer by "
            "9 the next morning.",
        ),
        (
            "de",
            "Die Messebetreuung vor Ort übernehme ich nicht, ich arbeite nur remote. Den "
            "Newsletter schicke ich Ihnen wie gewohnt am Dienstag.",
        ),
        (
            "de",
            "Nach 17 Uhr lese ich keine Nachrichten mehr. Alles, was bis 16 Uhr bei mir eingeht, "
            "ist am selben Tag erledigt.",
        ),
        (
            "de",
            "Die Telefonate mit Ihren Lieferanten übernehme ich nicht, dafür fehlt mir die Zeit.",
        ),
        ("en", "I don't design logos, sorry, I'm not qualified for that."),
        ("en", "Tax returns need a chartered accountant, and I'm not one."),
        # blind set 33, written anew: a rush job refused, time booked off, a vague hope, a question
        ("en", "I'm not taking on another rush job at that rate, sorry."),
        ("en", "I can't do the Bank Holiday, I've had the time booked off since March."),
        ("en", "Not really my area. Maybe something will come up later that's a better fit."),
    ],
)
def test_agreed_work_a_routine_or_the_refused_work_itself_is_no_alternative(language, text):
    elements = found(text, language)
    assert "decline" in elements or "reason" in elements
    assert "alternative" not in elements


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I can't do the slides by Friday, but I could have them with you Monday instead."),
        ("en", "Logos aren't my thing. Try Kim at Northpoint Studio, she's brilliant."),
        ("de", "Bis Freitag schaffe ich das nicht, Montag früh hätten Sie die Folien aber."),
        ("en", "I'm not doing extra hours this month unless they're billed at my overtime rate."),
        ("en", "Mate, I'm not a 24/7 call centre. It'll get done Tuesday."),
        ("de", "Die Shop-Pflege nehme ich nicht dazu. Ich übernehme aber ab April die Newsletter."),
        ("en", "Bank holiday, I'm off. Wednesday first thing?"),
        ("en", "Legal letters aren't something I write. Happy to format them though."),
    ],
)
def test_a_later_date_or_a_named_studio_is_still_an_alternative(language, text):
    assert "alternative" in found(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'm afraid I shall not be able to format the report by Monday."),
        ("en", "The client summary will not be ready before Wednesday."),
        ("en", "I'm not willing to send that wording to your patients."),
        ("de", "Im Paket sind nur die Rechnungen, keine Mahnungen."),
        ("en", "Sorry, I'm not a round-the-clock help desk."),
    ],
)
def test_a_formal_or_a_short_no_is_a_decline(language, text):
    assert "decline" in found(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "No dramas, happy to cover the shop inbox over the long weekend."),
        ("en", "Ah no, sorry to hear that! How many bookings are we talking?"),
        ("de", "Ja, passt, ich schick dir die Liste in zehn Minuten."),
    ],
)
def test_an_australian_yes_or_dismay_at_the_clients_news_is_no_no(language, text):
    assert "decline" not in found(text, language)


def test_on_it_without_a_time_promises_nothing_and_with_one_it_does():
    assert "expectations" not in found("yep, on it 👍", "en")
    assert "expectations" in found("yep, on it, notes in the channel by 4pm", "en")


def test_a_question_about_the_request_offers_nothing():
    text = "Is this on top of the invoices, or instead of them this month?"
    assert "alternative" not in found(text, "en")


def test_a_question_before_saying_yes_or_no_declines_nothing():
    text = "Before I say yes or no: how many posts a week would that be?"
    assert "decline" not in found(text, "en")


def test_offline_tonight_a_day_not_worked_or_the_hour_itself_is_a_reason():
    assert "reason" in found("Am Samstag arbeite ich nicht, Montag früh geht es los.", "de")
    assert "reason" in found("It's 11pm on a Sunday. I'm not doing that.", "en")
    assert "reason" in found("That's not doable on top of the Christmas launch, sorry.", "en")


def test_offline_tonight_is_a_reason():
    elements = found("Heute Abend bin ich aber offline. Morgen um 9 hast du den Entwurf.", "de")
    assert "reason" in elements


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Logisch, dass du vor dem Umzug alles sortiert haben willst!"),
        ("de", "Klingt nach einem spannenden Auftrag! Was genau brauchst du?"),
        ("de", "Oh je, du klingst echt gestresst. Was brennt am meisten?"),
        ("en", "Oh no, you sound shattered. What's most urgent?"),
    ],
)
def test_what_the_client_wants_or_goes_through_is_empathy(language, text):
    assert "empathy" in found(text, language)


def test_praise_for_the_vas_own_late_news_is_a_dig_not_empathy():
    assert "empathy" not in found("Super, dass ich das Sonntagabend erfahre 🙄", "de")
