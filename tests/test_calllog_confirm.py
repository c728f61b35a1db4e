"""/calllog's call-back time through the offline Bot API: a typed time is read back with its
weekday, date and time and corrected in one tap; a time that cannot be read is answered with
times to tap. The clock stands at Tuesday 10 March 2026, 15:00 in Berlin unless a test moves it."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.coach.callback_times import moment_of, quick_times, shifted, stamp
from bot.coach.calllog_steps import CHANGE as CHANGED
from bot.coach.calllog_steps import CONFIRMED, CallAnswers, Step, advance
from bot.coach.given import Given
from bot.db.models_calls import CallLog
from bot.db.models_checkins import ScheduledMessage
from bot.flows.gatekeeper.codecs import CallPick
from bot.i18n import translator
from tests.journeys import setup_user

NOW = datetime(2026, 3, 10, 14, 0, tzinfo=UTC)  # Tuesday, 15:00 in Berlin
FRIDAY_EVENING = datetime(2026, 3, 13, 17, 0, tzinfo=UTC)  # 18:00 in Berlin
YES, CHANGE = "✅ Yes, that’s right", "✏️ Change time"
BERLIN = ZoneInfo("Europe/Berlin")
TUESDAY_AT_11 = {"de": "Dienstag um 11", "en": "Tuesday at 11"}


async def at_the_callback_question(bot, chat, language: str, now: datetime = NOW) -> None:
    await setup_user(bot, chat, language, ("Heinicke",), now=now)
    await chat.send("/calllog")
    await chat.press("Heinicke")
    await chat.press(translator(language).data("gatekeeper")["outcomes"]["callback"])


async def finish(chat, language: str) -> None:
    """The prospect's name, then Skip for the receptionist, the note and the next step."""
    await chat.send("Berger Logistik")
    for _ in range(3):
        await chat.press(translator(language).label("Skip"))


async def reminder_at(bot, chat) -> datetime:
    """When the follow-up reminder is due, in Berlin."""
    async with bot.app.database.sessions() as session:
        due = (
            await session.execute(
                select(ScheduledMessage.due_at).where(
                    ScheduledMessage.user_id == chat.user["id"],
                    ScheduledMessage.kind == "call_followup",
                )
            )
        ).scalar_one()
    return due.replace(tzinfo=due.tzinfo or UTC).astimezone(BERLIN)


async def test_a_typed_time_is_read_back_with_weekday_date_and_time(bot, chat, language):
    tr = translator(language)
    await at_the_callback_question(bot, chat, language)
    await chat.send(TUESDAY_AT_11[language])
    said = {"de": "Di., 17. März, 11:00 Uhr", "en": "Tue 17 Mar, 11:00"}[language]
    assert said in chat.last_text
    assert chat.button_labels == [
        tr.label(YES),
        tr.label("−1 day"),
        tr.label("+1 day"),
        tr.label("+1 week"),
        tr.label(CHANGE),
    ]
    await chat.press(tr.label(YES))
    assert {"de": "Wen hast du angerufen?", "en": "Whom did you call?"}[language] in chat.last_text
    await finish(chat, language)
    assert said in chat.last_text  # the summary names the same moment
    moment = await reminder_at(bot, chat)
    assert (moment.month, moment.day, moment.hour, moment.minute) == (3, 17, 11, 0)


async def test_one_tap_moves_the_time_by_a_day_or_a_week_across_the_clock_change(
    bot, chat, language
):
    """Corrections keep the local clock time, also past the change to summer time (29 March)."""
    tr = translator(language)
    await at_the_callback_question(bot, chat, language)
    await chat.send(TUESDAY_AT_11[language])
    await chat.press(tr.label("+1 day"))
    assert {"de": "Mi., 18. März, 11:00 Uhr", "en": "Wed 18 Mar, 11:00"}[language] in (
        chat.last_text
    )
    await chat.press(tr.label("+1 week"))
    await chat.press(tr.label("+1 week"))
    assert {"de": "Mi., 1. Apr., 11:00 Uhr", "en": "Wed 1 Apr, 11:00"}[language] in (chat.last_text)
    await chat.press(tr.label("−1 day"))
    assert {"de": "Di., 31. März, 11:00 Uhr", "en": "Tue 31 Mar, 11:00"}[language] in (
        chat.last_text
    )
    await chat.press(tr.label(YES))
    await finish(chat, language)
    moment = await reminder_at(bot, chat)
    assert (moment.month, moment.day, moment.hour, moment.minute) == (3, 31, 11, 0)


async def test_change_time_asks_again_and_a_time_typed_at_the_check_replaces_it(
    bot, chat, language
):
    tr = translator(language)
    await at_the_callback_question(bot, chat, language)
    await chat.send(TUESDAY_AT_11[language])
    await chat.press(tr.label(CHANGE))
    assert {"de": "Wann sollst du zurückrufen?", "en": "When should you call back?"}[language] in (
        chat.last_text
    )
    await chat.send({"de": "morgen 10 Uhr", "en": "tomorrow 10:00"}[language])
    assert {"de": "Mi., 11. März, 10:00 Uhr", "en": "Wed 11 Mar, 10:00"}[language] in (
        chat.last_text
    )
    await chat.send({"de": "Freitag 14 Uhr", "en": "Friday 2 pm"}[language])
    assert {"de": "Fr., 13. März, 14:00 Uhr", "en": "Fri 13 Mar, 14:00"}[language] in (
        chat.last_text
    )
    await chat.send({"de": "ja", "en": "yes"}[language])
    await finish(chat, language)
    moment = await reminder_at(bot, chat)
    assert (moment.day, moment.hour) == (13, 14)


async def test_an_unreadable_time_says_so_and_offers_times_to_tap(bot, chat, language):
    tr = translator(language)
    await at_the_callback_question(bot, chat, language)
    await chat.send({"de": "irgendwann nächste Zeit", "en": "sometime soonish"}[language])
    assert (
        tr.gettext(
            "I could not read that as a time. Type it like “Tuesday at 11” or “tomorrow 10:00”, "
            "or tap one of the times below."
        )
        in chat.last_text
    )
    # 15:00 now: today's 16:00 is still ahead; Wednesday is the next working day
    assert chat.button_labels == [
        tr.label("Today, {time}", time=tr.time(time(16))),
        tr.label("Tomorrow, {time}", time=tr.time(time(9))),
        tr.label("Tomorrow, {time}", time=tr.time(time(14))),
    ]
    await chat.press(tr.label("Tomorrow, {time}", time=tr.time(time(9))))
    # A time tapped is the time meant: no read-back, on to the prospect
    assert {"de": "Wen hast du angerufen?", "en": "Whom did you call?"}[language] in chat.last_text
    await finish(chat, language)
    moment = await reminder_at(bot, chat)
    assert (moment.day, moment.hour, moment.minute) == (11, 9, 0)


async def test_on_a_friday_evening_the_times_are_monday_s_and_no_earlier_day_is_offered(
    bot, chat, language
):
    tr = translator(language)
    await at_the_callback_question(bot, chat, language, now=FRIDAY_EVENING)
    monday = tr.format_date(date(2026, 3, 16))
    assert chat.button_labels == [f"{monday}, {tr.time(time(9))}", f"{monday}, {tr.time(time(14))}"]
    await chat.send({"de": "morgen 10 Uhr", "en": "tomorrow at 10"}[language])
    assert {"de": "Sa., 14. März, 10:00 Uhr", "en": "Sat 14 Mar, 10:00"}[language] in (
        chat.last_text
    )
    assert tr.label("−1 day") not in chat.button_labels  # Friday 10:00 has passed


async def test_words_at_the_check_that_are_no_time_say_what_to_do(bot, chat, language):
    tr = translator(language)
    await at_the_callback_question(bot, chat, language)
    await chat.send(TUESDAY_AT_11[language])
    await chat.send({"de": "hm, keine Ahnung", "en": "hmm, not sure"}[language])
    assert (
        tr.gettext("Tap “Yes, that’s right” if the time is correct, or type the time again.")
        in chat.last_text
    )
    assert tr.label(YES) in chat.button_labels  # still at the check, nothing lost
    await chat.send({"de": "nein", "en": "no"}[language])  # "no": asked for the time again
    assert {"de": "Wann sollst du zurückrufen?", "en": "When should you call back?"}[language] in (
        chat.last_text
    )


@pytest.mark.parametrize("value", ["202603991100", "day+1", "soon", "20260310"])
async def test_a_forged_time_or_correction_is_refused_as_expired(bot, value):
    chat = bot.chat(language_code="en")
    await at_the_callback_question(bot, chat, "en")
    await chat.press_data(CallPick(step=2, value=value).pack())
    assert chat.answered_callbacks()[-1] == "This button has expired."
    await chat.send("Tuesday at 11")
    await chat.press_data(CallPick(step=8, value=value).pack())
    assert chat.answered_callbacks()[-1] == "This button has expired."
    async with bot.app.database.sessions() as session:
        assert (await session.execute(select(CallLog))).first() is None


async def test_a_time_button_pressed_after_that_time_passed_asks_again(bot, chat, language):
    tr = translator(language)
    await at_the_callback_question(bot, chat, language)
    await chat.send("…")
    offered = chat.last_message
    bot.app.clock = lambda: datetime(2026, 3, 10, 15, 30, tzinfo=UTC)  # 16:30 in Berlin
    today_at_4 = tr.label("Today, {time}", time=tr.time(time(16)))
    await chat.press(today_at_4, offered)
    assert tr.gettext("That time has already passed. When should you call back?") in (
        chat.last_text
    )
    assert today_at_4 not in chat.button_labels


async def test_the_check_step_survives_a_restart(bot_factory, language):
    tr = translator(language)
    first = await bot_factory()
    chat = first.chat(language_code=language)
    await at_the_callback_question(first, chat, language)
    await chat.send(TUESDAY_AT_11[language])
    await first.stop()
    second = await bot_factory()
    second.app.clock = lambda: NOW
    again = second.chat(language_code=language, user_id=chat.user["id"])
    await again.press_data(CallPick(step=8, value="day+").pack(), chat.last_message)
    assert {"de": "Mi., 18. März, 11:00 Uhr", "en": "Wed 18 Mar, 11:00"}[language] in (
        again.last_text
    )
    assert tr.label(YES) in again.button_labels


# --- the pure parts: the path and the times ------------------------------------------------------
def test_the_path_through_the_check():
    answers = CallAnswers(outcome="callback")
    typed = Given(value="2026-03-17T11:00:00+01:00", text="Dienstag um 11")
    assert advance(answers, Step.CALLBACK_AT, typed) == Step.CALLBACK_CHECK
    moved = Given(value="2026-03-18T11:00:00+01:00")
    assert advance(answers, Step.CALLBACK_CHECK, moved) == Step.CALLBACK_CHECK
    assert answers.callback_at == "2026-03-18T11:00:00+01:00"
    assert advance(answers, Step.CALLBACK_CHECK, Given(value=CONFIRMED)) == Step.PROSPECT
    assert advance(answers, Step.CALLBACK_CHECK, Given(value=CHANGED)) == Step.CALLBACK_AT
    assert answers.callback_at is None
    tapped = Given(value="2026-03-11T09:00:00+01:00")  # a time button: no read-back
    assert advance(answers, Step.CALLBACK_AT, tapped) == Step.PROSPECT


def test_times_a_tap_away_skip_what_has_passed_and_the_weekend():
    tuesday_3pm = datetime(2026, 3, 10, 15, 0, tzinfo=BERLIN)
    today, following = quick_times(tuesday_3pm)
    assert [moment.hour for moment in today] == [16]
    assert [(moment.day, moment.hour) for moment in following] == [(11, 9), (11, 14)]
    friday_night = datetime(2026, 3, 13, 21, 0, tzinfo=BERLIN)
    today, following = quick_times(friday_night)
    assert today == [] and [moment.day for moment in following] == [16, 16]  # Monday
    monday_morning = datetime(2026, 3, 16, 8, 0, tzinfo=BERLIN)
    assert [moment.hour for moment in quick_times(monday_morning)[0]] == [11, 14]


def test_a_correction_keeps_the_clock_time_across_both_clock_changes():
    before_summer = datetime(2026, 3, 28, 11, 0, tzinfo=BERLIN)
    assert shifted(before_summer, 1, BERLIN).isoformat() == "2026-03-29T11:00:00+02:00"
    before_winter = datetime(2026, 10, 24, 11, 0, tzinfo=BERLIN)
    assert shifted(before_winter, 7, BERLIN).isoformat() == "2026-10-31T11:00:00+01:00"
    stored = datetime.fromisoformat("2026-03-28T11:00:00+01:00")  # as kept in the answers
    assert shifted(stored, 1, BERLIN).hour == 11


@pytest.mark.parametrize("value", ["", "2026031011", "20260230110", "202602301100", "2026-03-10"])
def test_only_a_real_moment_is_read_from_a_time_button(value):
    assert moment_of(value, BERLIN) is None


def test_a_time_button_s_moment_is_read_in_the_va_s_zone():
    assert moment_of(stamp(datetime(2026, 3, 11, 9, 0)), BERLIN) == datetime(
        2026, 3, 11, 9, 0, tzinfo=BERLIN
    )


def test_no_times_today_are_offered_at_the_weekend():
    saturday_morning = datetime(2026, 3, 14, 8, 0, tzinfo=BERLIN)
    today, following = quick_times(saturday_morning)
    assert today == [] and [moment.day for moment in following] == [16, 16]


def test_times_a_tap_away_skip_public_holidays_of_the_va_s_country():
    christmas_eve = datetime(2026, 12, 24, 15, 0, tzinfo=BERLIN)  # Thursday
    today, following = quick_times(christmas_eve, "DE")
    assert [moment.date() for moment in following] == [datetime(2026, 12, 28).date()] * 2
    new_year_s_eve = datetime(2026, 12, 31, 15, 0, tzinfo=BERLIN)
    assert quick_times(new_year_s_eve, "GB")[1][0].date() == datetime(2027, 1, 4).date()
    assert quick_times(datetime(2026, 12, 25, 8, 0, tzinfo=BERLIN), "DE")[0] == []
