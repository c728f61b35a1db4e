"""Long messages are split at natural boundaries, never cut, and every part is valid HTML."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.splitting import LIMIT, split_message, visible_length
from bot.telegram_offline import html_to_text


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


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="<>&"), min_size=0, max_size=20_000))
def test_any_text_splits_within_the_limit_without_losing_characters(text):
    parts = split_message(text)
    assert all(visible_length(part) <= LIMIT for part in parts)
    assert "".join(parts).replace("\n", "").replace(" ", "") == text.strip("\n").replace("\n", "").replace(" ", "")
