"""A new client's contact person during onboarding: the questions of clients_contact.py, for
the client whose name and register the setup has just taken (kept in ProfileAnswers)."""

from __future__ import annotations

from telegram import Update

from bot.coach.contact import Contact, contact_of
from bot.coach.given import Given
from bot.coach.profile_steps import ProfileAnswers
from bot.context import CoachContext
from bot.db import repo
from bot.flows.profile import clients_contact


async def contact_question(update: Update, context: CoachContext, answers: ProfileAnswers) -> dict:
    client, register = answers.pending_client or "", answers.pending_register or "sie"
    return clients_contact.contact_question(context, client, register, None, adding=True)


async def read_contact(update: Update, context: CoachContext, answers, given: Given) -> Given:
    client, register = answers.pending_client or "", answers.pending_register or "sie"
    value = clients_contact.read_contact(context, given.text, given.value, client, register)
    return Given(value=value)


async def address_question(update: Update, context: CoachContext, answers: ProfileAnswers) -> dict:
    async with context.database.sessions() as session:
        client = await repo.get_client_by_name(
            session, update.effective_user.id, answers.pending_client or ""
        )
    contact = contact_of(client) or Contact()
    return {"contact": contact, "name": contact.full}


async def read_address(update: Update, context: CoachContext, answers, given: Given) -> Given:
    return Given(value=clients_contact.read_address(context, given.text, given.value))
