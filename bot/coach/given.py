"""One answer to a flow's step, as the pure transitions in bot/coach read it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Given:
    """A button's value (or a typed word that means it, or what a reader made of typed text:
    a parsed time, a number), and typed text; either may be None."""

    value: Any = None
    text: str | None = None
