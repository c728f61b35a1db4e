"""/check: the VA pastes any reply they wrote; the coach answers in one message with the five
elements it found (and the words that showed them), hard wording with a positive rephrasing,
a score and the one change that would help most.

The path is bot/coach/reply_check_steps.py; the flow engine (bot/ui/flow.py) runs it. After a
result the next text is checked too, until Done (or "fertig"), or /cancel. Only the step is
kept: a pasted reply is checked and forgotten.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.coach.given import Given
from bot.coach.reply_check_steps import CheckAnswers, Step, advance
from bot.context import CoachContext
from bot.i18n import N_
from bot.ui import flow as engine
from bot.ui import menu
from bot.ui.callbacks import CheckAction, Menu, pattern, unpack
from bot.ui.check_result import MAX_CHECK, send_check
from bot.ui.common import acknowledge, active_flow, close_keyboard, enter_flow, leave_flow, send
from bot.ui.flow import ACTIVE, END, Flow, ScratchStore, ask, take
from bot.ui.flow_conversation import build_conversation
from bot.ui.free_text import FreeTextAction, take_free_text

FLOW = "check"


class StepStore(ScratchStore):
    """The engine's store: the step alone, in the user's flow data (never the reply)."""

    async def load(self, update: Update, context: CoachContext) -> CheckAnswers | None:
        if "step" not in context.scratch(FLOW) and active_flow(context) == FLOW:
            return CheckAnswers()  # a /check begun before the flow engine, waiting for the reply
        return await super().load(update, context)


store = StepStore(FLOW, CheckAnswers, kept=("step",))


async def show_result(
    update: Update, context: CoachContext, answers: CheckAnswers, note: str | None = None
) -> object:
    """The reply's result; asked again without one (a photo, an error): the prompt. After a
    result the check waits for the next reply as at its start, so the step stored stays ASK:
    checking reply after reply writes nothing."""
    reply, answers.reply = answers.reply, None
    if reply is None:
        return await ask(update, context, CHECK, answers, Step.ASK, note)
    answers.step = int(Step.ASK)
    await store.save(update, context, answers)
    await send_check(update, context, reply)
    return ACTIVE


async def goodbye(
    update: Update, context: CoachContext, answers: object = None, note: str | None = None
) -> int:
    leave_flow(context, FLOW)
    await send(update, context, context.tr.gettext("Good luck with your reply!"))
    return END


# A prompt or a result: nothing a pause would lose, so both are final (never "continue …").
STEPS = {
    Step.ASK: engine.Step(
        "check/ask",
        typed={"done": "done"},  # "fertig" after a result: its Done button
        text=MAX_CHECK,
        values=frozenset(),
        final=True,
    ),
    Step.RESULT: engine.Step(
        screen=show_result,
        typed={"done": "done"},  # "fertig" after a result: its Done button
        text=MAX_CHECK,
        values=frozenset(),
        final=True,
    ),
    Step.ENDED: engine.Step(screen=goodbye, final=True),
}


async def begin(update: Update, context: CoachContext, note: str | None = None) -> object:
    enter_flow(context, FLOW, fresh=True)
    return await ask(update, context, CHECK, CheckAnswers(), Step.ASK, note)


CHECK = Flow(
    name=FLOW,
    steps=STEPS,
    store=store,
    advance=advance,
    begin=begin,
    continue_label=N_("Continue the reply check"),
    own_commands=frozenset({"check"}),
    cancelled=menu.cancelled_to_menu,
)


# --- entry ---------------------------------------------------------------------------------------
async def start(update: Update, context: CoachContext) -> object:
    await acknowledge(update)
    return await begin(update, context)


async def on_action(update: Update, context: CoachContext) -> object:
    """The buttons under a result, here or under a checked draft elsewhere: another, or Done."""
    action = unpack(update.callback_query.data)
    assert isinstance(action, CheckAction)
    await acknowledge(update)
    if action.action == "done":
        return await goodbye(update, context)
    return await begin(update, context)


async def from_free_text(update: Update, context: CoachContext) -> object:
    """ "Check this reply" under a message sent outside any flow: that message is checked."""
    await acknowledge(update)
    enter_flow(context, FLOW, fresh=True)
    text = take_free_text(context)
    if not text:  # no longer kept: the prompt
        await close_keyboard(update)
        return await ask(update, context, CHECK, CheckAnswers(), Step.ASK)
    return await take(update, context, CHECK, CheckAnswers(), Step.ASK, Given(text=text))


def build_handler():
    actions = CallbackQueryHandler(on_action, pattern=pattern(CheckAction))
    return build_conversation(
        CHECK,
        entry_points=[
            CommandHandler("check", start),
            CallbackQueryHandler(start, pattern=rf"^{Menu(target='check').pack()}$"),
            actions,
            CallbackQueryHandler(
                from_free_text, pattern=rf"^{FreeTextAction(action='check').pack()}$"
            ),
        ],
        more=[actions],
    )
