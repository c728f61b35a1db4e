"""Commands work everywhere: a flow interrupted by another command or button is paused, not
lost, and picked up again where it was.

A paused flow keeps its answers (its scratch data) and leaves the conversation, so the command
that interrupted it runs as it would anywhere. Its own command (`/no` for the say-no coach) or
the "Continue" button brings it back at the open step. A flow on its final screen or on a plain
menu (a draft, a result, a list) is not paused: it is done, and nothing offers to continue it.
Once no flow is open and nothing is asked, the way back to the most recent paused flow is
offered, once.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import ClassVar

from telegram import Update

from bot.context import CoachContext
from bot.runtime.replay import conversations, realign_conversations
from bot.ui.callbacks import CallbackData, InvalidCallback, unpack
from bot.ui.common import (
    ACTIVE_FLOW,
    FLOWS,
    PAUSED,
    WAY_BACK,
    acknowledge,
    close_keyboard,
    keyboard,
    unpause,
)

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class Resume(CallbackData):
    """ "Continue …": pick a paused flow up again."""

    prefix: ClassVar[str] = "resume"
    flow: str  # a flow's name; only a paused one is resumed (flow_to_resume)


def paused_flows(context: CoachContext) -> list[str]:
    """Paused flows that still have their answers, the most recent last."""
    if context.user_data is None:  # an update from no user (a channel post)
        return []
    paused = context.user_data.get(PAUSED, [])
    return [name for name in paused if name in FLOWS and context.user_data.get(name)]


def pause(update: Update, context: CoachContext, flow: str, finished: bool) -> None:
    """Step out of `flow` so another command can run; keep it to continue, unless it is done."""
    context.user_data.pop(ACTIVE_FLOW, None)
    paused = [name for name in paused_flows(context) if name != flow]
    if not finished:
        paused.append(flow)
    if paused:
        context.user_data[PAUSED] = paused
        context.user_data[WAY_BACK] = True
    else:
        unpause(context, flow)
    realign_conversations(context.application, None, update, None)  # leave its conversation
    log.info("a flow was paused for another command")


async def resume(update: Update, context: CoachContext, flow: str) -> None:
    """Make `flow` active again and ask its open step, with its answers so far."""
    unpause(context, flow)
    context.user_data[ACTIVE_FLOW] = flow
    await acknowledge(update)
    await close_keyboard(update)  # a second tap on "Continue" finds no button
    note = context.tr.gettext("Let’s pick up where you left off.")
    state = await FLOWS[flow].reprompt(update, context, note)
    realign_conversations(context.application, flow, update, state)


def resume_button(update: Update) -> Resume | None:
    query = update.callback_query
    if query is None:
        return None
    try:
        data = unpack(query.data)
    except InvalidCallback:
        return None
    return data if isinstance(data, Resume) else None


def flow_to_resume(update: Update, context: CoachContext, command: str | None) -> str | None:
    """The paused flow this update asks for: its own command, or its "Continue" button."""
    paused = paused_flows(context)
    if command is not None:
        return next((f for f in reversed(paused) if command in FLOWS[f].own_commands), None)
    button = resume_button(update)
    return button.flow if button is not None and button.flow in paused else None


def handled_in_its_state(update: Update, context: CoachContext, flow: str) -> bool:
    """Whether the open flow's conversation has a handler for this button at its step (not only
    a fallback): a button it has none for belongs to something else, which then runs."""
    for handler in conversations(context.application):
        if handler.name == flow:
            state = handler._conversations.get(handler._get_key(update))
            return any(h.check_update(update) for h in handler.states.get(state, []))
    return False


async def offer_way_back(update: Update, context: CoachContext) -> None:
    """Offer to continue the most recent paused flow (once: until something pauses again)."""
    context.user_data.pop(WAY_BACK, None)
    paused = paused_flows(context)
    if not paused or update.effective_chat is None:
        return
    tr = context.tr
    label = tr.label(FLOWS[paused[-1]].continue_label)
    await context.bot.send_message(
        update.effective_chat.id,
        tr.gettext("You stopped here earlier:"),
        reply_markup=keyboard([(label, Resume(flow=paused[-1]))]),
    )
