"""The say-no coach's path: given the answers so far and this answer, which step is next.

    REQUEST ─▶ CLIENT ─(new)─▶ NEW_CLIENT ─────────▶ NEW_REGISTER ─┐
                 └──────────────────────────────────────────────────┴▶ CHANNEL
    CHANNEL ─▶ CHECK_WANT ─▶ CHECK_TIME ─▶ CHECK_ENERGY ─(all yes)─▶ ALL_YES ─(accept)─▶ TERMS ─▶ DRAFT
       └─(rate request)─▶ RATE_CHECK ─(covers costs)─▶ ALL_YES; otherwise ─▶ EMPATHY
                                               └────────────▶ EMPATHY [EMPATHY_OWN] ─▶ CLARIFY ─(ask first)─▶ QUESTION
    CLARIFY ─▶ REASON [REASON_OWN] ─▶ EXPECT ─▶ NEEDS ─▶ ALTERNATIVE ─▶ [ALT_DATE | ALT_TEXT [ALT_GENDER]] ─▶ DRAFT
    DRAFT ─(change)─▶ CHANGE ─▶ that step ─▶ DRAFT

Pure: no Telegram, no database. Answers that need either (which client a button means, a typed
date) are read before they get here (bot/flows/say_no/steps.py); `value` is then what the
button carries or what the reader made of the typed text, `text` the typed text itself.
"""

from __future__ import annotations

from enum import IntEnum

from bot.coach.given import Given
from bot.coach.say_no import NoAnswers


class Step(IntEnum):
    REQUEST = 1
    CLIENT = 2
    NEW_CLIENT = 3
    NEW_REGISTER = 4
    CHANNEL = 5
    CHECK_WANT = 6
    CHECK_TIME = 7
    CHECK_ENERGY = 8
    ALL_YES = 9
    TERMS = 10
    EMPATHY = 11
    EMPATHY_OWN = 12
    CLARIFY = 13
    REASON = 14
    REASON_OWN = 15
    EXPECT = 16
    NEEDS = 17
    ALTERNATIVE = 18
    ALT_TEXT = 19
    ALT_DATE = 20
    ALT_GENDER = 21
    DRAFT = 22
    CHANGE = 23
    QUESTION = 24  # the clarifying question to send first; the reply waits for the client
    RATE_CHECK = 25  # a request to lower the rate: does the lower rate still cover the costs?


# Steps the VA can go back to from the draft.
CHANGEABLE = (Step.EMPATHY, Step.REASON, Step.EXPECT, Step.NEEDS, Step.ALTERNATIVE, Step.CHANNEL)
CHECKS = {Step.CHECK_WANT: "want", Step.CHECK_TIME: "time", Step.CHECK_ENERGY: "energy"}
TYPED_FIELDS = {
    Step.TERMS: "terms",
    Step.REASON_OWN: "reason_text",
    Step.EXPECT: "expectation",
    Step.NEEDS: "needs",
}
NEXT_TYPED = {
    Step.TERMS: Step.EMPATHY,
    Step.REASON_OWN: Step.EXPECT,
    Step.EXPECT: Step.NEEDS,
    Step.NEEDS: Step.ALTERNATIVE,
}


def then(answers: NoAnswers, following: Step) -> Step:
    """While one step is changed from the draft, the draft comes straight back."""
    return Step.DRAFT if answers.extra.get("changing") else following


def after_opener(answers: NoAnswers) -> Step:
    return Step.DRAFT if answers.terms else then(answers, Step.CLARIFY)


def advance(answers: NoAnswers, step: Step, given: Given, language: str = "en") -> Step:
    """Store `given` as the answer to `step` in `answers`; return the step that follows."""
    value, text = given.value, given.text
    if step == Step.REQUEST:
        answers.request, answers.category = text or "", value or "general"
        return Step.CLIENT
    if step == Step.CLIENT:
        return Step.NEW_CLIENT if value == "new" else Step.CHANNEL
    if step == Step.NEW_CLIENT:
        if value == "known":  # the typed name is already in the client list
            return Step.CHANNEL
        answers.client_name = text
        return Step.NEW_REGISTER  # "Sie"/"du", in English formal/casual
    if step == Step.NEW_REGISTER:
        answers.register = value or "sie"
        return Step.CHANNEL
    if step == Step.CHANNEL:
        answers.channel = value or "email"
        drafted = answers.reason or answers.terms  # a reply or an acceptance exists already
        if drafted:
            return Step.DRAFT
        return Step.RATE_CHECK if answers.category == "rate" else Step.CHECK_WANT
    if step == Step.RATE_CHECK:
        answers.rate_covers = value or "unsure"
        return Step.ALL_YES if answers.rate_covers == "yes" else Step.EMPATHY
    if step in CHECKS:
        setattr(answers, CHECKS[step], value == "1")
        if step != Step.CHECK_ENERGY:
            return Step(step + 1)
        return Step.ALL_YES if answers.all_yes else Step.EMPATHY
    if step == Step.ALL_YES:
        return Step.TERMS if value == "accept" else Step.EMPATHY
    return _coaching(answers, step, value, text, language)


def _coaching(
    answers: NoAnswers, step: Step, value: str | None, text: str | None, language: str
) -> Step:
    """The five steps proper: opener, question, reason, expectations."""
    if step == Step.EMPATHY:
        if value == "own":
            return Step.EMPATHY_OWN
        answers.empathy, answers.empathy_text = int(value or 0), None
        return after_opener(answers)
    if step == Step.EMPATHY_OWN:
        answers.empathy_text = text
        return after_opener(answers)
    if step == Step.CLARIFY:
        if value == "skip":
            return Step.REASON
        answers.clarify = int(value or 0)
        return Step.QUESTION
    if step == Step.REASON:
        answers.reason = value
        return Step.REASON_OWN if value == "other" else then(answers, Step.EXPECT)
    if step in TYPED_FIELDS:
        setattr(answers, TYPED_FIELDS[step], text)  # None: skipped
        return then(answers, NEXT_TYPED[step])
    return _alternative(answers, step, value, text, language)


def _alternative(
    answers: NoAnswers, step: Step, value: str | None, text: str | None, language: str
) -> Step:
    """The alternative and what it needs, and changing a step from the draft."""
    if step == Step.ALTERNATIVE:
        answers.alternative, answers.alternative_text, answers.alternative_date = value, None, None
        if value == "none":  # nothing to ask about: the draft says "next time, gladly"
            return Step.DRAFT
        return Step.ALT_DATE if value in ("later", "waitlist") else Step.ALT_TEXT
    if step == Step.ALT_DATE:
        if value != "skip":
            answers.alternative_date = value
        return Step.DRAFT
    if step == Step.ALT_TEXT:
        answers.alternative_text = text
        wants_gender = text and answers.alternative == "referral" and language == "de"
        return Step.ALT_GENDER if wants_gender else Step.DRAFT
    if step == Step.ALT_GENDER:
        answers.colleague_gender = value
        return Step.DRAFT
    if step == Step.CHANGE:
        if value == "back":
            return Step.DRAFT
        answers.extra["changing"] = True
        return Step(int(value or Step.DRAFT))
    return Step.DRAFT
