"""/replies: reply templates on the go. Browse the library or type a word, fill in what is
missing, get the reply to copy.

The steps are declared in steps.py and fill.py, the path through them in
bot/coach/replies_steps.py; the flow engine (bot/ui/flow.py) runs them. The answers are kept in
the user's flow data (store.py), with the step they lead to. The reply is kept as a draft
(/drafts); its buttons work after the flow has ended (result.py).
"""

from __future__ import annotations

import re

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.coach.given import Given
from bot.coach.replies_steps import FillAnswers, Step, advance
from bot.context import CoachContext
from bot.flows.replies.bound import too_long_note
from bot.flows.replies.browse import (
    MAX_QUERY,
    on_topic,
    search_typed,
    show_browse,
    to_my_templates,
)
from bot.flows.replies.codecs import FillChoice, LibBrowse, MyTemplates, TemplatePick
from bot.flows.replies.result import show_filled, title_of
from bot.flows.replies.steps import steps
from bot.flows.replies.store import FLOW, store
from bot.i18n import N_
from bot.ui.callbacks import Menu, pattern, unpack
from bot.ui.common import acknowledge, enter_flow, leave_flow, send
from bot.ui.flow import END, Flow, take
from bot.ui.flow_conversation import build_conversation
from bot.ui.menu import cancelled_to_menu


async def begin(update: Update, context: CoachContext, note: str | None = None) -> object:
    """Nothing kept: the library's first screen."""
    enter_flow(context, FLOW, fresh=True)
    return await show_browse(update, context, FillAnswers(), note)


async def show_reply(
    update: Update, context: CoachContext, answers: FillAnswers, note: str | None = None
) -> int:
    """The filled reply, kept as a draft: the flow ends."""
    if not await show_filled(update, context, answers.as_reply()):
        await send(update, context, context.tr.gettext("That template no longer exists."))
    leave_flow(context, FLOW)
    return END


async def refuse_too_long(
    update: Update, context: CoachContext, answers: FillAnswers, note: str | None = None
) -> int:
    """An own template too long to fill, even with the shortest answers: the flow ends."""
    await send(update, context, too_long_note(context.tr))
    leave_flow(context, FLOW)
    return END


def question_values(context: CoachContext, answers: FillAnswers) -> dict:
    """What every question shows: the template's title (a note goes above, from the engine)."""
    return {"note": None, "title": title_of(context.language, answers.as_reply())}


REPLIES = Flow(
    name=FLOW,
    steps=steps(show_browse, search_typed, show_reply, refuse_too_long),
    pick=FillChoice,
    store=store,
    advance=advance,
    begin=begin,
    continue_label=N_("Continue the reply template"),
    own_commands=frozenset({"replies"}),
    template_values=question_values,
    cancelled=cancelled_to_menu,
)


# --- entry ---------------------------------------------------------------------------------------
async def start(update: Update, context: CoachContext) -> object:
    """/replies [words], or the menu's button: the library, or what the words find."""
    await acknowledge(update)
    enter_flow(context, FLOW, fresh=True)
    query = " ".join(context.args or []) if update.message else ""
    return await show_browse(update, context, FillAnswers(query=query[:MAX_QUERY] or None))


async def pick(update: Update, context: CoachContext) -> object:
    """A template's button (the library, a search, "Use it" in /mytemplates): fill it in."""
    chosen = unpack(update.callback_query.data)
    assert isinstance(chosen, TemplatePick)
    enter_flow(context, FLOW, fresh=True)
    return await take(update, context, REPLIES, FillAnswers(), Step.BROWSE, Given(value=chosen))


def build_handler():
    topics = CallbackQueryHandler(on_topic, pattern=pattern(LibBrowse))
    picks = CallbackQueryHandler(pick, pattern=pattern(TemplatePick))
    # The library's "My templates": the list takes over. Other buttons of /mytemplates belong
    # to it (the guard pauses this flow for them).
    mine = CallbackQueryHandler(
        to_my_templates, pattern=rf"^{re.escape(MyTemplates(action='list').pack())}$"
    )
    return build_conversation(
        REPLIES,
        entry_points=[
            CommandHandler("replies", start),
            CallbackQueryHandler(start, pattern=rf"^{Menu(target='replies').pack()}$"),
            topics,
            picks,
        ],
        more=[topics, picks, mine],
    )
