"""The gatekeeper coach's paths, without Telegram: which question follows which answer in
/playbook, /calllog and /practice."""

from __future__ import annotations

from bot.coach import calllog_steps, playbook_steps, practice_steps
from bot.coach.calllog_steps import CallAnswers
from bot.coach.given import Given
from bot.coach.playbook_steps import PlaybookAnswers, answered
from bot.coach.practice_steps import PracticeAnswers
from bot.coach.roleplay import Reaction

P = playbook_steps.Step
C = calllog_steps.Step
R = practice_steps.Step


def walk(advance, answers, *moves) -> list:
    return [advance(answers, step, given) for step, given in moves]


# --- /playbook -----------------------------------------------------------------------------------
def test_a_client_opens_that_clients_playbook_at_the_overview():
    answers = PlaybookAnswers()
    assert playbook_steps.advance(answers, P.CLIENT, Given(value=42)) == P.OVERVIEW
    assert answers.playbook_id == 42


def test_a_written_part_goes_back_to_the_overview_which_says_saved():
    answers = PlaybookAnswers()
    path = walk(
        playbook_steps.advance,
        answers,
        (P.OVERVIEW, Given(value="voicemail")),
        (P.PART, Given(text="Guten Tag, hier ist …")),
    )
    assert path == [P.PART, P.OVERVIEW]
    assert answers.part == "voicemail" and answers.said == "saved"


def test_the_overview_leads_to_target_group_documents_revision_and_done():
    for value, step in (
        ("target", P.TARGET),
        ("doc", P.DOCUMENT),
        ("revise", P.REVISE),
        ("done", P.DONE),
    ):
        assert playbook_steps.advance(PlaybookAnswers(), P.OVERVIEW, Given(value=value)) == step


def test_a_chosen_target_group_is_saved_and_back_changes_nothing():
    answers = PlaybookAnswers()
    assert playbook_steps.advance(answers, P.TARGET, Given(value="consumer")) == P.OVERVIEW
    assert answers.said == "saved"
    for step in (P.PART, P.TARGET, P.REVISE):
        untouched = PlaybookAnswers()
        assert playbook_steps.advance(untouched, step, Given(value="back")) == P.OVERVIEW
        assert untouched.said is None


def test_a_question_from_a_call_asks_for_the_clients_answer_then_the_overview():
    answers = PlaybookAnswers()
    path = walk(
        playbook_steps.advance,
        answers,
        (P.REVISE, Given(text="Do you work\nwith small teams?")),
        (P.ANSWER, Given(text="Yes, from three people.")),
    )
    assert path == [P.ANSWER, P.OVERVIEW]
    assert answers.question == "Do you work with small teams?" and answers.said == "faq"


def test_asking_the_client_first_keeps_the_question_open():
    answers = PlaybookAnswers(question="Is there a trial?")
    assert playbook_steps.advance(answers, P.ANSWER, Given(value="open")) == P.OVERVIEW
    assert answers.said == "open"
    parts = answered({}, "Is there a trial?", None)
    assert parts["open_questions"] == "Is there a trial?"


def test_an_answered_question_joins_the_faq_and_is_no_longer_open():
    parts = {"faq": "What is it about? – Sales training.", "open_questions": "Trial?\nPrice?"}
    parts = answered(parts, "Trial?", "Two weeks, free.")
    assert parts["faq"] == "What is it about? – Sales training.\nTrial? – Two weeks, free."
    assert parts["open_questions"] == "Price?"


# --- /calllog ------------------------------------------------------------------------------------
def test_a_reached_call_asks_prospect_receptionist_note_and_next_step():
    answers = CallAnswers()
    path = walk(
        calllog_steps.advance,
        answers,
        (C.CLIENT, Given(value=7, text="Heinicke")),
        (C.OUTCOME, Given(value="reached")),
        (C.PROSPECT, Given(text="Berger Logistik")),
        (C.RECEPTIONIST, Given(text="Frau Schubert")),
        (C.NOTE, Given(value="skip")),
        (C.NEXT, Given(text="Send the brochure")),
    )
    assert path == [C.OUTCOME, C.PROSPECT, C.RECEPTIONIST, C.NOTE, C.NEXT, C.SAVED]
    assert (answers.client_id, answers.client_name, answers.prospect) == (
        7,
        "Heinicke",
        "Berger Logistik",
    )
    assert (answers.receptionist, answers.note, answers.next_step) == (
        "Frau Schubert",
        None,
        "Send the brochure",
    )


def test_a_call_back_asks_when_before_whom():
    answers = CallAnswers(client_id=7, client_name="Heinicke")
    path = walk(
        calllog_steps.advance,
        answers,
        (C.OUTCOME, Given(value="callback")),
        (C.CALLBACK_AT, Given(value="2026-03-11T09:00:00+01:00")),
    )
    assert path == [C.CALLBACK_AT, C.PROSPECT]
    assert answers.callback_at == "2026-03-11T09:00:00+01:00"


def test_nobody_reached_means_no_receptionist_question():
    for outcome in ("voicemail", "unreachable"):
        answers = CallAnswers(outcome=outcome)
        assert calllog_steps.advance(answers, C.PROSPECT, Given(text="Berger")) == C.NOTE


def test_from_a_reminder_the_prospect_is_known_and_not_asked_again():
    answers = CallAnswers(prospect="Berger Logistik", known_prospect=True)
    assert calllog_steps.advance(answers, C.OUTCOME, Given(value="declined")) == C.RECEPTIONIST
    answers = CallAnswers(prospect="Berger Logistik", known_prospect=True)
    assert calllog_steps.advance(answers, C.OUTCOME, Given(value="callback")) == C.CALLBACK_AT
    assert calllog_steps.advance(answers, C.CALLBACK_AT, Given(value="2026-03-11")) == (
        C.RECEPTIONIST
    )


def test_every_skippable_question_can_be_skipped():
    answers = CallAnswers(receptionist="x", note="y", next_step="z")
    path = walk(
        calllog_steps.advance,
        answers,
        (C.RECEPTIONIST, Given(value="skip")),
        (C.NOTE, Given(value="skip")),
        (C.NEXT, Given(value="skip")),
    )
    assert path == [C.NOTE, C.NEXT, C.SAVED]
    assert (answers.receptionist, answers.note, answers.next_step) == (None, None, None)


# --- /practice -----------------------------------------------------------------------------------
def test_a_practice_call_begins_with_the_phone_ringing_at_the_opening_line():
    answers = PracticeAnswers()
    path = walk(
        practice_steps.advance,
        answers,
        (R.SCENARIO, Given(value="software")),
        (R.LEVEL, Given(value="strict")),
    )
    assert path == [R.LEVEL, R.ANSWER]
    assert (answers.scenario, answers.level, answers.at) == ("software", "strict", 0)
    assert answers.lines == ["open"] and answers.ringing


def test_the_receptionist_reacts_and_the_call_goes_on():
    answers = PracticeAnswers(level="busy", lines=["open"])
    reaction = Reaction(("what_about",), 1)
    assert practice_steps.advance(answers, R.ANSWER, Given(value=reaction)) == R.ANSWER
    assert (answers.at, answers.lines) == (1, ["what_about"])


def test_when_the_call_ends_the_feedback_follows_with_the_last_lines():
    answers = PracticeAnswers(level="strict")
    reaction = Reaction(("rude_end",), 0, ended=True, outcome="declined")
    assert practice_steps.advance(answers, R.ANSWER, Given(value=reaction)) == R.FEEDBACK
    assert (answers.outcome, answers.lines) == ("declined", ["rude_end"])


def test_stop_gives_feedback_so_far_without_a_last_line():
    answers = PracticeAnswers(lines=["what_about"])
    assert practice_steps.advance(answers, R.ANSWER, Given(value="stop")) == R.FEEDBACK
    assert (answers.outcome, answers.lines) == ("stopped", [])


def test_a_session_closed_meanwhile_starts_a_new_practice():
    answers = PracticeAnswers(practice_id=3, at=2)
    assert practice_steps.advance(answers, R.ANSWER, Given(value="gone")) == R.SCENARIO
