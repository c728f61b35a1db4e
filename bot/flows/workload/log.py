"""/log (hours for any day in one line), /pause (check-ins off until a day) and /resume.

    /log 3,5 Acme yesterday  ─▶ parse (hours, client, day) ─▶ store ─▶ confirm what was understood
    /pause [day]              ─▶ buttons (1–3 weeks) or the typed day ─▶ confirm the next check-in
    /resume                   ─▶ check-ins on again ─▶ confirm the next check-in

No conversation state: each command is complete in itself.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import dateparser
from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.coach.logparse import parse_log
from bot.coach.profile import InvalidAnswer
from bot.context import CoachContext
from bot.db import repo, repo_checkins
from bot.flows.workload.checkin_screens import day_label, hours_text
from bot.flows.workload.checkin_support import explain
from bot.flows.workload.codecs import PauseChoice
from bot.flows.workload.warnings import maybe_warn
from bot.i18n import N_
from bot.jobs.scheduler import clock_of, reschedule_checkin
from bot.ui.callbacks import pattern, unpack
from bot.ui.common import acknowledge, close_keyboard, keyboard, send, text_of
from bot.ui.users import load_profile

PAUSE_CHOICES = ((7, N_("1 week")), (14, N_("2 weeks")), (21, N_("3 weeks")))
MAX_PAUSE_DAYS = 366


def _arguments(update: Update) -> str:
    text = text_of(update) or ""
    parts = text.split(maxsplit=1)
    return parts[1] if len(parts) > 1 else ""


async def log_command(update: Update, context: CoachContext) -> None:
    tr = context.tr
    user, today = await load_profile(update, context)
    async with context.database.sessions() as session:
        clients = await repo.list_clients(session, user.id)
    pairs = [(client.id, client.name) for client in clients]
    try:
        entry = parse_log(
            _arguments(update),
            pairs,
            today,
            context.language,
            month_first=(user.timezone or "").startswith("America/"),
        )
        async with context.database.sessions.begin() as session:
            before = await repo_checkins.day_minutes(session, user.id, entry.day)
            key = entry.client_id
            others = sum(m for c, m in before.items() if c != key)
            new = before.get(key, 0) + entry.minutes if entry.added else entry.minutes
            if others + new > 24 * 60:
                raise InvalidAnswer("day_over_24")
            old, new = await repo_checkins.set_hours(
                session, user.id, entry.day, key, entry.minutes, add=entry.added
            )
            total = others + new
    except InvalidAnswer as invalid:
        await send(update, context, explain(tr, invalid))
        return
    names = dict(pairs)
    await send(
        update,
        context,
        tr.render(
            "checkin/logged",
            day=day_label(tr, entry.day),
            client=names.get(entry.client_id) if entry.client_id else None,
            hours=hours_text(tr, new),
            previous=hours_text(tr, old) if old and old != new else None,
            added=entry.added,
            total=hours_text(tr, total),
            day_off=total == 0,
            replaced=bool(old) and not entry.added,
        ),
    )
    if today - entry.day < timedelta(days=7):
        await maybe_warn(context.application, user, today)


# --- pause and resume ---------------------------------------------------------------------------------
def parse_until(text: str, today: date, language: str) -> date:
    parsed = dateparser.parse(
        text,
        languages=[language, "en" if language == "de" else "de"],
        settings={
            "PREFER_DATES_FROM": "future",
            "DATE_ORDER": "DMY",
            "RELATIVE_BASE": datetime.combine(today, time(12)),
        },
    )
    if parsed is None:
        raise InvalidAnswer("pause_date")
    day = parsed.date()
    if day <= today:
        raise InvalidAnswer("pause_past")
    return min(day, today + timedelta(days=MAX_PAUSE_DAYS))


async def pause_command(update: Update, context: CoachContext) -> None:
    tr = context.tr
    argument = _arguments(update)
    if not argument:
        buttons = [(tr.label(label), PauseChoice(days=days)) for days, label in PAUSE_CHOICES]
        await send(update, context, tr.render("checkin/pause_ask"), keyboard(buttons))
        return
    user, today = await load_profile(update, context)
    try:
        back = parse_until(argument, today, context.language)
    except InvalidAnswer as invalid:
        await send(update, context, explain(tr, invalid))
        return
    await pause_until(update, context, back)


async def pause_button(update: Update, context: CoachContext) -> None:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, PauseChoice)
    await acknowledge(update)
    await close_keyboard(update)
    _user, today = await load_profile(update, context)
    days = max(1, min(choice.days, MAX_PAUSE_DAYS))
    await pause_until(update, context, today + timedelta(days=days))


async def pause_until(update: Update, context: CoachContext, back: date) -> None:
    """No check-ins before `back`, the first day they come again."""
    now = clock_of(context.application)()
    async with context.database.sessions.begin() as session:
        user = await repo.get_user(session, update.effective_user.id)
        prefs = await repo_checkins.get_prefs(session, user.id)
        prefs.paused_until = back - timedelta(days=1)
        following = await reschedule_checkin(session, user, now)
    tr = context.tr
    await send(
        update,
        context,
        tr.render("checkin/paused", back=day_label(tr, back), next=day_label(tr, following)),
    )


async def resume_command(update: Update, context: CoachContext) -> None:
    await load_profile(update, context)
    now = clock_of(context.application)()
    async with context.database.sessions.begin() as session:
        user = await repo.get_user(session, update.effective_user.id)
        prefs = await repo_checkins.get_prefs(session, user.id)
        was_paused = prefs.paused_until is not None
        prefs.paused_until = None
        following = await reschedule_checkin(session, user, now)
    tr = context.tr
    await send(
        update,
        context,
        tr.render(
            "checkin/resumed",
            was_paused=was_paused,
            next=day_label(tr, following),
            time=user.checkin_time,
        ),
    )


async def start_unblocks(update: Update, context: CoachContext) -> None:
    """/start from a user who had blocked the bot: plan their check-ins again (runs before the
    onboarding handler, in an earlier group, and lets it continue)."""
    async with context.database.sessions.begin() as session:
        user = await repo.get_user(session, update.effective_user.id)
        if user is None or user.onboarded_at is None:
            return
        prefs = await repo_checkins.get_prefs(session, user.id)
        if prefs.blocked_at is not None:
            await reschedule_checkin(session, user, clock_of(context.application)())


def build_handlers() -> list:
    return [
        CommandHandler("log", log_command),
        CommandHandler("pause", pause_command),
        CommandHandler("resume", resume_command),
        CallbackQueryHandler(pause_button, pattern=pattern(PauseChoice)),
    ]
