"""/playbook: write a client's call playbook part by part, send it as a document, revise it.

    /playbook ─▶ CLIENT ─▶ OVERVIEW (parts, what is missing and why)
    OVERVIEW ─(a part)─▶ PART (typed text) ─▶ OVERVIEW
    OVERVIEW ─(target group)─▶ TARGET (businesses / consumers, with the law note) ─▶ OVERVIEW
    OVERVIEW ─(send as document)─▶ Markdown + PDF ─▶ OVERVIEW
    OVERVIEW ─(revise)─▶ REVISE (what came up?) ─▶ ANSWER (the client's answer, or "ask first") ─▶ OVERVIEW
    OVERVIEW ─(done)─▶ END

Every answer is saved at once; the scratch keeps only the playbook id and the step.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.coach.playbook import (
    MAX_PART,
    PARTS,
    TARGETS,
    add_open_question,
    clean_part,
    open_questions,
)
from bot.coach.profile import InvalidAnswer
from bot.context import CoachContext
from bot.db import repo, repo_calls
from bot.flows.gatekeeper.codecs import PlaybookPick
from bot.flows.gatekeeper.playbook_doc import send_documents
from bot.flows.gatekeeper.playbook_screens import (
    END,
    FLOW,
    MAX_TYPED,
    State,
    ask,
    current_playbook,
    show_overview,
    start,
)
from bot.i18n import N_
from bot.ui.callbacks import Menu, pattern, unpack
from bot.ui.common import (
    FlowInfo,
    acknowledge,
    close_keyboard,
    conversation,
    expired_button,
    leave_flow,
    register_flow,
    send,
    text_of,
)
from bot.ui.fallbacks import state_fallbacks


# --- buttons -----------------------------------------------------------------------------------------
async def on_pick(update: Update, context: CoachContext) -> State | int:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, PlaybookPick)
    scratch = context.scratch(FLOW)
    if choice.step != scratch.get("step"):
        return await stale(update, context)  # answers the button "expired"
    await acknowledge(update)
    await close_keyboard(update)
    step, value = State(choice.step), choice.value
    if step == State.CLIENT:
        return await choose_client(update, context, value)
    if value == "back":
        return await show_overview(update, context)
    if step == State.OVERVIEW:
        if value in PARTS:
            scratch["part"] = value
            return await ask(update, context, State.PART)
        if value == "target":
            return await ask(update, context, State.TARGET)
        if value == "revise":
            return await ask(update, context, State.REVISE)
        if value == "doc":
            return await document(update, context)
        if value == "done":
            leave_flow(context, FLOW)
            await send(
                update,
                context,
                context.tr.gettext(
                    "Saved. /call shows the card before a call, /playbook opens it again."
                ),
            )
            return END
    if step == State.TARGET and value in TARGETS:
        return await save(update, context, target=value)
    if step == State.ANSWER and value == "open":
        return await save_question(update, context, answer=None)
    return await stale(update, context)


async def choose_client(update: Update, context: CoachContext, value: str) -> State | int:
    async with context.database.sessions.begin() as session:
        client = (
            await repo.get_client(session, update.effective_user.id, int(value))
            if value.isdigit()
            else None
        )
        if client is not None:
            playbook = await repo_calls.playbook_for(session, update.effective_user.id, client)
            playbook.client_name = client.name  # follows a rename
            context.scratch(FLOW)["playbook_id"] = playbook.id
    if client is None:
        return await start(update, context, context.tr.gettext("That client was not found."))
    return await show_overview(update, context)


async def document(update: Update, context: CoachContext) -> State | int:
    async with context.database.sessions() as session:
        playbook = await current_playbook(update, context, session)
    if playbook is None:
        return await start(update, context, context.tr.gettext("That playbook was not found."))
    note = await send_documents(update, context, playbook)
    return await show_overview(update, context, note)


# --- typed text --------------------------------------------------------------------------------------
async def on_text(update: Update, context: CoachContext) -> State | int:
    scratch = context.scratch(FLOW)
    step = State(scratch.get("step", State.CLIENT))
    if step not in (State.PART, State.REVISE, State.ANSWER):
        return await reprompt_step(
            update, context, context.tr.gettext("Please use the buttons above.")
        )
    text = (text_of(update) or "").strip()
    try:
        if len(text) > MAX_TYPED:
            raise InvalidAnswer("part_too_long", length=len(text))
        text = clean_part(text)
    except InvalidAnswer as invalid:
        return await reprompt_step(update, context, explain(context, invalid))
    if step == State.PART:
        return await save(update, context, part=text)
    if step == State.REVISE:
        scratch["question"] = text.replace("\n", " ")
        return await ask(update, context, State.ANSWER)
    return await save_question(update, context, answer=text)


def explain(context: CoachContext, invalid: InvalidAnswer) -> str:
    if invalid.reason == "part_too_long":
        return context.tr.gettext(
            "That is {length} characters – more than anyone can read during a call. Please keep it "
            "under {limit}: short sentences or bullet points work best.",
            length=context.tr.number(invalid.details["length"]),
            limit=context.tr.number(MAX_PART),
        )
    return context.tr.gettext("That message was empty. Please write a few words.")


async def save(
    update: Update, context: CoachContext, part: str | None = None, target: str | None = None
) -> State | int:
    scratch = context.scratch(FLOW)
    async with context.database.sessions.begin() as session:
        playbook = await current_playbook(update, context, session)
        if playbook is not None and part is not None:
            await repo_calls.save_parts(
                session, playbook, parts={**playbook.parts, scratch.get("part", "reason"): part}
            )
        if playbook is not None and target is not None:
            await repo_calls.save_parts(session, playbook, target=target)
    if playbook is None:
        return await start(update, context, context.tr.gettext("That playbook was not found."))
    return await show_overview(update, context, context.tr.gettext("Saved."))


async def save_question(update: Update, context: CoachContext, answer: str | None) -> State | int:
    question = context.scratch(FLOW).get("question", "")
    too_long = False
    async with context.database.sessions.begin() as session:
        playbook = await current_playbook(update, context, session)
        if playbook is not None:
            parts = dict(playbook.parts)
            if answer is None:
                parts = add_open_question(parts, question)
                note = context.tr.gettext(
                    "Noted as an open question for your client. It stays on the overview until you add the answer."
                )
            else:
                faq = "\n".join(
                    item
                    for item in ((parts.get("faq") or "").strip(), f"{question} – {answer}")
                    if item
                )
                parts["faq"] = faq
                parts["open_questions"] = "\n".join(
                    q for q in open_questions(parts) if q != question
                )
                note = context.tr.gettext("Added to “Frequent questions and answers”.")
                too_long = len(faq) > MAX_PART
            if not too_long:
                await repo_calls.save_parts(
                    session, playbook, parts=parts, revisions=(playbook.revisions or 0) + 1
                )
    # Messages go out after the session: it holds the process's one SQLite connection.
    if playbook is None:
        return await start(update, context, context.tr.gettext("That playbook was not found."))
    if too_long:
        return await ask(
            update,
            context,
            State.ANSWER,
            context.tr.gettext(
                "The questions part would grow past 1,500 characters. Please answer more briefly, "
                "or shorten that part first."
            ),
        )
    return await show_overview(update, context, note)


# --- re-prompts, cancel ------------------------------------------------------------------------------
async def reprompt_step(
    update: Update, context: CoachContext, note: str | None = None
) -> State | int:
    step = context.scratch(FLOW).get("step", State.CLIENT)
    if step == State.CLIENT or not context.scratch(FLOW).get("playbook_id"):
        return await start(update, context, note)
    if step == State.OVERVIEW:
        return await show_overview(update, context, note)
    return await ask(update, context, State(step), note)


# The registered re-prompt returns the state it asked, so a fallback realigns with it.
reprompt = reprompt_step


async def stale(update: Update, context: CoachContext) -> State | int:
    return await expired_button(update, context, reprompt_step)


async def cancel(update: Update, context: CoachContext) -> int:
    leave_flow(context, FLOW)
    await send(
        update, context, context.tr.gettext("Left the playbook. Everything you saved is kept.")
    )
    return END


# What the guard needs to know; registered with the handler (build_handler).
FLOW_INFO = FlowInfo(
    title=N_("your call playbook"),
    reprompt=reprompt,
    continue_label=N_("Continue your call playbook"),
    own_commands=frozenset({"playbook"}),
)


def build_handler():
    register_flow(FLOW, FLOW_INFO)
    picks = CallbackQueryHandler(on_pick, pattern=pattern(PlaybookPick))
    text = MessageHandler((filters.TEXT | filters.CAPTION) & ~filters.COMMAND, on_text)
    return conversation(
        name=FLOW,
        persistent=True,
        entry_points=[
            CommandHandler("playbook", start),
            CallbackQueryHandler(start, pattern=rf"^{Menu(target='playbook').pack()}$"),
        ],
        states={state: [picks, text] for state in State},
        fallbacks=[CommandHandler("cancel", cancel), *state_fallbacks(reprompt)],
    )
