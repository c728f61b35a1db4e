"""The scheduled check-in as a VA meets it: typed hours where buttons offer them, a snooze
("⏰ In 1 hour", "⏰ Tonight", typed "in 2 hours" or "später") that comes back at the right local
time, also when snoozed again the next day, is promised only when it will be sent, and no
check-in (nor snooze) on a day already logged in full. Fixed clock: Thursday 13 March 2025,
Berlin."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from bot.db.models import User
from bot.db.models_checkins import ScheduledMessage
from bot.jobs.scheduler import dispatch_due, reschedule_checkin
from tests.journeys import day_row, logs, setup_user

THURSDAY = date(2025, 3, 13)
MORNING = datetime(2025, 3, 13, 6, tzinfo=UTC)  # 07:00 in Berlin
CHECKIN_AT = datetime(2025, 3, 13, 16, 31, tzinfo=UTC)  # 17:31 in Berlin, check-in at 17:30


async def planned(bot, chat, language, clients=()):
    """A VA whose check-in is planned for Thursday 17:30, Berlin time."""
    tr = await setup_user(bot, chat, language, clients, now=MORNING)
    async with bot.app.database.sessions.begin() as session:
        await reschedule_checkin(session, await session.get(User, chat.user["id"]), MORNING)
    return tr


async def at(bot, moment: datetime) -> None:
    """The clock reads `moment`, and the scheduler runs."""
    bot.app.clock = lambda: moment
    await dispatch_due(bot.app, now=lambda: moment)


async def scheduled(bot, chat, language, clients=()):
    tr = await planned(bot, chat, language, clients)
    await at(bot, CHECKIN_AT)
    return tr


def checkins_received(chat) -> int:
    return sum("Check-in" in message.get("text", "") for message in chat.bot_messages)


async def test_in_one_hour_comes_back_an_hour_later_local_time(bot, chat, language):
    tr = await scheduled(bot, chat, language, ("Acme",))
    assert checkins_received(chat) == 1
    await chat.press(tr.label("⏰ In 1 hour"))
    assert "18:31" in chat.last_text  # local time, not UTC
    await at(bot, datetime(2025, 3, 13, 17, 30, tzinfo=UTC))  # 18:30: not yet
    assert checkins_received(chat) == 1
    await at(bot, datetime(2025, 3, 13, 17, 31, tzinfo=UTC))  # 18:31 in Berlin
    assert checkins_received(chat) == 2
    assert "Acme" in chat.last_text


async def test_tonight_is_eight_in_the_evening(bot, chat, language):
    tr = await scheduled(bot, chat, language)
    await chat.press(tr.label("⏰ Tonight"))
    assert "20:00" in chat.last_text
    await at(bot, datetime(2025, 3, 13, 18, 59, tzinfo=UTC))
    assert checkins_received(chat) == 1
    await at(bot, datetime(2025, 3, 13, 19, 0, tzinfo=UTC))
    assert checkins_received(chat) == 2


async def test_a_typed_snooze_is_understood(bot, chat, language):
    await scheduled(bot, chat, language)
    await chat.send("in 2 Stunden" if language == "de" else "in 2 hours")
    assert "19:31" in chat.last_text
    assert await logs(bot, chat) == {}  # not mistaken for 2 hours of work
    await chat.send("heute Abend" if language == "de" else "tonight")  # the latest one counts
    assert "20:00" in chat.last_text
    async with bot.app.database.sessions() as session:
        pending = (
            await session.execute(
                select(ScheduledMessage.key).where(
                    ScheduledMessage.kind == "checkin_snooze", ScheduledMessage.status == "pending"
                )
            )
        ).all()
    assert [row.key for row in pending] == ["2025-03-13@2025-03-13T19:00Z"]  # 20:00 Berlin


async def snoozes(bot, status: str = "pending") -> list[ScheduledMessage]:
    async with bot.app.database.sessions() as session:
        found = await session.execute(
            select(ScheduledMessage).where(
                ScheduledMessage.kind == "checkin_snooze", ScheduledMessage.status == status
            )
        )
        return list(found.scalars())


async def test_a_snooze_too_far_off_is_refused_kindly(bot, chat, language):
    await scheduled(bot, chat, language)
    await chat.send("übermorgen 9 Uhr" if language == "de" else "the day after tomorrow at 9")
    assert chat.last_text == (
        "Ich kann frühestens in 5 Minuten und spätestens in 18 Stunden noch einmal fragen. "
        "Versuch es zum Beispiel mit in 1 Stunde oder heute Abend."
        if language == "de"
        else "I can ask again between 5 minutes and 18 hours from now. "
        "Try, for example, in 1 hour or tonight."
    )
    assert await snoozes(bot) == []  # nothing will come back


def thursday_checkins(chat) -> int:
    """Check-ins of Thursday received (Friday's own check-in is not one)."""
    return sum(
        "Check-in" in text and ("13 March" in text or "13. März" in text)
        for text in (message.get("text", "") for message in chat.bot_messages)
    )


async def test_tonight_pressed_again_the_next_morning_comes_back_that_evening(bot, chat, language):
    tr = await scheduled(bot, chat, language, ("Acme",))
    await chat.press(tr.label("⏰ Tonight"))
    await at(bot, datetime(2025, 3, 13, 19, 0, tzinfo=UTC))  # Thursday 20:00: it comes back
    assert thursday_checkins(chat) == 2
    bot.app.clock = lambda: datetime(2025, 3, 14, 8, 0, tzinfo=UTC)  # Friday 09:00
    await chat.press(tr.label("⏰ Tonight"))  # Thursday's check-in is still open
    assert "20:00" in chat.last_text
    await at(bot, datetime(2025, 3, 14, 19, 0, tzinfo=UTC))  # Friday 20:00
    assert thursday_checkins(chat) == 3  # promised, and sent


async def test_snoozing_a_day_logged_in_full_says_so_and_plans_nothing(bot, chat, language):
    tr = await scheduled(bot, chat, language, ("Acme",))
    await chat.send("/log 6 Acme")
    await chat.press(tr.label("⏰ In 1 hour"), chat.bot_messages[0])
    assert "/log" in chat.last_text and "18:31" not in chat.last_text
    assert ("schon alles eingetragen" if language == "de" else "already logged") in chat.last_text
    assert await snoozes(bot) == []


@pytest.mark.parametrize("typed", ["später", "later", "nachher", "Später bitte"])
async def test_later_typed_is_in_one_hour(bot, chat, language, typed):
    await scheduled(bot, chat, language)
    await chat.send(typed)
    assert "18:31" in chat.last_text
    assert await logs(bot, chat) == {}
    assert [row.key for row in await snoozes(bot)] == ["2025-03-13@2025-03-13T17:31Z"]


async def test_a_snoozed_checkin_is_not_sent_once_the_day_is_logged(bot, chat, language):
    tr = await scheduled(bot, chat, language, ("Acme",))
    await chat.press(tr.label("⏰ In 1 hour"))
    await chat.send("/log 6 Acme")
    await at(bot, datetime(2025, 3, 13, 17, 31, tzinfo=UTC))
    assert checkins_received(chat) == 1


async def test_no_checkin_on_a_day_logged_in_full(bot, chat, language):
    await planned(bot, chat, language, ("Acme", "Bea"))
    bot.app.clock = lambda: MORNING
    await chat.send("/log 5 Acme")
    await chat.send("/log 3 Bea")
    await at(bot, CHECKIN_AT)
    assert checkins_received(chat) == 0
    assert sum((await logs(bot, chat)).values()) == 8 * 60


async def test_a_day_partly_logged_asks_only_what_is_missing(bot, chat, language):
    await planned(bot, chat, language, ("Acme", "Bea"))
    bot.app.clock = lambda: MORNING
    await chat.send("/log 5 Acme")
    await at(bot, CHECKIN_AT)
    assert checkins_received(chat) == 1
    assert "Bea" in chat.last_text and "Acme" not in chat.last_text.split("\n")[1]
    await chat.send("3")  # typed under the scheduled message: Bea's hours
    assert await logs(bot, chat) == {(THURSDAY, 1): 300, (THURSDAY, 2): 180}


async def test_typed_hours_answer_the_scheduled_checkin_client_by_client(bot, chat, language):
    await scheduled(bot, chat, language, ("Acme", "Bea"))
    await chat.send("2,5" if language == "de" else "2.5h")
    saved = chat.last_text
    assert "Acme 2" in saved and "Bea" in saved  # what was saved, then Bea's question
    await chat.send("1:30")
    assert await logs(bot, chat) == {(THURSDAY, 1): 150, (THURSDAY, 2): 90}
    assert "1 =" in chat.last_text  # on to the energy question
    await chat.send("3")  # typed energy, not hours for anyone
    await chat.send("vier" if language == "de" else "four")  # not a number from 1 to 5
    assert "1" in chat.last_text and "5" in chat.last_text
    await chat.send("4/5")  # stress
    assert await logs(bot, chat) == {(THURSDAY, 1): 150, (THURSDAY, 2): 90}
    row = await day_row(bot, chat, THURSDAY)
    assert (row.energy, row.stress) == (3, 4)
    await chat.send("Guter Tag" if language == "de" else "Good day")  # the note, as before
    assert (await day_row(bot, chat, THURSDAY)).note in ("Guter Tag", "Good day")


async def test_typed_hours_after_checkin_command(bot, chat, language):
    await setup_user(bot, chat, language)
    await chat.send("/checkin")
    await chat.send("2 Std" if language == "de" else "9")
    expected = 120 if language == "de" else 540
    assert sum((await logs(bot, chat)).values()) == expected


async def test_minutes_are_hours_too(bot, chat, language):
    await setup_user(bot, chat, language)
    await chat.send("/checkin")
    await chat.send("45 Minuten" if language == "de" else "45 min")
    assert sum((await logs(bot, chat)).values()) == 45


async def test_words_at_the_hours_question_get_a_friendly_hint_and_nothing_is_stored(
    bot, chat, language
):
    tr = await setup_user(bot, chat, language, ("Acme",))
    await chat.send("/checkin")
    await chat.send("viele" if language == "de" else "lots")
    assert await logs(bot, chat) == {}
    assert "6:45" in chat.last_text and "Acme" in chat.last_text  # how, and the question again
    assert tr.label("Other…") in chat.button_labels
    await chat.send("25")
    assert "24" in chat.last_text and await logs(bot, chat) == {}
    await chat.send("7,5")
    assert sum((await logs(bot, chat)).values()) == 450


async def test_a_clients_request_typed_at_the_checkin_is_still_understood(bot, chat, language):
    tr = await setup_user(bot, chat, language, ("Acme",))
    await chat.send("/checkin")
    request = (
        "Könnten Sie bis morgen noch die Präsentation für den Vorstand fertig machen?"
        if language == "de"
        else "Could you please finish the board presentation by tomorrow morning?"
    )
    await chat.send(request)
    assert tr.label("Say no to this") in chat.button_labels
    assert await logs(bot, chat) == {}


async def test_a_number_with_no_checkin_open_points_to_log(bot, chat, language):
    await setup_user(bot, chat, language)
    await chat.send("6")
    assert "/log" in chat.last_text
    assert await logs(bot, chat) == {}


async def test_a_snooze_survives_a_restart(bot_factory, language):
    first = await bot_factory()
    chat = first.chat(language_code=language)
    tr = await scheduled(first, chat, language)
    await chat.press(tr.label("⏰ In 1 hour"))
    await first.stop()
    second = await bot_factory()  # the same database, a new process
    await at(second, datetime(2025, 3, 13, 17, 31, tzinfo=UTC))
    sent = [call for call in second.api.calls if call.method == "sendMessage"]
    assert len(sent) == 1 and "Check-in" in sent[0].params["text"]


async def test_a_snooze_the_scheduler_would_not_send_is_not_promised(bot, chat, language):
    tr = await scheduled(bot, chat, language, ("Acme",))
    due = datetime(2025, 3, 13, 17, 31, tzinfo=UTC)  # where "⏰ In 1 hour" goes
    async with bot.app.database.sessions.begin() as session:  # a row there, already used
        session.add(
            ScheduledMessage(
                user_id=chat.user["id"],
                kind="checkin_snooze",
                key="2025-03-13@2025-03-13T17:31Z",
                due_at=due,
                status="sent",
                payload={},
            )
        )
    await chat.press(tr.label("⏰ In 1 hour"))
    assert "18:31" not in chat.last_text  # no "I will ask again at 18:31"
    assert ("noch einmal" if language == "de" else "try again") in chat.last_text
