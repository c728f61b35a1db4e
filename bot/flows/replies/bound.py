"""Own templates stay within one message when filled (MAX_FILLED in bot/coach/own_format.py).

A field that appears many times multiplies its answer: an answer that would make the reply too
long is refused with the room that is left, so a shorter one goes on. A template that is too long
even with one character per field (the client's name and the VA's fill themselves) is not filled.
"""

from __future__ import annotations

from bot.coach.own_format import MAX_FILLED, filled_length, parse, room_for
from bot.coach.templates import auto_values
from bot.context import CoachContext
from bot.flows.replies.fill import FLOW


def own_values(answers: dict, sender: str | None) -> dict[str, str]:
    """The values an own template is filled with so far (as render_filled fills it)."""
    return {**answers.get("fields", {}), **auto_values(answers.get("client"), sender)}


def answer_too_long(
    context: CoachContext, answers: dict, sender: str | None, name: str, value: str
) -> str | None:
    """Why `value` cannot go into field `name`, or None when the reply still fits."""
    source = context.scratch(FLOW).get("source") or ""
    room, count = room_for(source, own_values(answers, sender), name)
    if len(value) <= room:
        return None
    tr = context.tr
    limit, room_text = tr.number(MAX_FILLED), tr.number(max(room, 1))
    if count > 1:
        return tr.gettext(
            "With that answer the reply would be too long for one message ({limit} characters at most). <b>{{{field}}}</b> appears {count} times in the template, so please keep your answer to {room} characters.",
            limit=limit,
            field=name,
            count=tr.number(count),
            room=room_text,
        )
    return tr.gettext(
        "With that answer the reply would be too long for one message ({limit} characters at most). Please keep your answer to {room} characters.",
        limit=limit,
        room=room_text,
    )


def template_too_long(context: CoachContext, answers: dict, sender: str | None) -> str | None:
    """Why the own template being filled cannot be filled at all, or None when it can."""
    source = context.scratch(FLOW).get("source") or ""
    if not source or filled_length(parse(source), own_values(answers, sender)) <= MAX_FILLED:
        return None
    return context.tr.gettext(
        "Filled in, this template would be too long for one message ({limit} characters at most), even with the shortest answers: every field counts each time it appears, the client’s name and yours too. Please shorten it in /mytemplates.",
        limit=context.tr.number(MAX_FILLED),
    )
