"""Own templates stay within one message when filled (MAX_FILLED in bot/coach/own_format.py).

A field that appears many times multiplies its answer: an answer that would make the reply too
long is refused with the room that is left, so a shorter one goes on. A template that is too long
even with one character per field (the client's name and the VA's fill themselves) is not filled
(`too_long` in bot/coach/replies_steps.py).
"""

from __future__ import annotations

from bot.coach.own_format import MAX_FILLED, room_for
from bot.coach.replies_steps import FillAnswers, own_values
from bot.i18n import Translator


def answer_too_long(tr: Translator, answers: FillAnswers, name: str, value: str) -> str | None:
    """Why `value` cannot go into field `name`, or None when the reply still fits."""
    values = {**answers.fields, **own_values(answers.as_reply(), answers.sender, tr.language)}
    room, count = room_for(answers.source or "", values, name)
    if len(value) <= room:
        return None
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


def too_long_note(tr: Translator) -> str:
    """Why the own template being filled cannot be filled at all."""
    return tr.gettext(
        "Filled in, this template would be too long for one message ({limit} characters at most), even with the shortest answers: every field counts each time it appears, the client’s name and yours too. Please shorten it in /mytemplates.",
        limit=tr.number(MAX_FILLED),
    )
