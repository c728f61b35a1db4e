"""Workload warnings (at most one a day, each rule at most once a week) and their next steps:
the say-no coach, a boundaries reply to copy, or planning a day off."""

from __future__ import annotations

from datetime import date, timedelta

from telegram import Update
from telegram.ext import CallbackQueryHandler

from bot.coach.workload import RULE_COOLDOWN, Warning, hours_for_people, pick_warning
from bot.context import CoachContext
from bot.db import repo, repo_checkins
from bot.db.models import User
from bot.flows.workload.checkin_screens import day_label, local_today
from bot.flows.workload.codecs import WorkloadAction
from bot.i18n import Translator, translator
from bot.jobs.scheduler import clock_of, reschedule_checkin
from bot.ui.callbacks import NoStart, pattern, unpack
from bot.ui.common import acknowledge, close_keyboard, keyboard, send
from bot.ui.users import load_user

HISTORY_DAYS = 35
DAY_OFF_CHOICES = 7


def warning_text(tr: Translator, warning: Warning, client: str | None) -> str:
    hours_rules = {"who55", "eu48", "capacity", "long_day"}
    value = (
        tr.number(hours_for_people(warning.value * 60))  # 56.3 h, not 56.25 or 56.2833
        if warning.rule in hours_rules
        else tr.number(round(warning.value))
    )
    return tr.render(
        "workload/warning",
        rule=warning.rule,
        since=day_label(tr, warning.since),
        value=value,
        limit=tr.number(warning.limit),
        client=client,
        actions=list(warning.actions),
    )


def warning_markup(tr: Translator, warning: Warning, client: str | None):
    buttons = []
    for action in warning.actions:
        if action == "sayno":
            label = tr.label("Say no to {client}, kindly", client=client or "…")
            buttons.append((label, NoStart(draft_id=0)))
        elif action == "boundaries":
            buttons.append((tr.label("A reply that sets a limit"), WorkloadAction("boundaries")))
        elif action == "dayoff":
            buttons.append((tr.label("Plan a day off"), WorkloadAction("dayoff")))
    return keyboard(*[[button] for button in buttons])


async def maybe_warn(application, user: User, today: date) -> bool:
    """Send the most important new warning for `today`, if any and none was sent today yet."""
    if user.chat_id is None:
        return False
    async with application.database.sessions.begin() as session:
        if await repo_checkins.alert_sent_on(session, user.id, today):
            return False
        days = await repo_checkins.load_days(
            session, user.id, today - timedelta(days=HISTORY_DAYS), today
        )
        fired = await repo_checkins.last_alerts(session, user.id, today - RULE_COOLDOWN)
        warning = pick_warning(days, today, user.capacity_hours, fired)
        if warning is None:
            return False
        names = {c.id: c.name for c in await repo.list_clients(session, user.id)}
        await repo_checkins.record_alert(session, user.id, today, warning.rule)
    tr = translator(user.language)
    client = names.get(warning.top_client) if warning.top_client else None
    await application.bot.send_message(
        chat_id=user.chat_id,
        text=warning_text(tr, warning, client),
        reply_markup=warning_markup(tr, warning, client),
    )
    return True


# --- next steps --------------------------------------------------------------------------------------
async def action_button(update: Update, context: CoachContext) -> None:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, WorkloadAction)
    await acknowledge(update)
    tr = context.tr
    async with context.database.sessions.begin() as session:
        user = await load_user(context, session, update)
        clients = await repo.list_clients(session, user.id)
    today = local_today(user, clock_of(context.application)())
    if choice.action == "boundaries":
        register = clients[0].register if len(clients) == 1 else "sie"
        await send(update, context, tr.render("workload/boundaries", register=register))
    elif choice.action == "dayoff":
        days = [today + timedelta(days=offset) for offset in range(1, DAY_OFF_CHOICES + 1)]
        buttons = [(day_label(tr, day), WorkloadAction("take", day.toordinal())) for day in days]
        await send(
            update,
            context,
            tr.gettext("Which day do you keep free?"),
            keyboard(*[[button] for button in buttons]),
        )
    elif choice.action == "take" and today < _day(choice.value) <= today + timedelta(days=31):
        day = _day(choice.value)
        await close_keyboard(update)
        async with context.database.sessions.begin() as session:
            row = await repo_checkins.ensure_day(session, user.id, day)
            row.day_off = True
            await reschedule_checkin(session, user, clock_of(context.application)())
        await send(update, context, tr.render("workload/day_off_planned", day=day_label(tr, day)))
    else:
        await send(update, context, tr.gettext("That button belongs to an older message."))


def _day(ordinal: int) -> date:
    return date.fromordinal(max(1, min(ordinal, date.max.toordinal())))


def build_handlers() -> list:
    return [CallbackQueryHandler(action_button, pattern=pattern(WorkloadAction))]
