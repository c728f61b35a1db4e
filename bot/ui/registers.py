"""The two registers a client is written to in, as step buttons: German "Sie" or "du", English
formal or casual. Shared by every flow that asks it (/clients, onboarding, /no, /replies)."""

from __future__ import annotations

from bot.ui.flow import Asked, Rows


def registers(asked: Asked) -> Rows:
    tr = asked.context.tr
    if asked.context.language == "de":
        return [[(tr.label("“Sie” (formal)"), "sie"), (tr.label("“du” (informal)"), "du")]]
    return [[(tr.label("Formal"), "sie"), (tr.label("Casual"), "du")]]
