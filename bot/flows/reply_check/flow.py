"""/check: the VA pastes any reply they wrote; the coach answers in one message with the five
elements it found (and the words that showed them), hard wording with a positive rephrasing,
a score and the one change that would help most.

    /check ─▶ WAITING ─(text)─▶ result, WAITING ─(Done or /cancel)─▶ END
"""

from __future__ import annotations

from enum import IntEnum

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.coach.tone import ELEMENTS, check_reply
from bot.coach.tone_lexicon import lexicon
from bot.context import CoachContext
from bot.db.unit import in_thread
from bot.flows.menu.flow import cancel_to_menu
from bot.flows.menu.free_text import FreeTextAction, take_free_text
from bot.flows.reply_check.codecs import CheckAction
from bot.i18n import N_
from bot.ui.callbacks import Menu, pattern, unpack
from bot.ui.common import (
    FlowInfo,
    acknowledge,
    close_keyboard,
    conversation,
    enter_flow,
    keyboard,
    leave_flow,
    register_flow,
    send,
    text_of,
)
from bot.ui.fallbacks import state_fallbacks

FLOW = "check"
MAX_CHECK = 30_000  # about 4,000 words; longer pastes are checked up to here, and told so
# The checker is fast (a 300-word email in 3 to 5 ms of CPU), but a 4,000-word paste takes about
# 130 ms and should not hold up other chats: above this size it runs in a worker thread.
THREAD_ABOVE = 3_000
ELEMENT_LABELS = {
    "empathy": N_("Acknowledgement or empathy"),
    "decline": N_("A clear decline or limit"),
    "reason": N_("A reason"),
    "expectations": N_("Expectations: what and when"),
    "alternative": N_("An alternative"),
}


class State(IntEnum):
    WAITING = 0


async def start(update: Update, context: CoachContext) -> State:
    await acknowledge(update)
    enter_flow(context, FLOW)
    await send(update, context, context.tr.render("check/ask"))
    return State.WAITING


async def on_text(update: Update, context: CoachContext) -> State:
    text = (text_of(update) or "").strip()
    await send_check(update, context, text)
    return State.WAITING


async def send_check(update: Update, context: CoachContext, text: str) -> None:
    """Check `text` and answer with the result; used by /check and after an edited draft."""
    tr = context.tr
    if not text:
        await send(
            update, context, tr.gettext("That message was empty. Please paste the reply you wrote.")
        )
        return
    cut = len(text) > MAX_CHECK
    text = text[:MAX_CHECK]
    if len(text) > THREAD_ABOVE:
        result = await in_thread(check_reply, text, context.language)
    else:
        result = check_reply(text, context.language)
    advice = lexicon(context.language).fixes
    await send(
        update,
        context,
        tr.render(
            "check/result",
            result=result,
            elements=[(tr.label(ELEMENT_LABELS[name]), result.elements[name]) for name in ELEMENTS],
            fix=advice.get(result.top_fix, ""),
            cut=cut,
        ),
        keyboard(
            [
                (tr.label("Check another reply"), CheckAction(action="again")),
                (tr.label("Done"), CheckAction(action="done")),
            ]
        ),
    )


async def from_free_text(update: Update, context: CoachContext) -> State:
    """ "Check this reply" under a message sent outside any flow."""
    await acknowledge(update)
    await close_keyboard(update)
    enter_flow(context, FLOW)
    await send_check(update, context, take_free_text(context) or "")
    return State.WAITING


async def on_action(update: Update, context: CoachContext) -> State | int:
    action = unpack(update.callback_query.data)
    assert isinstance(action, CheckAction)
    await acknowledge(update)
    if action.action == "done":
        leave_flow(context, FLOW)
        await send(update, context, context.tr.gettext("Good luck with your reply!"))
        return -1
    enter_flow(context, FLOW)
    await send(update, context, context.tr.render("check/ask"))
    return State.WAITING


async def reprompt(update: Update, context: CoachContext, note: str | None = None) -> State:
    ask = context.tr.render("check/ask")
    await send(update, context, f"{note}\n\n{ask}" if note else ask)
    return State.WAITING


cancel = cancel_to_menu(FLOW)


# What the guard needs to know; registered with the handler (build_handler).
FLOW_INFO = FlowInfo(
    title=N_("a reply check"),
    reprompt=reprompt,
    continue_label=N_("Continue the reply check"),
    own_commands=frozenset({"check"}),
    finished=lambda scratch: True,  # a prompt or a result: no answers to keep
)


def build_handler():
    register_flow(FLOW, FLOW_INFO)
    return conversation(
        name=FLOW,
        persistent=True,
        entry_points=[
            CommandHandler("check", start),
            CallbackQueryHandler(start, pattern=rf"^{Menu(target='check').pack()}$"),
            CallbackQueryHandler(on_action, pattern=pattern(CheckAction)),
            CallbackQueryHandler(
                from_free_text, pattern=rf"^{FreeTextAction(action='check').pack()}$"
            ),
        ],
        states={
            State.WAITING: [
                MessageHandler((filters.TEXT | filters.CAPTION) & ~filters.COMMAND, on_text),
                CallbackQueryHandler(on_action, pattern=pattern(CheckAction)),
            ]
        },
        fallbacks=[CommandHandler("cancel", cancel), *state_fallbacks(reprompt)],
    )
