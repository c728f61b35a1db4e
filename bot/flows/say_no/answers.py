"""The say-no coach's answers: one dispatcher for buttons, one for typed text."""

from __future__ import annotations

from datetime import date

from telegram import Update

from bot.coach.dates import parse_date
from bot.coach.profile import InvalidAnswer, parse_client_name
from bot.coach.say_no import MAX_TYPED, NoAnswers, classify_request
from bot.context import CoachContext
from bot.db import repo
from bot.flows.say_no.codecs import NoPick
from bot.flows.say_no.draft import show_draft
from bot.flows.say_no.nav import add_client, after, ask_step, reprompt_step, stale
from bot.flows.say_no.steps import CHOICES, FLOW, TEXT_STEPS, State
from bot.flows.say_no.store import (
    load,
    next_after_alternative,
    request_cues,
    start_new,
    today_for,
)
from bot.ui.callbacks import InvalidCallback, unpack
from bot.ui.common import acknowledge, close_keyboard, text_of, typed_meaning
from bot.ui.invalid import explain_invalid

# Typed words read as a step's button (bot/coach/typed_buttons.py): meaning -> the button's value.
YES_OR_NO = {"yes": "1", "no": "0"}
TYPED_BUTTONS = {
    State.NEW_REGISTER: {"sie": "sie", "du": "du"},
    State.CHECK_WANT: YES_OR_NO,
    State.CHECK_TIME: YES_OR_NO,
    State.CHECK_ENERGY: YES_OR_NO,
    State.CLARIFY: {"skip": "skip"},
    State.EXPECT: {"skip": "skip"},
    State.NEEDS: {"skip": "skip"},
    State.ALT_TEXT: {"skip": "skip"},
    State.ALT_DATE: {"skip": "skip"},
}


async def on_pick(update: Update, context: CoachContext) -> State | int:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, NoPick)
    if choice.step != context.scratch(FLOW).get("step"):
        return await stale(update, context)  # answers the button "expired"
    step, value = State(choice.step), choice.value
    if value not in CHOICES.get(step, (value,)):
        raise InvalidCallback("not a choice of this step")
    await acknowledge(update)
    await close_keyboard(update)
    answers = await load(update, context)
    if answers is None:
        return await start_new(update, context)
    return await apply_pick(update, context, step, value, answers)


async def apply_pick(
    update: Update, context: CoachContext, step: State, value: str, answers: NoAnswers
) -> State | int:
    """A button's answer (or a typed word meaning it) to `step`: store it, ask what follows."""
    if step == State.CLIENT:
        if value == "new":
            return await ask_step(update, context, State.NEW_CLIENT, answers)
        if value != "none":
            async with context.database.sessions() as session:
                client = (
                    await repo.get_client(session, update.effective_user.id, int(value))
                    if value.isdigit()
                    else None
                )
            if client is None:
                return await ask_step(
                    update,
                    context,
                    State.CLIENT,
                    answers,
                    note=context.tr.gettext("That client is no longer in your list."),
                )
            answers.client_id, answers.client_name, answers.register = (
                client.id,
                client.name,
                client.register,
            )
        return await ask_step(update, context, State.CHANNEL, answers)
    if step == State.NEW_REGISTER:
        answers.register = value
        await add_client(update, context, answers)
        return await ask_step(update, context, State.CHANNEL, answers)
    if step == State.CHANNEL:
        answers.channel = value
        return await ask_step(
            update, context, State.DRAFT if answers.reason else State.CHECK_WANT, answers
        )
    if step in (State.CHECK_WANT, State.CHECK_TIME, State.CHECK_ENERGY):
        setattr(
            answers,
            {State.CHECK_WANT: "want", State.CHECK_TIME: "time", State.CHECK_ENERGY: "energy"}[
                step
            ],
            value == "1",
        )
        following = {State.CHECK_WANT: State.CHECK_TIME, State.CHECK_TIME: State.CHECK_ENERGY}.get(
            step
        )
        if following:
            return await ask_step(update, context, following, answers)
        return await ask_step(
            update, context, State.ALL_YES if answers.all_yes else State.EMPATHY, answers
        )
    if step == State.ALL_YES:
        return await ask_step(
            update, context, State.TERMS if value == "accept" else State.EMPATHY, answers
        )
    if step == State.EMPATHY:
        if value == "own":
            return await ask_step(update, context, State.EMPATHY_OWN, answers)
        answers.empathy, answers.empathy_text = int(value), None
        return await ask_step(
            update,
            context,
            State.DRAFT if answers.terms else after(answers, State.CLARIFY),
            answers,
        )
    if step == State.CLARIFY:
        if value == "skip":
            return await ask_step(update, context, State.REASON, answers)
        answers.clarify = int(value)
        return await show_draft(update, context, answers, kind="clarify")
    if step == State.REASON:
        answers.reason = value
        return await ask_step(
            update,
            context,
            State.REASON_OWN if value == "other" else after(answers, State.EXPECT),
            answers,
        )
    if step == State.ALT_DATE and value != "skip":
        try:
            answers.alternative_date = date.fromisoformat(value).isoformat()
        except ValueError:
            return await stale(update, context)
        return await ask_step(update, context, State.DRAFT, answers)
    if step in (State.EXPECT, State.NEEDS, State.ALT_TEXT, State.ALT_DATE):
        return await typed(update, context, step, answers, None)  # their Skip button
    if step == State.ALTERNATIVE:
        answers.alternative, answers.alternative_text, answers.alternative_date = value, None, None
        return await ask_step(update, context, next_after_alternative(value), answers)
    if step == State.ALT_GENDER:
        answers.colleague_gender = value
        return await ask_step(update, context, State.DRAFT, answers)
    if step == State.CHANGE:
        if value == "back":
            return await ask_step(update, context, State.DRAFT, answers)
        answers.extra["changing"] = True
        return await ask_step(update, context, State(int(value)), answers)
    return await stale(update, context)


async def on_text(update: Update, context: CoachContext) -> State | int:
    step = State(context.scratch(FLOW).get("step", State.REQUEST))
    text = (text_of(update) or "").strip()
    if step == State.DRAFT:
        from bot.flows.say_no.draft import check_edited

        return await check_edited(update, context, text)
    typed_value = TYPED_BUTTONS.get(step, {}).get(typed_meaning(text))
    if typed_value is not None:  # "nein" to a yes/no question, "skip" where Skip is offered
        answers = await load(update, context)
        if answers is None:
            return await start_new(update, context)
        return await apply_pick(update, context, step, typed_value, answers)
    if step not in TEXT_STEPS:
        return await reprompt_step(
            update, context, context.tr.gettext("Please use the buttons above.")
        )
    limit = 6000 if step == State.REQUEST else MAX_TYPED
    if not text:
        return await reprompt_step(
            update, context, context.tr.gettext("That message was empty. Please write a few words.")
        )
    if len(text) > limit:
        return await reprompt_step(
            update,
            context,
            context.tr.gettext(
                "That is longer than I can use here ({limit} characters at most). Please shorten it.",
                limit=limit,
            ),
        )
    answers = await load(update, context) or NoAnswers()
    return await typed(update, context, step, answers, text)


async def typed(
    update: Update, context: CoachContext, step: State, answers: NoAnswers, text: str | None
) -> State:
    """A typed answer, or None when the step's Skip button was pressed."""
    if step == State.REQUEST:
        answers.request = text or ""
        answers.category = classify_request(answers.request, request_cues())
        return await ask_step(update, context, State.CLIENT, answers)
    if step == State.NEW_CLIENT:
        async with context.database.sessions() as session:
            existing = await repo.list_clients(session, update.effective_user.id)
        try:
            name = parse_client_name(text or "", [])
        except InvalidAnswer as invalid:
            return await reprompt_step(update, context, explain_invalid(context.tr, invalid))
        match = next((c for c in existing if c.name.casefold() == name.casefold()), None)
        if match:
            answers.client_id, answers.client_name, answers.register = (
                match.id,
                match.name,
                match.register,
            )
            return await ask_step(update, context, State.CHANNEL, answers)
        answers.client_name = name
        if context.language == "de":
            return await ask_step(update, context, State.NEW_REGISTER, answers)
        await add_client(update, context, answers)
        return await ask_step(update, context, State.CHANNEL, answers)
    if step == State.TERMS:
        answers.terms = text
        return await ask_step(update, context, State.EMPATHY, answers)
    if step == State.EMPATHY_OWN:
        answers.empathy_text = text
        return await ask_step(
            update,
            context,
            State.DRAFT if answers.terms else after(answers, State.CLARIFY),
            answers,
        )
    if step == State.REASON_OWN:
        answers.reason_text = text
        return await ask_step(update, context, after(answers, State.EXPECT), answers)
    if step == State.EXPECT:
        answers.expectation = text
        return await ask_step(update, context, after(answers, State.NEEDS), answers)
    if step == State.NEEDS:
        answers.needs = text
        return await ask_step(update, context, after(answers, State.ALTERNATIVE), answers)
    if step == State.ALT_DATE:
        if text is not None:
            parsed = parse_date(text, context.language, await today_for(update, context))
            if parsed is None:
                return await reprompt_step(
                    update,
                    context,
                    context.tr.gettext(
                        "I could not read that as a date in the future. Try for example “15.1.” or “next Friday”."
                    ),
                )
            answers.alternative_date = parsed.isoformat()
        return await ask_step(update, context, State.DRAFT, answers)
    # ALT_TEXT
    answers.alternative_text = text
    if text and answers.alternative == "referral" and context.language == "de":
        return await ask_step(update, context, State.ALT_GENDER, answers)
    return await ask_step(update, context, State.DRAFT, answers)
