"""Keeping /replies' answers: in the user's flow data, as before the flow engine.

The answers (bot/coach/replies_steps.py) carry the step the flow stands at; they are the flow's
one record. Flow data written before the engine (the answers nested under "answers", the field
asked as a "token") is read too, so a reply being filled during an update goes on. A field
step whose field is gone (the user switched language, the template changed) asks the next one."""

from __future__ import annotations

from telegram import Update

from bot.coach.replies_steps import FIELD, FillAnswers, field_at, next_missing
from bot.context import CoachContext
from bot.flows.replies.result import sender_of
from bot.ui.flow import ScratchStore

FLOW = "replies"
OLD_FIELD = 4  # the step of every field question before the engine


class FillStore(ScratchStore):
    """The engine's store (bot/ui/flow.py) for /replies."""

    def __init__(self) -> None:
        super().__init__(FLOW, FillAnswers)

    async def load(self, update: Update, context: CoachContext) -> FillAnswers | None:
        scratch = context.scratch(FLOW)
        if isinstance(scratch.get("answers"), dict):  # flow data of the version before
            scratch.update(scratch.pop("answers"))
            token = scratch.pop("token", None)
            if scratch.get("step") == OLD_FIELD and token is not None:
                scratch["step"] = token  # the field asked: FIELD + its position, as now
            scratch["sender"] = await sender_of(update, context)
        answers = await super().load(update, context)
        if answers is not None and answers.step > FIELD:
            if field_at(answers, answers.step, context.language) is None:
                # The fields changed under it (another language, new content): the next one.
                answers.step = int(next_missing(answers, context.language))
        return answers


store = FillStore()
