"""Hours per client and month as CSV, for invoicing: one row per month and client, oldest month
first, clients by name. Pure: the days come in, the locale's choices (separator, how a date and
an hour look, the column headers: content/<lang>/data/hours_csv.yaml) are passed as values.

    From;To;Client;Hours          (German: Von;Bis;Kund:in;Stunden)
    01.12.2026;31.12.2026;Acme;12,5

A month still under way ends today, so the file never claims days that have not happened.
"""

from __future__ import annotations

import calendar
import csv
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from io import StringIO

from bot.coach.workload import Day

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet would run such a cell


@dataclass(frozen=True)
class CsvStyle:
    delimiter: str
    headers: list[str]
    day: Callable[[date], str]
    hours: Callable[[int], str]  # minutes in, the hours as the locale writes them out
    other_work: str  # hours logged without a client, or for a client since removed


def month_totals(days: dict[date, Day]) -> dict[tuple[date, int | None], int]:
    """Minutes per (first day of the month, client); days off and zero entries left out."""
    totals: dict[tuple[date, int | None], int] = {}
    for day, entry in days.items():
        month = day.replace(day=1)
        for client, minutes in entry.per_client.items():
            if minutes:
                totals[(month, client)] = totals.get((month, client), 0) + minutes
    return totals


def build_csv(days: dict[date, Day], names: dict[int, str], style: CsvStyle, today: date) -> str:
    """The CSV text (CRLF line ends, as spreadsheets expect)."""

    def name_of(client: int | None) -> str:
        return names.get(client, style.other_work) if client is not None else style.other_work

    rows = sorted(
        month_totals(days).items(), key=lambda item: (item[0][0], name_of(item[0][1]).casefold())
    )
    buffer = StringIO()
    writer = csv.writer(buffer, delimiter=style.delimiter, lineterminator="\r\n")
    writer.writerow(style.headers)
    for (month, client), minutes in rows:
        last = date(month.year, month.month, calendar.monthrange(month.year, month.month)[1])
        writer.writerow(
            [
                style.day(month),
                style.day(min(last, max(today, month))),
                safe_cell(name_of(client)),
                style.hours(minutes),
            ]
        )
    return buffer.getvalue()


def safe_cell(text: str) -> str:
    """A client named "=HYPERLINK(…)" stays text in Excel: a leading apostrophe, as OWASP
    advises against CSV injection."""
    return f"'{text}" if text.startswith(FORMULA_START) else text
