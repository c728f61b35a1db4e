"""Telegram adapters, one flow per module: parse input, ask coach/db, render content, reply."""
