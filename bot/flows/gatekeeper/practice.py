"""/practice: the bot plays the receptionist; the VA types what they would say on the phone.

    /practice ─▶ SCENARIO ─▶ LEVEL ─▶ ANSWER ⟲ (the receptionist reacts to each answer)
    ANSWER ─(call ends, or "Stop")─▶ feedback per answer + score + progress ─▶ END
    /cancel in ANSWER: the session is kept as "left" (not scored)

The judging and the receptionist's choices are pure functions in bot/coach/roleplay.py; the
lines are content (content/<lang>/data/gatekeeper.yaml). Every answer is written to the
session's row at once, so a restart resumes the conversation.
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

from bot.coach.roleplay import (
    LEVELS,
    MAX_ANSWER,
    Turn,
    feedback,
    judge,
    progress,
    react,
    session_score,
    steps_of,
)
from bot.context import CoachContext
from bot.db import repo_calls
from bot.db.models import utcnow
from bot.flows.gatekeeper.codecs import PracticePick
from bot.i18n import N_
from bot.ui.callbacks import Menu, pattern, unpack
from bot.ui.common import (
    FlowInfo,
    acknowledge,
    close_keyboard,
    conversation,
    enter_flow,
    expired_button,
    keyboard,
    leave_flow,
    register_flow,
    send,
    text_of,
)
from bot.ui.fallbacks import state_fallbacks

FLOW = "practice"
END = ConversationHandler.END


class State(IntEnum):
    SCENARIO = 0
    LEVEL = 1
    ANSWER = 2


def pick(step: State, value: str) -> PracticePick:
    return PracticePick(step=int(step), value=value)


def scenario_of(context: CoachContext, key: str) -> dict:
    scenarios = context.tr.data("gatekeeper")["scenarios"]
    return scenarios.get(key) or next(iter(scenarios.values()))


def line_text(context: CoachContext, key: str, scenario: dict, level: str) -> str:
    lines = context.tr.data("gatekeeper")["lines"]
    text = lines["open"][level] if key == "open" else lines[key]
    return text.format(**scenario)


# --- entry, scenario, level ------------------------------------------------------------------------
async def start(update: Update, context: CoachContext, note: str | None = None) -> State:
    await acknowledge(update)
    scratch = enter_flow(context, FLOW, fresh=True)
    scratch["step"] = int(State.SCENARIO)
    async with context.database.sessions() as session:
        scores = await repo_calls.practice_scores(session, update.effective_user.id)
    scenarios = context.tr.data("gatekeeper")["scenarios"]
    rows = [[(item["title"], pick(State.SCENARIO, key))] for key, item in scenarios.items()]
    text = context.tr.render("gatekeeper/practice_start", progress=progress(scores))
    await send(update, context, f"{note}\n\n{text}" if note else text, keyboard(*rows))
    return State.SCENARIO


async def ask_level(update: Update, context: CoachContext, note: str | None = None) -> State:
    scratch = context.scratch(FLOW)
    scratch["step"] = int(State.LEVEL)
    names = context.tr.data("gatekeeper")["levels"]
    rows = [[(names[level], pick(State.LEVEL, level)) for level in LEVELS]]
    text = context.tr.render(
        "gatekeeper/practice_level", scenario=scenario_of(context, scratch["scenario"])
    )
    await send(update, context, f"{note}\n\n{text}" if note else text, keyboard(*rows))
    return State.LEVEL


async def on_pick(update: Update, context: CoachContext) -> State | int:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, PracticePick)
    scratch = context.scratch(FLOW)
    if choice.step != scratch.get("step"):
        return await stale(update, context)  # answers the button "expired"
    choices = {State.SCENARIO: context.tr.data("gatekeeper")["scenarios"], State.LEVEL: LEVELS}
    if choice.step in choices and choice.value not in choices[choice.step]:
        return await stale(update, context)
    await acknowledge(update)
    await close_keyboard(update)
    if choice.step == State.SCENARIO:
        scratch["scenario"] = choice.value
        return await ask_level(update, context)
    if choice.step == State.LEVEL:
        return await begin(update, context, choice.value)
    return await finish(update, context, outcome="stopped")  # "Stop" in ANSWER


async def begin(update: Update, context: CoachContext, level: str) -> State:
    scratch = context.scratch(FLOW)
    async with context.database.sessions.begin() as session:
        row = await repo_calls.start_practice(
            session, update.effective_user.id, context.language, scratch["scenario"], level
        )
    scratch.update(step=int(State.ANSWER), level=level, practice_id=row.id, at=0, lines=["open"])
    return await say(update, context, ["open"], first=True)


async def say(
    update: Update,
    context: CoachContext,
    keys: list[str],
    note: str | None = None,
    first: bool = False,
) -> State:
    """The receptionist's lines, then the VA's turn."""
    scratch = context.scratch(FLOW)
    scenario = scenario_of(context, scratch["scenario"])
    lines = [line_text(context, key, scenario, scratch["level"]) for key in keys]
    text = context.tr.render(
        "gatekeeper/practice_line", note=note, first=first, scenario=scenario, lines=lines
    )
    await send(
        update,
        context,
        text,
        keyboard([(context.tr.label("Stop and show feedback"), pick(State.ANSWER, "stop"))]),
    )
    return State.ANSWER


# --- answers ---------------------------------------------------------------------------------------
async def on_text(update: Update, context: CoachContext) -> State | int:
    scratch = context.scratch(FLOW)
    step = scratch.get("step", State.SCENARIO)
    if step != State.ANSWER:
        return await reprompt_step(
            update, context, context.tr.gettext("Please use the buttons above.")
        )
    text = (text_of(update) or "").strip()
    judgement = judge(text, context.language)
    if judgement.empty:
        return await reprompt_step(
            update,
            context,
            context.tr.gettext(
                "The receptionist is waiting for an answer. Type what you would say on the phone."
            ),
        )
    if len(text) > MAX_ANSWER:
        return await reprompt_step(
            update,
            context,
            context.tr.gettext(
                "Nobody says that much on the phone: {limit} characters at most, please.",
                limit=MAX_ANSWER,
            ),
        )
    async with context.database.sessions.begin() as session:
        row = await repo_calls.get_practice(
            session, update.effective_user.id, scratch.get("practice_id", 0)
        )
        is_open = row is not None and row.status == "open"
        if is_open:
            history = [Turn.from_dict(item) for item in row.turns]
            asked = steps_of(row.level)[min(scratch.get("at", 0), len(steps_of(row.level)) - 1)]
            reaction = react(row.level, scratch.get("at", 0), judgement, history)
            row.turns = [*row.turns, Turn(asked, text, judgement).to_dict()]
    if not is_open:
        return await start(update, context)
    scratch.update(at=reaction.step, lines=list(reaction.lines))
    if reaction.ended:
        return await finish(
            update, context, outcome=reaction.outcome or "declined", last=list(reaction.lines)
        )
    return await say(update, context, list(reaction.lines))


async def finish(
    update: Update, context: CoachContext, outcome: str, last: list[str] | None = None
) -> int:
    scratch = context.scratch(FLOW)
    async with context.database.sessions.begin() as session:
        row = await repo_calls.get_practice(
            session, update.effective_user.id, scratch.get("practice_id", 0)
        )
        turns = [Turn.from_dict(item) for item in row.turns] if row else []
        score = session_score(turns)
        if row is not None and row.status == "open":
            row.status, row.outcome, row.finished_at = (
                ("done" if turns else "left"),
                outcome,
                utcnow(),
            )
            row.score = score if turns else None
        scores = await repo_calls.practice_scores(session, update.effective_user.id)
    scenario = scenario_of(context, scratch.get("scenario", ""))
    lines = [
        line_text(context, key, scenario, scratch.get("level", "friendly")) for key in last or []
    ]
    items = [(turn.answer, feedback(turn)) for turn in turns]
    text = context.tr.render(
        "gatekeeper/practice_feedback",
        scenario=scenario,
        lines=lines,
        outcome=outcome,
        turns=items,
        texts=context.tr.data("gatekeeper")["feedback"],
        score=score,
        progress=progress(scores),
    )
    leave_flow(context, FLOW)
    await send(
        update,
        context,
        text,
        keyboard([(context.tr.label("Practise again"), Menu(target="practice"))]),
    )
    return END


# --- re-prompts, cancel ----------------------------------------------------------------------------
async def reprompt_step(update: Update, context: CoachContext, note: str | None = None) -> State:
    scratch = context.scratch(FLOW)
    step = scratch.get("step", State.SCENARIO)
    if step == State.LEVEL and scratch.get("scenario"):
        return await ask_level(update, context, note)
    if step == State.ANSWER and scratch.get("practice_id"):
        return await say(update, context, scratch.get("lines") or ["open"], note=note)
    return await start(update, context, note)


# The registered re-prompt returns the state it asked, so a fallback realigns with it.
reprompt = reprompt_step


async def stale(update: Update, context: CoachContext) -> State:
    return await expired_button(update, context, reprompt_step)


async def cancel(update: Update, context: CoachContext) -> int:
    practice_id = context.scratch(FLOW).get("practice_id")
    if practice_id:
        async with context.database.sessions.begin() as session:
            row = await repo_calls.get_practice(session, update.effective_user.id, practice_id)
            if row is not None and row.status == "open":
                row.status, row.finished_at = "left", utcnow()
    leave_flow(context, FLOW)
    await send(
        update,
        context,
        context.tr.gettext(
            "Practice stopped; this round is not scored. /practice starts a new one."
        ),
    )
    return END


# What the guard needs to know; registered with the handler (build_handler).
FLOW_INFO = FlowInfo(
    title=N_("a practice call"),
    reprompt=reprompt,
    continue_label=N_("Continue the practice call"),
    own_commands=frozenset({"practice"}),
)


def build_handler():
    register_flow(FLOW, FLOW_INFO)
    picks = CallbackQueryHandler(on_pick, pattern=pattern(PracticePick))
    text = MessageHandler((filters.TEXT | filters.CAPTION) & ~filters.COMMAND, on_text)
    return conversation(
        name=FLOW,
        persistent=True,
        entry_points=[
            CommandHandler("practice", start),
            CallbackQueryHandler(start, pattern=rf"^{Menu(target='practice').pack()}$"),
        ],
        states={state: [picks, text] for state in State},
        fallbacks=[CommandHandler("cancel", cancel), *state_fallbacks(reprompt)],
    )
