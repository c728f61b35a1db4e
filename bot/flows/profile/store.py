"""Keeping onboarding's and settings' answers: where the flow stands in the user's flow data,
every answer in the user's row at once (so /cancel or a crash loses nothing)."""

from __future__ import annotations

from telegram import Update

from bot.coach.contact import contact_from, contact_of
from bot.coach.profile_steps import ProfileAnswers
from bot.context import CoachContext
from bot.db import repo
from bot.jobs.scheduler import clock_of, reschedule_checkin
from bot.ui import menu
from bot.ui.flow import ScratchStore
from bot.ui.users import load_user

FLOW = "profile"
# what the flow data holds between updates
KEPT = ("step", "mode", "pending_client", "pending_register")


class ProfileStore(ScratchStore):
    """The engine's store (bot/ui/flow.py) for onboarding and settings: where it stands in the
    flow data, each answer (`changes`) in the user's row."""

    async def save(self, update: Update, context: CoachContext, answers: ProfileAnswers) -> None:
        changes, answers.changes = answers.changes, {}
        await super().save(update, context, answers)
        if changes:
            await write(update, context, changes, answers.in_settings)


async def write(update: Update, context: CoachContext, changes: dict, in_settings: bool) -> None:
    client = changes.pop("client", None)
    contact = changes.pop("contact", None)  # (client's name, contact as a dict)
    address = changes.pop("address", None)  # (client's name, "herr" / "frau" / "name")
    workdays = changes.pop("workdays", False)
    async with context.database.sessions.begin() as session:
        user = await load_user(context, session, update)
        for column, value in changes.items():
            setattr(user, column, value)
        if client is not None and client[0]:
            await repo.add_client(session, user.id, *client)
        for name, change in filter(None, (contact, address)):
            row = await repo.get_client_by_name(session, user.id, name) if name else None
            if row is None:
                continue
            if isinstance(change, dict):
                repo.set_contact(row, contact_from(change))
            elif contact_of(row) is not None:
                row.contact_address = change
        moved = workdays or changes.keys() & {"timezone", "checkin_time"}
        if user.onboarded_at is not None and moved:
            await reschedule_checkin(session, user, clock_of(context.application)())
    if "language" in changes:
        context.set_language(changes["language"])
        if in_settings:
            await menu.set_chat_commands(update, context)


store = ProfileStore(FLOW, ProfileAnswers, KEPT)
