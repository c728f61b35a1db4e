"""Keeping the say-no coach's answers: the draft row behind the flow, and small lookups."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from telegram import Update

from bot.coach.say_no import NoAnswers
from bot.context import CoachContext
from bot.db import repo, repo_drafts
from bot.flows.say_no.steps import FLOW, State, ask
from bot.i18n import LANGUAGES, translator
from bot.jobs.scheduler import clock_of


def request_cues() -> dict[str, list[str]]:
    """Cue words of both languages: a German VA may get an English request and vice versa."""
    cues: dict[str, list[str]] = {}
    for language in LANGUAGES:
        for category, words in translator(language).data("say_no")["cues"].items():
            cues.setdefault(category, []).extend(words)
    return cues


async def load(update: Update, context: CoachContext) -> NoAnswers | None:
    draft_id = context.scratch(FLOW).get("draft_id")
    if not draft_id:
        return None
    async with context.database.sessions() as session:
        draft = await repo_drafts.get_draft(session, update.effective_user.id, draft_id)
    return NoAnswers.from_dict(draft.answers) if draft else None


async def save(update: Update, context: CoachContext, answers: NoAnswers, **fields: object) -> None:
    draft_id = context.scratch(FLOW).get("draft_id")
    async with context.database.sessions.begin() as session:
        draft = (
            await repo_drafts.get_draft(session, update.effective_user.id, draft_id)
            if draft_id
            else None
        )
        if draft is not None:
            await repo_drafts.save_answers(
                session,
                draft,
                answers.to_dict(),
                client_id=answers.client_id,
                client_name=answers.client_name,
                **fields,
            )


async def new_draft(update: Update, context: CoachContext) -> None:
    """A fresh draft row, remembered as the flow's draft."""
    async with context.database.sessions.begin() as session:
        draft = await repo_drafts.create_draft(
            session, update.effective_user.id, "say_no", context.language, NoAnswers().to_dict()
        )
    scratch = context.scratch(FLOW)
    scratch.clear()
    scratch["draft_id"] = draft.id


async def start_new(update: Update, context: CoachContext, note: str | None = None) -> State:
    await new_draft(update, context)
    return await ask(update, context, State.REQUEST, NoAnswers(), note=note)


async def today_for(update: Update, context: CoachContext) -> date:
    """Today in the VA's time zone (dates in drafts are the VA's dates)."""
    async with context.database.sessions() as session:
        user = await repo.get_user(session, update.effective_user.id)
    zone = ZoneInfo(user.timezone) if user and user.timezone else ZoneInfo("UTC")
    return clock_of(context.application)().astimezone(zone).date()


def next_after_alternative(alternative: str) -> State:
    if alternative in ("later", "waitlist"):
        return State.ALT_DATE
    return State.ALT_TEXT
