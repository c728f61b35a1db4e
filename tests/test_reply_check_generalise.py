"""The reply check on phrasings beyond its labelled sets (issue 14, round 2): empathy said casually
or formally, alternatives offered as suggestions, questions or "happy to … instead", and no
alternative read into a plain yes or a vague hedge. The probe replies the rules were checked
against live in tests/data/replies_probe_<lang>.yaml (bench/reply_check.py --probe)."""

from __future__ import annotations

import pytest

from bench.reply_check import evaluate, load_replies
from bot.coach.tone_lexicon import ELEMENTS
from tests.reply_elements import found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Totally get that, launches are stressful."),
        ("en", "I can see why this matters before the board meeting."),
        ("en", "Sounds like a busy week on your end!"),
        ("en", "Thanks for thinking of me!"),
        ("en", "Many thanks for the invitation to the workshop."),
        ("en", "Really appreciate you reaching out."),
        ("en", "Congratulations on landing the new account!"),
        ("en", "I can imagine the pressure you're under."),
        ("en", "What an exciting project!"),
        ("en", "I totally see where you're coming from."),
        ("en", "Must be hectic over there!"),
        ("en", "I hear how frustrating the switch has been."),
        ("en", "Brilliant news about the funding!"),
        ("de", "Danke für den Auftrag!"),
        ("de", "Oh nein, das klingt echt stressig!"),
        ("de", "Glückwunsch zum neuen Kunden!"),
        ("de", "Oh wow, was für ein Projekt!"),
        ("de", "Ich weiß Ihr Angebot sehr zu schätzen."),
        ("de", "Klar willst du das vor dem Investorengespräch haben."),
    ],
)
def test_empathy_said_in_many_ways_is_empathy(language, text):
    assert "empathy" in found(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Thanks for your patience."),
        ("en", "Thanks for the reminder – the third one this week."),
        ("en", "I'm happy to send you a separate quote."),
        ("de", "Vielen Dank für Ihr Verständnis."),
    ],
)
def test_thanks_for_patience_a_dig_or_an_offer_is_not_empathy(language, text):
    assert "empathy" not in found(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I can't fit it in this week. Could next Wednesday work?"),
        ("en", "Tonight isn't doable for me, but how about first thing tomorrow?"),
        ("en", "I'm at my limit this week, but happy to pick this up on Monday instead."),
        ("en", "I can't do the whole report. What I can do is the summary page."),
        ("en", "I don't do phone support at night. If it helps, I could set up an autoresponder."),
        ("en", "I can't take on the blog series. A colleague of mine, Dan, has space."),
        ("en", "Bookkeeping isn't something I offer. Have you tried Ledgerly?"),
        ("en", "That only works if we push the deadline back by a week."),
        ("en", "Can't do the full transcript by 5. Would a summary of the key points help?"),
        ("de", "Das geht nur, wenn wir die Frist um eine Woche verschieben."),
        ("de", "Diese Woche kann ich nicht. Ein guter Mittelweg wäre ein kleiner Redaktionsplan."),
        ("de", "Ich bleibe bei meinem Honorar. Gern sehen wir uns das in einigen Wochen an."),
    ],
)
def test_an_alternative_offered_suggested_or_asked_is_an_alternative(language, text):
    assert "alternative" in found(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Happy to! You'll have it by Thursday."),
        ("en", "Thank you for trusting me with this! Happy to take it on."),
        ("en", "Thanks so much! I'll have the first draft to you on Tuesday."),
        ("en", "I could maybe try to have a look tonight, hopefully."),
        ("en", "I'm offline after 6 pm. Drop me a message and I'll get back to you first thing."),
        ("de", "Gern! Du hast es bis Donnerstag."),
        ("de", "Nach 18 Uhr bin ich offline. Schreib mir gern, dann melde ich mich morgen früh."),
    ],
)
def test_a_plain_yes_a_hedge_or_a_promise_to_reply_is_no_alternative(language, text):
    assert "alternative" not in found(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Friday isn't going to work. May I offer you a short version by Thursday instead?"),
        ("en", "Tomorrow's too tight for this – it's at least two days' work."),
        ("en", "As I'm on holiday, I can only deal with the minutes once I'm back."),
        ("de", "Bis morgen ist mir das zu knapp, das sind mindestens zwei Tage Arbeit."),
    ],
)
def test_a_limit_without_the_word_no_is_a_decline(language, text):
    assert "decline" in found(text, language)


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_probe_replies_are_well_formed_and_kept_apart(language):
    probes = load_replies(language, "probe")
    assert len(probes) >= 30
    assert {r["id"] for r in probes}.isdisjoint({r["id"] for r in load_replies(language)})
    for reply in probes:
        assert set(reply["elements"]) == set(ELEMENTS), reply["id"]
    counts, _ = evaluate(language, "probe")
    assert all(0 <= c.f1 <= 1 for c in counts.values())


@pytest.mark.parametrize(
    "text",
    [
        "Saturday's fine, I'll post the carousel at noon.",
        "From Tuesday I'll triage the shared inbox twice a day.",
        "Leave it with me, I'll chase the caterers by Thursday.",
        "My colleague knows the setup and will hop on at 2:45.",
    ],
)
def test_any_deed_promised_with_a_time_is_an_expectation(text):
    assert "expectations" in found(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "We've hit the 10 hours for May, so I'll pause any further work this month.",
        "I'll try to look at it by Friday.",
        "I'll be away until Monday.",
    ],
)
def test_a_pause_a_hedge_or_an_absence_is_no_expectation(text):
    assert "expectations" not in found(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Not this week, I'm off to Lisbon on Friday.",
        "I'm unavailable on Sundays, so Monday it is.",
        "I'm on a course all week, sorry.",
        "Payroll isn't something I'm certified for.",
        "A full audit won't fit the week, I'm afraid.",
        "My diary's full until the 20th.",
        "Too tight with my launches stacking up.",
    ],
)
def test_absence_skills_and_a_full_diary_are_reasons(text):
    assert "reason" in found(text, "en")


def test_one_weekend_offline_says_when_not_why():
    assert "reason" not in found(
        "Morning! I'm offline at the weekend, file's yours by Monday 11.", "en"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Diese Woche klappt's nicht mehr, kommende Woche gerne.",
        "Heute nicht, sorry. Nächste Woche Mittwoch?",
        "Für 38 € pro Stunde wäre ich dabei.",
        "Die Buchhaltung mach ich nicht, aber frag mal Lena Wirth, die kann das richtig gut.",
        "Auf der Website des Verbands finden Sie zertifizierte Steuerberaterinnen.",
        "Wenn du ein Jahrespaket buchst, bekommst du 10 % Nachlass.",
    ],
)
def test_a_later_day_a_price_a_discount_or_a_referral_is_an_alternative_in_german(text):
    assert "alternative" in found(text, "de")


def test_a_vague_next_week_is_no_alternative_in_german():
    assert "alternative" not in found("Vielleicht ergibt sich nächste Woche was.", "de")


@pytest.mark.parametrize(
    "text",
    [
        "Not Sunday, sorry, it's my son's birthday party.",
        "Weekends are me-time, so that'll have to wait.",
        "I'm supposed to be on leave until the 12th.",
        "With two invoices still unpaid, I can't take on more work.",
        "Feeling lousy today, so the report won't happen.",
        "That's an accountant's job, not mine.",
        "I'm not set up for phone support.",
        "I never do rush jobs over the holidays.",
    ],
)
def test_family_health_money_and_standing_rules_are_reasons(text):
    assert "reason" in found(text, "en")


def test_feeling_guilty_is_no_reason():
    assert "reason" not in found("I feel terrible about this, sorry!", "en")


@pytest.mark.parametrize(
    "text",
    [
        "Not for free, but it's £120 for the whole set.",
        "Anything beyond that would be billed separately.",
        "Call me Monday morning instead.",
        "Could this hold until Thursday?",
        "Your best bet is the Chamber's directory.",
    ],
)
def test_a_price_a_later_call_or_a_referral_as_advice_is_an_alternative(text):
    assert "alternative" in found(text, "en")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I'll start once the March invoice is paid.", "en"),
        ("I'm never at my desk before 8.", "en"),
        ("I'm your assistant, not your dogsitter.", "en"),
        ("I work remotely, so picking up parcels isn't possible.", "en"),
        ("At 3am? That's the middle of my night.", "en"),
        ("Am Telefon bin ich nur vormittags erreichbar.", "de"),
        ("Die letzte Rechnung ist seit drei Wochen überfällig.", "de"),
        ("Ich bin VA, keine Grafikerin.", "de"),
        ("Ich bin ab Freitag zwei Wochen auf Sylt.", "de"),
        ("Mein Spanisch ist leider nur Schulniveau.", "de"),
    ],
)
def test_money_owed_hours_trade_travel_and_skill_are_reasons(text, language):
    assert "reason" in found(text, language)


def test_a_newsletter_long_overdue_is_no_reason():
    assert "reason" not in found("A newsletter's long overdue, great idea!", "en")
