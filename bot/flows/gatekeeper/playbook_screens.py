"""/playbook's steps as data, and its screens: the client list, the overview of parts, each
asking step; the readers that write each answer to the playbook row at once.

Which step follows an answer is decided in bot/coach/playbook_steps.py."""

from __future__ import annotations

from telegram import Update

from bot.coach.given import Given
from bot.coach.playbook import MAX_PART, PARTS, TARGETS, clean_part, missing, open_questions
from bot.coach.playbook_steps import FROM_OVERVIEW, PlaybookAnswers, answered
from bot.coach.playbook_steps import Step as S
from bot.coach.profile import InvalidAnswer
from bot.context import CoachContext
from bot.db import repo, repo_calls
from bot.db.models_calls import Playbook
from bot.flows.gatekeeper.codecs import PlaybookPick
from bot.flows.gatekeeper.playbook_doc import send_documents
from bot.i18n import N_
from bot.ui.common import chunk, leave_flow, send
from bot.ui.flow import ACTIVE, END, Asked, Invalid, Rows, ScratchStore, Step, buttons_of

FLOW = "playbook"
TYPED = 4096  # a whole message: a part longer than MAX_PART gets the kind "too long" note
SAID = {
    "saved": N_("Saved."),
    "open": N_(
        "Noted as an open question for your client. It stays on the overview until you add the answer."
    ),
    "faq": N_("Added to “Frequent questions and answers”."),
}


class PlaybookStore(ScratchStore):
    """The engine's store (bot/ui/flow.py): the answers in the user's flow data, as long as
    the playbook they belong to is there."""

    async def load(self, update: Update, context: CoachContext) -> PlaybookAnswers | None:
        answers = await super().load(update, context)
        if answers is None or answers.step == S.CLIENT:
            return answers
        async with context.database.sessions() as session:
            playbook = await playbook_of(update, session, answers)
        return answers if playbook is not None else None


store = PlaybookStore(FLOW, PlaybookAnswers)


async def playbook_of(update: Update, session, answers: PlaybookAnswers) -> Playbook | None:
    return await repo_calls.get_playbook(session, update.effective_user.id, answers.playbook_id)


# --- the questions -------------------------------------------------------------------------------
def back(asked: Asked) -> list[tuple[str, str]]:
    return [(asked.context.tr.label("Back to the overview"), "back")]


def client_buttons(asked: Asked) -> Rows:
    return chunk([(client.name, str(client.id)) for client in asked.extra["clients"]], 2)


def target_buttons(asked: Asked) -> Rows:
    targets = asked.context.tr.data("gatekeeper")["targets"]
    return [[(targets[key], key) for key in TARGETS], back(asked)]


def ask_first(asked: Asked) -> Rows:
    return [[(asked.context.tr.label("I'll ask the client first"), "open")]]


async def clients_of(update: Update, context: CoachContext, answers: PlaybookAnswers) -> dict:
    async with context.database.sessions() as session:
        return {"clients": await repo.list_clients(session, update.effective_user.id)}


async def playbook_values(update: Update, context: CoachContext, answers: PlaybookAnswers) -> dict:
    """What the part, target, revise and answer questions show of the playbook."""
    async with context.database.sessions() as session:
        playbook = await playbook_of(update, session, answers)
    parts = playbook.parts if playbook else {}
    return {
        "client": playbook.client_name if playbook else "",
        "target": playbook.target if playbook else None,
        "part": context.tr.data("gatekeeper")["parts"][answers.part],
        "current": parts.get(answers.part),
        "question": answers.question,
    }


# --- reading and saving the answers --------------------------------------------------------------
def not_found(context: CoachContext) -> Invalid:
    return Invalid(context.tr.gettext("That playbook was not found."))


async def read_client(update: Update, context: CoachContext, answers, given: Given) -> Given:
    """A client's button: that client's playbook (made on first use) is the one written."""
    value = given.value or ""
    async with context.database.sessions.begin() as session:
        client = (
            await repo.get_client(session, update.effective_user.id, int(value))
            if value.isdigit()
            else None
        )
        if client is not None:
            playbook = await repo_calls.playbook_for(session, update.effective_user.id, client)
            playbook.client_name = client.name  # follows a rename
            return Given(value=playbook.id)
    raise Invalid(context.tr.gettext("That client was not found."))


def typed_part(context: CoachContext, text: str | None) -> str:
    """Typed text for the playbook: short enough to read at a glance during a call."""
    tr = context.tr
    try:
        return clean_part(text or "")
    except InvalidAnswer as invalid:
        if invalid.reason != "part_too_long":
            raise Invalid(tr.gettext("That message was empty. Please write a few words.")) from None
        raise Invalid(
            tr.gettext(
                "That is {length} characters – more than anyone can read during a call. Please keep it "
                "under {limit}: short sentences or bullet points work best.",
                length=tr.number(invalid.details["length"]),
                limit=tr.number(MAX_PART),
            )
        ) from None


async def read_part(update: Update, context: CoachContext, answers, given: Given) -> Given:
    if given.value is not None:
        return given
    text = typed_part(context, given.text)
    async with context.database.sessions.begin() as session:
        playbook = await playbook_of(update, session, answers)
        if playbook is None:
            raise not_found(context)
        await repo_calls.save_parts(session, playbook, parts={**playbook.parts, answers.part: text})
    return Given(text=text)


async def read_target(update: Update, context: CoachContext, answers, given: Given) -> Given:
    if given.value in TARGETS:
        async with context.database.sessions.begin() as session:
            playbook = await playbook_of(update, session, answers)
            if playbook is None:
                raise not_found(context)
            await repo_calls.save_parts(session, playbook, target=given.value)
    return given


async def read_question(update: Update, context: CoachContext, answers, given: Given) -> Given:
    return given if given.value is not None else Given(text=typed_part(context, given.text))


async def read_answer(update: Update, context: CoachContext, answers, given: Given) -> Given:
    """The client's answer joins the frequent questions; "ask first" keeps the question open."""
    answer = None if given.value == "open" else typed_part(context, given.text)
    async with context.database.sessions.begin() as session:
        playbook = await playbook_of(update, session, answers)
        if playbook is None:
            raise not_found(context)
        parts = answered(playbook.parts, answers.question, answer)
        too_long = answer is not None and len(parts["faq"]) > MAX_PART
        if not too_long:
            revisions = (playbook.revisions or 0) + 1
            await repo_calls.save_parts(session, playbook, parts=parts, revisions=revisions)
    # The note goes out after the session: it holds the process's one SQLite connection.
    if too_long:
        raise Invalid(
            context.tr.gettext(
                "The questions part would grow past 1,500 characters. Please answer more briefly, "
                "or shorten that part first."
            )
        )
    return given


# --- the screens ---------------------------------------------------------------------------------
async def show_overview(
    update: Update, context: CoachContext, answers: PlaybookAnswers, note: str | None = None
) -> int:
    """The parts, what is missing and why, and what can be done next."""
    async with context.database.sessions() as session:
        playbook = await playbook_of(update, session, answers)
    if note is None and answers.said in SAID:
        note = context.tr.gettext(SAID[answers.said])
    answers.step, answers.said = int(S.OVERVIEW), None
    await store.save(update, context, answers)
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
    await send(
        update, context, text, buttons_of(PlaybookPick, S.OVERVIEW, overview_rows(context, gaps))
    )
    return ACTIVE


def overview_rows(context: CoachContext, gaps: list[str]) -> Rows:
    tr = context.tr
    titles = tr.data("gatekeeper")["parts"]
    parts = [(("✅ " if key not in gaps else "✏️ ") + titles[key]["title"], key) for key in PARTS]
    return [
        [(tr.label("Target group"), "target")],
        *chunk(parts, 2),
        [(tr.label("Send as document"), "doc")],
        [(tr.label("Revise after first calls"), "revise")],
        [(tr.label("Done"), "done")],
    ]


async def show_documents(
    update: Update, context: CoachContext, answers: PlaybookAnswers, note: str | None = None
) -> int:
    """The Markdown file and the PDF, then the overview again."""
    async with context.database.sessions() as session:
        playbook = await playbook_of(update, session, answers)
    note = await send_documents(update, context, playbook)
    return await show_overview(update, context, answers, note)


async def show_done(
    update: Update, context: CoachContext, answers: PlaybookAnswers, note: str | None = None
) -> int:
    leave_flow(context, FLOW)
    await send(
        update,
        context,
        context.tr.gettext("Saved. /call shows the card before a call, /playbook opens it again."),
    )
    return END


STEPS = {
    S.CLIENT: Step(
        "gatekeeper/playbook_client", client_buttons, prepare=clients_of, read=read_client
    ),
    S.OVERVIEW: Step(
        screen=show_overview,
        typed={"done": "done"},  # "fertig", "done": the Done button
        values=frozenset({*PARTS, *FROM_OVERVIEW}),
    ),
    S.PART: Step(
        "gatekeeper/playbook_part",
        lambda asked: [back(asked)],
        text=TYPED,
        values=frozenset({"back"}),
        prepare=playbook_values,
        read=read_part,
    ),
    S.TARGET: Step(
        "gatekeeper/playbook_target",
        target_buttons,
        values=frozenset({*TARGETS, "back"}),
        prepare=playbook_values,
        read=read_target,
    ),
    S.REVISE: Step(
        "gatekeeper/playbook_revise",
        lambda asked: [back(asked)],
        text=TYPED,
        values=frozenset({"back"}),
        prepare=playbook_values,
        read=read_question,
    ),
    S.ANSWER: Step(
        "gatekeeper/playbook_answer",
        ask_first,
        typed={"skip": "open"},  # "später", "skip": ask the client first
        text=TYPED,
        values=frozenset({"open"}),
        prepare=playbook_values,
        read=read_answer,
    ),
    S.DOCUMENT: Step(screen=show_documents),
    S.DONE: Step(screen=show_done, final=True),
}
