"""A user's own reply template: plain text with `{field}` gaps, never code.

    "Hallo {client}, die Folien kommen bis {day}." -> fields ["client", "day"]

`{{` and `}}` stand for literal braces. Field names are `[a-z_][a-z0-9_]{0,30}`. Anything else
(an unclosed `{`, a stray `}`, a name with spaces, dots, brackets or quotes) is reported with its
position, so the user learns exactly what to fix. Filling is a plain substitution: no template
engine ever sees the user's text, so nothing in it can reach Python objects or files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

FIELD_NAME = re.compile(r"[a-z_][a-z0-9_]{0,30}")
MAX_SOURCE = 3000
MAX_NAME = 40
MAX_FIELDS = 12  # distinct fields, so a template never asks more than a dozen questions
# A filled reply has to fit into one Telegram message: it is shown as one, and "Send to a chat"
# passes it on through inline mode as one. That also bounds the work: `{a}` a thousand times
# filled with a 300-character answer would otherwise make 300,000 characters and 84 messages.
MAX_FILLED = 4096


@dataclass
class TemplateFormatError(ValueError):
    """reason: unclosed, stray_close, bad_name, empty_name, too_long, too_many, empty; and
    too_long_filled from `fill` (name: the length it would have had)."""

    reason: str
    position: int = 0  # 1-based character position, 0 when it does not apply
    name: str = ""

    def __str__(self) -> str:
        return f"{self.reason} at {self.position}: {self.name!r}"


@dataclass(frozen=True)
class Piece:
    text: str = ""
    field: str | None = None


@dataclass
class Parsed:
    pieces: list[Piece] = field(default_factory=list)

    @property
    def fields(self) -> list[str]:
        """Field names in order of first appearance."""
        seen: dict[str, None] = {}
        for piece in self.pieces:
            if piece.field:
                seen.setdefault(piece.field, None)
        return list(seen)


def parse(source: str) -> Parsed:
    if not source.strip():
        raise TemplateFormatError("empty")
    if len(source) > MAX_SOURCE:
        raise TemplateFormatError("too_long", name=str(MAX_SOURCE))
    pieces: list[Piece] = []
    text: list[str] = []
    index = 0
    while index < len(source):
        char = source[index]
        if char == "{" and source.startswith("{{", index):
            text.append("{")
            index += 2
        elif char == "}" and source.startswith("}}", index):
            text.append("}")
            index += 2
        elif char == "}":
            raise TemplateFormatError("stray_close", position=index + 1)
        elif char == "{":
            close = source.find("}", index + 1)
            opening = source.find("{", index + 1)
            if close == -1 or (opening != -1 and opening < close):
                raise TemplateFormatError("unclosed", position=index + 1)
            raw = source[index + 1 : close]
            name = raw.strip().lower()
            if not name:
                raise TemplateFormatError("empty_name", position=index + 1)
            if not FIELD_NAME.fullmatch(name):
                raise TemplateFormatError("bad_name", position=index + 1, name=raw[:40])
            if text:
                pieces.append(Piece(text="".join(text)))
                text = []
            pieces.append(Piece(field=name))
            index = close + 1
        else:
            text.append(char)
            index += 1
    if text:
        pieces.append(Piece(text="".join(text)))
    parsed = Parsed(pieces)
    if len(parsed.fields) > MAX_FIELDS:
        raise TemplateFormatError("too_many", name=str(MAX_FIELDS))
    return parsed


def fields_of(source: str) -> list[str]:
    return parse(source).fields


def filled_length(parsed: Parsed, values: dict[str, str], unknown: int = 1) -> int:
    """The length `fill` gives, without building the text; a field without a value counts as
    `unknown` characters (an answer is never empty)."""
    length = 0
    for piece in parsed.pieces:
        if piece.field is None:
            length += len(piece.text)
        else:
            value = values.get(piece.field)
            length += unknown if value is None else len(str(value))
    return length


def room_for(source: str, values: dict[str, str], name: str) -> tuple[int, int]:
    """(the longest value for field `name` that keeps the filled template within MAX_FILLED, how
    often `name` appears); other fields as in `values`, one character each where still unknown."""
    parsed = parse(source)
    count = sum(piece.field == name for piece in parsed.pieces)
    others = filled_length(parsed, {key: value for key, value in values.items() if key != name})
    return (MAX_FILLED - (others - count)) // max(count, 1), count


def fill(source: str, values: dict[str, str]) -> str:
    """The template with every field replaced; KeyError names the first field without a value,
    TemplateFormatError("too_long_filled") says it would be longer than MAX_FILLED (measured
    before anything is built)."""
    parsed = parse(source)
    for piece in parsed.pieces:
        if piece.field is not None and values.get(piece.field) is None:
            raise KeyError(piece.field)
    if (length := filled_length(parsed, values)) > MAX_FILLED:
        raise TemplateFormatError("too_long_filled", name=str(length))
    return "".join(
        piece.text if piece.field is None else str(values[piece.field]) for piece in parsed.pieces
    )


def escape(text: str) -> str:
    """Plain text as a template that reproduces it exactly (braces doubled)."""
    return text.replace("{", "{{").replace("}", "}}")


def as_template(text: str, replacements: dict[str, str]) -> str:
    """A finished draft as a reusable template: braces escaped, then each known value (the
    client's name, the VA's name) replaced by its field wherever it stands as a whole word."""
    source = escape(text)
    for name, value in sorted(replacements.items(), key=lambda item: -len(item[1] or "")):
        if value and len(value) >= 2:
            source = re.sub(rf"(?<!\w){re.escape(escape(value))}(?!\w)", f"{{{name}}}", source)
    return source


def clean_name(name: str) -> str:
    """A template's display name: one line, single-spaced, at most MAX_NAME characters."""
    return " ".join(name.split())[:MAX_NAME]
