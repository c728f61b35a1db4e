"""Showing a reply draft and changing its tone: shorter, warmer, more formal, more casual."""

from __future__ import annotations

import html

from telegram import CopyTextButton, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import ConversationHandler

from bot.coach.drafting import renderer
from bot.coach.say_no import NoAnswers, draft_context, restatement
from bot.context import CoachContext
from bot.db import repo, repo_drafts
from bot.flows.say_no.codecs import DraftTone
from bot.flows.say_no.steps import FLOW, State
from bot.i18n import N_
from bot.ui.callbacks import NoStart, SaveAsTemplate, unpack
from bot.ui.check_result import send_check
from bot.ui.common import COPY_LIMIT, acknowledge, enter_flow, keyboard, leave_flow, send

END = ConversationHandler.END


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


async def show_draft(
    update: Update,
    context: CoachContext,
    answers: NoAnswers,
    kind: str | None = None,
    note: str | None = None,
) -> State | int:
    """Send the draft: a short header, then the reply alone in its own message to copy."""
    from bot.flows.say_no.store import save

    kind = kind or kind_of(answers)
    text = await render_answers(update, context, answers, kind)
    tr = context.tr
    answers.extra.pop("changing", None)
    if kind == "clarify":
        answers.stage = "reason"  # after the client's answer, /no resumes at the reason
        await save(update, context, answers, text=text)
        await send(update, context, tr.render("say_no/clarify_done", answers=answers))
        copy = (
            [[InlineKeyboardButton(tr.label("Copy"), copy_text=CopyTextButton(text))]]
            if len(text) <= COPY_LIMIT
            else []
        )
        await send(update, context, html.escape(text), InlineKeyboardMarkup(copy) if copy else None)
        leave_flow(context, FLOW)
        return END
    answers.stage = "draft"
    await save(update, context, answers, text=text, status="done", kind="say_no")
    context.scratch(FLOW)["step"] = int(State.DRAFT)
    header = tr.render("say_no/draft_header", answers=answers, kind=kind)
    await send(update, context, f"{note}\n\n{header}" if note else header)
    draft_id = context.scratch(FLOW)["draft_id"]
    await send(update, context, html.escape(text), draft_markup(context, draft_id, text))
    return State.DRAFT


async def adjust(update: Update, context: CoachContext) -> State | int:
    """A tone button under a draft; also works on an older draft once its flow has ended."""
    action = unpack(update.callback_query.data)
    assert isinstance(action, DraftTone)
    tr = context.tr
    async with context.database.sessions() as session:
        draft = await repo_drafts.get_draft(session, update.effective_user.id, action.draft_id)
    if draft is None or draft.kind != "say_no":
        await acknowledge(update, tr.label("This draft no longer exists."))
        return END
    scratch = enter_flow(context, FLOW)
    scratch.update(draft_id=draft.id, step=int(State.DRAFT))
    answers = NoAnswers.from_dict(draft.answers)
    if action.action == "done":
        await acknowledge(update)
        leave_flow(context, FLOW)
        await edit_markup(update, None)
        await send(update, context, tr.render("say_no/done"))
        return END
    if action.action == "change":
        await acknowledge(update)
        from bot.flows.say_no.nav import ask_step

        return await ask_step(update, context, State.CHANGE, answers)
    changed = apply_tone(answers, action.action)
    if not changed:
        await acknowledge(update, tr.label("The draft already has that tone."))
        return State.DRAFT
    await acknowledge(update)
    from bot.flows.say_no.store import save

    text = await render_answers(update, context, answers, kind_of(answers))
    await save(update, context, answers, text=text)
    try:
        await update.callback_query.edit_message_text(
            html.escape(text), reply_markup=draft_markup(context, draft.id, text)
        )
    except BadRequest:
        await send(update, context, html.escape(text), draft_markup(context, draft.id, text))
    return State.DRAFT


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


async def check_edited(update: Update, context: CoachContext, text: str) -> State:
    """The VA sent their own edited version: check it like /check would."""
    await send_check(update, context, text)
    return State.DRAFT
