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

from enum import IntEnum

from telegram import Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.callbacks import Menu, PlaybookPick, pattern, unpack
from bot.coach.playbook import PARTS, TARGETS, add_open_question, clean_part, missing, open_questions
from bot.coach.profile import InvalidAnswer
from bot.context import CoachContext
from bot.db import repo, repo_calls
from bot.db.models_calls import Playbook
from bot.flows.common import (
    FlowInfo,
    acknowledge,
    chunk,
    close_keyboard,
    conversation,
    enter_flow,
    keyboard,
    leave_flow,
    register_flow,
    send,
    text_of,
)
from bot.flows.fallbacks import state_fallbacks
from bot.flows.playbook_doc import send_documents
from bot.i18n import N_

FLOW = "playbook"
END = ConversationHandler.END
MAX_TYPED = 3000  # longer than a part may be, so a long text gets the kind "too long" note


class State(IntEnum):
    CLIENT = 0
    OVERVIEW = 1
    PART = 2
    TARGET = 3
    REVISE = 4
    ANSWER = 5


def pick(step: State, value: str) -> PlaybookPick:
    return PlaybookPick(step=int(step), value=value)


def _note(note: str | None, text: str) -> str:
    return f"{note}\n\n{text}" if note else text


async def _playbook(update: Update, context: CoachContext, session) -> Playbook | None:  # noqa: ANN001
    return await repo_calls.get_playbook(session, update.effective_user.id,
                                         context.scratch(FLOW).get("playbook_id", 0))  # fmt: skip


# --- entry and client --------------------------------------------------------------------------------
async def start(update: Update, context: CoachContext, note: str | None = None) -> State | int:
    await acknowledge(update)
    enter_flow(context, FLOW)
    scratch = context.scratch(FLOW)
    scratch.clear()
    scratch["step"] = int(State.CLIENT)
    async with context.database.sessions() as session:
        clients = await repo.list_clients(session, update.effective_user.id)
    if not clients:
        leave_flow(context, FLOW)
        await send(update, context, _note(note, context.tr.gettext(
            "A playbook belongs to a client. Add the client first with /clients, then come back to /playbook.")))  # fmt: skip
        return END
    rows = chunk([(client.name, pick(State.CLIENT, str(client.id))) for client in clients], 2)
    await send(update, context, _note(note, context.tr.render("gatekeeper/playbook_client")), keyboard(*rows))
    return State.CLIENT


async def show_overview(update: Update, context: CoachContext, note: str | None = None) -> State | int:
    scratch = context.scratch(FLOW)
    async with context.database.sessions() as session:
        playbook = await _playbook(update, context, session)
    if playbook is None:
        return await start(update, context, context.tr.gettext("That playbook was not found."))
    scratch["step"] = int(State.OVERVIEW)
    texts = context.tr.data("gatekeeper")
    gaps = missing(playbook.parts, playbook.target)
    text = context.tr.render(
        "gatekeeper/playbook_overview", note=note, client=playbook.client_name,
        target=texts["targets"].get(playbook.target or ""), parts=texts["parts"], order=PARTS,
        filled=playbook.parts, gaps=gaps, questions=open_questions(playbook.parts),
    )  # fmt: skip
    buttons = [(("✅ " if key not in gaps else "✏️ ") + texts["parts"][key]["title"], pick(State.OVERVIEW, key))
               for key in PARTS]  # fmt: skip
    tr = context.tr
    rows = [
        [(tr.label("Target group"), pick(State.OVERVIEW, "target"))],
        *chunk(buttons, 2),
        [(tr.label("Send as document"), pick(State.OVERVIEW, "doc"))],
        [(tr.label("Revise after first calls"), pick(State.OVERVIEW, "revise"))],
        [(tr.label("Done"), pick(State.OVERVIEW, "done"))],
    ]
    await send(update, context, text, keyboard(*rows))
    return State.OVERVIEW


async def ask(update: Update, context: CoachContext, step: State, note: str | None = None) -> State | int:
    """Ask the typed or target step again (or for the first time)."""
    scratch = context.scratch(FLOW)
    async with context.database.sessions() as session:
        playbook = await _playbook(update, context, session)
    if playbook is None:
        return await start(update, context, context.tr.gettext("That playbook was not found."))
    scratch["step"] = int(step)
    tr = context.tr
    back = [(tr.label("Back to the overview"), pick(step, "back"))]
    if step == State.PART:
        key = scratch.get("part", "reason")
        text = tr.render("gatekeeper/playbook_part", part=tr.data("gatekeeper")["parts"][key],
                         current=playbook.parts.get(key), client=playbook.client_name)  # fmt: skip
        return await _ask(update, context, note, text, [back], step)
    if step == State.TARGET:
        targets = tr.data("gatekeeper")["targets"]
        text = tr.render("gatekeeper/playbook_target", client=playbook.client_name, target=playbook.target)
        rows = [[(targets[key], pick(step, key)) for key in TARGETS], back]
        return await _ask(update, context, note, text, rows, step)
    if step == State.REVISE:
        text = tr.render("gatekeeper/playbook_revise", client=playbook.client_name)
        return await _ask(update, context, note, text, [back], step)
    text = tr.render("gatekeeper/playbook_answer", client=playbook.client_name, question=scratch.get("question", ""))
    rows = [[(tr.label("I'll ask the client first"), pick(step, "open"))]]
    return await _ask(update, context, note, text, rows, step)


async def _ask(update: Update, context: CoachContext, note: str | None, text: str, rows: list, step: State) -> State:
    await send(update, context, _note(note, text), keyboard(*rows))
    return step


# --- buttons -----------------------------------------------------------------------------------------
async def on_pick(update: Update, context: CoachContext) -> State | int:
    await acknowledge(update)
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, PlaybookPick)
    scratch = context.scratch(FLOW)
    if choice.step != scratch.get("step"):
        return await stale(update, context)
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
            await send(update, context, context.tr.gettext(
                "Saved. /call shows the card before a call, /playbook opens it again."))  # fmt: skip
            return END
    if step == State.TARGET and value in TARGETS:
        return await save(update, context, target=value)
    if step == State.ANSWER and value == "open":
        return await save_question(update, context, answer=None)
    return await stale(update, context)


async def choose_client(update: Update, context: CoachContext, value: str) -> State | int:
    async with context.database.sessions.begin() as session:
        client = await repo.get_client(session, update.effective_user.id, int(value)) if value.isdigit() else None
        if client is None:
            return await start(update, context, context.tr.gettext("That client was not found."))
        playbook = await repo_calls.playbook_for(session, update.effective_user.id, client)
        playbook.client_name = client.name  # follows a rename
        context.scratch(FLOW)["playbook_id"] = playbook.id
    return await show_overview(update, context)


async def document(update: Update, context: CoachContext) -> State | int:
    async with context.database.sessions() as session:
        playbook = await _playbook(update, context, session)
    if playbook is None:
        return await start(update, context, context.tr.gettext("That playbook was not found."))
    note = await send_documents(update, context, playbook)
    return await show_overview(update, context, note)


# --- typed text --------------------------------------------------------------------------------------
async def on_text(update: Update, context: CoachContext) -> State | int:
    scratch = context.scratch(FLOW)
    step = State(scratch.get("step", State.CLIENT))
    if step not in (State.PART, State.REVISE, State.ANSWER):
        return await reprompt_step(update, context, context.tr.gettext("Please use the buttons above."))
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
            "under {limit}: short sentences or bullet points work best.", length=invalid.details["length"],
            limit=1500)  # fmt: skip
    return context.tr.gettext("That message was empty. Please write a few words.")


async def save(update: Update, context: CoachContext, part: str | None = None, target: str | None = None) -> State | int:
    scratch = context.scratch(FLOW)
    async with context.database.sessions.begin() as session:
        playbook = await _playbook(update, context, session)
        if playbook is None:
            return await start(update, context, context.tr.gettext("That playbook was not found."))
        if part is not None:
            await repo_calls.save_parts(session, playbook, parts={**playbook.parts, scratch.get("part", "reason"): part})
        if target is not None:
            await repo_calls.save_parts(session, playbook, target=target)
    return await show_overview(update, context, context.tr.gettext("Saved."))


async def save_question(update: Update, context: CoachContext, answer: str | None) -> State | int:
    question = context.scratch(FLOW).get("question", "")
    async with context.database.sessions.begin() as session:
        playbook = await _playbook(update, context, session)
        if playbook is None:
            return await start(update, context, context.tr.gettext("That playbook was not found."))
        parts = dict(playbook.parts)
        if answer is None:
            parts = add_open_question(parts, question)
            note = context.tr.gettext("Noted as an open question for your client. It stays on the overview until you add the answer.")  # fmt: skip
        else:
            faq = "\n".join(item for item in ((parts.get("faq") or "").strip(), f"{question} – {answer}") if item)
            if len(faq) > 1500:
                return await ask(update, context, State.ANSWER, context.tr.gettext(
                    "The questions part would grow past 1,500 characters. Please answer more briefly, "
                    "or shorten that part first."))  # fmt: skip
            parts["faq"] = faq
            remaining = [q for q in open_questions(parts) if q != question]
            parts["open_questions"] = "\n".join(remaining)
            note = context.tr.gettext("Added to “Frequent questions and answers”.")
        await repo_calls.save_parts(session, playbook, parts=parts, revisions=(playbook.revisions or 0) + 1)
    return await show_overview(update, context, note)


# --- re-prompts, cancel ------------------------------------------------------------------------------
async def reprompt_step(update: Update, context: CoachContext, note: str | None = None) -> State | int:
    step = context.scratch(FLOW).get("step", State.CLIENT)
    if step == State.CLIENT or not context.scratch(FLOW).get("playbook_id"):
        return await start(update, context, note)
    if step == State.OVERVIEW:
        return await show_overview(update, context, note)
    return await ask(update, context, State(step), note)


async def reprompt(update: Update, context: CoachContext, note: str | None = None) -> None:
    await reprompt_step(update, context, note)


async def stale(update: Update, context: CoachContext) -> State | int:
    await acknowledge(update, context.tr.label("This button has expired."))
    return await reprompt_step(update, context)


async def cancel(update: Update, context: CoachContext) -> int:
    leave_flow(context, FLOW)
    await send(update, context, context.tr.gettext("Left the playbook. Everything you saved is kept."))
    return END


register_flow(FLOW, FlowInfo(title=N_("your call playbook"), reprompt=reprompt,
                             own_commands=frozenset({"playbook"})))  # fmt: skip


def build_handler():  # noqa: ANN201
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
