"""Stored text holds no control characters: PostgreSQL refuses NUL in text (a note with one
failed the whole update), and none of them means anything in a message. Tab, newline and
carriage return stay.

One `before_flush` listener cleans the String, Text and JSON attributes of every row a session
writes; bot/runtime/persistence.py cleans the flow data it writes with its own statements.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import JSON, String, event, inspect
from sqlalchemy.orm import Mapper, Session, UOWTransaction

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def strip_controls(value: Any) -> Any:
    """`value` without control characters, also inside lists and dicts (keys too)."""
    if isinstance(value, str):
        return _CONTROL.sub("", value) if _CONTROL.search(value) else value
    if isinstance(value, dict):
        return {strip_controls(key): strip_controls(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [strip_controls(item) for item in value]
    return value


_text_keys: dict[Mapper, tuple[str, ...]] = {}


def _text_attributes(mapper: Mapper) -> tuple[str, ...]:
    if mapper not in _text_keys:
        _text_keys[mapper] = tuple(
            attribute.key
            for attribute in mapper.column_attrs
            if isinstance(attribute.columns[0].type, String | JSON)
        )
    return _text_keys[mapper]


def _clean_rows(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    for row in (*session.new, *session.dirty):
        state = inspect(row)
        for key in _text_attributes(state.mapper):
            if key in state.dict:  # only what is loaded or set: nothing is read from the database
                value = state.dict[key]
                cleaned = strip_controls(value)
                if cleaned != value:
                    setattr(row, key, cleaned)


def install() -> None:
    """Clean what every session writes (idempotent; AsyncSession runs a Session inside)."""
    if not event.contains(Session, "before_flush", _clean_rows):
        event.listen(Session, "before_flush", _clean_rows)
