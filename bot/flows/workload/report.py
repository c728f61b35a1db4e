"""/week and /month: a chart (PNG) and a short summary; the Sunday-evening weekly summary.

/week, /month ─▶ load the days ─▶ summarize (coach) ─▶ chart in a worker thread ─▶
sendPhoto + text with buttons (previous period, Sunday summary on/off)
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

from babel.dates import format_skeleton
from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.charts import ChartData, render_png
from bot.coach.workload import hours_for_people, summarize
from bot.db import repo, repo_calls, repo_checkins
from bot.db.models import User
from bot.db.unit import in_thread
from bot.flows.workload.checkin_screens import day_label, local_today
from bot.flows.workload.codecs import ReportChoice
from bot.i18n import Translator, translator
from bot.jobs.scheduler import Due, KindSpec, Recipient, as_utc, follow_weekly
from bot.ui.callbacks import pattern, unpack
from bot.ui.common import acknowledge, keyboard
from bot.ui.users import load_profile

WEEKLY_GRACE = timedelta(hours=12)


def period(kind: str, today: date, offset: int) -> tuple[date, date]:
    if kind == "month":
        year, month = today.year, today.month + offset
        while month < 1:
            year, month = year - 1, month + 12
        start = date(year, month, 1)
        return start, date(year, month, calendar.monthrange(year, month)[1])
    start = today - timedelta(days=today.weekday()) + timedelta(weeks=offset)
    return start, start + timedelta(days=6)


def _short(tr: Translator, day: date, kind: str) -> str:
    skeleton = "EEEEEd" if kind == "week" else "d"
    return format_skeleton(skeleton, datetime.combine(day, datetime.min.time()), locale=tr.locale)


async def build_report(database, user: User, today: date, kind: str, offset: int = 0):
    """(png bytes, summary text, weekly summary on) for the user's week or month."""
    tr = translator(user.language)
    start, end = period(kind, today, offset)
    length = (end - start).days + 1
    async with database.sessions() as session:
        days = await repo_checkins.load_days(session, user.id, start - timedelta(days=length), end)
        names = {c.id: c.name for c in await repo.list_clients(session, user.id)}
        prefs = await repo_checkins.get_prefs(session, user.id)
        calls = (
            await repo_calls.calls_per_local_day(session, user, start, length)
            if kind == "week"
            else None
        )
    joined = joined_on(user)
    summary = summarize(days, start, end, today, joined)
    span = [start + timedelta(days=i) for i in range(length)]
    title = str(
        tr.gettext("Week of {day}", day=day_label(tr, start))
        if kind == "week"
        else format_skeleton(
            "yMMMM", datetime.combine(start, datetime.min.time()), locale=tr.locale
        )
    )
    per_day = round(user.capacity_hours / max(1, len(set(prefs.workdays))), 2)
    chart = chart_data(tr, title, kind, span, days, summary, names, calls, per_day)
    png = await in_thread(render_png, chart)
    capacity = user.capacity_hours * (length / 7 if kind == "month" else 1)
    since = day_label(tr, joined) if joined and start < joined <= min(end, today) else None
    text = summary_text(tr, title, kind, span, days, summary, names, capacity, since)
    return png, text, prefs.weekly_summary


def joined_on(user: User) -> date | None:
    """The user's first local day with the bot: nothing before it is a day off or a trend."""
    return local_today(user, as_utc(user.created_at)) if user.created_at else None


def people_hours(tr: Translator, minutes: float) -> str:
    """Hours in a report or warning, to a tenth: 12.5, not 12.53 or 141.714."""
    return tr.number(hours_for_people(minutes))


def client_name(tr: Translator, names: dict, client: int | None) -> str:
    """A client's name; hours logged without one (or for a removed client) are "Other work"."""
    return names.get(client, tr.label("Other work")) if client else tr.label("Other work")


def chart_data(tr, title, kind, span, days, summary, names, calls, per_day) -> ChartData:
    """The chart: hours per client per day against the daily capacity, energy and stress,
    calls logged."""
    series = [
        (
            client_name(tr, names, client),
            [round((days[d].per_client.get(client, 0) if d in days else 0) / 60, 2) for d in span],
        )
        for client, _ in summary.per_client
    ]
    return ChartData(
        title=title,
        day_labels=[_short(tr, d, kind) for d in span],
        series=series,
        capacity_per_day=per_day,
        energy=[days[d].energy if d in days else None for d in span],
        stress=[days[d].stress if d in days else None for d in span],
        labels={
            "hours": tr.label("Hours"),
            "capacity": tr.label("Your daily capacity"),
            "energy": tr.label("Energy (1–5)"),
            "stress": tr.label("Stress (1–5)"),
            "calls": tr.label("Calls logged"),
        },
        calls=calls,
    )


def summary_text(tr, title, kind, span, days, summary, names, capacity, since=None) -> str:
    """The text under the chart (report/summary.j2)."""
    longest = summary.longest
    average = summary.average_energy, summary.average_stress
    return tr.render(
        "report/summary",
        kind=kind,
        title=title,
        total=people_hours(tr, summary.total_minutes),
        capacity=tr.number(round(capacity)),  # 40 h a week is 177 h in a 31-day month
        per_client=[
            (client_name(tr, names, c), people_hours(tr, m)) for c, m in summary.per_client
        ],
        longest=(day_label(tr, longest[0]), people_hours(tr, longest[1])) if longest else None,
        days_off=summary.days_off,
        since=since,
        trend=summary.trend_minutes,
        trend_hours=people_hours(tr, abs(summary.trend_minutes or 0)),
        energy=tr.number(average[0]) if average[0] is not None else None,
        stress=tr.number(average[1]) if average[1] is not None else None,
        empty=summary.total_minutes == 0 and not any(d in days for d in span),
    )


def report_markup(tr: Translator, kind: str, offset: int, weekly_on: bool):
    rows = [[(tr.label("◀ Previous"), ReportChoice(kind, offset - 1))]]
    if offset < 0:
        rows[0].append((tr.label("Next ▶"), ReportChoice(kind, offset + 1)))
    if kind == "week":  # the Sunday summary is a week's: its switch belongs under a week only
        toggle = (
            tr.label("Stop Sunday summaries") if weekly_on else tr.label("Send Sunday summaries")
        )
        rows.append([(toggle, ReportChoice("weekly", 0 if weekly_on else 1))])
    return keyboard(*rows)


async def send_report(
    bot, chat_id: int, database, user: User, today: date, kind: str, offset: int
) -> None:
    png, text, weekly_on = await build_report(database, user, today, kind, offset)
    tr = translator(user.language)
    await bot.send_photo(chat_id=chat_id, photo=png)
    await bot.send_message(
        chat_id=chat_id, text=text, reply_markup=report_markup(tr, kind, offset, weekly_on)
    )


async def report_command(update: Update, context) -> None:
    kind = (
        "month" if (update.effective_message.text or "").lstrip("/").startswith("month") else "week"
    )
    user, today = await load_profile(update, context)
    await send_report(context.bot, update.effective_chat.id, context.database, user, today, kind, 0)


async def report_button(update: Update, context) -> None:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, ReportChoice)
    await acknowledge(update)
    user, today = await load_profile(update, context)
    if choice.action == "weekly":
        async with context.database.sessions.begin() as session:
            (await repo_checkins.get_prefs(session, user.id)).weekly_summary = bool(choice.value)
        await context.bot.send_message(
            chat_id=update.effective_chat.id,
            text=context.tr.gettext("Sunday summaries are on.")
            if choice.value
            else context.tr.gettext("Sunday summaries are off. /week shows the week at any time."),
        )
        return
    if choice.action not in ("week", "month") or not -24 <= choice.value <= 0:
        await context.bot.send_message(
            chat_id=update.effective_chat.id,
            text=context.tr.gettext("That button belongs to an older message."),
        )
        return
    await send_report(
        context.bot,
        update.effective_chat.id,
        context.database,
        user,
        today,
        choice.action,
        choice.value,
    )


async def send_weekly(application, row: Due, person: Recipient, now: datetime) -> str:
    if not person.prefs.weekly_summary:
        return "skipped"
    sunday = date.fromisoformat(row.key)  # the week that ends on this Sunday
    await send_report(
        application.bot, person.user.chat_id, application.database, person.user, sunday, "week", 0
    )
    return "sent"


def scheduled_kinds() -> dict[str, KindSpec]:
    """The weekly summary, for the scheduler (registered by setup.py)."""
    return {"weekly": KindSpec(send=send_weekly, grace=WEEKLY_GRACE, follow=follow_weekly)}


def build_handlers() -> list:
    return [
        CommandHandler(["week", "month"], report_command),
        CallbackQueryHandler(report_button, pattern=pattern(ReportChoice)),
    ]
