"""Showing a reply draft and changing its tone: shorter, warmer, more formal, more casual."""

from __future__ import annotations

import html

from telegram import CopyTextButton, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest

from bot.coach.drafting import renderer
from bot.coach.say_no import NoAnswers, draft_context, restatement
from bot.coach.say_no_steps import Step
from bot.context import CoachContext
from bot.db import repo, repo_drafts
from bot.flows.say_no.codecs import DraftTone
from bot.flows.say_no.store import FLOW, answers_of, store
from bot.i18n import N_
from bot.ui.callbacks import NoStart, SaveAsTemplate, unpack
from bot.ui.check_result import send_check
from bot.ui.common import (
    COPY_LIMIT,
    acknowledge,
    enter_flow,
    keyboard,
    leave_flow,
    send,
    typed_meaning,
)
from bot.ui.flow import ACTIVE, END, Flow, ask


def resume_markup(context: CoachContext, drafts: list) -> InlineKeyboardMarkup:
    tr = context.tr
    rows = [
        [
            (
                tr.label(
                    "Resume: {what}",
                    what=(d.client_name or restatement(d.answers.get("request", ""), 24) or "…")[
                        :40
                    ],
                ),
                NoStart(draft_id=d.id),
            )
        ]
        for d in drafts
    ]
    rows.append([(tr.label("Start a new reply"), NoStart(draft_id=0))])
    return keyboard(*rows)


def draft_markup(context: CoachContext, draft_id: int, text: str) -> InlineKeyboardMarkup:
    tr = context.tr

    def button(label: str, action: str) -> InlineKeyboardButton:
        return InlineKeyboardButton(
            tr.label(label), callback_data=DraftTone(action=action, draft_id=draft_id).pack()
        )

    rows = [
        [button(N_("Shorter"), "shorter"), button(N_("Warmer"), "warmer")],
        [button(N_("More formal"), "formal"), button(N_("More casual"), "casual")],
        [button(N_("Change a step"), "change"), button(N_("Done"), "done")],
        [
            InlineKeyboardButton(
                tr.label("Save as my template"),
                callback_data=SaveAsTemplate(draft_id=draft_id).pack(),
            )
        ],
    ]
    if len(text) <= COPY_LIMIT:
        rows.insert(0, [InlineKeyboardButton(tr.label("Copy"), copy_text=CopyTextButton(text))])
    return InlineKeyboardMarkup(rows)


async def render_answers(
    update: Update, context: CoachContext, answers: NoAnswers, kind: str
) -> str:
    async with context.database.sessions() as session:
        user = await repo.get_user(session, update.effective_user.id)
    sender = (user.display_name if user else None) or update.effective_user.first_name
    phrases = context.tr.data("say_no")
    return renderer(context.language).render(
        kind, **draft_context(answers, phrases, sender, context.language)
    )


def kind_of(answers: NoAnswers) -> str:
    return "accept" if answers.terms else "say_no"


def copy_markup(context: CoachContext, text: str) -> InlineKeyboardMarkup | None:
    if len(text) > COPY_LIMIT:
        return None
    label = context.tr.label("Copy")
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, copy_text=CopyTextButton(text))]])


async def show_draft(
    update: Update, context: CoachContext, answers: NoAnswers, note: str | None = None
) -> int:
    """The draft: a short header, then the reply alone in its own message to copy."""
    kind = kind_of(answers)
    text = await render_answers(update, context, answers, kind)
    answers.extra.pop("changing", None)
    await store.save(update, context, answers, text=text, status="done", kind="say_no")
    header = context.tr.render("say_no/draft_header", answers=answers, kind=kind)
    await send(update, context, f"{note}\n\n{header}" if note else header)
    draft_id = context.scratch(FLOW)["draft_id"]
    await send(update, context, html.escape(text), draft_markup(context, draft_id, text))
    return ACTIVE


async def show_question(
    update: Update, context: CoachContext, answers: NoAnswers, note: str | None = None
) -> int:
    """The question to ask the client first. The flow ends; /no resumes at the reason."""
    text = await render_answers(update, context, answers, "clarify")
    answers.step = int(Step.REASON)
    await store.save(update, context, answers, text=text)
    await send(update, context, context.tr.render("say_no/clarify_done", answers=answers))
    await send(update, context, html.escape(text), copy_markup(context, text))
    leave_flow(context, FLOW)
    return END


async def check_edited(update: Update, context: CoachContext, answers: NoAnswers, text: str) -> int:
    """The VA sent their own edited version: check it like /check would. "fertig" is the
    Done button."""
    if typed_meaning(text) == "done":
        leave_flow(context, FLOW)
        await send(update, context, context.tr.render("say_no/done"))
        return END
    await send_check(update, context, text)
    return ACTIVE


def adjust(flow: Flow):
    """A tone button under a draft; also works on an older draft once its flow has ended."""

    async def handle(update: Update, context: CoachContext) -> int:
        action = unpack(update.callback_query.data)
        assert isinstance(action, DraftTone)
        tr = context.tr
        async with context.database.sessions() as session:
            draft = await repo_drafts.get_draft(session, update.effective_user.id, action.draft_id)
        if draft is None or draft.kind != "say_no":
            await acknowledge(update, tr.label("This draft no longer exists."))
            return END
        enter_flow(context, FLOW, fresh=True)["draft_id"] = draft.id
        answers = answers_of(draft.answers)
        await acknowledge(update)
        if action.action == "done":
            leave_flow(context, FLOW)
            await edit_markup(update, None)
            await send(update, context, tr.render("say_no/done"))
            return END
        if action.action == "change":
            return await ask(update, context, flow, answers, Step.CHANGE)
        return await retone(update, context, answers, action.action)

    return handle


async def retone(update: Update, context: CoachContext, answers: NoAnswers, action: str) -> int:
    """The same draft in another tone, in place; a button that would change nothing says so."""
    before = await render_answers(update, context, answers, kind_of(answers))
    if not apply_tone(answers, action):
        await acknowledge(update, context.tr.label("The draft already has that tone."))
        return ACTIVE
    answers.step = int(Step.DRAFT)
    text = await render_answers(update, context, answers, kind_of(answers))
    if text == before:  # e.g. "More casual" on a chat draft that greets no one
        unchanged = context.tr.label("That would not change this draft: it already reads that way.")
        await acknowledge(update, unchanged)
        return ACTIVE
    await store.save(update, context, answers, text=text)
    draft_id = context.scratch(FLOW)["draft_id"]
    try:
        await update.callback_query.edit_message_text(
            html.escape(text), reply_markup=draft_markup(context, draft_id, text)
        )
    except BadRequest:
        await send(update, context, html.escape(text), draft_markup(context, draft_id, text))
    return ACTIVE


def apply_tone(answers: NoAnswers, action: str) -> bool:
    """Change the answers for a tone button; False when nothing would change."""
    before = (answers.shorter, answers.warmer, answers.formality)
    if action == "shorter":
        answers.shorter = True
    elif action == "warmer":
        answers.warmer, answers.variant = True, answers.variant + 1
    elif action == "formal":
        answers.formality = min(1, answers.formality + 1)
    elif action == "casual":
        answers.formality = max(-1, answers.formality - 1)
    return before != (answers.shorter, answers.warmer, answers.formality)


async def edit_markup(update: Update, markup: InlineKeyboardMarkup | None) -> None:
    try:
        await update.callback_query.edit_message_reply_markup(reply_markup=markup)
    except BadRequest:
        pass
