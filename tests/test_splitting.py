"""Long messages are split at natural boundaries, never cut, and every part is valid HTML."""

from __future__ import annotations

import html
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.offline.telegram_offline import html_to_text
from bot.ui import splitting
from bot.ui.splitting import LIMIT, split_message, visible_length


def test_short_text_stays_whole():
    assert split_message("<b>Hi</b> there") == ["<b>Hi</b> there"]


def test_paragraphs_are_kept_together():
    paragraphs = [f"Paragraph {n}: " + "word " * 300 for n in range(12)]
    parts = split_message("\n\n".join(paragraphs))
    assert len(parts) > 1
    assert all(visible_length(part) <= LIMIT for part in parts)
    joined = " ".join(part.replace("\n\n", " ") for part in parts)
    assert all(paragraph.strip() in joined for paragraph in paragraphs)  # nothing lost


def test_a_tag_open_across_a_split_is_closed_and_reopened():
    text = "<b>" + ("bold words " * 800) + "</b>"
    parts = split_message(text)
    assert len(parts) >= 2
    for part in parts:
        html_to_text(part)  # raises if unbalanced
        assert part.startswith("<b>") and part.endswith("</b>")


@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="<>&"),
        min_size=0,
        max_size=20_000,
    )
)
def test_any_text_splits_within_the_limit_without_losing_characters(text):
    parts = split_message(text)
    assert all(visible_length(part) <= LIMIT for part in parts)
    assert "".join(parts).replace("\n", "").replace(" ", "") == text.strip("\n").replace(
        "\n", ""
    ).replace(" ", "")


# --- random Telegram HTML ------------------------------------------------------------------------
_ENTITY_AT = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);")
_TAG_AT = re.compile(r'</?(?:b|i|code|a)(?: href="[^"<>]*")?>')
_words = st.text(alphabet="abcxyzäöü019<>&\"'😀.,", min_size=1, max_size=12).map(html.escape)
_entities = st.sampled_from(["&amp;", "&lt;", "&gt;", "&quot;", "&#123;", "&#x27;", "&#128512;"])
_blanks = st.sampled_from([" ", "  ", "\n", "\n\n", " \n", "\n\n\n"])
_endless = st.integers(1, 400).map(
    lambda n: "y" * n
)  # often longer than the limit: no space to split at
_text = st.lists(st.one_of(_words, _entities, _blanks, _endless), min_size=1, max_size=12).map(
    "".join
)
_OPENING = {
    "b": "<b>",
    "i": "<i>",
    "code": "<code>",
    "a": '<a href="https://example.com/?q=1&amp;r=&#39;2">',
}


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.tuples(
        st.sampled_from(sorted(_OPENING)), st.lists(children, min_size=1, max_size=4)
    ).map(lambda pair: f"{_OPENING[pair[0]]}{''.join(pair[1])}</{pair[0]}>")


_markup = st.lists(st.recursive(_text, _element, max_leaves=25), min_size=1, max_size=6).map(
    "".join
)


def _whole_tokens(part: str) -> bool:
    """Every & starts a whole entity, and every < and > belongs to a whole tag."""
    ampersands = all(_ENTITY_AT.match(part, found.start()) for found in re.finditer("&", part))
    inside = {index for tag in _TAG_AT.finditer(part) for index in range(tag.start(), tag.end())}
    return ampersands and all(index in inside for index, char in enumerate(part) if char in "<>")


@settings(max_examples=200, deadline=None)
@given(_markup.filter(lambda markup: html_to_text(markup).strip()), st.integers(20, 200))
def test_random_markup_splits_into_valid_parts_without_losing_text(markup, limit):
    original = html_to_text(markup)
    position = 0
    for part in split_message(markup, limit):
        assert visible_length(part) <= limit
        assert _whole_tokens(part), part
        visible = html_to_text(part)  # raises unless well nested, with tags Telegram knows
        assert len(visible) == visible_length(part) and visible.strip()
        found = original.find(visible, position)
        assert found >= 0 and not original[position:found].strip(" \n"), part  # only blanks between
        position = found + len(visible)
    assert not original[position:].strip(" \n")  # nothing lost at the end either


def test_whitespace_at_a_split_is_dropped_and_no_part_is_blank():
    parts = split_message("a" * 10 + " " * 30 + "\n\n" + "b" * 5, 12)
    assert parts == ["a" * 10, "b" * 5]
    parts = split_message("<b>" + " " * 30 + "</b>x" + " " * 30, 10)
    assert [html_to_text(part) for part in parts] == ["x"]


def test_entities_and_tags_are_never_cut():
    parts = split_message("x&amp;y&#x27;z<i>abcdefghijkl</i>mnop", 3)
    assert parts == [
        "x&amp;y",
        "&#x27;z<i>a</i>",
        "<i>bcd</i>",
        "<i>efg</i>",
        "<i>hij</i>",
        "<i>kl</i>m",
        "nop",
    ]


# --- the work grows with the length, not its square ------------------------------------------------
class _CountedPattern:
    """A compiled pattern of bot.ui.splitting that adds up the characters it is asked to read."""

    def __init__(self, pattern: re.Pattern, work: list[int]) -> None:
        self.pattern, self.work = pattern, work

    def _span(self, string: str, pos: int, endpos: int | None) -> int:
        return (len(string) if endpos is None else min(endpos, len(string))) - pos

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None):
        self.work[0] += self._span(string, pos, endpos)
        return self.pattern.finditer(string, pos, len(string) if endpos is None else endpos)

    def match(self, string: str, pos: int = 0, endpos: int | None = None):
        found = self.pattern.match(string, pos, len(string) if endpos is None else endpos)
        self.work[0] += 1 + (found.end() - pos if found else 0)  # a match reads what it matches
        return found

    def __getattr__(self, name: str):
        method = getattr(self.pattern, name)

        def counted(*args: object, **kwargs: object):
            self.work[0] += max((len(arg) for arg in args if isinstance(arg, str)), default=0)
            return method(*args, **kwargs)

        return counted if callable(method) else method


def _work_to_split(text: str, monkeypatch: pytest.MonkeyPatch, limit: int = LIMIT) -> int:
    """Lines of bot/ui/splitting.py run plus characters its patterns read: no clock involved."""
    work = [0]
    for name, value in list(vars(splitting).items()):
        if isinstance(value, re.Pattern):
            monkeypatch.setattr(splitting, name, _CountedPattern(value, work))

    def trace(frame, event, _arg):
        if frame.f_code.co_filename != splitting.__file__:
            return None
        if event == "line":
            work[0] += 1
        return trace

    previous = sys.gettrace()
    sys.settrace(trace)
    try:
        parts = split_message(text, limit)
    finally:
        sys.settrace(previous)
        monkeypatch.undo()
    assert all(visible_length(part) <= limit for part in parts)
    return work[0]


def _long_text(blocks: int) -> str:
    """One endless paragraph, as a template filled a thousand times makes it, with some markup."""
    block = (
        "<b>Hallo</b> &amp; tsch&#252;ss, <i>wie geht&#x27;s</i>? " + "word " * 40 + "z" * 300 + " "
    )
    return block * blocks


def test_splitting_300000_characters_takes_linear_work(monkeypatch):
    small, large = _long_text(54), _long_text(540)  # about 30,000 and 300,000 characters
    assert 290_000 < len(large) < 310_000
    work = _work_to_split(large, monkeypatch)
    # Ten times the text, about ten times the work;
    assert work < 12 * _work_to_split(small, monkeypatch)
    # and not more for longer parts: measuring each part again as it grew took 9 times the work
    # for parts of 4,096 characters than for parts of 256, and 35 steps per character.
    assert work < 1.5 * _work_to_split(large, monkeypatch, limit=256)
    assert work < 10 * len(large)
