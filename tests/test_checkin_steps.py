"""The check-in's path (bot/coach/checkin_steps.py), without Telegram or a database."""

from __future__ import annotations

from bot.coach.checkin_steps import (
    DAY_OFF,
    WHOLE_DAY,
    CheckinAnswers,
    Step,
    advance,
    day_after,
    next_question,
)
from bot.coach.given import Given

ACME, BEA = 11, 12


def test_after_the_first_clients_hours_the_next_client_is_asked():
    assert next_question([ACME, BEA], ACME) == 1  # Bea's hours


def test_after_the_last_clients_hours_the_energy_question_follows():
    assert next_question([ACME, BEA], BEA) == 2  # past the clients: energy


def test_a_day_off_or_the_whole_days_hours_go_straight_to_the_energy_question():
    assert next_question([ACME, BEA], DAY_OFF) == 2
    assert next_question([], WHOLE_DAY) == 0


def test_a_client_removed_meanwhile_does_not_stop_the_check_in():
    assert next_question([BEA], ACME) == 1


def test_a_day_off_leaves_no_hours_for_anyone():
    assert day_after({ACME: 240, BEA: 120}, DAY_OFF, 0) == {None: 0}


def test_hours_given_again_replace_that_clients_hours_only():
    assert day_after({ACME: 240, BEA: 120}, ACME, 300) == {ACME: 300, BEA: 120}
    assert day_after({}, WHOLE_DAY, 480) == {None: 480}


def test_typed_hours_go_on_with_the_buttons():
    answers = CheckinAnswers(step=Step.HOURS, client=ACME)
    assert advance(answers, Step.HOURS, Given(value=450)) == Step.BUTTONS
    assert answers.minutes == 450


def test_a_typed_note_ends_the_check_in_with_it():
    answers = CheckinAnswers(step=Step.NOTE)
    assert advance(answers, Step.NOTE, Given(text="Long call")) == Step.DONE
    assert answers.note == "Long call"


def test_no_in_words_at_the_note_means_no_note():
    answers = CheckinAnswers(step=Step.NOTE)
    assert advance(answers, Step.NOTE, Given(value="skip")) == Step.DONE
    assert answers.note is None
