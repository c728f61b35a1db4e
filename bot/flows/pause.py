"""Commands work everywhere: a flow interrupted by another command or button is paused, not
lost, and picked up again where it was.

A paused flow keeps its answers (its scratch data) and leaves the conversation, so the command
that interrupted it runs as it would anywhere. Its own command (`/no` for the say-no coach) or
the "Continue" button brings it back at the open step. A flow on its final screen (a draft, a
result) is not paused: it is done, and nothing offers to continue it.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import ClassVar, Literal

from telegram import Update

from bot.callbacks import CallbackData, InvalidCallback, unpack
from bot.context import CoachContext
from bot.flows.common import ACTIVE_FLOW, FLOWS, PAUSED, FlowInfo, acknowledge, keyboard
from bot.replay import realign_conversations

log = logging.getLogger(__name__)
FlowName = Literal[
    "profile", "say_no", "check", "replies", "mytemplates", "checkin", "practice", "playbook",
    "calllog", "clients",
]  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Resume(CallbackData):
    """"Continue …": pick a paused flow up again."""

    prefix: ClassVar[str] = "resume"
    flow: FlowName


def paused_flows(context: CoachContext) -> list[str]:
    if context.user_data is None:  # an update from no user (a channel post)
        return []
    return [name for name in context.user_data.get(PAUSED, []) if name in FLOWS]


def pause(update: Update, context: CoachContext, flow: str) -> None:
    """Step out of `flow` so another command can run; keep it to continue, unless it is on its
    final screen."""
    info = FLOWS[flow]
    context.user_data.pop(ACTIVE_FLOW, None)
    paused = [name for name in paused_flows(context) if name != flow]
    if not info.finished(context.scratch(flow)):
        paused.append(flow)
    context.user_data[PAUSED] = paused
    realign_conversations(context.application, None, update, None)  # leave its conversation
    log.info("a flow was paused for another command")


def unpause(context: CoachContext, flow: str) -> None:
    """`flow` is active again (resumed, or entered anew): it is no longer waiting."""
    paused = [name for name in paused_flows(context) if name != flow]
    if paused:
        context.user_data[PAUSED] = paused
    else:
        context.user_data.pop(PAUSED, None)


async def resume(update: Update, context: CoachContext, flow: str) -> None:
    """Make `flow` active again and ask its open step, with its answers so far."""
    unpause(context, flow)
    context.user_data[ACTIVE_FLOW] = flow
    await acknowledge(update)
    note = context.tr.gettext("Let’s pick up where you left off.")
    state = await FLOWS[flow].reprompt(update, context, note)
    realign_conversations(context.application, flow, update, state)


def flow_to_resume(update: Update, context: CoachContext, command: str | None) -> str | None:
    """The paused flow this update asks for: its own command, or its "Continue" button."""
    paused = paused_flows(context)
    if command is not None:
        return next((f for f in reversed(paused) if command in FLOWS[f].own_commands), None)
    query = update.callback_query
    if query is None:
        return None
    try:
        data = unpack(query.data)
    except InvalidCallback:
        return None
    return data.flow if isinstance(data, Resume) and data.flow in paused else None


async def offer_way_back(update: Update, context: CoachContext) -> None:
    """After an update that left no flow open: offer to continue the one it interrupted."""
    paused = paused_flows(context)
    if not paused or context.user_data.get(ACTIVE_FLOW) or update.effective_chat is None:
        return
    flow = paused[-1]
    info: FlowInfo = FLOWS[flow]
    tr = context.tr
    text = tr.gettext("You were in the middle of {flow}.", flow=tr.label(info.title))
    markup = keyboard([(tr.label(info.continue_label), Resume(flow=flow))])
    await context.bot.send_message(update.effective_chat.id, text, reply_markup=markup)
