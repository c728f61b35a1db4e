"""Telegram takes at most 4,096 characters a message: longer texts are split, never cut.

Splits fall between paragraphs, else between lines, else between words, else between characters,
but never inside a tag or an entity (`&amp;` counts as one character and stays whole). A Telegram
HTML tag open at a split is closed before it and opened again after it, so every part stays
valid. The markup is read once and each split point is found by bisection: the work grows with
the length of the text, not with its square, so a huge text cannot stall the event loop.
"""

from __future__ import annotations

import re
from bisect import bisect_right

LIMIT = 4096
_TAG = r"<(/?)([a-zA-Z][\w-]*)([^<>]*)>"
_ENTITY = r"&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);"
# A tag (no width) or an entity (one character); all else is text, one character per character.
_TOKEN = re.compile(f"{_TAG}|{_ENTITY}")
_TAG_ONLY = re.compile(_TAG)
_CLOSING = re.compile(r"</[a-zA-Z][\w-]*\s*>")
_BLANKS = re.compile(r"[ \n]*")
# Split points, best first; the separator itself is dropped at a split.
_SEPARATORS = ("\n\n", "\n", " ")


def visible_length(markup: str) -> int:
    """Characters Telegram counts: tags do not count, an entity counts as one."""
    hidden = 0
    for token in _TOKEN.finditer(markup):
        hidden += token.end() - token.start() - (0 if token.group(2) else 1)
    return len(markup) - hidden


def split_message(markup: str, limit: int = LIMIT) -> list[str]:
    if limit < 1:
        raise ValueError("a part holds at least one character")
    if visible_length(markup) <= limit:
        return [markup]
    layout = _Layout(markup)
    pieces: list[str] = []
    start = visible = 0  # where the next part starts: in the markup, in visible characters
    while layout.total - visible > limit:
        end, resume, visible = layout.cut(visible, limit)
        pieces.append(markup[start:end].rstrip(" \n"))
        start = _BLANKS.match(markup, resume).end()  # the next part does not open with blanks
        visible += start - resume
    pieces.append(markup[start:])
    return _rebalance(pieces)


class _Layout:
    """Where each visible character of the markup sits, and where the markup may be split."""

    def __init__(self, markup: str) -> None:
        self.markup = markup
        # Runs of visible characters: a stretch of text, or one entity.
        self.offsets: list[int] = []  # visible offset where the run starts
        self.starts: list[int] = []  # where it starts in the markup
        self.ends: list[int] = []  # where it ends in the markup
        self.text: list[bool] = []  # text (one markup character each) or an entity
        # Per kind of break: visible offsets and markup positions of the separators.
        self.breaks: list[tuple[list[int], list[int]]] = [([], []) for _ in _SEPARATORS]
        position = visible = 0
        for token in _TOKEN.finditer(markup):
            visible = self._text(position, token.start(), visible)
            if not token.group(2):  # an entity
                self._run(visible, token.start(), token.end(), False)
                visible += 1
            position = token.end()
        self.total = self._text(position, len(markup), visible)

    def _run(self, visible: int, start: int, end: int, text: bool) -> None:
        self.offsets.append(visible)
        self.starts.append(start)
        self.ends.append(end)
        self.text.append(text)

    def _text(self, start: int, end: int, visible: int) -> int:
        if start >= end:
            return visible
        self._run(visible, start, end, True)
        for (offsets, positions), separator in zip(self.breaks, _SEPARATORS, strict=True):
            found = self.markup.find(separator, start, end)
            while found != -1:
                offsets.append(visible + found - start)
                positions.append(found)
                found = self.markup.find(separator, found + len(separator), end)
        return visible + end - start

    def cut(self, start: int, limit: int) -> tuple[int, int, int]:
        """Split the part starting at visible offset `start`: (its end in the markup, the markup
        position and visible offset of what follows)."""
        end = start + limit
        # Best kind of break that leaves the part at least half full, else any break, else a cut
        # between characters (a word longer than the limit).
        for floor in (start + limit // 2, start):
            for (offsets, positions), separator in zip(self.breaks, _SEPARATORS, strict=True):
                index = bisect_right(offsets, end) - 1
                if index >= 0 and offsets[index] > floor:
                    width = len(separator)
                    return positions[index], positions[index] + width, offsets[index] + width
        run = bisect_right(self.offsets, end - 1) - 1  # the run of the part's last character
        if self.text[run]:
            stop = self.starts[run] + end - self.offsets[run]
        else:
            stop = self.ends[run]
        while closing := _CLOSING.match(self.markup, stop):  # end tags stay with their text
            stop = closing.end()
        return stop, stop, end


def _rebalance(pieces: list[str]) -> list[str]:
    """Close tags left open at the end of a part and reopen them at the start of the next; a
    part with nothing but blanks is left out (Telegram refuses an empty message), unless all are."""
    balanced: list[str] = []
    blank: list[str] = []
    stack: list[tuple[str, str]] = []  # (name, attributes) open before this part
    for piece in pieces:
        prefix = "".join(f"<{name}{attributes}>" for name, attributes in stack)
        for closing, name, attributes in _TAG_ONLY.findall(piece):
            if not closing:
                stack.append((name, attributes))
            elif stack and stack[-1][0] == name:
                stack.pop()
        suffix = "".join(f"</{name}>" for name, _ in reversed(stack))
        (balanced if _TAG_ONLY.sub("", piece).strip() else blank).append(prefix + piece + suffix)
    return balanced or blank[:1]
