"""The reply check after the used-up blind set (tests/data/replies_blind_<lang>.yaml): the rules
fixed for its misses, tried on phrasings that are not in any labelled set, so a rule that only
memorised a blind line fails here. bench/reply_check.py --blind prints the set's own figures."""

from __future__ import annotations

import pytest

from bench.reply_check import evaluate, load_replies
from bot.coach.tone import check_reply
from tests.reply_elements import found


def flagged(text: str, language: str) -> list[str]:
    return [phrase.text for phrase in check_reply(text, language).negative_phrases]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Oh no, that sounds like a real ordeal!"),
        ("en", "That's lousy timing – sorry you're stuck with it."),
        ("en", "The server crash sounds dreadful, I'm so sorry you're going through that."),
        ("en", "Sounds like it's been a long week for the whole team."),
        ("en", "I know you were counting on this for the launch."),
        ("de", "Oh Mann, das klingt echt schlimm – tut mir leid für euch."),
        ("de", "Starke Idee mit dem Onlinekurs!"),
        ("de", "Ich weiß, wie sich das anfühlt, wenn alles gleichzeitig kommt."),
        ("de", "Da brennt es ja gerade richtig bei Ihnen!"),
    ],
)
def test_sympathy_with_the_clients_trouble_is_empathy(language, text):
    assert "empathy" in found(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Thanks a million for the early warning on the audit 🙄"),
        ("en", "As you'll no doubt remember, Fridays were never included."),
        ("en", "Just to restate what I wrote last week: weekends are off."),
        ("en", "Sure, I've got all the time in the world."),
        ("en", "Sure, a third report by tomorrow, why not."),
        ("en", "Who needs evenings anyway?"),
        ("de", "Vielen Dank, dass du mir das um 23 Uhr schickst 🙄"),
        ("de", "Wie schon zigmal erwähnt: Buchhaltung mache ich nicht."),
        ("de", "Wie Ihnen sicher bekannt ist, arbeite ich nur vormittags."),
        ("de", "Ich hock hier ja eh nur rum."),
        ("de", "Klar, noch eine Präsentation bis morgen, wieso auch nicht."),
        ("de", "Freizeit wird sowieso überbewertet."),
    ],
)
def test_sarcasm_and_digs_are_flagged(language, text):
    assert flagged(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Thanks so much for flagging it early 🙃 No, that won't fit before Friday."),
        ("de", "Danke, dass du so früh Bescheid sagst 🙄 Bis morgen geht das nicht."),
    ],
)
def test_thanks_beside_an_eye_roll_is_no_empathy(language, text):
    assert "empathy" not in found(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Thanks so much for the quick reply 😊 I can't do Friday, but Monday works."),
        ("en", "Why not? Happy to help on Monday."),
        ("en", "It was never part of the plan, so I can't take it on."),
        ("de", "Danke für die schnelle Antwort 😊 Freitag geht nicht, aber Montag passt."),
    ],
)
def test_sincere_thanks_a_real_question_or_a_fact_is_not_flagged(language, text):
    assert flagged(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Under no circumstances will I work this Sunday."),
        ("en", "Not doing that."),
        ("en", "I'll give it a shot, no idea if it works."),
        ("de", "Versprechen kann ich aber nichts."),
    ],
)
def test_hard_and_vague_wording_is_flagged(language, text):
    assert flagged(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I only work mornings, so the 3pm call is out."),
        ("en", "My hours for this month are all used up."),
        ("en", "That's too much for tonight: there are 400 invoices to check."),
        ("de", "Mittwochs arbeite ich nur bis 12 Uhr."),
        ("de", "Mein Kontingent für März ist aufgebraucht."),
        ("de", "Bis heute geht das nicht, das sind gut drei Arbeitstage."),
    ],
)
def test_a_standing_rule_used_up_hours_or_the_amount_of_work_is_a_reason(language, text):
    assert "reason" in found(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Happy to help before you go on holiday – it'll be done by Monday."),
        ("de", "Gern, das erledige ich noch vor deinem Urlaub."),
    ],
)
def test_the_clients_holiday_is_not_the_vas_reason(language, text):
    assert "reason" not in found(text, language)


@pytest.mark.parametrize(
    ("language", "text", "present", "absent"),
    [
        # The German ordinal "10." ends no sentence: the date and the offer belong together.
        (
            "de",
            "Diese Woche bin ich ausgebucht. Ab dem 10. könnte ich das übernehmen.",
            {"decline", "alternative"},
            set(),
        ),
        ("de", "Jo, geht morgen früh raus.", {"expectations"}, set()),
        ("en", "Yep, it's on its way first thing tomorrow.", {"expectations"}, set()),
        ("en", "The report will be uploaded by 5pm today.", {"expectations"}, set()),
        # "over 800" is an amount, not "it's over to you".
        (
            "en",
            "Not by tonight: there are over 800 records and two calls this afternoon.",
            {"decline", "reason"},
            {"expectations"},
        ),
        # A question echoing the client's date in disbelief proposes nothing.
        (
            "en",
            "Tomorrow?! That's simply not doable, it's three days' work.",
            {"decline"},
            {"alternative"},
        ),
        ("de", "Bis morgen? Unmöglich, das sind drei Tage Arbeit.", {"decline"}, {"alternative"}),
        # The supplier who dropped out is no referral, and stepping in oneself is a yes.
        (
            "en",
            "How annoying that the freelancer bailed! I'll step in – it goes out today.",
            {"expectations"},
            {"alternative"},
        ),
    ],
)
def test_elements_around_dates_amounts_and_echoes(language, text, present, absent):
    elements = found(text, language)
    assert present <= elements
    assert not absent & elements


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_used_up_blind_set_stays_development_data(language):
    """The blind set counts in "all" and keeps the figures it reached after this round's fixes
    (every element at least 0.95); it no longer measures generalisation, the tests above do."""
    blind = load_replies(language, "blind")
    assert len(blind) == 52
    assert {r["id"] for r in blind} <= {r["id"] for r in load_replies(language)}
    counts, _ = evaluate(language, "blind")
    assert {name: c.f1 for name, c in counts.items() if c.f1 < 0.95} == {}
