"""/playbook's screens: the client list, the overview of parts, and each asking step."""

from __future__ import annotations

from enum import IntEnum

from telegram import Update
from telegram.ext import ConversationHandler

from bot.coach.playbook import PARTS, TARGETS, missing, open_questions
from bot.context import CoachContext
from bot.db import repo, repo_calls
from bot.db.models_calls import Playbook
from bot.flows.gatekeeper.codecs import PlaybookPick
from bot.ui.common import acknowledge, chunk, enter_flow, keyboard, leave_flow, send

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


async def current_playbook(update: Update, context: CoachContext, session) -> Playbook | None:
    return await repo_calls.get_playbook(
        session, update.effective_user.id, context.scratch(FLOW).get("playbook_id", 0)
    )


# --- entry and client --------------------------------------------------------------------------------
async def start(update: Update, context: CoachContext, note: str | None = None) -> State | int:
    await acknowledge(update)
    scratch = enter_flow(context, FLOW, fresh=True)
    scratch["step"] = int(State.CLIENT)
    async with context.database.sessions() as session:
        clients = await repo.list_clients(session, update.effective_user.id)
    if not clients:
        leave_flow(context, FLOW)
        await send(
            update,
            context,
            _note(
                note,
                context.tr.gettext(
                    "A playbook belongs to a client. Add the client first with /clients, then come back to /playbook."
                ),
            ),
        )
        return END
    rows = chunk([(client.name, pick(State.CLIENT, str(client.id))) for client in clients], 2)
    await send(
        update,
        context,
        _note(note, context.tr.render("gatekeeper/playbook_client")),
        keyboard(*rows),
    )
    return State.CLIENT


async def show_overview(
    update: Update, context: CoachContext, note: str | None = None
) -> State | int:
    scratch = context.scratch(FLOW)
    async with context.database.sessions() as session:
        playbook = await current_playbook(update, context, session)
    if playbook is None:
        return await start(update, context, context.tr.gettext("That playbook was not found."))
    scratch["step"] = int(State.OVERVIEW)
    texts = context.tr.data("gatekeeper")
    gaps = missing(playbook.parts, playbook.target)
    text = context.tr.render(
        "gatekeeper/playbook_overview",
        note=note,
        client=playbook.client_name,
        target=texts["targets"].get(playbook.target or ""),
        parts=texts["parts"],
        order=PARTS,
        filled=playbook.parts,
        gaps=gaps,
        questions=open_questions(playbook.parts),
    )
    buttons = [
        (
            ("✅ " if key not in gaps else "✏️ ") + texts["parts"][key]["title"],
            pick(State.OVERVIEW, key),
        )
        for key in PARTS
    ]
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


async def ask(
    update: Update, context: CoachContext, step: State, note: str | None = None
) -> State | int:
    """Ask the typed or target step again (or for the first time)."""
    scratch = context.scratch(FLOW)
    async with context.database.sessions() as session:
        playbook = await current_playbook(update, context, session)
    if playbook is None:
        return await start(update, context, context.tr.gettext("That playbook was not found."))
    scratch["step"] = int(step)
    tr = context.tr
    back = [(tr.label("Back to the overview"), pick(step, "back"))]
    if step == State.PART:
        key = scratch.get("part", "reason")
        text = tr.render(
            "gatekeeper/playbook_part",
            part=tr.data("gatekeeper")["parts"][key],
            current=playbook.parts.get(key),
            client=playbook.client_name,
        )
        return await _ask(update, context, note, text, [back], step)
    if step == State.TARGET:
        targets = tr.data("gatekeeper")["targets"]
        text = tr.render(
            "gatekeeper/playbook_target", client=playbook.client_name, target=playbook.target
        )
        rows = [[(targets[key], pick(step, key)) for key in TARGETS], back]
        return await _ask(update, context, note, text, rows, step)
    if step == State.REVISE:
        text = tr.render("gatekeeper/playbook_revise", client=playbook.client_name)
        return await _ask(update, context, note, text, [back], step)
    text = tr.render(
        "gatekeeper/playbook_answer",
        client=playbook.client_name,
        question=scratch.get("question", ""),
    )
    rows = [[(tr.label("I'll ask the client first"), pick(step, "open"))]]
    return await _ask(update, context, note, text, rows, step)


async def _ask(
    update: Update, context: CoachContext, note: str | None, text: str, rows: list, step: State
) -> State:
    await send(update, context, _note(note, text), keyboard(*rows))
    return step
