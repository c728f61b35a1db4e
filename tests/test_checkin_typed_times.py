"""Clock times typed at the check-in's hours question, as a VA types them: "20:00" asks again
at 20:00 and saves no 20 hours, "20" asks which was meant, more than 14 hours are saved only
once confirmed, and "um 8" said at 18:30 is tonight, not tomorrow morning.
Fixed clock: Thursday 13 March 2025, Berlin (UTC+1)."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.journeys import TODAY, logs, setup_user
from tests.test_checkin_snooze import THURSDAY, at, checkins_received, scheduled, snoozes


async def test_a_clock_time_at_the_hours_question_asks_again_then(bot, chat, language):
    await scheduled(bot, chat, language, ("Acme",))
    await chat.send("20:00")
    assert "20:00" in chat.last_text  # "I will ask again at 20:00"
    assert await logs(bot, chat) == {}  # not 20 hours of work
    assert [row.key for row in await snoozes(bot)] == ["2025-03-13@2025-03-13T19:00Z"]


async def test_a_number_that_may_be_a_time_asks_which_was_meant(bot, chat, language):
    tr = await scheduled(bot, chat, language, ("Acme",))
    await chat.send("20")
    assert await logs(bot, chat) == {}
    assert "Acme" in chat.last_text
    again = tr.label("⏰ Ask again at {time}", time="20:00")
    assert chat.button_labels == [tr.label("{hours} h worked", hours="20"), again]
    await chat.press(again)
    assert "20:00" in chat.last_text and await logs(bot, chat) == {}
    await at(bot, datetime(2025, 3, 13, 19, 0, tzinfo=UTC))  # 20:00 in Berlin
    assert checkins_received(chat) == 2


async def test_very_long_hours_are_saved_once_confirmed(bot, chat, language):
    tr = await scheduled(bot, chat, language, ("Acme", "Bea"))
    await chat.send("16")
    assert await logs(bot, chat) == {}
    await chat.press(tr.label("{hours} h worked", hours="16"))
    assert await logs(bot, chat) == {(THURSDAY, 1): 960}
    assert "Bea" in chat.last_text  # on to the next question


async def test_other_hours_typed_instead_of_confirming_are_saved(bot, chat, language):
    await scheduled(bot, chat, language, ("Acme",))
    await chat.send("20")
    await chat.send("2")  # the question is still open: the right number
    assert await logs(bot, chat) == {(THURSDAY, 1): 120}


async def test_long_hours_after_other_are_confirmed_too(bot, chat, language):
    tr = await setup_user(bot, chat, language, ("Acme",))
    await chat.send("/checkin")
    await chat.press(tr.label("Other…"))
    await chat.send("18")
    assert await logs(bot, chat) == {}
    await chat.press(tr.label("{hours} h worked", hours="18"))
    assert await logs(bot, chat) == {(TODAY, 1): 18 * 60}


async def test_a_clock_time_too_far_ahead_is_confirmed_not_saved(bot, chat, language):
    tr = await scheduled(bot, chat, language, ("Acme",))
    bot.app.clock = lambda: datetime(2025, 3, 13, 20, 0, tzinfo=UTC)  # 21:00: 20:00 has passed
    await chat.send("20:00")
    assert await logs(bot, chat) == {} and await snoozes(bot) == []
    assert chat.button_labels == [tr.label("{hours} h worked", hours="20")]


async def test_at_eight_said_in_the_evening_is_tonight(bot, chat, language):
    await scheduled(bot, chat, language, ("Acme",))
    bot.app.clock = lambda: datetime(2025, 3, 13, 17, 30, tzinfo=UTC)  # 18:30 in Berlin
    await chat.send("um 8" if language == "de" else "at 8")
    assert "20:00" in chat.last_text
    assert "Freitag" not in chat.last_text and "Friday" not in chat.last_text
    assert [row.key for row in await snoozes(bot)] == ["2025-03-13@2025-03-13T19:00Z"]
    await chat.send("halb neun" if language == "de" else "at 8:30")
    assert "20:30" in chat.last_text


async def test_a_clock_time_with_no_checkin_open_is_not_taken_for_hours(bot, chat, language):
    await setup_user(bot, chat, language)
    await chat.send("20:00")
    assert "/log" not in chat.last_text and "/help" in chat.last_text
    assert await logs(bot, chat) == {}
