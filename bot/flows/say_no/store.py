"""Keeping the say-no coach's answers: the draft row behind the flow, and small lookups.

The draft row is the flow's one record: its answers, and in them the step it stands at
(`answers.step`). The user's flow data only says which draft is open."""

from __future__ import annotations

from telegram import Update

from bot.coach.say_no import NoAnswers
from bot.coach.say_no_steps import Step
from bot.context import CoachContext
from bot.db import repo_drafts
from bot.ui.common import enter_flow
from bot.ui.flow import FIRST_VERSION, VERSION

FLOW = "say_no"


def answers_of(stored: dict) -> NoAnswers:
    """A draft's answers; drafts saved before steps were numbered kept the step's name."""
    answers = NoAnswers.from_dict(stored)
    stage = str(stored.get("stage", "")).upper()
    if "step" not in stored and stage in Step.__members__:
        answers.step = int(Step[stage])
    return answers


class DraftStore:
    """The engine's store (bot/ui/flow.py) for the say-no coach. The draft's answers carry the
    flow's version too: a draft is reopened from the /no list long after its flow data is gone."""

    version = FIRST_VERSION  # the flow's, set by Flow

    async def load(self, update: Update, context: CoachContext) -> NoAnswers | None:
        draft_id = context.scratch(FLOW).get("draft_id")
        if not draft_id:
            return None
        async with context.database.sessions() as session:
            draft = await repo_drafts.get_draft(session, update.effective_user.id, draft_id)
        return answers_of(draft.answers) if draft is not None else None

    async def save(
        self, update: Update, context: CoachContext, answers: NoAnswers, **fields: object
    ) -> None:
        draft_id = context.scratch(FLOW).get("draft_id")
        if not draft_id:
            return
        async with context.database.sessions.begin() as session:
            draft = await repo_drafts.get_draft(session, update.effective_user.id, draft_id)
            if draft is not None:
                await repo_drafts.save_answers(
                    session,
                    draft,
                    {**answers.to_dict(), VERSION: self.version},
                    client_id=answers.client_id,
                    client_name=answers.client_name,
                    **fields,
                )


store = DraftStore()


async def new_draft(update: Update, context: CoachContext) -> NoAnswers:
    """A fresh draft row, open in the flow."""
    answers = NoAnswers()
    async with context.database.sessions.begin() as session:
        draft = await repo_drafts.create_draft(
            session,
            update.effective_user.id,
            "say_no",
            context.language,
            {**answers.to_dict(), VERSION: store.version},
        )
    scratch = enter_flow(context, FLOW, fresh=True)
    scratch["draft_id"] = draft.id
    return answers
