"""The flow engine's conversation: the handlers every flow gets (its buttons, typed answers,
/cancel, the catch-alls), what the guard needs to know about it, and the ConversationHandler
that routes a user's updates to their open flow (bot/ui/flow.py declares the flows)."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

from telegram import Update
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.coach.given import Given
from bot.context import CoachContext
from bot.ui.callbacks import InvalidCallback, pattern, unpack
from bot.ui.common import (
    FlowInfo,
    expired_button,
    leave_flow,
    register_flow,
    text_of,
    typed_meaning,
)
from bot.ui.fallbacks import state_fallbacks
from bot.ui.flow import ACTIVE, END, Flow, Outdated, ask, load, reprompt, restart, take


# --- handlers -------------------------------------------------------------------------------------
def on_pick(flow: Flow):
    async def handle(update: Update, context: CoachContext) -> object:
        choice = unpack(update.callback_query.data)
        try:
            answers = await load(update, context, flow)
        except Outdated:  # a button of a step another release asked
            return await restart(update, context, flow)
        if answers is None or choice.step != answers.step:
            # A step answered already (a double tap, an older message): nothing changes.
            return await expired_button(update, context, flow_info(flow).reprompt)
        step = flow.step_of(answers)
        spec = flow.steps[step]
        if spec.values is not None and choice.value not in spec.values:
            raise InvalidCallback("not a choice of this step")
        if spec.in_place is not None and await spec.in_place(
            update, context, answers, choice.value
        ):
            return ACTIVE
        return await take(update, context, flow, answers, step, Given(value=choice.value))

    return handle


def on_text(flow: Flow):
    async def handle(update: Update, context: CoachContext) -> object:
        try:
            answers = await load(update, context, flow)
        except Outdated:  # an answer to a step another release asked
            return await restart(update, context, flow)
        if answers is None:
            return await flow.begin(update, context, None)
        step = flow.step_of(answers)
        spec = flow.steps[step]
        text = (text_of(update) or "").strip()
        if spec.on_text is not None:
            return await spec.on_text(update, context, answers, text)
        value = spec.typed.get(typed_meaning(text) or "")
        if value is not None:  # "nein" to a yes/no question, "skip" where Skip is offered
            return await take(update, context, flow, answers, step, Given(value=value))
        tr = context.tr
        if not spec.text:
            note = tr.gettext("Please use the buttons above.")
        elif not text:
            note = tr.gettext("That message was empty. Please write a few words.")
        elif len(text) > spec.text:
            note = tr.gettext(
                "That is longer than I can use here ({limit} characters at most). Please shorten it.",
                limit=spec.text,
            )
        else:
            return await take(update, context, flow, answers, step, Given(text=text))
        return await ask(update, context, flow, answers, step, note)

    return handle


def on_cancel(flow: Flow):
    async def handle(update: Update, context: CoachContext) -> int:
        try:
            answers = await load(update, context, flow)
        except Outdated:
            answers = None  # nothing of it can be read any more; cancelled all the same
        leave_flow(context, flow.name)
        if flow.cancelled is not None:
            await flow.cancelled(update, context, answers)
        return END

    return handle


def is_final(flow: Flow, answers: Any | None) -> bool:
    if answers is None:
        return False
    return flow.steps[flow.step_of(answers)].final or flow.finished_when(answers)


def flow_info(flow: Flow) -> FlowInfo:
    """What the guard needs to know about the flow (bot/ui/guard.py, bot/ui/pause.py)."""

    async def finished(update: Update, context: CoachContext) -> bool:
        try:
            return is_final(flow, await load(update, context, flow))
        except Outdated:
            return False  # continued, it starts again (with a note why)

    return FlowInfo(
        continue_label=flow.continue_label,
        reprompt=lambda update, context, note: reprompt(update, context, flow, note),
        own_commands=flow.own_commands,
        finished=finished,
    )


class FlowConversation(ConversationHandler):
    """Routes a user's updates to their open flow, keyed per chat and user.

    Buttons are deliberately tracked per user, not per message (each step's buttons carry the
    step), so PTB's per_message hint does not apply. Conversations stored by versions that kept
    one state per step are read as ACTIVE: where a flow stands is in its answers."""

    def __init__(self, **kwargs: Any) -> None:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", ".*per_message=False", category=PTBUserWarning)
            super().__init__(**kwargs)

    async def _initialize_persistence(self, application: Any) -> dict:
        found = await super()._initialize_persistence(application)
        older = {key: ACTIVE for key, state in self._conversations.items() if state != ACTIVE}
        self._conversations.update_no_track(older)
        return found


def build_conversation(
    flow: Flow,
    entry_points: Sequence[BaseHandler],
    more: Sequence[BaseHandler] = (),
) -> ConversationHandler:
    """The flow's ConversationHandler: its buttons and typed answers while it is open, `more`
    (buttons of its screens) before them, /cancel and the catch-alls as fallbacks."""
    info = flow_info(flow)
    register_flow(flow.name, info)
    text = MessageHandler((filters.TEXT | filters.CAPTION) & ~filters.COMMAND, on_text(flow))
    answers = [text]
    if flow.pick is not None:
        answers.insert(0, CallbackQueryHandler(on_pick(flow), pattern=pattern(flow.pick)))
    return FlowConversation(
        name=flow.name,
        persistent=True,
        entry_points=list(entry_points),
        states={ACTIVE: [*more, *answers]},
        fallbacks=[
            CommandHandler("cancel", on_cancel(flow)),
            *state_fallbacks(info.reprompt),
        ],
    )
