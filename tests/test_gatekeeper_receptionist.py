"""The receptionist of /practice as one coherent person, and the feedback after the call
(bot/coach/roleplay_receptionist.py, bot/coach/roleplay_feedback.py)."""

from __future__ import annotations

import pytest

from bot.coach.roleplay import Turn, judge
from bot.coach.roleplay_feedback import Note, call_feedback, feedback, session_score
from bot.coach.roleplay_receptionist import in_context, react
from bot.i18n import translator


def call(level: str, language: str, *answers: str) -> list[tuple[str, ...]]:
    """Play `answers` through a call; the receptionist's lines after each (as react gives them)."""
    history: list[Turn] = []
    step, said = 0, []
    for text in answers:
        asked = ("open", *_rest(level))[min(step, len(_rest(level)))]
        judgement = in_context(judge(text, language), asked, text)
        reaction = react(level, step, judgement, history)
        history.append(Turn(asked, text, judgement, reaction.lines))
        said.append(reaction.lines)
        step = reaction.step
        if reaction.ended:
            said.append(("ENDED", reaction.outcome))
            break
    return said


def _rest(level: str) -> tuple[str, ...]:
    from bot.coach.roleplay import steps_of

    return steps_of(level)[1:]


def test_a_lie_is_caught_then_a_second_one_ends_the_call():
    said = call("busy", "de", "Er erwartet meinen Anruf.", "Wir kennen uns vom Tennis.")
    assert said == [("caught_lie_calendar",), ("lie_end",), ("ENDED", "declined")]


def test_a_bare_yes_to_has_this_been_arranged_is_a_lie():
    judgement = in_context(judge("Ja.", "de"), "arranged", "Ja.")
    assert judgement.lie and judgement.claim == "expected" and judgement.quote == "Ja."
    assert not in_context(judge("Nein.", "de"), "arranged", "Nein.").lie
    honest = "Ich rufe im Auftrag von Jungblut Software an, es geht um eine App zur Zeiterfassung."
    said = call("strict", "de", honest, "Ja.", "Nein, ehrlich gesagt nicht.")
    # she asks her own question again, not "what is it about?"
    assert said[1] == ("caught_lie_arranged",) and said[2] == ("send_email",)
    notes = feedback(Turn("arranged", "Ja.", in_context(judge("Ja.", "de"), "arranged", "Ja.")))
    assert notes[0].model == "not_arranged"


def test_she_introduces_herself_once_and_repeats_her_name_only_when_asked():
    for language in ("de", "en"):
        lines = translator(language).data("gatekeeper")["lines"]
        assert all("{receptionist}" in text for text in lines["open"].values())
        said_later = {key: text for key, text in lines.items() if key != "open"}
        named = {key for key, text in said_later.items() if "{receptionist}" in text}
        assert named == {"give_name", "give_name_again"}
    said = call(
        "busy",
        "en",
        "Hello, may I ask your name?",
        "Sorry, your name again? I'm calling for Jungblut Software about a time tracking app.",
    )
    assert "give_name" in said[0] and "give_name_again" in said[1]


@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("de", "Wann erreiche ich Herrn Berger am besten?"),
        ("en", "When's the best time to reach him?"),
    ],
)
def test_when_can_i_reach_him_gets_a_time(language, question):
    honest = {
        "de": "Ich rufe im Auftrag von Jungblut Software an, es geht um eine App zur Zeiterfassung.",
        "en": "I'm calling on behalf of Jungblut Software about a time tracking app for joiners.",
    }[language]
    said = call("friendly", language, honest, question)
    assert said[1] == ("give_time", "will_tell") and said[2] == ("ENDED", "callback")
    data = translator(language).data("gatekeeper")
    time = data["lines"]["give_time"].format(**data["scenarios"]["software"])
    assert ("10 Uhr" if language == "de" else "10:00") in time


def test_the_right_person_and_not_interested_never_follow_each_other():
    said = call(
        "strict",
        "de",
        "Guten Tag, ich rufe im Auftrag von Jungblut Software an, es geht um eine App zur "
        "Zeiterfassung für Handwerksbetriebe.",
        "Nein, abgesprochen ist das nicht.",
        "Gern. An wen darf ich die E-Mail richten?",
    )
    flat = [line for lines in said for line in lines]
    assert "no_interest" not in flat and said[-1] == ("ENDED", "contact")
    # without a question for the contact, the objection comes as usual
    said = call(
        "strict",
        "en",
        "Hello, I'm calling on behalf of Jungblut Software about a time tracking app.",
        "No, it hasn't been arranged.",
        "Fine, I'll send an email.",
    )
    assert said[-1] == ("no_interest",)


def test_she_connects_only_once_she_knows_for_whom_and_why():
    said = call(
        "friendly",
        "de",
        "Guten Tag, kann ich bitte Herrn Berger sprechen?",
        "Es geht um eine App zur Zeiterfassung für Handwerksbetriebe.",
        "Gut, ich warte gern.",
        "Für Jungblut Software, einen Hersteller von Zeiterfassung.",
    )
    assert said[:3] == [("what_about",), ("in_meeting",), ("ask_for_whom",)]
    assert said[3:] == [("connect",), ("ENDED", "connected")]


def test_an_off_topic_answer_does_not_get_the_call_put_through():
    said = call(
        "friendly",
        "en",
        "Hello, I'm calling on behalf of Jungblut Software about a time tracking app.",
        "What's the weather like where you are?",
        "I like pizza.",
    )
    assert said == [("in_meeting",), ("off_topic",), ("evasive_end",), ("ENDED", "declined")]


def test_a_rude_answer_ends_the_call():
    said = call("friendly", "en", "That's none of your business.")
    assert said[-1] == ("ENDED", "declined")


# --- feedback -------------------------------------------------------------------------------------
def test_feedback_quotes_the_lie_and_offers_an_honest_model():
    text = "Guten Tag, Frau Lenz! Wir arbeiten ja schon lange zusammen."
    notes = feedback(Turn("open", text, judge(text, "de")))
    assert notes[0] == Note(
        False, "lie", "Wir arbeiten ja schon lange zusammen.", "honest", "relationship"
    )


def test_an_honest_opening_is_credited():
    text = "Guten Morgen, ich rufe im Auftrag von Jungblut Software an: Es geht um Zeiterfassung."
    assert feedback(Turn("open", text, judge(text, "de")))[0] == Note(True, "honest")


def test_politeness_is_judged_over_the_call_not_per_line():
    hello = Turn("open", "", judge("Hello, I'm calling for Jungblut Software.", "en"))
    plain = Turn("in_meeting", "", judge("Fine, I'll wait.", "en"))
    assert all(note.key != "not_polite" for turn in (hello, plain) for note in feedback(turn))
    assert call_feedback([hello, plain]) == [Note(True, "call_polite")]
    assert call_feedback([plain]) == [Note(False, "call_not_polite", model="polite")]
    rude = Turn("in_meeting", "", judge("Just put me through, it's not that hard.", "en"))
    assert call_feedback([hello, rude]) == [Note(False, "call_rude")]
    # one greeting is enough: thanking in every line scores no higher
    thanks = Turn("in_meeting", "", judge("Fine, thank you, I'll wait.", "en"))
    assert session_score([hello, plain]) == session_score([hello, thanks])


def test_scores():
    good = Turn(
        "what_about",
        "",
        judge(
            "Hello, I'm calling on behalf of Orbit Print about flyers for events. Who handles "
            "marketing?",
            "en",
        ),
    )
    lie = Turn("what_about", "", judge("He's expecting my call.", "en"))
    assert session_score([good]) == 100
    assert session_score([lie]) < 30
    assert session_score([]) == 0


RECEPTIONIST_LINES = {
    "what_about", "arranged", "in_meeting", "send_email", "no_interest", "caught_lie",
    "caught_lie_calendar", "caught_lie_personal", "caught_lie_arranged", "lie_end", "rude_end", "press_what_about",
    "press_arranged", "press", "off_topic", "evasive_end", "interrupt", "give_name",
    "give_name_again", "give_contact", "give_contact_again", "give_time", "ask_why",
    "ask_for_whom", "will_tell", "connect", "pass_on", "email_noted",
}  # fmt: skip


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_line_claim_and_model_exists_and_fits_every_scenario(language):
    from bot.coach.roleplay_claims import CLAIMS

    data = translator(language).data("gatekeeper")
    assert RECEPTIONIST_LINES <= set(data["lines"])
    assert set(CLAIMS[language]) | {"other"} == set(data["claims"])
    for scenario in data["scenarios"].values():
        for key in RECEPTIONIST_LINES:
            assert "{" not in data["lines"][key].format(**scenario), key
        for model in data["models"].values():
            assert "{" not in model.format(**scenario)


def test_the_busy_receptionist_who_asked_for_an_email_gives_the_address_not_the_boss():
    said = call(
        "busy",
        "de",
        "Guten Tag, ich rufe im Auftrag von Jungblut Software an, es geht um eine App zur "
        "Zeiterfassung für Handwerksbetriebe.",
        "Verstehe, danke.",
        "Gern, das mache ich.",
    )
    assert said == [("in_meeting",), ("send_email",), ("email_noted",), ("ENDED", "email")]


def test_a_question_is_answered_even_before_the_caller_has_said_why():
    said = call("busy", "en", "Hello, is Mr Berger in?", "When's the best time to reach him?")
    assert said[1] == ("give_time", "press_what_about")
