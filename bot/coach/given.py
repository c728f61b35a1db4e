"""One answer to a flow's step, as the pure transitions in bot/coach read it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Given:
    """A button's value (or a typed word that means it), and typed text; either may be None."""

    value: str | None = None
    text: str | None = None
