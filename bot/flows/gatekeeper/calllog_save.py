"""/calllog's last step: saving a call with its follow-up reminder.

Follow-ups go through the scheduler (kind "call_followup", key "call<id>"): a "call back at …"
at the typed local time; voicemail or nobody answering after the playbook's retry rule; from
the third unreachable attempt on, the playbook's alternative is suggested instead of a call.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from telegram import Update

from bot.coach.calllog_steps import CallAnswers
from bot.coach.playbook import ALTERNATIVE_AFTER, NOT_REACHED, call_stats, retry_at
from bot.coach.schedule import zone_of
from bot.context import CoachContext
from bot.db import repo, repo_calls
from bot.flows.gatekeeper.calllog_when import agreed
from bot.jobs.scheduler import clock_of, schedule
from bot.ui.common import leave_flow, send
from bot.ui.flow import END
from bot.ui.users import load_profile

FLOW = "calllog"
FOLLOWUP = "call_followup"


async def save_call(
    update: Update, context: CoachContext, answers: CallAnswers, note: str | None = None
) -> int:
    """The last step's screen: write the call, plan its follow-up, show what was logged."""
    user, _ = await load_profile(update, context)
    zone = zone_of(user.timezone, user.language)
    now = clock_of(context.application)()
    async with context.database.sessions.begin() as session:
        call, playbook = await add_call(session, user.id, answers, now)
        retry = playbook.retry_days if playbook else 2
        attempts, followup = await plan_followup(session, user.id, call, retry, now, zone)
        week = await week_so_far(session, user.id, now, zone)
    tr = context.tr
    local = followup.astimezone(zone) if followup else None
    text = tr.render(
        "gatekeeper/calllog_done",
        call=call,
        outcome_label=tr.data("gatekeeper")["outcomes"][call.outcome],
        followup=agreed(tr, local) if local else None,
        alternative=attempts >= ALTERNATIVE_AFTER,
        attempts=attempts,
        alternative_text=(playbook.parts.get("unreachable") if playbook else None),
        week=week,
    )
    leave_flow(context, FLOW)
    await send(update, context, text)
    return END


async def add_call(session, user_id: int, answers: CallAnswers, now: datetime):
    """The call's row (kept even if the client was deleted meanwhile), and the playbook."""
    client = (
        await repo.get_client(session, user_id, answers.client_id) if answers.client_id else None
    )
    playbook = await repo_calls.find_playbook(session, user_id, client.id) if client else None
    outcome = answers.outcome or "unreachable"
    callback = datetime.fromisoformat(answers.callback_at) if answers.callback_at else None
    call = await repo_calls.add_call(
        session,
        user_id,
        client_id=client.id if client else None,
        client_name=client.name if client else answers.client_name or "?",
        prospect=answers.prospect or "?",
        outcome=outcome,
        receptionist=answers.receptionist,
        note=answers.note,
        next_step=answers.next_step,
        callback_at=callback if outcome == "callback" else None,
        created_at=now,
    )
    return call, playbook


async def plan_followup(session, user_id: int, call, retry_days: int, now: datetime, zone):
    """Not reached: try again after the playbook's retry rule, until the alternative is due;
    a call back agreed: a reminder then. Returns the attempts so far and the reminder's time."""
    attempts, followup = 0, None
    if call.outcome in NOT_REACHED:
        attempts = await repo_calls.attempts_not_reached(
            session, user_id, call.client_id, call.prospect
        )
        if attempts < ALTERNATIVE_AFTER:
            followup = retry_at(now, zone, retry_days)
    elif call.outcome == "callback":
        followup = call.callback_at  # the time typed, as given (with its time zone)
    if followup is not None:
        payload = {"call_id": call.id, "why": call.outcome}
        await schedule(session, user_id, FOLLOWUP, f"call{call.id}", followup, payload)
    return attempts, followup


async def week_so_far(session, user_id: int, now: datetime, zone):
    """This local week's calls, the one just logged included."""
    today = now.astimezone(zone).date()
    week_start = datetime.combine(today - timedelta(days=today.weekday()), time(0, 0), tzinfo=zone)
    logged = await repo_calls.calls_between(
        session, user_id, week_start, now + timedelta(seconds=1)
    )
    return call_stats([c.outcome for c in logged])
