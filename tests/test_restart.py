"""Conversation state lives in the database: a restart in the middle of a flow loses nothing."""

from __future__ import annotations

from sqlalchemy import select, update

from bot.db.models import ConversationRow, Draft
from bot.flows.say_no.codecs import NoPick
from bot.i18n import translator
from tests.journeys import client_rows, onboarded, register_label, user_row


async def test_onboarding_continues_after_a_restart(bot_factory, any_database_url, language):
    tr = translator(language)
    first = await bot_factory(any_database_url)
    chat = first.chat(language_code=language, user_id=777)
    await chat.send("/start")
    await chat.press(tr.label("Let's start"))
    await chat.send("Carla")
    await chat.send("Europe/Berlin")  # now at the check-in time question
    await first.stop()

    second = await bot_factory(any_database_url)
    chat = second.chat(language_code=language, user_id=777)
    await chat.send("08:30")  # answered to the new process, as if nothing happened
    await chat.send("20")
    await chat.send("Beta AG")
    await chat.press(register_label(language))
    await chat.press(tr.label("Skip"))  # no contact person
    await chat.press(tr.label("Done"))

    user = await user_row(second, chat)
    assert (user.display_name, user.timezone, user.checkin_time, user.capacity_hours) == (
        "Carla",
        "Europe/Berlin",
        "08:30",
        20,
    )
    assert [client.name for client in await client_rows(second, chat)] == ["Beta AG"]
    assert user.onboarded_at is not None


async def test_state_is_written_on_every_step_not_only_at_shutdown(bot_factory, database_url):
    """A crash (no clean shutdown) must not lose the step: read the rows while still running."""
    bot = await bot_factory()
    chat = bot.chat(user_id=778)
    await chat.send("/start")
    await chat.press("Let's start")
    await chat.send("Dana")
    second = await bot_factory()  # a second process reading the same database, first still up
    chat2 = second.chat(user_id=778)
    await chat2.send("Europe/Rome")
    assert (await user_row(second, chat2)).timezone == "Europe/Rome"


async def test_a_flow_open_before_the_upgrade_to_the_flow_engine_goes_on(bot_factory, language):
    """Versions before the flow engine stored one conversation state per step (the say-no
    coach's client question was state 2, and the draft kept the step's name). After the
    upgrade, the answer to that question is taken, not met with "please use the buttons"."""
    first = await bot_factory()
    chat = first.chat(language_code=language, user_id=779)
    await onboarded(chat, language)
    await chat.send("/no")
    await chat.send("Could you also take over the newsletter?")  # now at "who is it from?"
    await first.stop()
    async with first.app.database.sessions.begin() as session:
        await session.execute(
            update(ConversationRow)
            .where(ConversationRow.name == "say_no", ConversationRow.user_id == 779)
            .values(state={"state": 2})
        )
        draft = (await session.execute(select(Draft).where(Draft.user_id == 779))).scalar_one()
        answers = {key: value for key, value in draft.answers.items() if key != "step"}
        draft.answers = {**answers, "stage": "client"}

    second = await bot_factory()
    chat = second.chat(language_code=language, user_id=779)
    await chat.press_data(NoPick(step=2, value="none").pack())  # its "No name" button
    assert {"de": "per E-Mail oder per Chat", "en": "by email or by chat"}[
        language
    ] in chat.last_text
