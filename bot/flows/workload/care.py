"""Care cards (DOMAIN.md §9): the acute card with crisis lines for crisis words, and the graduated
card for a high self-check score. Both come before any number, with the help of the user's
country (from their time zone) or, when it is unknown, of every country the cards know."""

from __future__ import annotations

from datetime import date, timedelta

from markupsafe import Markup

from bot.coach.country import country_of
from bot.coach.workload import top_client
from bot.db import repo, repo_checkins
from bot.flows.workload.codecs import WorkloadAction
from bot.i18n import Translator
from bot.ui.callbacks import NoStart
from bot.ui.common import keyboard

# The heaviest client is read over the last week, as the workload warnings do.
RECENT_DAYS = 7


def help_numbers(tr: Translator, timezone: str | None) -> dict:
    data = tr.data("helplines")
    # The numbers are marked up in content/<lang>/data/helplines.yaml (trusted, ours).
    countries = {
        code: {key: Markup(value) for key, value in entry.items()}
        for code, entry in data["countries"].items()
    }
    here = countries.get(country_of(timezone) or "")
    return {"here": here, "everywhere": [countries[code] for code in data["order"]]}


def crisis_text(tr: Translator, timezone: str | None) -> str:
    return tr.render("checkin/crisis", **help_numbers(tr, timezone))


async def heaviest_client(session, user_id: int, today: date) -> str | None:
    days = await repo_checkins.load_days(
        session, user_id, today - timedelta(days=RECENT_DAYS), today
    )
    client_id = top_client(days, today)
    if client_id is None:
        return None
    names = {c.id: c.name for c in await repo.list_clients(session, user_id)}
    return names.get(client_id)


def high_score_card(tr: Translator, timezone: str | None, client: str | None):
    """The graduated card: a doctor, one step that takes load off, a day off; crisis lines last."""
    text = tr.render("selfcheck/care", client=client, **help_numbers(tr, timezone))
    buttons = []
    if client:
        buttons.append(
            [(tr.label("Say no to {client}, kindly", client=client), NoStart(draft_id=0))]
        )
    buttons.append([(tr.label("Plan a day off"), WorkloadAction("dayoff"))])
    return text, keyboard(*buttons)
