"""/log: hours (or minutes) for any day in one line, added to what that day already has.

    /log 45 min priya  ─▶ parse (amount, client, day) ─▶ add ─▶ "now 0.75 h for Priya Shah …"
                          several clients fit ─▶ buttons: which one ─▶ add
    a second entry for the same day and client adds to it (as Toggl and Clockify do); its
    answer offers "Replace instead", which sets the hours to the new entry alone

No conversation state: each command and button is complete in itself. The buttons carry what
the hours were when they were shown; pressed twice or after a change, they change nothing.
/pause and /resume are in pause_flow.py; their handlers are listed here too (setup.py).
"""

from __future__ import annotations

from datetime import date, timedelta

from babel.dates import format_date
from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.coach.logparse import MAX_DAYS_BACK, LogEntry, parse_log
from bot.coach.profile import InvalidAnswer
from bot.coach.workload import MAX_DAY_MINUTES
from bot.context import CoachContext
from bot.db import repo, repo_checkins
from bot.flows.workload import pause_flow
from bot.flows.workload.checkin_screens import hours_text
from bot.flows.workload.checkin_support import explain as explain_checkin
from bot.flows.workload.log_codecs import LOG_CODECS, LogClient, LogReplace
from bot.flows.workload.warnings import maybe_warn
from bot.i18n import N_, Translator
from bot.ui.callbacks import pattern, register_codecs, unpack
from bot.ui.common import acknowledge, close_keyboard, keyboard, send, text_of
from bot.ui.users import load_profile

WARN_DAYS = 7  # hours logged for a day this recent may call for a workload warning
OUT_OF_DATE = N_(
    "That button is out of date: the hours of that day have changed since, so I left them as "
    "they are. Send /log again if something is still wrong."
)
# What /log says about a line it cannot use, where the check-in's wording does not fit
# (typed hours there are a bare number; here minutes, a client and a day come along).
MESSAGES = {
    "log_format": N_(
        "Send the time you worked, and if you like a client and a day, for example "
        "<code>/log 45 min Acme yesterday</code> or <code>/log 2.5 h</code>."
    ),
    "log_empty": N_(
        "What should I log? For example <code>/log 45 min Acme</code> or "
        "<code>/log 2.5 h yesterday</code>."
    ),
    "log_maybe_minutes": N_(
        "A day has 24 hours, so that cannot be right. Did you mean minutes? Add “min”, for "
        "example <code>/log 45 min</code>."
    ),
    "hours_format": N_(
        "I could not read that as time worked. Try for example <code>/log 1.5 h</code>, "
        "<code>/log 45 min</code> or <code>/log 1:30</code>."
    ),
}
start_unblocks = pause_flow.start_unblocks  # setup.py registers it from here


def explain(tr: Translator, invalid: InvalidAnswer) -> str:
    if invalid.reason in MESSAGES:
        return tr.gettext(MESSAGES[invalid.reason])
    return explain_checkin(tr, invalid)


def short_day(tr: Translator, day: date) -> str:
    """ "Thu 3 Dec" / "Do., 3. Dez.": short enough for a one-line answer."""
    return format_date(day, format=tr.data("formats")["log_day"], locale=tr.locale)


def arguments(update: Update) -> str:
    text = text_of(update) or ""
    parts = text.split(maxsplit=1)
    return parts[1] if len(parts) > 1 else ""


async def log_command(update: Update, context: CoachContext) -> None:
    user, today = await load_profile(update, context)
    async with context.database.sessions() as session:
        clients = await repo.list_clients(session, user.id)
    names = {client.id: client.name for client in clients}
    # "/log 1,5 Weber" for Acme, whose contact is Thomas Weber: the person names the client.
    contacts = {client.id: (client.contact_first, client.contact_last) for client in clients}
    try:
        entry = parse_log(
            arguments(update),
            list(names.items()),
            today,
            month_first=(user.timezone or "").startswith("America/"),
            contacts=contacts,
        )
    except InvalidAnswer as invalid:
        await send(update, context, explain(context.tr, invalid))
        return
    if entry.choices:
        await ask_which_client(update, context, user.id, entry, names)
        return
    await add_hours(update, context, user, today, entry.day, entry.client_id, entry.minutes)


async def ask_which_client(
    update: Update, context: CoachContext, user_id: int, entry: LogEntry, names: dict[int, str]
) -> None:
    """Several clients fit the name typed: one button each, and one for no client."""
    tr = context.tr
    async with context.database.sessions() as session:
        total = sum((await repo_checkins.day_minutes(session, user_id, entry.day)).values())

    def button(label: str, client: int) -> list[tuple[str, LogClient]]:
        pick = LogClient(
            day=entry.day.toordinal(), client=client, minutes=entry.minutes, total=total
        )
        return [(label, pick)]

    rows = [button(names[c], c) for c in sorted(entry.choices, key=lambda c: names[c].casefold())]
    rows.append(button(tr.label("Without a client"), 0))
    text = tr.render(
        "workload/log_which_client",
        hours=hours_text(tr, entry.minutes),
        day=short_day(tr, entry.day),
    )
    await send(update, context, text, keyboard(*rows))


async def add_hours(
    update: Update, context: CoachContext, user, today: date, day: date, client, minutes: int
) -> None:
    """Add `minutes` for `client` (None: no client) on `day`, and say what the day has now."""
    async with context.database.sessions.begin() as session:
        before = await repo_checkins.day_minutes(session, user.id, day)
        fits = sum(before.values()) + minutes <= MAX_DAY_MINUTES
        if fits:
            old, new = await repo_checkins.set_hours(
                session, user.id, day, client, minutes, add=True
            )
    if not fits:
        await send(update, context, explain(context.tr, InvalidAnswer("day_over_24")))
        return
    others = sum(m for c, m in before.items() if c != client)
    replace = None
    if old and minutes != new:
        replace = LogReplace(day=day.toordinal(), client=client or 0, minutes=minutes, expect=new)
    how = "added" if old else "new"
    await confirm(update, context, user.id, day, client, (minutes, old, new, others), how, replace)
    if today - day < timedelta(days=WARN_DAYS):
        await maybe_warn(context.application, user, today)


async def confirm(
    update: Update,
    context: CoachContext,
    user_id: int,
    day: date,
    client,
    amounts: tuple[int, int, int, int],
    how: str,
    replace: LogReplace | None = None,
) -> None:
    """What the day has now. `amounts`: (this entry, the client's minutes before, after, the
    other clients' minutes that day); `how`: "new", "added" or "replaced"."""
    tr = context.tr
    minutes, old, new, others = amounts
    name = None
    if client is not None:
        async with context.database.sessions() as session:
            found = await repo.get_client(session, user_id, client)
        name = found.name if found else None
    text = tr.render(
        "workload/logged",
        day=short_day(tr, day),
        client=name,
        entry=hours_text(tr, minutes),
        hours=hours_text(tr, new),
        previous=hours_text(tr, old) if old else None,
        how=how,
        total=hours_text(tr, others + new) if others else None,
        day_off=others + new == 0 and client is None,
    )
    markup: InlineKeyboardMarkup | None = None
    if replace is not None:
        label = tr.label("Replace instead: {hours} h", hours=hours_text(tr, minutes))
        markup = keyboard([(label, replace)])
    await send(update, context, text, markup)


async def _button_day(update: Update, context: CoachContext, ordinal: int):
    """The user, their today, and the button's day if it is one /log takes; else None."""
    user, today = await load_profile(update, context)
    day = date.fromordinal(ordinal)
    if day > today or today - day > timedelta(days=MAX_DAYS_BACK):
        return user, today, None
    return user, today, day


async def out_of_date(update: Update, context: CoachContext) -> None:
    await close_keyboard(update)
    await send(update, context, context.tr.gettext(OUT_OF_DATE))


async def replace_button(update: Update, context: CoachContext) -> None:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, LogReplace)
    await acknowledge(update)
    user, _today, day = await _button_day(update, context, choice.day)
    client = choice.client or None
    async with context.database.sessions.begin() as session:
        known = client is None or await repo.get_client(session, user.id, client) is not None
        before = await repo_checkins.day_minutes(session, user.id, day) if day else {}
        still = day is not None and known and before.get(client, 0) == choice.expect
        if still:
            old, new = await repo_checkins.set_hours(session, user.id, day, client, choice.minutes)
    if not still:
        await out_of_date(update, context)
        return
    await close_keyboard(update)
    others = sum(m for c, m in before.items() if c != client)
    amounts = (choice.minutes, old, new, others)
    await confirm(update, context, user.id, day, client, amounts, "replaced")


async def client_button(update: Update, context: CoachContext) -> None:
    choice = unpack(update.callback_query.data)
    assert isinstance(choice, LogClient)
    await acknowledge(update)
    user, today, day = await _button_day(update, context, choice.day)
    client = choice.client or None
    async with context.database.sessions() as session:
        known = client is None or await repo.get_client(session, user.id, client) is not None
        total = sum((await repo_checkins.day_minutes(session, user.id, day)).values()) if day else 0
    if day is None or not known or total != choice.total:
        await out_of_date(update, context)
        return
    await close_keyboard(update)
    await add_hours(update, context, user, today, day, client, choice.minutes)


def build_handlers() -> list:
    register_codecs(*LOG_CODECS)  # called by setup.py's register(): the buttons of /log
    return [
        CommandHandler("log", log_command),
        CallbackQueryHandler(replace_button, pattern=pattern(LogReplace)),
        CallbackQueryHandler(client_button, pattern=pattern(LogClient)),
        *pause_flow.build_handlers(),
    ]
