"""The reply check (bot/coach/tone.py): what a VA notices when they paste a reply to a client."""

from __future__ import annotations

import io
import json

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.reply_check import email_of, evaluate, labelled_spans, load_replies
from bot.check_reply_cli import main as check_reply_main
from bot.coach.tone import WEIGHTS, check_reply
from bot.coach.tone_lexicon import ELEMENTS
from bot.i18n import CONTENT_DIR


def evidence_texts(result, element: str) -> list[str]:
    return [span.text for span in result.elements[element].evidence]


def flagged(result) -> list[str]:
    return [phrase.text for phrase in result.negative_phrases]


# --- elements, with the words that showed them ---------------------------------------------


def test_offering_next_tuesday_is_an_alternative_and_points_at_next_tuesday():
    text = (
        "Thanks for asking! I can't fit this in this week, but I could do it next Tuesday instead."
    )
    result = check_reply(text, "en")
    assert result.elements["alternative"].found
    assert any("next Tuesday" in t for t in evidence_texts(result, "alternative"))
    for span in result.elements["alternative"].evidence:
        assert text[span.start : span.end] == span.text


def test_a_referral_to_a_colleague_is_an_alternative():
    result = check_reply(
        "Das übernehme ich nicht, aber meine Kollegin Petra macht genau das – soll ich euch verbinden?",
        "de",
    )
    assert result.elements["alternative"].found
    assert any("Kollegin" in t for t in evidence_texts(result, "alternative"))


def test_a_good_reply_has_all_five_elements_and_scores_full():
    text = (
        "Hallo Frau Berger, vielen Dank für Ihre Nachricht – ich verstehe, dass es eilt. "
        "Diese Woche kann ich den Newsletter leider nicht übernehmen, weil ich bis Freitag "
        "ausgebucht bin. Ich schlage vor, dass ich ihn am Montag vorbereite; den Entwurf "
        "bekommen Sie bis Montag, 14 Uhr."
    )
    result = check_reply(text, "de")
    assert {name for name in ELEMENTS if result.elements[name].found} == set(ELEMENTS)
    assert result.score == 100
    assert result.top_fix == "keep"


def test_a_bare_no_gets_a_low_score_and_advice_to_add_an_alternative():
    result = check_reply("I can't do that this week.", "en")
    assert result.elements["decline"].found
    assert not result.elements["alternative"].found
    assert result.score <= 25
    assert result.top_fix == "add_alternative"


def test_a_sign_off_thanks_is_not_empathy_but_thanks_for_the_request_is():
    assert (
        not check_reply("Das schaffe ich heute nicht. Danke und viele Grüße", "de")
        .elements["empathy"]
        .found
    )
    assert (
        check_reply("Danke für deine Anfrage! Das schaffe ich heute nicht.", "de")
        .elements["empathy"]
        .found
    )


def test_a_plain_yes_is_not_a_decline():
    result = check_reply("Kein Problem, mache ich dir bis morgen Mittag fertig!", "de")
    assert not result.elements["decline"].found
    assert result.elements["expectations"].found


def test_a_client_called_klein_is_not_a_smaller_scope():
    result = check_reply(
        "Sehr geehrte Frau Klein, das kann ich diese Woche nicht übernehmen.", "de"
    )
    assert not result.elements["alternative"].found


# --- German inflection and separable verbs -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "element", "words"),
    [
        ("Ich schlage Ihnen vor, dass wir am Montag starten.", "alternative", "schlage Ihnen vor"),
        (
            "Ich biete dir gern eine kürzere Version an.",
            "alternative",
            "biete dir gern eine kürzere Version an",
        ),
        ("Stattdessen würde ich vorschlagen, den Bericht zu kürzen.", "alternative", "vorschlagen"),
        ("Ich melde mich bis Freitag bei Ihnen zurück.", "expectations", "Freitag"),
        ("Diese Woche schaffe ich das leider nicht.", "decline", "schaffe ich das leider nicht"),
        ("Das übernehme ich diesmal nicht.", "decline", "übernehme ich diesmal nicht"),
        ("Neue Aufträge nehme ich bis Juli nicht an.", "decline", "nicht an"),
        ("Ich empfehle dir meine Kollegin.", "alternative", "empfehle"),
    ],
)
def test_german_inflected_and_separable_forms(text, element, words):
    result = check_reply(text, "de")
    assert result.elements[element].found, text
    assert any(words in t or t in words for t in evidence_texts(result, element)), evidence_texts(
        result, element
    )


def test_a_separable_particle_must_close_the_clause():
    # "bieten ... an" only counts when "an" is the particle, not the preposition "an diesem Tag".
    result = check_reply("Ich biete an diesem Tag Workshops für andere Kunden.", "de")
    assert not any("biete" in t for t in evidence_texts(result, "alternative"))


@pytest.mark.parametrize(
    ("sie", "du"),
    [
        (
            "Vielen Dank für Ihre Nachricht! Diese Woche kann ich das leider nicht übernehmen, da ich "
            "ausgebucht bin. Ab Dienstag hätte ich wieder Zeit – schicken Sie mir bis Montag die Unterlagen.",
            "Vielen Dank für deine Nachricht! Diese Woche kann ich das leider nicht übernehmen, da ich "
            "ausgebucht bin. Ab Dienstag hätte ich wieder Zeit – schick mir bis Montag die Unterlagen.",
        ),
        (
            "Ich verstehe, dass Ihnen das wichtig ist. Das geht nicht. Mal schauen, ob ich das irgendwie schaffe.",
            "Ich verstehe, dass dir das wichtig ist. Das geht nicht. Mal schauen, ob ich das irgendwie schaffe.",
        ),
        (
            "Ich empfehle Ihnen gern meine Kollegin; bis Freitag bekommen Sie ihre Kontaktdaten.",
            "Ich empfehle dir gern meine Kollegin; bis Freitag bekommst du ihre Kontaktdaten.",
        ),
    ],
)
def test_sie_and_du_are_judged_the_same(sie, du):
    formal, informal = check_reply(sie, "de"), check_reply(du, "de")
    assert formal.register == "sie" and informal.register == "du"
    assert formal.to_json()["elements"] == informal.to_json()["elements"]
    assert formal.score == informal.score
    assert [p.suggestion_key for p in formal.negative_phrases] == [
        p.suggestion_key for p in informal.negative_phrases
    ]


def test_suggestions_follow_the_register_of_the_reply():
    formal = check_reply("Hallo Frau Meier, das geht nicht. Ich melde mich bei Ihnen.", "de")
    informal = check_reply("Hey Tom, das geht nicht, ich melde mich bei dir.", "de")
    assert "Ihnen" in formal.negative_phrases[0].suggestion
    assert "dir" in informal.negative_phrases[0].suggestion
    # Without a pronoun the caller's register (the client's, as the VA set it) decides.
    bare = "Das geht nicht, ich bin im Urlaub."
    assert "dir" in check_reply(bare, "de", register="du").negative_phrases[0].suggestion
    assert "Ihnen" in check_reply(bare, "de").negative_phrases[0].suggestion


# --- negative wording ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "phrase"),
    [
        ("Das ist leider unmöglich.", "de", "leider unmöglich"),
        ("Das geht nicht.", "de", "Das geht nicht"),
        ("Am Wochenende auf keinen Fall.", "de", "auf keinen Fall"),
        ("Ehrlich gesagt ist das nicht mein Job.", "de", "nicht mein Job"),
        ("That's impossible by Friday.", "en", "impossible"),
        ("Honestly, that's not my job.", "en", "not my job"),
        ("I'll try to squeeze it in somehow.", "en", "I'll try"),
        ("Mal schauen, ob ich das irgendwie schaffe.", "de", "Mal schauen"),
    ],
)
def test_hard_and_vague_wording_is_flagged_with_a_rephrasing(text, language, phrase):
    result = check_reply(text, language)
    match = [p for p in result.negative_phrases if p.text == phrase]
    assert match, flagged(result)
    assert text[match[0].start : match[0].end] == phrase
    assert match[0].suggestion.strip()
    assert result.score < 100


def test_a_vague_promise_is_not_a_decline_and_is_the_top_fix():
    result = check_reply("Mal schauen, ob ich das irgendwie noch schaffe, ich versuche es!", "de")
    assert not result.elements["decline"].found
    assert result.top_fix == "replace_vague_promise"
    assert result.top_fix_data["text"] == result.negative_phrases[0].text


def test_three_apologies_pile_up_but_one_does_not():
    piled = check_reply(
        "Sorry! Entschuldigung, es tut mir so leid. Das schaffe ich heute nicht.", "de"
    )
    assert [p.kind for p in piled.negative_phrases] == ["apology"] * 3
    assert all(p.suggestion for p in piled.negative_phrases)
    only_sorry = check_reply(
        "Sorry, sorry, sorry! Danke für deine Nachricht. Heute schaffe ich es nicht, weil ich krank bin. "
        "Stattdessen schicke ich es dir morgen bis 10 Uhr.",
        "de",
    )
    assert only_sorry.top_fix == "stop_apologising"
    assert only_sorry.top_fix_data["count"] == 3
    single = check_reply("Sorry, das schaffe ich heute nicht. Morgen bis 10 Uhr hast du es.", "de")
    assert single.negative_phrases == ()


def test_cant_piled_up_is_flagged_twice_is_not():
    piled = check_reply(
        "I can't do Saturday, I can't do Sunday, and I can't move my other clients.", "en"
    )
    assert [p.kind for p in piled.negative_phrases] == ["cant"] * 3
    twice = check_reply("I can't do Saturday and I can't do Sunday.", "en")
    assert twice.negative_phrases == ()


def test_piles_cost_once_and_hard_words_each_time():
    one = check_reply("Das geht nicht.", "de")
    two = check_reply("Das geht nicht. Das ist unmöglich.", "de")
    assert two.score == one.score - 10 or two.score == 0


def test_let_us_see_what_we_can_do_is_empathy_not_vagueness():
    result = check_reply("I understand; let's see what we can do.", "en")
    assert result.elements["empathy"].found
    assert result.negative_phrases == ()


# --- languages and odd input ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Madame Martin, merci pour votre message. Malheureusement je ne peux pas le faire ce week-end.",
        "Hola Carmen, gracias por tu mensaje. Lamentablemente este fin de semana no puedo, lo siento.",
    ],
)
@pytest.mark.parametrize("hint", [None, "de", "en"])
def test_a_third_language_is_reported_and_not_scored(text, hint):
    result = check_reply(text, hint)
    assert result.language == "other"
    assert not result.checked
    assert not any(result.to_json()["elements"].values())
    assert result.negative_phrases == ()
    assert result.score == 0
    assert result.top_fix == "unsupported_language"


def test_detection_overrides_a_wrong_hint_only_when_clear():
    assert (
        check_reply(
            "Thanks for your message, I can't do this weekend but I could do Monday.", "de"
        ).language
        == "en"
    )
    assert check_reply("ok", "de").language == "de"
    assert check_reply("Danke, das schaffe ich heute nicht.").language == "de"


@pytest.mark.parametrize("text", ["", "   \n\t", "🙈🙏👍", "12:30 42 !!!", "\u200b\u200d"])
def test_empty_or_wordless_text(text):
    result = check_reply(text, "de")
    assert result.score == 0
    assert result.top_fix == "empty_reply"
    assert result.negative_phrases == ()
    assert not any(result.to_json()["elements"].values())


# How fast a check runs is measured in bench/reply_check.py (it prints the median for a
# 300-word email), not asserted here: a timed test fails on a busy machine, not on slow code.
def test_a_4000_word_email_is_checked_whole():
    text = email_of(320, "de") * 13  # about 4,000 words
    assert len(text.split()) >= 4000
    result = check_reply(text, "de")
    assert 0 <= result.score <= 100
    assert all(
        text[s.start : s.end] == s.text for f in result.elements.values() for s in f.evidence
    )


# --- output shape --------------------------------------------------------------------------


def test_json_has_the_issue_shape():
    data = check_reply("Das geht nicht. Ich bin im Urlaub.", "de").to_json()
    assert set(data) >= {"elements", "negative_phrases", "score"}
    assert list(data["elements"]) == list(ELEMENTS)
    assert all(isinstance(v, bool) for v in data["elements"].values())
    assert isinstance(data["score"], int)
    assert data["negative_phrases"] and all(
        set(p) == {"text", "start", "end", "suggestion"} for p in data["negative_phrases"]
    )
    json.dumps(data)  # serialisable as it is


def test_weights_add_up_to_100():
    assert sum(WEIGHTS.values()) == 100 and set(WEIGHTS) == set(ELEMENTS)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=400), hint=st.sampled_from([None, "de", "en", "fr", ""]))
def test_any_text_gives_a_sane_result(text, hint):
    result = check_reply(text, hint)
    assert 0 <= result.score <= 100
    assert result.language in ("de", "en", "other")
    for finding in result.elements.values():
        for span in finding.evidence:
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start : span.end] == span.text
    for phrase in result.negative_phrases:
        assert 0 <= phrase.start < phrase.end <= len(text)
        assert text[phrase.start : phrase.end] == phrase.text
    json.dumps(result.to_json())


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Das",
                "geht",
                "nicht",
                "kann",
                "ich",
                "schlage",
                "vor",
                ",",
                ".",
                "\n",
                "Sorry",
                "can't",
                "I'll",
                "try",
                "Montag",
                "bis",
                "12.3.",
                "10:00",
                "Frau",
                "Klein",
                "an",
                "biete",
                "🙈",
                "’",
                "Kund:innen",
            ]
        ),
        max_size=60,
    )
)
def test_reply_like_word_salad_gives_a_sane_result(words):
    text = " ".join(words)
    result = check_reply(text, "de")
    assert 0 <= result.score <= 100
    for phrase in result.negative_phrases:
        assert text[phrase.start : phrase.end] == phrase.text


# --- the CLI -------------------------------------------------------------------------------


def run_cli(monkeypatch, capsys, argv, stdin):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = check_reply_main(argv)
    return code, capsys.readouterr()


def test_cli_prints_json(monkeypatch, capsys):
    code, out = run_cli(monkeypatch, capsys, ["--lang", "de", "--json"], "Das geht nicht, sorry.")
    assert code == 0
    data = json.loads(out.out)
    assert data["elements"]["decline"] is True
    assert data["negative_phrases"][0]["text"] == "Das geht nicht"


def test_cli_prints_a_readable_summary(monkeypatch, capsys):
    code, out = run_cli(monkeypatch, capsys, ["check-reply", "--lang", "en"], "I can't do that.")
    assert code == 0
    assert (
        "Score:" in out.out and "[x] decline" in out.out and "Top fix: add_alternative" in out.out
    )


def test_cli_without_input_or_with_a_bad_language(monkeypatch, capsys):
    assert run_cli(monkeypatch, capsys, ["--lang", "de"], "  \n")[0] == 1
    assert run_cli(monkeypatch, capsys, ["--lang", "fr"], "Bonjour")[0] == 2


# --- the lexicon and the labelled data -----------------------------------------------------


def test_lexicons_have_the_same_structure_in_both_languages():
    de, en = (
        yaml.safe_load((CONTENT_DIR / lang / "data" / "tone.yaml").read_text("utf-8"))
        for lang in ("de", "en")
    )
    assert set(de) == set(en)
    assert set(de["elements"]) == set(en["elements"]) == set(ELEMENTS)
    assert set(de["negative"]) == set(en["negative"])
    assert set(de["piles"]) == set(en["piles"])
    assert set(de["fixes"]) == set(en["fixes"])
    for group in (*de["negative"].values(), *de["piles"].values()):
        suggestion = group["suggestion"]
        if isinstance(suggestion, dict):  # German rephrasings exist for "Sie" and "du"
            assert set(suggestion) == {"sie", "du"}
        else:
            assert not {"Sie", "Ihnen", "du", "dir", "dich"} & set(
                suggestion.replace("?", " ").split()
            )


@pytest.mark.parametrize("language", ["de", "en"])
def test_labelled_replies_are_well_formed(language):
    replies = load_replies(language)  # dev, holdout and the used-up blind set
    holdout = load_replies(language, "holdout")
    assert len(replies) >= 200
    # a quarter of the replies written for issue 14 kept aside
    assert len(holdout) * 4 >= len(load_replies(language, "dev")) + len(holdout)
    assert len({r["id"] for r in replies}) == len(replies)  # no reply in two sets
    for reply in replies:
        assert set(reply["elements"]) == set(ELEMENTS), reply["id"]
        assert len(labelled_spans(reply)) >= len(reply["negative"]), reply["id"]
    if language == "de":
        assert {r.get("register") for r in replies} >= {"sie", "du"}
    assert {r["channel"] for r in replies} == {"email", "chat"}


# The target of issue 14 is F1 0.90 for every element. FLOORS are what the development set
# reached when this test was written (bench/reply_check.py), rounded down a little; raise them
# when the checker improves, never lower them to make a change pass.
TARGET = 0.90
FLOORS = {
    "de": {
        "empathy": 0.98,
        "decline": 0.98,
        "reason": 0.95,
        "expectations": 0.98,
        "alternative": 0.97,
        "negative": 0.98,
    },
    "en": {
        "empathy": 0.98,
        "decline": 0.98,
        "reason": 0.96,
        "expectations": 0.98,
        "alternative": 0.97,
        "negative": 0.98,
    },
}


@pytest.mark.parametrize("language", ["de", "en"])
def test_f1_on_the_development_set_meets_the_target_and_the_floor(language):
    counts, _ = evaluate(language, "dev")
    reached = {name: round(c.f1, 3) for name, c in counts.items()}
    assert all(FLOORS[language][name] >= TARGET for name in ELEMENTS)
    below = {
        name: (reached[name], floor)
        for name, floor in FLOORS[language].items()
        if reached[name] < floor
    }
    assert below == {}, f"F1 fell below the floor (reached, floor): {below}"


# The one run on the holdout (issue 14, after all rule work; five clerical label slips per
# language corrected afterwards, see the holdout files): F1
#   de: empathy 0.92, decline 0.96, reason 0.97, expectations 1.00, alternative 0.94, negative 0.97
#   en: empathy 0.88, decline 0.93, reason 0.94, expectations 0.94, alternative 0.87, negative 0.94
# English empathy and alternative miss the 0.90 target; see the issue's closing report.
# Round 2 then tuned on the holdout (it became development data after that one run); the next
# blind figures come from a fresh set written by someone else, not from this file.
@pytest.mark.parametrize("language", ["de", "en"])
def test_f1_on_the_holdout_is_printed(language, capsys):
    """The holdout (tests/data/replies_holdout_<lang>.yaml) is never tuned on: its figures are
    printed here (pytest -s) and reported, not asserted, so nobody is tempted to tune on it."""
    counts, _ = evaluate(language, "holdout")
    with capsys.disabled():
        figures = ", ".join(f"{name} {c.f1:.2f}" for name, c in counts.items())
        print(f"\nreply check holdout F1 ({language}): {figures}")
    assert all(0 <= c.f1 <= 1 for c in counts.values())
