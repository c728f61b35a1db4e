"""The elements the reply check finds in a text, for the reply-check tests."""

from __future__ import annotations

from bot.coach.tone import check_reply
from bot.coach.tone_lexicon import ELEMENTS


def found(text: str, language: str) -> set[str]:
    """The names of the elements check_reply finds in `text`."""
    result = check_reply(text, language)
    return {name for name in ELEMENTS if result.elements[name].found}
