"""The reply check's path (bot/coach/reply_check_steps.py), without Telegram."""

from __future__ import annotations

from bot.coach.given import Given
from bot.coach.reply_check_steps import CheckAnswers, Step, advance


def test_a_pasted_reply_gets_its_result():
    answers = CheckAnswers()
    assert advance(answers, Step.ASK, Given(text="Thanks, but no.")) == Step.RESULT
    assert answers.reply == "Thanks, but no."


def test_after_a_result_the_next_text_is_checked_too():
    answers = CheckAnswers(step=Step.RESULT)
    assert advance(answers, Step.RESULT, Given(text="Another one")) == Step.RESULT
    assert answers.reply == "Another one"


def test_done_after_a_result_ends_the_check():
    answers = CheckAnswers(step=Step.RESULT)
    assert advance(answers, Step.RESULT, Given(value="done")) == Step.ENDED
    assert answers.reply is None
