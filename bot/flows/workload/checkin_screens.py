"""The screens of a daily check-in (text and buttons), shared by the scheduler's message and the
handlers that move through the steps. No Telegram update is needed to build them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from babel.dates import format_skeleton
from babel.numbers import format_decimal
from telegram import InlineKeyboardMarkup

from bot.coach import schedule as rules
from bot.flows.workload.codecs import (
    CheckinHours,
    CheckinNoteSkip,
    CheckinSame,
    CheckinScale,
    CheckinSnooze,
)
from bot.i18n import Translator
from bot.ui.common import chunk, keyboard

HOURS_NO_CLIENT = (0, 2, 4, 6, 8, 10)
HOURS_PER_CLIENT = (0, 1, 2, 3, 4, 6, 8)
ACCEPT_DAYS_BACK = 2  # yesterday's check-in answered this morning still counts for yesterday


def day_label(tr: Translator, day: date) -> str:
    return _day_label(tr.language, day)


# English as in Britain and most of the world ("Thursday 13 March"), not "Thu, March 13".
DAY_LOCALES = {"en": "en_GB"}


@lru_cache(maxsize=4096)
def _day_label(language: str, day: date) -> str:
    # Matching a skeleton costs about a millisecond; the scheduler renders thousands a minute.
    moment = datetime.combine(day, datetime.min.time())
    return format_skeleton("MMMMEEEEd", moment, locale=DAY_LOCALES.get(language, language))


def hours_text(tr: Translator, minutes: int) -> str:
    return format_decimal(round(minutes / 60, 2), format="#,##0.##", locale=tr.locale)


def local_today(user, now: datetime) -> date:
    return now.astimezone(rules.zone_of(user.timezone, user.language)).date()


def accepts(day: date, today: date) -> bool:
    return today - timedelta(days=ACCEPT_DAYS_BACK) <= day <= today


@dataclass
class DayState:
    """What is known about one day when a screen is drawn."""

    day: date
    clients: list[tuple[int, str]]  # (id, name), in the order the check-in asks them
    minutes: dict[int | None, int]
    energy: int | None = None
    stress: int | None = None
    yesterday: dict[int | None, int] | None = None


def hours_screen(
    tr: Translator, state: DayState, index: int = 0, note: str | None = None, snooze: bool = False
) -> tuple[str, InlineKeyboardMarkup]:
    """Hours of the whole day (no clients) or of client number `index`; with `snooze` (the
    scheduled message) also "in 1 h" and "tonight"."""
    key = (
        snooze,
        tr.language,
        state.day,
        tuple(state.clients),
        tuple(sorted(state.minutes.items(), key=str)),
        tuple(sorted((state.yesterday or {}).items(), key=str)),
        index,
        note,
    )
    return _hours_screen(key, tr, state, index, note, snooze)


_SCREENS: dict[tuple, tuple[str, InlineKeyboardMarkup]] = {}
_SCREENS_MAX = 2048


def _hours_screen(
    key: tuple, tr: Translator, state: DayState, index: int, note: str | None, snooze: bool
) -> tuple[str, InlineKeyboardMarkup]:
    """Most VAs get the same first screen on the same day (markups are immutable): built once."""
    cached = _SCREENS.get(key)
    if cached is None:
        cached = _build_hours_screen(tr, state, index, note, snooze)
        if len(_SCREENS) >= _SCREENS_MAX:
            _SCREENS.clear()
        _SCREENS[key] = cached
    return cached


def _build_hours_screen(
    tr: Translator, state: DayState, index: int, note: str | None, snooze: bool
) -> tuple[str, InlineKeyboardMarkup]:
    ordinal = state.day.toordinal()
    client_id, client_name = state.clients[index] if state.clients else (0, None)
    current = state.minutes.get(client_id or None)
    logged = sum(state.minutes.values())
    # Hours without a client (/log 6) that a client's answer is taken from (checkin_steps.day_after)
    unassigned = state.minutes.get(None) if state.clients and current is None else None
    text = tr.render(
        "checkin/ask_hours",
        note=note,
        day=day_label(tr, state.day),
        client=client_name,
        position=index + 1,
        count=len(state.clients),
        current=hours_text(tr, current) if current is not None else None,
        unassigned=hours_text(tr, unassigned) if unassigned else None,
        logged=hours_text(tr, logged) if state.minutes and index == 0 else None,
    )
    choices = HOURS_PER_CLIENT if state.clients else HOURS_NO_CLIENT
    buttons = [
        (
            tr.label("0 – day off") if value == 0 and not state.clients else tr.number(value),
            CheckinHours(day=ordinal, client=client_id, minutes=value * 60),
        )
        for value in choices
    ]
    rows = chunk(buttons, 4)
    extra = [(tr.label("Other…"), CheckinHours(day=ordinal, client=client_id, minutes=-1))]
    if index == 0 and len(state.clients) > 1 and state.yesterday:
        extra.append((tr.label("Same as yesterday"), CheckinSame(day=ordinal)))
    if index == 0 and state.clients:
        extra.insert(0, (tr.label("Day off"), CheckinHours(day=ordinal, client=-1, minutes=0)))
    if not snooze:
        return text, keyboard(*rows, extra)
    later = [
        (tr.label("⏰ In 1 hour"), CheckinSnooze(day=ordinal, choice="hour")),
        (tr.label("⏰ Tonight"), CheckinSnooze(day=ordinal, choice="evening")),
    ]
    return text, keyboard(*rows, extra, later)


def scale_screen(tr: Translator, state: DayState, what: str) -> tuple[str, InlineKeyboardMarkup]:
    ordinal = state.day.toordinal()
    text = tr.render(
        "checkin/ask_scale",
        what=what,
        day=day_label(tr, state.day),
        hours=hours_text(tr, sum(state.minutes.values())),
        energy=state.energy,
    )
    buttons = [
        (str(value), CheckinScale(day=ordinal, what=what, value=value)) for value in range(1, 6)
    ]
    return text, keyboard(buttons)


def note_screen(tr: Translator, state: DayState) -> tuple[str, InlineKeyboardMarkup]:
    text = tr.render("checkin/ask_note", day=day_label(tr, state.day))
    return text, keyboard([(tr.label("No note"), CheckinNoteSkip(day=state.day.toordinal()))])


def done_text(
    tr: Translator, state: DayState, names: dict[int, str], today: date, note: str | None = None
) -> str:
    total = sum(state.minutes.values())
    per_client = [
        (names.get(client_id, "–"), hours_text(tr, minutes))
        for client_id, minutes in state.minutes.items()
        if client_id is not None and minutes
    ]
    return tr.render(
        "checkin/done",
        day=day_label(tr, state.day),
        is_today=state.day == today,
        hours=hours_text(tr, total),
        day_off=total == 0,
        per_client=per_client,
        energy=state.energy,
        stress=state.stress,
        note=note,
    )
