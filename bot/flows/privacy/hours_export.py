"""/export's spreadsheet for invoicing: hours per client and month as CSV, in the user's locale
(content/<lang>/data/hours_csv.yaml says how; bot/coach/hours_csv.py builds it)."""

from __future__ import annotations

from datetime import date
from io import BytesIO

from babel.dates import format_date
from babel.numbers import format_decimal
from telegram import InputFile, Update

from bot.coach.hours_csv import CsvStyle, build_csv
from bot.context import CoachContext
from bot.db import repo, repo_checkins
from bot.flows.privacy.codecs import PrivacyAction
from bot.i18n import Translator
from bot.ui.common import acknowledge, keyboard, send
from bot.ui.users import load_profile


def csv_style(tr: Translator) -> CsvStyle:
    settings = tr.data("hours_csv")
    return CsvStyle(
        delimiter=settings["delimiter"],
        headers=list(settings["headers"]),
        day=lambda day: format_date(day, format=settings["date"], locale=tr.locale),
        # Exact to the minute's hundredth of an hour, no thousands separator: 12,5 / 7,75 / 1234,5
        hours=lambda minutes: format_decimal(
            round(minutes / 60, 2), format="0.##", locale=tr.locale
        ),
        other_work=tr.label("Other work"),
    )


async def offer_hours_csv(update: Update, context: CoachContext) -> None:
    tr = context.tr
    await send(
        update,
        context,
        tr.gettext("For invoicing: your hours per client and month as a spreadsheet (CSV)."),
        keyboard([(tr.label("Hours per client (CSV)"), PrivacyAction(action="hours-csv"))]),
    )


async def send_hours_csv(update: Update, context: CoachContext) -> None:
    await acknowledge(update)
    tr = context.tr
    user, today = await load_profile(update, context)
    async with context.database.sessions() as session:
        days = await repo_checkins.load_days(session, user.id, date.min, date.max)
        names = {client.id: client.name for client in await repo.list_clients(session, user.id)}
    if not any(minutes for day in days.values() for minutes in day.per_client.values()):
        await send(
            update,
            context,
            tr.gettext(
                "There are no hours to put in a spreadsheet yet. Answer the daily check-in or "
                "use /log, for example <code>/log 6 yesterday</code>."
            ),
        )
        return
    text = build_csv(days, names, csv_style(tr), today)
    # With a byte order mark, Excel opens UTF-8 as UTF-8: "Müller & Söhne" stays readable.
    document = InputFile(
        BytesIO(text.encode("utf-8-sig")), filename=tr.data("hours_csv")["filename"]
    )
    await context.bot.send_document(
        update.effective_chat.id,
        document,
        caption=tr.gettext(
            "Your hours per client and month, as of {day}. Opens in Excel, Numbers or Google Sheets.",
            day=format_date(today, format=tr.data("hours_csv")["as_of"], locale=tr.locale),
        ),
    )
