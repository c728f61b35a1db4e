"""Row ids are INTEGER columns (bot/db/models*.py). An id from outside (a button, an inline
query) beyond that range can never exist, and PostgreSQL refuses it as a parameter instead of
finding nothing, so lookups answer "not found" without asking the database."""

from __future__ import annotations

MAX_ROW_ID = 2**31 - 1


def is_row_id(value: object) -> bool:
    return isinstance(value, int) and 0 < value <= MAX_ROW_ID
