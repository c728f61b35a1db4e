"""The say-no coach's path, without Telegram: which question follows which answer."""

from bot.coach.given import Given
from bot.coach.say_no import NoAnswers
from bot.coach.say_no_steps import Step, advance


def walk(answers: NoAnswers, *moves: tuple[Step, Given], language: str = "en") -> list[Step]:
    return [advance(answers, step, given, language) for step, given in moves]


def test_three_yes_answers_lead_to_an_acceptance_with_terms_then_the_draft():
    answers = NoAnswers()
    path = walk(
        answers,
        (Step.CHECK_WANT, Given(value="1")),
        (Step.CHECK_TIME, Given(value="1")),
        (Step.CHECK_ENERGY, Given(value="1")),
        (Step.ALL_YES, Given(value="accept")),
        (Step.TERMS, Given(text="Only from Monday")),
        (Step.EMPATHY, Given(value="0")),
    )
    assert path == [
        Step.CHECK_TIME,
        Step.CHECK_ENERGY,
        Step.ALL_YES,
        Step.TERMS,
        Step.EMPATHY,
        Step.DRAFT,
    ]
    assert answers.terms == "Only from Monday"


def test_one_no_goes_to_the_five_steps():
    answers = NoAnswers()
    path = walk(
        answers,
        (Step.CHECK_WANT, Given(value="1")),
        (Step.CHECK_TIME, Given(value="0")),
        (Step.CHECK_ENERGY, Given(value="1")),
        (Step.EMPATHY, Given(value="2")),
        (Step.CLARIFY, Given(value="skip")),
        (Step.REASON, Given(value="workload")),
        (Step.EXPECT, Given(text="The newsletter goes out on Friday")),
        (Step.NEEDS, Given()),  # skipped
        (Step.ALTERNATIVE, Given(value="later")),
        (Step.ALT_DATE, Given(value="2026-03-16")),
    )
    assert path == [
        Step.CHECK_TIME,
        Step.CHECK_ENERGY,
        Step.EMPATHY,
        Step.CLARIFY,
        Step.REASON,
        Step.EXPECT,
        Step.NEEDS,
        Step.ALTERNATIVE,
        Step.ALT_DATE,
        Step.DRAFT,
    ]
    assert (answers.reason, answers.needs, answers.alternative_date) == (
        "workload",
        None,
        "2026-03-16",
    )


def test_a_question_to_ask_first_ends_at_the_question_not_the_reply():
    answers = NoAnswers()
    assert advance(answers, Step.CLARIFY, Given(value="1")) == Step.QUESTION
    assert answers.clarify == 1


def test_a_changed_step_goes_straight_back_to_the_draft():
    answers = NoAnswers(reason="workload", alternative="later")
    assert advance(answers, Step.CHANGE, Given(value=str(int(Step.REASON)))) == Step.REASON
    assert advance(answers, Step.REASON, Given(value="deadline")) == Step.DRAFT
    assert answers.reason == "deadline"
    # Changing email/chat once the reason is known also returns to the draft.
    assert advance(answers, Step.CHANNEL, Given(value="chat")) == Step.DRAFT


def test_a_new_client_is_asked_sie_or_du_and_in_english_formal_or_casual():
    assert advance(NoAnswers(), Step.NEW_CLIENT, Given(text="Lena"), "de") == Step.NEW_REGISTER
    assert advance(NoAnswers(), Step.NEW_CLIENT, Given(text="Lena"), "en") == Step.NEW_REGISTER
    assert advance(NoAnswers(), Step.NEW_CLIENT, Given(value="known"), "de") == Step.CHANNEL


def test_a_referral_in_german_asks_for_the_colleague_s_gender_for_the_grammar():
    answers = NoAnswers(alternative="referral")
    assert advance(answers, Step.ALT_TEXT, Given(text="Jana Berg"), "de") == Step.ALT_GENDER
    assert (
        advance(NoAnswers(alternative="referral"), Step.ALT_TEXT, Given(text="Jana"), "en")
        == Step.DRAFT
    )
    assert advance(answers, Step.ALT_TEXT, Given(), "de") == Step.DRAFT  # skipped


def test_a_request_to_lower_the_rate_asks_first_whether_the_rate_covers_the_costs():
    covered = NoAnswers(category="rate")
    path = walk(
        covered,
        (Step.CHANNEL, Given(value="email")),
        (Step.RATE_CHECK, Given(value="yes")),
        (Step.ALL_YES, Given(value="accept")),
    )
    assert path == [Step.RATE_CHECK, Step.ALL_YES, Step.TERMS]  # no want/time/energy checks
    not_covered = NoAnswers(category="rate")
    path = walk(
        not_covered,
        (Step.CHANNEL, Given(value="chat")),
        (Step.RATE_CHECK, Given(value="unsure")),
    )
    assert path == [Step.RATE_CHECK, Step.EMPATHY] and not_covered.rate_covers == "unsure"


def test_other_requests_keep_the_three_checks():
    answers = NoAnswers(category="urgent")
    assert walk(answers, (Step.CHANNEL, Given(value="email"))) == [Step.CHECK_WANT]
