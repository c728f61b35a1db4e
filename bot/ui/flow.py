"""The flow engine: a conversation declared as data.

A flow is a set of steps. Each `Step` says what it asks (a content template and its buttons),
which typed words mean which of its buttons, whether it takes typed text, and how an answer
that needs the database or the calendar is read (`read`). Which step follows an answer is a pure
function in bot/coach (`Flow.advance`), testable without Telegram.

The engine does what every flow would otherwise repeat: the one record of where the flow
stands (`answers.step`, saved with the answers in the same transaction, before the question is
sent), asking a step again after bad input or an error, the expired-button answer, /cancel,
and picking the flow up again after a pause. Each flow has a `version`, stamped in its flow
data whenever a step is asked: answers stored by a release whose steps differ (another version,
or a step that no longer exists) restart the flow with a short note instead of being misread
(`load`, `restart`). Its handlers and the ConversationHandler (a single state: it only routes a
user's updates to the open flow) are in bot/ui/flow_conversation.py.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import asdict, dataclass, field, fields
from enum import IntEnum
from typing import Any, Protocol

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import ConversationHandler

from bot.coach.given import Given
from bot.context import CoachContext
from bot.i18n import N_
from bot.ui.callbacks import StepPick
from bot.ui.common import (
    acknowledge,
    close_keyboard,
    enter_flow,
    keyboard,
    remember_answered,
    send,
)

log = logging.getLogger(__name__)

ACTIVE = 1  # the conversation's only state: where the flow stands is in its answers
END = ConversationHandler.END
Rows = list[list[tuple[str, str]]]  # per row, (label, value) of each button
# In a flow's data: the version of the flow that asked its open step. Conversations stored
# before flows had versions have none and count as version 1.
VERSION = "flow_version"
FIRST_VERSION = 1
RESTARTED = N_("I’ve been updated since your last message, so let’s start this again.")


class Outdated(Exception):
    """The stored answers were written for other steps (an older or newer release)."""


class Invalid(Exception):
    """Raised by a step's reader: the answer cannot be used; the question is asked again, with
    `note` (why) above it when there is one."""

    def __init__(self, note: str | None = None) -> None:
        super().__init__("answer not usable")
        self.note = note


@dataclass(frozen=True)
class Asked:
    """What a step's buttons are built from."""

    context: CoachContext
    answers: Any
    extra: Mapping[str, Any]


Prepare = Callable[[Update, CoachContext, Any], Awaitable[dict]]
Read = Callable[[Update, CoachContext, Any, Given], Awaitable[Given]]
Screen = Callable[[Update, CoachContext, Any, "str | None"], Awaitable[object]]
OnText = Callable[[Update, CoachContext, Any, str], Awaitable[object]]
# A button answered where it is (a toggle): True when it was one, the step stays open.
InPlace = Callable[[Update, CoachContext, Any, str], Awaitable[bool]]


def labelled(asked: Asked, *pairs: tuple[str, str]) -> list[tuple[str, str]]:
    """(English source label, value) pairs as one row of buttons, labels translated."""
    return [(asked.context.tr.label(label), value) for label, value in pairs]


def fixed(*rows: tuple[tuple[str, str], ...]) -> Callable[[Asked], Rows]:
    """Buttons that are always the same: a tuple of (label, value) pairs per row."""
    return lambda asked: [labelled(asked, *row) for row in rows]


skip = fixed(((N_("Skip"), "skip"),))  # a step's Skip button


@dataclass(frozen=True)
class Step:
    template: str = ""  # the question; empty for a step the flow shows itself (`screen`)
    buttons: Callable[[Asked], Rows] | None = None
    typed: Mapping[str, str] = field(default_factory=dict)  # typed meaning -> button value
    text: int = 0  # the longest typed answer this step takes; 0: buttons only
    values: frozenset[str] | None = None  # what its buttons carry; None: `read` checks
    prepare: Prepare | None = None  # what the question shows from the database or calendar
    read: Read | None = None  # an answer that needs more than the answers to be understood
    screen: Screen | None = None  # shows itself (a draft), saving the answers itself
    on_text: OnText | None = None  # what typed text does here, when it is not an answer
    in_place: InPlace | None = None  # buttons that change their own message (toggles)
    final: bool = False  # a result or a menu: nothing to continue after a pause


class Store(Protocol):
    """Where a flow keeps its answers; the answers carry `step`, the record of where it is."""

    async def load(self, update: Update, context: CoachContext) -> Any | None: ...

    async def save(self, update: Update, context: CoachContext, answers: Any) -> None: ...


class ScratchStore:
    """Answers kept in the user's flow data: a dataclass with `step`, whose fields are plain
    JSON values; `kept` names the ones kept between updates (default: all). For flows that
    write their results to their own rows as they go (a subclass writes them in `save`)."""

    def __init__(self, flow: str, kind: type, kept: tuple[str, ...] = ()) -> None:
        self.flow, self.kind = flow, kind
        self.names = list(kept) or [item.name for item in fields(kind)]
        self.version = FIRST_VERSION  # its flow's, set by Flow

    async def load(self, update: Update, context: CoachContext) -> Any | None:
        scratch = context.scratch(self.flow)
        if "step" not in scratch:
            return None
        return self.kind(**{name: scratch[name] for name in self.names if name in scratch})

    async def save(self, update: Update, context: CoachContext, answers: Any) -> None:
        data = asdict(answers)
        scratch = context.scratch(self.flow)
        scratch.update({name: data[name] for name in self.names})
        # Answers saved before any question was asked (a settings screen shown by itself) are
        # this version's too; a stamp already there is the one of the step asked (`ask`).
        scratch.setdefault(VERSION, self.version)


@dataclass(frozen=True)
class Flow:
    name: str
    steps: Mapping[IntEnum, Step]
    store: Store
    advance: Callable[[Any, IntEnum, Given, str], IntEnum]  # pure: answer, language -> next
    begin: Callable[[Update, CoachContext, str | None], Awaitable[object]]  # no answers yet
    continue_label: str  # the button that picks it up again after a pause
    pick: type[StepPick] | None = None  # its steps' buttons
    own_commands: frozenset[str] = frozenset()
    template_values: Callable[[CoachContext, Any], dict] = lambda context, answers: {}
    cancelled: Callable[[Update, CoachContext, Any], Awaitable[None]] | None = None
    # Nothing to continue after a pause at any step, given these answers (settings: one
    # question at a time), besides the steps marked `final`.
    finished_when: Callable[[Any], bool] = lambda answers: False
    # Raise it when a release changes the steps so that answers stored at an open step would
    # be misread (a step renumbered or changed in meaning, an answer's field reused): users in
    # the middle of the flow then start it again. Adding a step or a field with a default
    # needs no new version.
    version: int = FIRST_VERSION

    def __post_init__(self) -> None:
        if hasattr(self.store, "version"):  # stores that stamp what they save (ScratchStore)
            self.store.version = self.version

    def step_of(self, answers: Any) -> IntEnum:
        kind = type(next(iter(self.steps)))
        return kind(answers.step)


# --- asking ---------------------------------------------------------------------------------------
async def ask(
    update: Update, context: CoachContext, flow: Flow, answers: Any, step: IntEnum, note=None
) -> object:
    """Move to `step` (stored with the answers and the flow's version) and ask it."""
    answers.step = int(step)
    context.scratch(flow.name)[VERSION] = flow.version
    spec = flow.steps[step]
    if spec.screen is not None:
        return await spec.screen(update, context, answers, note)
    await flow.store.save(update, context, answers)
    extra = await spec.prepare(update, context, answers) if spec.prepare else {}
    values = {"answers": answers, **flow.template_values(context, answers), **extra}
    text = context.tr.render(spec.template, **values)
    rows = spec.buttons(Asked(context, answers, extra)) if spec.buttons else []
    markup = buttons_of(flow.pick, step, rows) if rows else None
    await send(update, context, f"{note}\n\n{text}" if note else text, markup)
    return ACTIVE


def buttons_of(pick: type[StepPick], step: IntEnum, rows: Rows) -> InlineKeyboardMarkup:
    """A step's buttons, each carrying the step (an answered step's buttons are detectable)."""
    return keyboard(
        *[[(label, pick(step=int(step), value=value)) for label, value in row] for row in rows]
    )


async def reprompt(update: Update, context: CoachContext, flow: Flow, note=None) -> object:
    """Ask the open step again (after bad input, an error, or a pause)."""
    try:
        answers = await load(update, context, flow)
    except Outdated:
        return await restart(update, context, flow)
    if answers is None:
        return await flow.begin(update, context, note)
    return await ask(update, context, flow, answers, flow.step_of(answers), note)


# --- answers stored by another release -----------------------------------------------------------
async def load(update: Update, context: CoachContext, flow: Flow) -> Any | None:
    """The flow's stored answers (None: there are none). Raises Outdated when they were stored
    by a version of the flow with other steps, or stand at a step it no longer has."""
    try:
        answers = await flow.store.load(update, context)
    except (TypeError, ValueError, KeyError) as error:  # fields or values it no longer has
        log.warning("stored answers of %s could not be read: %s", flow.name, type(error).__name__)
        raise Outdated from error
    if answers is None:
        return None
    data = (context.user_data or {}).get(flow.name) or {}
    # Any other version, not only an older one: after a rollback, a newer one's steps are as
    # unknown.
    if data.get(VERSION, FIRST_VERSION) != flow.version or answers.step not in flow.steps:
        raise Outdated
    return answers


async def restart(update: Update, context: CoachContext, flow: Flow) -> object:
    """Answers of another version: the flow from its beginning, with a note saying why."""
    log.info("a flow stored by another version was restarted")
    await acknowledge(update)
    await close_keyboard(update)
    enter_flow(context, flow.name, fresh=True)
    return await flow.begin(update, context, context.tr.gettext(RESTARTED))


async def take(
    update: Update, context: CoachContext, flow: Flow, answers: Any, step: IntEnum, given: Given
) -> object:
    """Store an answer to `step` and ask what follows; an unusable one asks `step` again.
    A button is answered only once it is read: one its step could not have carried raises
    InvalidCallback, answered "expired" (bot/runtime/errors.py)."""
    spec = flow.steps[step]
    try:
        if spec.read is not None:
            given = await spec.read(update, context, answers, given)
        following, note = flow.advance(answers, step, given, context.language), None
    except Invalid as invalid:
        following, note = step, invalid.note
    await acknowledge(update)
    await close_keyboard(update)
    remember_answered(update, context)
    return await ask(update, context, flow, answers, following, note)


async def enter(update: Update, context: CoachContext, flow: Flow) -> None:
    """The flow becomes the active one (a button that entered it stops spinning)."""
    await acknowledge(update)
    enter_flow(context, flow.name)
