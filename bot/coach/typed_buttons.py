"""A typed word that means a button ("fertig", "skip", "ja", "no"): read as that button, in
either language. The words come from content/<lang>/data/typed_buttons.yaml."""

from __future__ import annotations

from typing import Literal

Meaning = Literal["done", "skip", "yes", "no", "sie", "du"]
TRIM = " \t\n.!?,;:\"'“”„«»"


def typed_button(text: str, words: dict[str, list[str]]) -> Meaning | None:
    """What the text means when it is only one of those words, else None."""
    said = text.strip(TRIM).casefold()
    return next((meaning for meaning, variants in words.items() if said in variants), None)
