"""Telegram takes at most 4,096 characters a message: longer texts are split, never cut.

Splits fall between paragraphs, else between lines, else between words; a Telegram HTML tag
open at a split is closed before it and opened again after it, so every part stays valid.
"""

from __future__ import annotations

import re

LIMIT = 4096
_TAG = re.compile(r"<(/?)([a-z-]+)([^>]*)>")
_ENTITY = re.compile(r"&[a-z]+;|&#\d+;")


def visible_length(markup: str) -> int:
    """Characters Telegram counts: tags do not count, an entity counts as one."""
    return len(_ENTITY.sub("x", _TAG.sub("", markup)))


def split_message(markup: str, limit: int = LIMIT) -> list[str]:
    if visible_length(markup) <= limit:
        return [markup]
    parts: list[str] = []
    current = ""
    for piece in _pieces(markup, limit):
        candidate = current + piece
        if current and visible_length(candidate) > limit:
            parts.append(current)
            current = piece
        else:
            current = candidate
    if current.strip():
        parts.append(current)
    return _rebalance([part.strip("\n") for part in parts if part.strip()])


def _pieces(markup: str, limit: int) -> list[str]:
    """Paragraphs with their separators; an oversized one broken at lines, then words."""
    pieces: list[str] = []
    for paragraph in re.split(r"(?<=\n\n)", markup):
        if visible_length(paragraph) <= limit:
            pieces.append(paragraph)
            continue
        for line in re.split(r"(?<=\n)", paragraph):
            if visible_length(line) <= limit:
                pieces.append(line)
                continue
            words = re.split(r"(?<= )", line)
            for word in words:
                while visible_length(word) > limit:  # one endless "word": cut between characters
                    pieces.append(word[:limit])
                    word = word[limit:]
                pieces.append(word)
    return pieces


def _rebalance(parts: list[str]) -> list[str]:
    """Close tags left open at the end of a part and reopen them at the start of the next."""
    balanced: list[str] = []
    carried: list[tuple[str, str]] = []  # (name, attributes) open from the part before
    for part in parts:
        prefix = "".join(f"<{name}{attributes}>" for name, attributes in carried)
        stack = list(carried)
        for closing, name, attributes in _TAG.findall(part):
            if closing:
                if stack and stack[-1][0] == name:
                    stack.pop()
            else:
                stack.append((name, attributes))
        suffix = "".join(f"</{name}>" for name, _ in reversed(stack))
        balanced.append(prefix + part + suffix)
        carried = stack
    return balanced
