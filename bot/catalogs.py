"""Message extraction and catalog upkeep (for `va-coach i18n update` and the parity test)."""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po, write_po

from bot.config import PROJECT_ROOT
from bot.i18n import CONTENT_DIR, LANGUAGES

KEYWORDS = {**DEFAULT_KEYWORDS, "label": None}
# bot/db holds no user-visible text, and SQLAlchemy's `.label()` would look like ours.
METHOD_MAP = [("db/**.py", "ignore"), ("**.py", "python"), ("**.j2", "jinja2")]
OPTIONS = {"**.j2": {"extensions": "jinja2.ext.i18n"}}


def extract_messages() -> set[str | tuple[str, ...]]:
    """Every string the code and templates pass to gettext (singular, or (singular, plural))."""
    found: set[str | tuple[str, ...]] = set()
    for directory in (PROJECT_ROOT / "bot", CONTENT_DIR):
        for _file, _line, message, _comments, _context in extract_from_dir(
            directory, METHOD_MAP, OPTIONS, KEYWORDS
        ):
            found.add(tuple(message) if isinstance(message, tuple | list) else message)
    return found


def catalog_path(language: str) -> Path:
    return CONTENT_DIR / language / "LC_MESSAGES" / "bot.po"


def read_catalog(language: str) -> Catalog:
    with catalog_path(language).open("rb") as handle:
        return read_po(handle, locale=language)


def update_catalogs() -> dict[str, list[str]]:
    """Add new messages to every catalog (English filled with its source), drop unused ones.

    Returns, per language, the messages that still need a translation.
    """
    messages = extract_messages()
    missing: dict[str, list[str]] = {}
    for language in LANGUAGES:
        path = catalog_path(language)
        old = read_catalog(language) if path.exists() else Catalog(locale=language)
        new = Catalog(locale=language, project="VA Coach", fuzzy=False)
        for message in sorted(messages, key=lambda m: m if isinstance(m, str) else m[0]):
            msgid = message if isinstance(message, str) else message[0]
            previous = old.get(message if isinstance(message, str) else message[0])
            if previous is not None and previous.string and any(previous.string):
                string = previous.string
            elif language == "en":
                string = message if isinstance(message, str) else tuple(message)
            else:
                string = "" if isinstance(message, str) else ("", "")
                missing.setdefault(language, []).append(msgid)
            new.add(message, string)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            write_po(handle, new, width=100, omit_header=False, no_location=True, sort_output=True)
    return missing
