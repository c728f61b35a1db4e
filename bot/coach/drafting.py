"""The one draft renderer: reply drafts of the say-no coach and reply templates, in a sandbox.

Drafts are plain text meant to be copied into an email or chat, so nothing is HTML-escaped
here; the flow escapes when it shows a draft in Telegram. The environment is Jinja2's sandbox,
so a user's own template can never reach Python objects or the file system.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path

import yaml
from babel.dates import format_date
from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from bot.coach.say_no import (
    as_fragment,
    as_sentence,
    first_name,
    is_company,
    lower_after_salutation,
)
from bot.coach.say_no_wording import person_from_name
from bot.i18n import CONTENT_DIR

_SPACES = re.compile(r"[ \t]{2,}")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"[ \t]+([,.;:!?])")


# Templates write one sentence per line; a blank line starts a paragraph; LINE_BREAK keeps a
# break inside a paragraph (a sign-off above the name).
LINE_BREAK = "\u2028"


def tidy(text: str) -> str:
    """Sentences joined into paragraphs, and the whitespace conditionals leave behind removed."""
    paragraphs = []
    for block in re.split(r"\n[ \t]*\n", text):
        sentences = [line.strip(" \t") for line in block.split("\n") if line.strip(" \t")]
        if sentences:
            paragraph = _SPACES.sub(" ", " ".join(sentences))
            paragraph = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", paragraph)
            paragraphs.append(paragraph.replace(f" {LINE_BREAK} ", LINE_BREAK))
    return "\n\n".join(paragraphs).replace(LINE_BREAK, "\n").strip(" \t\n")


def after_greeting(text: str, lowercase_words: list[str]) -> str:
    """German: a salutation ends in a comma, so "Guten Tag,\n\nvielen Dank …" continues in lower
    case; only function words lose their capital (nouns and names keep it)."""
    head, separator, body = text.partition("\n\n")
    if not separator or "\n" in head or not head.endswith(","):
        return text
    return f"{head}\n\n{lower_after_salutation(body, lowercase_words)}"


class DraftRenderer:
    def __init__(self, language: str, content_dir: Path = CONTENT_DIR) -> None:
        self.language = language
        phrases = yaml.safe_load((content_dir / language / "data" / "say_no.yaml").read_text())
        self.lowercase_words = phrases.get("lowercase_after_salutation", [])
        self.env = SandboxedEnvironment(
            loader=FileSystemLoader(content_dir / language / "replies"),
            undefined=StrictUndefined,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters.update(
            sentence=as_sentence,
            fragment=as_fragment,
            first_name=first_name,
            long_date=self.long_date,
            person=person_from_name,  # a client name that names a person, when no contact is set
        )
        self.env.tests["company"] = is_company
        self.env.globals["br"] = LINE_BREAK

    def long_date(self, iso: str, pattern: str) -> str:
        return format_date(date.fromisoformat(iso), pattern, locale=self.language)

    def render(self, template: str, **context: object) -> str:
        text = tidy(self.env.get_template(f"{template}.j2").render(**context))
        return after_greeting(text, self.lowercase_words)

    def render_string(self, source: str, **context: object) -> str:
        """A user's own template, rendered in the same sandbox."""
        return tidy(self.env.from_string(source).render(**context))

    def render_own(self, source: str, values: dict[str, str]) -> str:
        """A user's own `{field}` template (bot/coach/own_format.py): a plain substitution, so
        the user's text never becomes template code. Line breaks stay as the user wrote them."""
        from bot.coach.own_format import fill

        return fill(source, values).strip()


@cache
def renderer(language: str) -> DraftRenderer:
    return DraftRenderer(language)
