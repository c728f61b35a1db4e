"""/no: the say-no coach. Five steps from a client's request to a reply the VA can send.

    /no ─▶ [RESUME] ─▶ REQUEST ─▶ CLIENT ─(new)─▶ NEW_CLIENT ─▶ NEW_REGISTER ─┐
                                     └────────────────────────────────────────┴▶ CHANNEL
    CHANNEL ─▶ CHECK_WANT ─▶ CHECK_TIME ─▶ CHECK_ENERGY ─(all yes)─▶ ALL_YES ─(accept)─▶ TERMS ─▶ DRAFT
                                               └────────────▶ EMPATHY [EMPATHY_OWN] ─▶ CLARIFY ─(ask first)─▶ END
    CLARIFY ─▶ REASON [REASON_OWN] ─▶ EXPECT ─▶ NEEDS ─▶ ALTERNATIVE ─▶ [ALT_DATE | ALT_TEXT [ALT_GENDER]] ─▶ DRAFT
    DRAFT ─(shorter, warmer, formal, casual)─▶ DRAFT;  ─(change)─▶ CHANGE ─▶ that step … ─▶ DRAFT;  ─(done)─▶ END

Every answer is written to the draft's row at once: /cancel, a crash or a day away loses nothing,
and /no offers to resume.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.callbacks import DraftTone, Menu, NoPick, NoStart, pattern, unpack
from bot.coach.profile import InvalidAnswer, parse_client_name
from bot.coach.say_no import MAX_TYPED, NoAnswers, classify_request
from bot.context import CoachContext
from bot.db import repo, repo_drafts
from bot.flows.common import (
    FlowInfo,
    acknowledge,
    close_keyboard,
    conversation,
    enter_flow,
    leave_flow,
    register_flow,
    send,
    text_of,
)
from bot.flows.fallbacks import state_fallbacks
from bot.flows.invalid import explain_invalid
from bot.flows.say_no_draft import END, adjust, show_draft
from bot.flows.say_no_steps import FLOW, TEXT_STEPS, State, ask
from bot.flows.say_no_store import (
    load,
    next_after_alternative,
    parse_date,
    request_cues,
    save,
    start_new,
    today_for,
)
from bot.i18n import N_


# --- entry ---------------------------------------------------------------------------------------
async def start(update: Update, context: CoachContext) -> State:
    await acknowledge(update)
    enter_flow(context, FLOW)
    async with context.database.sessions() as session:
        unfinished = await repo_drafts.open_drafts(session, update.effective_user.id)
    if not unfinished:
        return await start_new(update, context)
    context.scratch(FLOW)["step"] = int(State.RESUME)
    tr = context.tr
    from bot.flows.say_no_draft import resume_markup

    await send(
        update,
        context,
        tr.render("say_no/resume", drafts=unfinished),
        resume_markup(context, unfinished),
    )
    return State.RESUME


async def resume(update: Update, context: CoachContext) -> State:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, NoStart)
    await acknowledge(update)
    await close_keyboard(update)
    enter_flow(context, FLOW)
    if choice.draft_id == 0:
        return await start_new(update, context)
    async with context.database.sessions() as session:
        draft = await repo_drafts.get_draft(session, update.effective_user.id, choice.draft_id)
    if draft is None or draft.status != "open":
        return await start_new(
            update,
            context,
            note=context.tr.gettext("That draft is no longer there, so let’s start a new one."),
        )
    context.scratch(FLOW)["draft_id"] = draft.id
    answers = NoAnswers.from_dict(draft.answers)
    return await ask_step(
        update,
        context,
        State[answers.stage.upper()]
        if answers.stage.upper() in State.__members__
        else State.REQUEST,
        answers,
    )


async def ask_step(
    update: Update, context: CoachContext, step: State, answers: NoAnswers, note: str | None = None
) -> State:
    """Ask `step`, with what that step needs from the database or the calendar."""
    extra: dict = {}
    if step == State.CLIENT:
        async with context.database.sessions() as session:
            extra["clients"] = await repo.list_clients(session, update.effective_user.id)
    elif step == State.ALT_DATE:
        from bot.flows.say_no_steps import date_choices

        extra["dates"] = date_choices(await today_for(update, context))
    elif step == State.DRAFT:
        return await show_draft(update, context, answers, note=note)
    phrases = context.tr.data("say_no")
    category, register = (
        answers.category,
        answers.register if answers.register in ("sie", "du") else "sie",
    )
    extra.update(
        openers=phrases["openers"][category][register],
        questions=phrases["questions"][category][register],
    )
    answers.stage = step.name.lower()
    await save(update, context, answers)
    return await ask(update, context, step, answers, note=note, extra=extra)


# --- answers by button ---------------------------------------------------------------------------
async def on_pick(update: Update, context: CoachContext) -> State | int:
    await acknowledge(update)
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, NoPick)
    if choice.step != context.scratch(FLOW).get("step"):
        return await stale(update, context)
    await close_keyboard(update)
    step, value = State(choice.step), choice.value
    answers = await load(update, context)
    if answers is None:
        return await start_new(update, context)
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
    if step in (State.EXPECT, State.NEEDS, State.ALT_TEXT, State.ALT_DATE):
        return await typed(update, context, step, answers, None)
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


def after(answers: NoAnswers, following: State) -> State:
    """While changing one step from the draft, go straight back to the draft."""
    return State.DRAFT if answers.extra.get("changing") else following


# --- answers by text -----------------------------------------------------------------------------
async def on_text(update: Update, context: CoachContext) -> State | int:
    step = State(context.scratch(FLOW).get("step", State.REQUEST))
    text = (text_of(update) or "").strip()
    if step == State.DRAFT:
        from bot.flows.say_no_draft import check_edited

        return await check_edited(update, context, text)
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


async def add_client(update: Update, context: CoachContext, answers: NoAnswers) -> None:
    """A new name given in the coach joins the client list, so next time it is one tap."""
    async with context.database.sessions.begin() as session:
        existing = await repo.list_clients(session, update.effective_user.id)
        if all(c.name.casefold() != (answers.client_name or "").casefold() for c in existing):
            client = await repo.add_client(
                session, update.effective_user.id, answers.client_name, answers.register
            )
            answers.client_id = client.id


# --- re-prompts, cancel ----------------------------------------------------------------------------
async def reprompt_step(update: Update, context: CoachContext, note: str | None = None) -> State:
    step = State(context.scratch(FLOW).get("step", State.REQUEST))
    if step == State.RESUME:
        return await start(update, context)
    answers = await load(update, context)
    if answers is None:
        return await start_new(update, context, note=note)
    return await ask_step(update, context, step, answers, note=note)


async def reprompt(update: Update, context: CoachContext, note: str | None = None) -> None:
    await reprompt_step(update, context, note)


async def stale(update: Update, context: CoachContext) -> State:
    await acknowledge(update, context.tr.label("This button has expired."))
    return await reprompt_step(update, context)


async def cancel(update: Update, context: CoachContext) -> int:
    from bot.flows.menu import after_cancel

    leave_flow(context, FLOW)
    await after_cancel(update, context, say_no=True)
    return END


register_flow(
    FLOW,
    FlowInfo(
        title=N_("a say-no reply"),
        reprompt=reprompt,
        entry_prefixes=frozenset({NoStart.prefix}),
        own_commands=frozenset({"no"}),
    ),
)


def build_handler():  # noqa: ANN201
    picks = CallbackQueryHandler(on_pick, pattern=pattern(NoPick))
    text = MessageHandler((filters.TEXT | filters.CAPTION) & ~filters.COMMAND, on_text)
    tone = CallbackQueryHandler(adjust, pattern=pattern(DraftTone))
    states = {state: [picks, text] for state in State}
    states[State.RESUME] = [CallbackQueryHandler(resume, pattern=pattern(NoStart))]
    states[State.DRAFT] = [tone, picks, text]
    return conversation(
        name=FLOW,
        persistent=True,
        entry_points=[
            CommandHandler("no", start),
            CallbackQueryHandler(start, pattern=rf"^{Menu(target='no').pack()}$"),
            CallbackQueryHandler(resume, pattern=pattern(NoStart)),
            CallbackQueryHandler(adjust, pattern=pattern(DraftTone)),
        ],
        states=states,
        fallbacks=[CommandHandler("cancel", cancel), *state_fallbacks(reprompt)],
    )
