"""/replies' first screen: the library's topics, one topic's templates, and search by a typed
word over built-in and own templates (both languages, tolerant of typos). A menu: the flow's
BROWSE step, with nothing to continue after a pause."""

from __future__ import annotations

from telegram import Update

from bot.coach.replies_steps import FillAnswers, Step
from bot.coach.templates import CATEGORIES, SITUATIONS, Entry, library_entries, search
from bot.context import CoachContext
from bot.db import repo_templates
from bot.flows.replies.codecs import LibBrowse, MyTemplates, TemplatePick
from bot.flows.replies.store import FLOW, store
from bot.i18n import LANGUAGES, translator
from bot.ui.callbacks import InvalidCallback, unpack
from bot.ui.common import acknowledge, edit_or_send, enter_flow, keyboard, leave_flow, send
from bot.ui.flow import ACTIVE, END

MAX_QUERY = 256
MAX_RESULTS = 10
MAX_OWN_SEARCHED = 500


def all_entries(language: str, own: list) -> list[Entry]:
    entries = library_entries([translator(lang).data("library") for lang in LANGUAGES], language)
    return entries + [Entry("own", str(t.id), t.name, (t.name,)) for t in own]


async def found_for(update: Update, context: CoachContext, query: str) -> list[Entry]:
    async with context.database.sessions() as session:
        own = await repo_templates.recent_templates(
            session, update.effective_user.id, MAX_OWN_SEARCHED
        )
    return search(query, all_entries(context.language, own), limit=MAX_RESULTS)


def browse_rows(context: CoachContext, category: str | None, found: list, searched: bool) -> list:
    """What was found; a topic's templates; or the topics (also when a search found nothing)."""
    tr = context.tr
    titles = tr.data("library")
    rows: list = [
        [(entry.title[:60], TemplatePick(kind=entry.kind, ref=entry.ref))] for entry in found
    ]
    if category in CATEGORIES:
        rows = [
            [(titles["situations"][key]["title"], TemplatePick(kind="lib", ref=key))]
            for key, s in SITUATIONS.items()
            if s.category == category
        ]
        rows.append([(tr.label("All topics"), LibBrowse(category="all"))])
    elif not searched or not found:
        rows += [[(titles["categories"][c], LibBrowse(category=c))] for c in CATEGORIES]
        rows.append([(tr.label("My templates"), MyTemplates(action="list"))])
    return rows


async def show_browse(
    update: Update,
    context: CoachContext,
    answers: FillAnswers,
    note: str | None = None,
    edit: bool = False,
) -> int:
    """The BROWSE step (it shows itself); `edit`: a topic's button changes its own message."""
    answers.step = int(Step.BROWSE)
    await store.save(update, context, answers)
    tr = context.tr
    query, category = answers.query, answers.category
    found = await found_for(update, context, query) if query else []
    text = tr.render(
        "library/browse",
        note=note,
        query=(query or "")[:60] or None,
        count=len(found),
        category=tr.data("library")["categories"].get(category or ""),
    )
    markup = keyboard(*browse_rows(context, category, found, bool(query)))
    if edit and category:
        await edit_or_send(update, context, text, markup)
    else:
        await send(update, context, text, markup)
    return ACTIVE


async def search_typed(
    update: Update, context: CoachContext, answers: FillAnswers, text: str
) -> int:
    """Words typed on the library's screens: a search."""
    answers.category, answers.query = None, " ".join(text.split())[:MAX_QUERY]
    return await show_browse(update, context, answers)


async def on_topic(update: Update, context: CoachContext) -> int:
    browse = unpack(update.callback_query.data)
    assert isinstance(browse, LibBrowse)
    if browse.category != "all" and browse.category not in CATEGORIES:
        raise InvalidCallback("no such topic")
    await acknowledge(update)
    enter_flow(context, FLOW, fresh=True)
    return await show_browse(update, context, FillAnswers(category=browse.category), edit=True)


async def to_my_templates(update: Update, context: CoachContext) -> int:
    """ "My templates" on the library's screen: this flow ends, the template list takes over."""
    await acknowledge(update)
    leave_flow(context, FLOW)
    from bot.flows.replies.mytemplates import show_list

    await show_list(update, context)
    return END
