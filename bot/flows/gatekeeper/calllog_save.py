"""/calllog's steps and screens, and saving a call with its follow-up reminder.

Follow-ups go through the scheduler (kind "call_followup", key "call<id>"): a "call back at …"
at the typed local time; voicemail or nobody answering after the playbook's retry rule; from
the third unreachable attempt on, the playbook's alternative is suggested instead of a call.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from enum import IntEnum

from telegram import Update
from telegram.ext import ConversationHandler

from bot.coach.playbook import ALTERNATIVE_AFTER, NOT_REACHED, OUTCOMES, call_stats, retry_at
from bot.coach.profile import InvalidAnswer
from bot.coach.schedule import zone_of
from bot.context import CoachContext
from bot.db import repo, repo_calls
from bot.flows.gatekeeper.codecs import CallPick
from bot.jobs.scheduler import clock_of, schedule
from bot.ui.common import chunk, keyboard, leave_flow, send
from bot.ui.users import load_profile

FLOW = "calllog"
END = ConversationHandler.END
FOLLOWUP = "call_followup"


class State(IntEnum):
    CLIENT = 0
    OUTCOME = 1
    CALLBACK_AT = 2
    PROSPECT = 3
    RECEPTIONIST = 4
    NOTE = 5
    NEXT = 6


# Typed steps and their length limits (characters).
LIMITS = {
    State.CALLBACK_AT: 100,
    State.PROSPECT: 120,
    State.RECEPTIONIST: 64,
    State.NOTE: 1000,
    State.NEXT: 500,
}


def pick(step: State, value: str) -> CallPick:
    return CallPick(step=int(step), value=value)


async def ask(update: Update, context: CoachContext, step: State, note: str | None = None) -> State:
    scratch = context.scratch(FLOW)
    scratch["step"] = int(step)
    tr = context.tr
    rows: list = []
    if step == State.CLIENT:
        async with context.database.sessions() as session:
            clients = await repo.list_clients(session, update.effective_user.id)
        rows = chunk([(client.name, pick(step, str(client.id))) for client in clients], 2)
    elif step == State.OUTCOME:
        names = tr.data("gatekeeper")["outcomes"]
        rows = chunk([(names[key], pick(step, key)) for key in OUTCOMES], 2)
    elif step == State.PROSPECT and scratch.get("client_id"):
        async with context.database.sessions() as session:
            recent = await repo_calls.recent_prospects(
                session, update.effective_user.id, scratch["client_id"]
            )
        scratch["recent"] = recent
        rows = chunk([(name[:40], pick(step, str(index))) for index, name in enumerate(recent)], 2)
    elif step in (State.RECEPTIONIST, State.NOTE, State.NEXT):
        rows = [[(tr.label("Skip"), pick(step, "skip"))]]
    text = tr.render(
        "gatekeeper/calllog_ask",
        step=step.name.lower(),
        client=scratch.get("client_name"),
        prospect=scratch.get("prospect"),
        recent=bool(step == State.PROSPECT and rows),
    )
    await send(
        update, context, f"{note}\n\n{text}" if note else text, keyboard(*rows) if rows else None
    )
    return step


def explain(context: CoachContext, invalid: InvalidAnswer) -> str:
    tr = context.tr
    if invalid.reason == "callback_past":
        return tr.gettext("That time has already passed. When should you call back?")
    if invalid.reason == "callback_far":
        return tr.gettext(
            "That is more than a year ahead. Please choose a time within the next twelve months."
        )
    return tr.gettext(
        "I could not read that as a time. Try for example “tomorrow 10:00”, “Friday 2 pm” or “morgen früh”."
    )


async def save_call(update: Update, context: CoachContext) -> int:
    """Write the call (kept even if the client was deleted meanwhile), plan the follow-up."""
    scratch = context.scratch(FLOW)
    user, _ = await load_profile(update, context)
    zone = zone_of(user.timezone, user.language)
    now = clock_of(context.application)()
    outcome = scratch.get("outcome", "unreachable")
    followup: datetime | None = None
    async with context.database.sessions.begin() as session:
        client = (
            await repo.get_client(session, user.id, scratch["client_id"])
            if scratch.get("client_id")
            else None
        )
        playbook = await repo_calls.find_playbook(session, user.id, client.id) if client else None
        callback = (
            datetime.fromisoformat(scratch["callback_at"]) if scratch.get("callback_at") else None
        )
        call = await repo_calls.add_call(
            session,
            user.id,
            client_id=client.id if client else None,
            client_name=client.name if client else scratch.get("client_name") or "?",
            prospect=scratch.get("prospect") or "?",
            outcome=outcome,
            receptionist=scratch.get("receptionist"),
            note=scratch.get("note"),
            next_step=scratch.get("next_step"),
            callback_at=callback if outcome == "callback" else None,
            created_at=now,
        )
        attempts = 0
        if outcome in NOT_REACHED:
            attempts = await repo_calls.attempts_not_reached(
                session, user.id, call.client_id, call.prospect
            )
            if attempts < ALTERNATIVE_AFTER:
                followup = retry_at(now, zone, playbook.retry_days if playbook else 2)
        elif outcome == "callback" and callback is not None:
            followup = callback
        if followup is not None:
            await schedule(
                session,
                user.id,
                FOLLOWUP,
                f"call{call.id}",
                followup,
                {"call_id": call.id, "why": outcome},
            )
        today = now.astimezone(zone).date()
        week_start = datetime.combine(
            today - timedelta(days=today.weekday()), time(0, 0), tzinfo=zone
        )
        logged = await repo_calls.calls_between(
            session, user.id, week_start, now + timedelta(seconds=1)
        )
        week = call_stats([c.outcome for c in logged])
    tr = context.tr
    local = followup.astimezone(zone) if followup else None
    text = tr.render(
        "gatekeeper/calllog_done",
        call=call,
        outcome_label=tr.data("gatekeeper")["outcomes"][outcome],
        followup=f"{tr.format_date(local.date())}, {tr.time(local.time())}" if local else None,
        alternative=attempts >= ALTERNATIVE_AFTER,
        attempts=attempts,
        alternative_text=(playbook.parts.get("unreachable") if playbook else None),
        week=week,
    )
    leave_flow(context, FLOW)
    await send(update, context, text)
    return END
