"""Calls made for clients: playbooks, the call card, the call log and practice calls."""
