"""Moving through the say-no coach: asking a step with what it needs, going back to the draft
after a change, re-asking the current step."""

from __future__ import annotations

from telegram import Update

from bot.coach.say_no import NoAnswers
from bot.context import CoachContext
from bot.db import repo, repo_drafts
from bot.flows.say_no.draft import resume_markup, show_draft
from bot.flows.say_no.steps import FLOW, State, ask, date_choices
from bot.flows.say_no.store import load, save, start_new, today_for
from bot.ui.common import expired_button, send


async def offer_resume_or_start(update: Update, context: CoachContext) -> State:
    """/no: unfinished replies first (resume or start anew), else straight to a new one."""
    async with context.database.sessions() as session:
        unfinished = await repo_drafts.open_drafts(session, update.effective_user.id)
    if not unfinished:
        return await start_new(update, context)
    context.scratch(FLOW)["step"] = int(State.RESUME)
    await send(
        update,
        context,
        context.tr.render("say_no/resume", drafts=unfinished),
        resume_markup(context, unfinished),
    )
    return State.RESUME


async def ask_step(
    update: Update, context: CoachContext, step: State, answers: NoAnswers, note: str | None = None
) -> State:
    """Ask `step`, with what that step needs from the database or the calendar."""
    extra: dict = {}
    if step == State.CLIENT:
        async with context.database.sessions() as session:
            extra["clients"] = await repo.list_clients(session, update.effective_user.id)
    elif step == State.ALT_DATE:
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


def after(answers: NoAnswers, following: State) -> State:
    """While changing one step from the draft, go straight back to the draft."""
    return State.DRAFT if answers.extra.get("changing") else following


async def add_client(update: Update, context: CoachContext, answers: NoAnswers) -> None:
    """A new name given in the coach joins the client list, so next time it is one tap."""
    async with context.database.sessions.begin() as session:
        existing = await repo.list_clients(session, update.effective_user.id)
        if all(c.name.casefold() != (answers.client_name or "").casefold() for c in existing):
            client = await repo.add_client(
                session, update.effective_user.id, answers.client_name, answers.register
            )
            answers.client_id = client.id


async def reprompt_step(update: Update, context: CoachContext, note: str | None = None) -> State:
    step = State(context.scratch(FLOW).get("step", State.REQUEST))
    if step == State.RESUME:
        return await offer_resume_or_start(update, context)
    answers = await load(update, context)
    if answers is None:
        return await start_new(update, context, note=note)
    return await ask_step(update, context, step, answers, note=note)


async def stale(update: Update, context: CoachContext) -> State:
    return await expired_button(update, context, reprompt_step)
