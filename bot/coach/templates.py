"""Reply templates: the built-in library's situations, their fields, search and rendering.

Pure logic: the flows pass in the content (content/<lang>/data/library.yaml) and the renderer
(bot/coach/drafting.py, the one draft renderer shared with the say-no coach). Every field of a
built-in template is optional: the template words itself generally when a field is missing, so
inline mode can offer it filled with only what the bot already knows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from rapidfuzz import fuzz, utils

from bot.coach.contact import Contact
from bot.coach.drafting import DraftRenderer, tidy
from bot.coach.say_no import first_name, is_company, lower_after_salutation

# Field kinds: "text" (typed, after a colon), "title" (typed, shown in quotes), "date", or a
# choice (the values are listed in CHOICES).
FIELD_KINDS: dict[str, str] = {
    "project": "title",
    "task": "title",
    "topic": "title",
    "date": "date",
    "hours": "text",
    "response": "choice",
    "rate": "text",
    "info": "text",
    "colleague": "text",
    "gender": "choice",
    "terms": "text",
    "invoice": "text",
}
CHOICES: dict[str, tuple[str, ...]] = {
    "response": ("same_day", "next_day", "two_days"),
    "gender": ("f", "m", "n"),
}
# Fields that matter in one language only (German needs the colleague's gender for case).
ONLY_IN: dict[str, str] = {"gender": "de"}
CATEGORIES = ("decline", "time", "scope", "money", "relationship")


@dataclass(frozen=True)
class Situation:
    key: str
    category: str
    fields: tuple[str, ...]


SITUATIONS: dict[str, Situation] = {
    s.key: s
    for s in (
        Situation("decline_project", "decline", ("project", "date")),
        Situation("decline_task", "decline", ("task",)),
        Situation("referral", "decline", ("task", "colleague", "gender")),
        Situation("waitlist", "decline", ("date",)),
        Situation("push_deadline", "time", ("task", "date")),
        Situation("asap", "time", ("task", "date")),
        Situation("availability", "time", ("hours", "response")),
        Situation("scope_creep", "scope", ("task",)),
        Situation("missing_info", "scope", ("task", "info", "date")),
        Situation("confirm_terms", "scope", ("task", "terms", "date")),
        Situation("rate_increase", "money", ("rate", "date")),
        Situation("pause_invoice", "money", ("invoice",)),
        Situation("follow_up", "relationship", ("topic",)),
        Situation("end_relationship", "relationship", ("date",)),
    )
}
SHAPES = ("email", "chat")
REGISTERS = ("sie", "du")
MAX_FIELD_TEXT = 300
SEARCH_THRESHOLD = 75


def fields_for(key: str, language: str) -> tuple[str, ...]:
    situation = SITUATIONS[key]
    return tuple(f for f in situation.fields if ONLY_IN.get(f, language) == language)


def clean_field(name: str, text: str) -> str:
    """A typed field value as the templates expect it: one line, no outer quotes, and no final
    full stop where the template adds its own punctuation."""
    cleaned = " ".join(text.split())[:MAX_FIELD_TEXT]
    cleaned = cleaned.strip("\"'„“”‚‘’«»")
    cleaned = cleaned.strip()
    if not cleaned.endswith("…"):
        cleaned = cleaned.rstrip(".;,:!").rstrip()
    return cleaned


def opens_with_salutation(text: str) -> bool:
    """Whether a rendered reply opens with a salutation line ("Guten Tag Frau Hoffmann,"):
    read from the text itself, so it holds whatever replies/_parts.j2 decides to say."""
    head, separator, _body = text.partition("\n\n")
    return bool(separator) and "\n" not in head and head.rstrip().endswith(",")


def situation_context(
    fields: dict[str, str | None],
    name: str | None,
    register: str,
    shape: str,
    sender: str | None,
    language: str,
    contact: Contact | None = None,
) -> dict:
    """Everything replies/library/<key>.j2 needs: the shared parts' variables (the client's
    contact person among them, None when unknown) and every field (None where unknown)."""
    sie = register != "du"
    return {
        "email": shape == "email",
        "sie": sie,
        "name": name or None,
        "contact": contact if contact is not None and contact.known else None,
        "formality": 0,  # the register itself picks formal or casual wording
        "warmer": False,
        "sender": sender or None,
        **{field: _value(field, fields.get(field)) for field in FIELD_KINDS},
    }


# A title goes into quotes after a preposition ("ein Update zu „Quartalsbericht“"); a German
# article typed in front of it would then be in the wrong case, so it is dropped.
_GERMAN_ARTICLE = re.compile(
    r"^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)\s+(?=[A-ZÄÖÜ])"
)


def _value(field: str, value: str | None) -> str | None:
    if not value:
        return None
    if FIELD_KINDS[field] == "title":
        return _GERMAN_ARTICLE.sub("", clean_field(field, value)) or None
    if FIELD_KINDS[field] == "text":
        return clean_field(field, value) or None
    if FIELD_KINDS[field] == "choice":
        return value if value in CHOICES[field] else None
    return value


def render_situation(
    renderer: DraftRenderer,
    key: str,
    fields: dict[str, str | None],
    name: str | None,
    register: str,
    shape: str,
    sender: str | None,
    lowercase_words: list[str],
    contact: Contact | None = None,
) -> str:
    language = renderer.language
    context = situation_context(fields, name, register, shape, sender, language, contact)
    text = renderer.render(f"library/{key}", **context)
    if language == "de" and opens_with_salutation(text):
        head, separator, body = text.partition("\n\n")
        text = f"{head}\n\n{lower_after_salutation(body, lowercase_words)}"
    return text


def salutation_line(
    renderer: DraftRenderer, name: str | None, register: str, contact: Contact | None
) -> str:
    """The salutation an email to this client opens with ("Guten Tag Frau Dr. Hoffmann,",
    "Hi Priya,"): the `salutation` macro of replies/_parts.j2, the very one the drafts use, with
    the same context a library template gets. Own templates fill {salutation} with it."""
    context = situation_context({}, name, register, "email", None, renderer.language, contact)
    module = renderer.env.get_template("_parts.j2").make_module(vars=context)
    macro = module.salutation
    # The macro reads the context; older versions took some of it as parameters.
    arguments = {key: context[key] for key in getattr(macro, "arguments", ()) if key in context}
    return tidy(str(macro(**arguments)))


# --- own templates' automatic fields --------------------------------------------------------------
AUTO_FIELDS = ("client", "client_first", "me", "salutation", "contact_first", "contact_last")
CLIENT_FIELDS = ("client", "client_first", "salutation", "contact_first", "contact_last")


def auto_values(
    client_name: str | None,
    sender: str | None,
    contact: Contact | None = None,
    salutation: str | None = None,
) -> dict[str, str]:
    """The fields of an own template the bot fills itself: the client's name, the VA's, the
    contact person's names where known, and the salutation (rendered by the caller with
    `salutation_line`, since it needs the renderer)."""
    values = {}
    if client_name:
        values["client"] = client_name
        values["client_first"] = client_name if is_company(client_name) else first_name(client_name)
    if sender:
        values["me"] = sender
    if contact is not None and contact.first:
        values["contact_first"] = contact.first
    if contact is not None and contact.last:
        values["contact_last"] = contact.last
    if salutation:
        values["salutation"] = salutation
    return values


# --- search ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Entry:
    """A searchable template: a built-in situation ("lib", key) or an own one ("own", id)."""

    kind: str
    ref: str
    title: str
    words: tuple[str, ...]


def library_entries(libraries: list[dict], language: str) -> list[Entry]:
    """Built-in situations, titled in `language`, findable by words of every language."""
    entries = []
    primary = next(lib for lib in libraries if lib.get("language") == language)
    for key in SITUATIONS:
        words: list[str] = []
        for lib in libraries:
            item = lib["situations"][key]
            words += [str(item["title"]), *(str(word) for word in item.get("keywords", []))]
        entries.append(Entry("lib", key, primary["situations"][key]["title"], tuple(words)))
    return entries


def score(query: str, entry: Entry) -> float:
    best = 0.0
    for word in (entry.title, *entry.words):
        best = max(best, fuzz.WRatio(query, word, processor=utils.default_process))
    return best


def search(query: str, entries: list[Entry], limit: int = 50) -> list[Entry]:
    """Entries that match the typed words, best first; all entries for an empty query.

    Tolerant of typos (rapidfuzz's weighted ratio); a query of several words must match each."""
    words = [w for w in re.split(r"\s+", query.strip()[:256]) if utils.default_process(w)]
    if not words:
        return entries[:limit]
    scored = []
    for index, entry in enumerate(entries):
        scores = [score(word, entry) for word in words[:6]]
        if min(scores) >= SEARCH_THRESHOLD:
            scored.append((-sum(scores) / len(scores), index, entry))
    scored.sort(key=lambda item: (item[0], item[1]))
    return [entry for _, _, entry in scored[:limit]]


# --- dates ----------------------------------------------------------------------------------------
def date_choices(today: date) -> list[tuple[str, date]]:
    """Tomorrow, Friday (the next one after today), next Monday, in two weeks, first of next month."""
    friday = today + timedelta(days=(4 - today.weekday()) % 7 or 7)
    monday = today + timedelta(days=(7 - today.weekday()) or 7)
    first = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
    choices = [
        ("tomorrow", today + timedelta(days=1)),
        ("friday", friday),
        ("monday", monday),
        ("two_weeks", today + timedelta(days=14)),
        ("next_month", first),
    ]
    seen: set[date] = set()
    unique = []
    for label, day in choices:
        if day not in seen:
            seen.add(day)
            unique.append((label, day))
    return sorted(unique, key=lambda choice: choice[1])


def calendar_weeks(today: date, offset_weeks: int, weeks: int = 5) -> list[list[date | None]]:
    """A date picker page: `weeks` rows Monday to Sunday starting at the week `offset_weeks`
    after this one; days up to today are None (no reply promises a date in the past)."""
    start = today - timedelta(days=today.weekday()) + timedelta(weeks=offset_weeks)
    rows = []
    for week in range(weeks):
        row: list[date | None] = []
        for weekday in range(7):
            day = start + timedelta(weeks=week, days=weekday)
            row.append(day if day > today else None)
        rows.append(row)
    return rows
