"""/call: the one-screen card before a call; /calls: this week's calls; the follow-up reminders.

/call ─▶ clients with a playbook ─(CallStart card)─▶ card + "Log this call" (─▶ /calllog)
/calls ─▶ this local week's numbers, every "no" counted as a step
scheduler kind "call_followup" (key "call<id>") ─▶ reminder with the last call's context,
    skipped when a newer call to the same prospect was logged since
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.coach.playbook import about_answer, call_stats, checklist, missing
from bot.coach.schedule import zone_of
from bot.context import CoachContext
from bot.db import repo, repo_calls
from bot.flows.gatekeeper.calllog_save import FOLLOWUP
from bot.flows.gatekeeper.codecs import CallAgain, CallStart
from bot.i18n import translator
from bot.jobs.scheduler import Due, KindSpec, Recipient, as_utc
from bot.ui.callbacks import unpack
from bot.ui.common import acknowledge, chunk, keyboard, send
from bot.ui.users import load_profile

FOLLOWUP_GRACE = timedelta(hours=12)


# --- /call -------------------------------------------------------------------------------------------
async def call_command(update: Update, context: CoachContext) -> None:
    async with context.database.sessions() as session:
        clients = await repo_calls.clients_with_playbooks(session, update.effective_user.id)
    if not clients:
        await send(
            update,
            context,
            context.tr.gettext(
                "No playbook yet. Write one with /playbook; then /call shows it as a card before each call."
            ),
        )
        return
    rows = chunk(
        [(client.name, CallStart(action="card", client_id=client.id)) for client in clients], 2
    )
    await send(update, context, context.tr.gettext("Who are you calling for?"), keyboard(*rows))


async def card_button(update: Update, context: CoachContext) -> None:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, CallStart)
    await acknowledge(update)
    async with context.database.sessions() as session:
        client = await repo.get_client(session, update.effective_user.id, choice.client_id)
        playbook = (
            await repo_calls.find_playbook(session, update.effective_user.id, client.id)
            if client
            else None
        )
    if client is None or playbook is None:
        await send(
            update, context, context.tr.gettext("That playbook was not found. /call lists yours.")
        )
        return
    parts = playbook.parts
    text = context.tr.render(
        "gatekeeper/call_card",
        client=client.name,
        target=playbook.target,
        parts=parts,
        about=about_answer(parts),
        checklist=checklist(parts.get("data")),
        gaps=missing(parts, playbook.target),
    )
    await send(
        update,
        context,
        text,
        keyboard(
            [(context.tr.label("Log this call"), CallStart(action="log", client_id=client.id))]
        ),
    )


# --- /calls ------------------------------------------------------------------------------------------
async def week_command(update: Update, context: CoachContext) -> None:
    user, today = await load_profile(update, context)
    zone = zone_of(user.timezone, user.language)
    monday = today - timedelta(days=today.weekday())
    start = datetime.combine(monday, time(0, 0), tzinfo=zone)
    end = datetime.combine(monday + timedelta(days=7), time(0, 0), tzinfo=zone)
    async with context.database.sessions() as session:
        calls = await repo_calls.calls_between(session, user.id, start, end)
    stats = call_stats([call.outcome for call in calls])
    await send(
        update,
        context,
        context.tr.render(
            "gatekeeper/calls_week", stats=stats, monday=context.tr.format_date(monday)
        ),
    )


# --- the follow-up reminder --------------------------------------------------------------------------
async def send_followup(application, row: Due, person: Recipient, now: datetime) -> str:
    async with application.database.sessions() as session:
        call = await repo_calls.get_call(session, row.user_id, int(row.payload.get("call_id", 0)))
        newest = (
            await repo_calls.latest_call(session, row.user_id, call.client_id, call.prospect)
            if call
            else None
        )
    if call is None or (newest is not None and newest.id != call.id):
        return "skipped"  # deleted, or a newer call to this prospect has its own follow-up
    tr = translator(person.user.language)
    zone = zone_of(person.user.timezone, person.user.language)
    called = as_utc(call.created_at).astimezone(zone)
    text = tr.render(
        "gatekeeper/followup",
        call=call,
        outcome=tr.data("gatekeeper")["outcomes"].get(call.outcome, ""),
        called=f"{tr.format_date(called.date())}, {tr.time(called.time())}",
        kind=row.payload.get("why", "callback"),
    )
    rows = [[(tr.label("Log this call"), CallAgain(call_id=call.id))]]
    if call.client_id:
        rows.append(
            [(tr.label("Show the card"), CallStart(action="card", client_id=call.client_id))]
        )
    await application.bot.send_message(
        chat_id=person.user.chat_id, text=text, reply_markup=keyboard(*rows)
    )
    return "sent"


def scheduled_kinds() -> dict[str, KindSpec]:
    """The call follow-up reminder, for the scheduler (registered by setup.py)."""
    return {FOLLOWUP: KindSpec(send=send_followup, grace=FOLLOWUP_GRACE)}


def build_handlers() -> list:
    return [
        CommandHandler("call", call_command),
        CommandHandler("calls", week_command),
        CallbackQueryHandler(card_button, pattern=rf"^{CallStart.prefix}:card:"),
    ]
