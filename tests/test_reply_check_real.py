"""The reply check on what VAs really write (issue 14): implicit declines, question-form
alternatives, casual empathy, standing rules, the coach's own "what you can count on" sentences
and passive-aggressive or sarcastic wording; the phrase quoted to the VA; and advice that never
asks for what the reply already has."""

from __future__ import annotations

import pytest

from bench.reply_check import load_replies
from bot.coach.tone import check_reply
from bot.coach.tone_lexicon import ELEMENTS, lexicon
from tests.reply_elements import found


def quote(text: str, language: str, element: str) -> str:
    finding = check_reply(text, language).elements[element]
    assert finding.found, (element, text)
    return finding.quote.text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Diese Woche ist Land unter – geht auch nächsten Mittwoch?"),
        ("de", "Diese Woche bin ich komplett ausgebucht. Würde Ihnen auch Dienstag passen?"),
        ("de", "Boah, bei mir ist grad Land unter 🙈 Kannst du's bis Montag schieben?"),
        ("en", "This week is absolute chaos on my end – could we look at next Wednesday instead?"),
        ("en", "I'm snowed under this week. Would early next week be OK?"),
    ],
)
def test_an_implicit_decline_counts_as_a_decline_with_its_reason_and_alternative(language, text):
    assert {"decline", "reason", "alternative"} <= found(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Mal schauen, diese Woche ist Land unter. Vielleicht klappt's nächste Woche?"),
        ("en", "We'll see, this week is chaos. Maybe next week?"),
    ],
)
def test_a_reply_that_hedges_has_not_declined(language, text):
    assert "decline" not in found(text, language)


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        ("de", "Heute schaffe ich das nicht mehr. Wie wär's mit Montag früh?", "Montag früh"),
        (
            "de",
            "Morgen bin ich den ganzen Tag bei Kundenterminen. Donnerstagvormittag?",
            "Donnerstag",
        ),
        ("en", "I can't do it today. How about Thursday morning?", "How about Thursday morning"),
        (
            "en",
            "Friday isn't going to work. May I offer you a short version by Thursday instead?",
            "short version",
        ),
    ],
)
def test_an_alternative_asked_as_a_question_is_an_alternative(language, text, words):
    assert words in quote(text, language, "alternative")


def test_a_request_for_material_asked_as_a_question_is_no_alternative():
    assert found("Kannst du mir bis Freitag die Zahlen schicken?", "de") == {"expectations"}
    assert found("Could you send me the brief by Friday?", "en") == {"expectations"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Voll verständlich, dass das schnell raus soll!"),
        ("de", "Versteh ich total!"),
        ("de", "Oh je, das klingt nach einer echt harten Woche für dich."),
        ("de", "Kein Stress, das kenn ich!"),
        ("en", "Totally get that, launches are stressful!"),
        ("en", "No stress, I know the feeling!"),
        ("en", "Aw, that's sweet of you to ask!"),
        ("en", "Oh dear, that sounds like a really rough week for you."),
    ],
)
def test_casual_empathy_is_empathy(language, text):
    assert "empathy" in found(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Am Wochenende arbeite ich grundsätzlich nicht."),
        ("de", "Abends arbeite ich nicht, das habe ich mir fest vorgenommen."),
        ("de", "Sorry, hab keine Zeit."),
        ("de", "Hab grad null Kapazität, sorry."),
        ("en", "I don't work weekends."),
        ("en", "I don't check my phone after 8 pm."),
        ("en", "Sundays are my day off, so I'm out."),
        ("en", "Got zero bandwidth right now, sorry."),
    ],
)
def test_a_standing_rule_or_no_time_is_a_decline_with_a_reason(language, text):
    assert {"decline", "reason"} <= found(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Worauf Sie sich fest verlassen können: die Monatsberichte wie gewohnt bis zum 5."),
        ("de", "Worauf du dich verlassen kannst: die Rechnungen wie immer bis Freitag."),
        ("en", "What you can count on: the monthly reports as usual by the 5th."),
    ],
)
def test_the_coachs_own_count_on_sentence_is_an_expectation(language, text):
    assert "expectations" in found(text, language)


@pytest.mark.parametrize(
    ("language", "text", "phrase"),
    [
        (
            "de",
            "Wie Sie sicher wissen, ist das nicht Teil unseres Pakets.",
            "Wie Sie sicher wissen",
        ),
        ("de", "Wie bereits mehrfach erwähnt, brauche ich die Unterlagen.", "Wie bereits mehrfach"),
        ("de", "Klar, ich hab ja sonst nichts zu tun 🙄", "ich hab ja sonst nichts zu tun"),
        ("en", "As per my previous email, that isn't part of our package.", "As per my previous"),
        ("en", "As I'm sure you'll understand, revisions cost extra.", "As I'm sure you"),
        ("en", "Sure, it's not like I have a life 🙄", "it's not like I have"),
    ],
)
def test_passive_aggressive_and_sarcastic_wording_is_flagged_with_a_plain_rephrasing(
    language, text, phrase
):
    result = check_reply(text, language)
    flagged = [p for p in result.negative_phrases if phrase in p.text or p.text in phrase]
    assert flagged, [p.text for p in result.negative_phrases]
    assert flagged[0].suggestion and result.score < 100


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Na super, danke für die frühzeitige Info 🙃"),
        ("de", "Wie Sie sicher verstehen werden, kann ich das nicht kostenlos übernehmen."),
        ("en", "Great, thanks for the advance notice 🙃"),
    ],
)
def test_sarcastic_thanks_or_understanding_is_not_empathy(language, text):
    assert "empathy" not in found(text, language)


def test_a_neutral_reference_to_an_agreement_is_not_flagged():
    assert check_reply("As discussed, I'll send the report on Monday.", "en").negative_phrases == ()
    assert (
        check_reply(
            "Wie besprochen schicke ich Ihnen den Bericht am Montag.", "de"
        ).negative_phrases
        == ()
    )


# --- the phrase quoted to the VA ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "element", "phrase"),
    [
        (
            "de",
            "Diese Woche kann ich den Newsletter nicht übernehmen, weil ich bis Freitag ausgebucht bin.",
            "reason",
            "weil ich bis Freitag ausgebucht bin",
        ),
        (
            "de",
            "Danke, dass du an mich denkst! Das schaffe ich heute nicht.",
            "empathy",
            "Danke, dass du an mich denkst",
        ),
        (
            "en",
            "I'm not able to take on the show notes, as my schedule is fully committed until the 30th.",
            "reason",
            "as my schedule is fully committed until the 30th",
        ),
        (
            "en",
            "Sure, because I've got nothing else going on 🙄 No, I can't do it by tonight – "
            "I'm on three other projects.",
            "reason",
            "I'm on three other projects",
        ),
    ],
)
def test_the_quote_is_the_phrase_that_carries_the_element(language, text, element, phrase):
    assert quote(text, language, element) == phrase


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_quote_never_runs_into_the_next_sentence(language):
    for reply in load_replies(language, "dev"):
        result = check_reply(reply["text"], language)
        for name in ELEMENTS:
            shown = result.elements[name].quote
            if shown:
                assert reply["text"][shown.start : shown.end] == shown.text
                assert "\n" not in shown.text and not shown.text.rstrip("?!.").count("? ")


# --- the one change ----------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_one_change_never_asks_for_an_element_the_reply_already_has(language):
    wrong = []
    for reply in load_replies(language, "dev"):
        result = check_reply(reply["text"], language)
        asked = result.top_fix.removeprefix("add_")
        if asked in ELEMENTS and reply["elements"][asked]:
            wrong.append((reply["id"], result.top_fix))
    assert wrong == []


@pytest.mark.parametrize(
    ("language", "text", "advice"),
    [
        ("en", "Hmm, we'll see. Maybe I'll manage it.", "replace_vague_promise"),
        (
            "en",
            "I can't do Friday, but I could do Monday instead. I'll try to fit in a bit somehow.",
            "vague_promise_to_commitment",
        ),
        (
            "de",
            "Das schaffe ich diese Woche nicht, weil ich krank bin. Den Bericht bekommst du am "
            "Montag bis 12 Uhr, und den Rest versuche ich irgendwie.",
            "drop_vague_promise",
        ),
    ],
)
def test_advice_on_a_vague_promise_asks_only_for_what_is_missing(language, text, advice):
    result = check_reply(text, language)
    assert result.top_fix == "replace_vague_promise"
    assert result.advice_key == advice
    assert lexicon(language).fixes[advice]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Danke für die frühzeitige Info! Freitag schaffe ich leider nicht."),
        ("en", "Thanks for the early heads-up! I can't do Friday."),
    ],
)
def test_sincere_thanks_for_notice_stays_empathy_and_is_not_called_sarcastic(language, text):
    result = check_reply(text, language)
    assert result.elements["empathy"].found
    assert result.negative_phrases == ()
