"""Conversation state lives in the database: a restart in the middle of a flow loses nothing."""

from __future__ import annotations

from bot.i18n import translator
from tests.journeys import client_rows, user_row


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
    if language == "de":
        await chat.press(tr.label("“Sie” (formal)"))
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
