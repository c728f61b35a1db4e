"""/replies' first screen: the library's topics, one topic's templates, and search by a typed
word over built-in and own templates (both languages, tolerant of typos)."""

from __future__ import annotations

from telegram import Update

from bot.coach.templates import CATEGORIES, SITUATIONS, Entry, library_entries, search
from bot.context import CoachContext
from bot.db import repo_templates
from bot.flows.replies.codecs import LibBrowse, MyTemplates, TemplatePick
from bot.flows.replies.fill import FLOW, State
from bot.i18n import LANGUAGES, translator
from bot.ui.callbacks import InvalidCallback, unpack
from bot.ui.common import acknowledge, edit_or_send, enter_flow, keyboard, leave_flow, send

END = -1
MAX_RESULTS = 10
MAX_OWN_SEARCHED = 500


def all_entries(language: str, own: list) -> list[Entry]:
    entries = library_entries([translator(lang).data("library") for lang in LANGUAGES], language)
    return entries + [Entry("own", str(t.id), t.name, (t.name,)) for t in own]


async def show_browse(
    update: Update,
    context: CoachContext,
    category: str | None = None,
    query: str | None = None,
    note: str | None = None,
) -> State:
    tr = context.tr
    context.scratch(FLOW).update(step=int(State.BROWSE), category=category, query=query)
    titles = tr.data("library")
    rows: list = []
    count = 0
    if query:
        async with context.database.sessions() as session:
            own = await repo_templates.recent_templates(
                session, update.effective_user.id, MAX_OWN_SEARCHED
            )
        found = search(query, all_entries(context.language, own), limit=MAX_RESULTS)
        count = len(found)
        rows = [
            [(entry.title[:60], TemplatePick(kind=entry.kind, ref=entry.ref))] for entry in found
        ]
    if category in CATEGORIES:
        rows = [
            [(titles["situations"][key]["title"], TemplatePick(kind="lib", ref=key))]
            for key, s in SITUATIONS.items()
            if s.category == category
        ]
        rows.append([(tr.label("All topics"), LibBrowse(category="all"))])
    elif not query or not count:
        rows += [[(titles["categories"][c], LibBrowse(category=c))] for c in CATEGORIES]
        rows.append([(tr.label("My templates"), MyTemplates(action="list"))])
    text = tr.render(
        "library/browse",
        note=note,
        query=(query or "")[:60] or None,
        count=count,
        category=titles["categories"].get(category or ""),
    )
    if update.callback_query and category:
        await edit_or_send(update, context, text, keyboard(*rows))
    else:
        await send(update, context, text, keyboard(*rows))
    return State.BROWSE


async def on_topic(update: Update, context: CoachContext) -> State:
    browse = unpack(update.callback_query.data)
    assert isinstance(browse, LibBrowse)
    if browse.category != "all" and browse.category not in CATEGORIES:
        raise InvalidCallback("no such topic")
    await acknowledge(update)
    enter_flow(context, FLOW)
    return await show_browse(update, context, category=browse.category)


async def to_my_templates(update: Update, context: CoachContext) -> int:
    """ "My templates" on the browse screen: this flow ends, the template list takes over."""
    await acknowledge(update)
    leave_flow(context, FLOW)
    from bot.flows.replies.mytemplates import show_list

    await show_list(update, context)
    return END
