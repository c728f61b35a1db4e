"""Locale choice, gettext catalogs and Jinja2 prose per language, Babel formatting.

Catalogs are compiled from content/<lang>/LC_MESSAGES/bot.po in memory at start-up, so no .mo
file is ever committed or stale.
"""

from __future__ import annotations

import gettext as gettext_module
from datetime import date, time
from decimal import Decimal
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any

import yaml
from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time
from babel.lists import format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from bot.config import content_dir

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "en"
CONTENT_DIR = content_dir()


def pick_language(stored: str | None = None, telegram_code: str | None = None) -> str:
    """The user's stored choice, else Telegram's language_code (base language), else English."""
    for code in (stored, telegram_code):
        if not code:
            continue
        try:
            language = Locale.parse(code, sep="-" if "-" in code else "_").language
        except (ValueError, UnknownLocaleError):
            continue
        if language in LANGUAGES:
            return language
    return DEFAULT_LANGUAGE


def load_catalog(path: Path) -> gettext_module.GNUTranslations:
    with path.open("rb") as po_file:
        catalog = read_po(po_file)
    buffer = BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext_module.GNUTranslations(buffer)


class Translator:
    """Everything user-visible in one language: short strings, prose templates, formatting."""

    def __init__(self, language: str, content_dir: Path = CONTENT_DIR) -> None:
        self.language = language
        self.locale = Locale.parse(language)
        self.content_dir = content_dir
        self.translations = load_catalog(content_dir / language / "LC_MESSAGES" / "bot.po")
        self.env = Environment(
            loader=FileSystemLoader(content_dir / language),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            keep_trailing_newline=True,
            lstrip_blocks=True,
            extensions=["jinja2.ext.i18n"],
        )
        self.env.install_gettext_translations(self.translations, newstyle=True)
        self.env.filters.update(time=self.time, number=self.number, join_list=self.join_list)

    # short strings -----------------------------------------------------------------------------
    def gettext(self, message: str, **params: object) -> str:
        """A short message in Telegram HTML: parameters are escaped, the catalog text is not.

        Returned as Markup, so a template that shows it does not escape it twice."""
        return Markup(self.translations.gettext(message)).format(**params)

    _ = gettext

    def ngettext(self, singular: str, plural: str, n: int, **params: object) -> str:
        return Markup(self.translations.ngettext(singular, plural, n)).format(n=n, **params)

    def label(self, message: str, **params: object) -> str:
        """A button label: plain text, so parameters are not escaped."""
        text = self.translations.gettext(message)
        return text.format(**params) if params else text

    def data(self, name: str) -> Any:
        """Structured content (content/<lang>/data/<name>.yaml), such as time zone buttons."""
        return _load_yaml(self.content_dir / self.language / "data" / f"{name}.yaml")

    # prose -------------------------------------------------------------------------------------
    def render(self, template: str, **context: object) -> str:
        return self.env.get_template(f"{template}.j2").render(**context).strip()

    # formatting --------------------------------------------------------------------------------
    def time(self, value: time) -> str:
        """A clock time in the language's one convention (content/<lang>/data/formats.yaml)."""
        return format_time(value, format=self.data("formats")["time"], locale=self.locale)

    def format_date(self, value: date) -> str:
        """A short date for buttons: "Mo., 7. Dez." / "Mon, 7 Dec"."""
        return format_date(value, format=self.data("formats")["short_date"], locale=self.locale)

    def number(self, value: float | int | Decimal) -> str:
        return format_decimal(value, locale=self.locale)

    def join_list(self, items: list[str]) -> str:
        return format_list(list(items), locale=self.locale) if items else ""


@cache
def in_every_language(name: str, part: str | None = None) -> dict[str, list[str]]:
    """Word lists from content/<lang>/data/<name>.yaml (or its `part`), every language's
    together: what users type is read in either language, whatever the language they chose."""
    merged: dict[str, list[str]] = {}
    for language in LANGUAGES:
        data = translator(language).data(name)
        for key, words in (data[part] if part else data).items():
            merged.setdefault(key, []).extend(words)
    return merged


@cache
def translator(language: str) -> Translator:
    return Translator(language if language in LANGUAGES else DEFAULT_LANGUAGE)


@cache
def _load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def N_(message: str) -> str:
    return message
