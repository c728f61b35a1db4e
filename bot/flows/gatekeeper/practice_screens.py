"""/practice's steps as data, and its screens: the receptionist's lines, and the feedback once
the call is over. The readers write each answer to the session's row at once, so a restart
resumes the conversation.

Which step follows an answer is decided in bot/coach/practice_steps.py; the judging and the
receptionist's choices and the feedback are pure functions in bot/coach/roleplay*.py; the lines,
the feedback texts and the model sentences are content (content/<lang>/data/gatekeeper.yaml)."""

from __future__ import annotations

from telegram import Update

from bot.coach.given import Given
from bot.coach.practice_steps import PracticeAnswers
from bot.coach.practice_steps import Step as S
from bot.coach.roleplay import LEVELS, Turn, progress, steps_of
from bot.coach.roleplay_feedback import Note, call_feedback, feedback, session_score
from bot.coach.roleplay_receptionist import in_context, react
from bot.context import CoachContext
from bot.db import repo_calls
from bot.db.models import utcnow
from bot.flows.gatekeeper.codecs import PracticePick
from bot.ui.callbacks import InvalidCallback, Menu
from bot.ui.common import keyboard, leave_flow, send
from bot.ui.flow import ACTIVE, END, Asked, Rows, ScratchStore, Step, buttons_of

FLOW = "practice"

store = ScratchStore(FLOW, PracticeAnswers)


def scenario_of(context: CoachContext, key: str) -> dict:
    scenarios = context.tr.data("gatekeeper")["scenarios"]
    return scenarios.get(key) or next(iter(scenarios.values()))


def line_text(context: CoachContext, key: str, scenario: dict, level: str) -> str:
    lines = context.tr.data("gatekeeper")["lines"]
    text = lines["open"][level] if key == "open" else lines[key]
    return text.format(**scenario)


# --- scenario and level --------------------------------------------------------------------------
def scenario_buttons(asked: Asked) -> Rows:
    scenarios = asked.context.tr.data("gatekeeper")["scenarios"]
    return [[(item["title"], key)] for key, item in scenarios.items()]


def level_buttons(asked: Asked) -> Rows:
    names = asked.context.tr.data("gatekeeper")["levels"]
    return [[(names[level], level) for level in LEVELS]]


async def progress_of(update: Update, context: CoachContext, answers: PracticeAnswers) -> dict:
    async with context.database.sessions() as session:
        scores = await repo_calls.practice_scores(session, update.effective_user.id)
    return {"progress": progress(scores)}


async def scenario_values(update: Update, context: CoachContext, answers) -> dict:
    return {"scenario": scenario_of(context, answers.scenario)}


async def read_scenario(update: Update, context: CoachContext, answers, given: Given) -> Given:
    if given.value not in context.tr.data("gatekeeper")["scenarios"]:
        raise InvalidCallback("not a scenario")
    return given


async def read_level(update: Update, context: CoachContext, answers, given: Given) -> Given:
    """The level chosen: the call begins, as a session row of its own."""
    async with context.database.sessions.begin() as session:
        row = await repo_calls.start_practice(
            session, update.effective_user.id, context.language, answers.scenario, given.value
        )
    answers.practice_id = row.id
    return given


# --- the call ------------------------------------------------------------------------------------
async def read_answer(update: Update, context: CoachContext, answers, given: Given) -> Given:
    """A typed answer (`value`: its judgement): the receptionist's reaction, the answer kept
    in the session's row with the question it answered."""
    if given.value == "stop":
        return given
    async with context.database.sessions.begin() as session:
        row = await repo_calls.get_practice(session, update.effective_user.id, answers.practice_id)
        if row is None or row.status != "open":
            return Given(value="gone")
        history = [Turn.from_dict(item) for item in row.turns]
        asked = steps_of(row.level)[min(answers.at, len(steps_of(row.level)) - 1)]
        judgement = in_context(given.value, asked, given.text or "")
        reaction = react(row.level, answers.at, judgement, history)
        turn = Turn(asked, given.text or "", judgement, reaction.lines)
        row.turns = [*row.turns, turn.to_dict()]
    return Given(value=reaction, text=given.text)


async def show_lines(
    update: Update, context: CoachContext, answers: PracticeAnswers, note: str | None = None
) -> int:
    """The receptionist's lines, then the VA's turn."""
    first, answers.ringing = answers.ringing, False
    await store.save(update, context, answers)
    scenario = scenario_of(context, answers.scenario)
    lines = [line_text(context, key, scenario, answers.level) for key in answers.lines or ["open"]]
    text = context.tr.render(
        "gatekeeper/practice_line", note=note, first=first, scenario=scenario, lines=lines
    )
    stop = [[(context.tr.label("Stop and show feedback"), "stop")]]
    await send(update, context, text, buttons_of(PracticePick, S.ANSWER, stop))
    return ACTIVE


async def show_feedback(
    update: Update, context: CoachContext, answers: PracticeAnswers, note: str | None = None
) -> int:
    """The call is over: feedback on each answer, the score, the progress so far."""
    async with context.database.sessions.begin() as session:
        row = await repo_calls.get_practice(session, update.effective_user.id, answers.practice_id)
        turns = [Turn.from_dict(item) for item in row.turns] if row else []
        score = session_score(turns)
        if row is not None and row.status == "open":
            row.status, row.outcome, row.finished_at = (
                ("done" if turns else "left"),
                answers.outcome,
                utcnow(),
            )
            row.score = score if turns else None
        scores = await repo_calls.practice_scores(session, update.effective_user.id)
    scenario = scenario_of(context, answers.scenario)
    text = context.tr.render(
        "gatekeeper/practice_feedback",
        scenario=scenario,
        lines=[line_text(context, key, scenario, answers.level) for key in answers.lines],
        outcome=answers.outcome,
        turns=[
            (turn.answer, notes_shown(context, feedback(turn), scenario, turn)) for turn in turns
        ],
        call=notes_shown(context, call_feedback(turns), scenario),
        score=score,
        progress=progress(scores),
    )
    leave_flow(context, FLOW)
    again = keyboard([(context.tr.label("Practise again"), Menu(target="practice"))])
    await send(update, context, text, again)
    return END


def notes_shown(
    context: CoachContext, notes: list[Note], scenario: dict, turn: Turn | None = None
) -> list[dict]:
    """Feedback notes as the screen shows them: the text (for a lie, what was claimed first),
    the caller's own phrase when the answer said more than it, and a model sentence."""
    data = context.tr.data("gatekeeper")
    shown = []
    for note in notes:
        text = data["feedback"][note.key]
        if note.key == "lie":  # what was claimed, and why it will not hold, comes first
            text = f"{data['claims'].get(note.claim, data['claims']['other'])} {text}"
        answer = " ".join(turn.answer.split()) if turn else ""
        quote = note.quote if note.quote and " ".join(note.quote.split()) != answer else ""
        model = data["models"][note.model].format(**scenario) if note.model else ""
        shown.append({"good": note.good, "text": text, "quote": quote, "model": model})
    return shown


async def leave(update: Update, context: CoachContext, answers: PracticeAnswers | None) -> None:
    """/cancel: the session is kept as "left", not scored."""
    if answers is None or not answers.practice_id:
        return
    async with context.database.sessions.begin() as session:
        row = await repo_calls.get_practice(session, update.effective_user.id, answers.practice_id)
        if row is not None and row.status == "open":
            row.status, row.finished_at = "left", utcnow()


def steps(on_answer) -> dict[S, Step]:
    """Every step of a practice call; a typed answer is judged by `on_answer` first."""
    return {
        S.SCENARIO: Step(
            "gatekeeper/practice_start", scenario_buttons, prepare=progress_of, read=read_scenario
        ),
        S.LEVEL: Step(
            "gatekeeper/practice_level",
            level_buttons,
            values=frozenset(LEVELS),
            prepare=scenario_values,
            read=read_level,
        ),
        S.ANSWER: Step(
            screen=show_lines, on_text=on_answer, values=frozenset({"stop"}), read=read_answer
        ),
        S.FEEDBACK: Step(screen=show_feedback, final=True),
    }
