"""/week, /month and the warnings tell the truth: hours rounded as people say them (12.5 h, not
141.714 h), no days off and no trend from before the user joined, and no Sunday-summary switch
under a month. Fixed clock: Friday 14 March 2025, 18:00 in Berlin."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.coach.workload import Warning
from bot.db.models import User
from bot.db.models_checkins import WorkLog
from bot.flows.workload.warnings import warning_text
from bot.i18n import translator
from tests.journeys import TODAY, setup_user

THURSDAY = date(2025, 3, 13)


async def worked(bot, chat, *entries: tuple[date, int]) -> None:
    """Hours for the first client, as the check-in stores them (minutes per day)."""
    async with bot.app.database.sessions.begin() as session:
        for day, minutes in entries:
            session.add(WorkLog(user_id=chat.user["id"], day=day, client_id=1, minutes=minutes))


async def joined(bot, chat, moment: datetime) -> None:
    async with bot.app.database.sessions.begin() as session:
        (await session.get(User, chat.user["id"])).created_at = moment


async def test_week_total_is_rounded_as_people_say_it(bot, chat, language):
    await setup_user(bot, chat, language, ("Acme",))
    await worked(bot, chat, (THURSDAY, 470), (TODAY, 280))  # 7:50 and 4:40
    await chat.send("/week")
    text = chat.last_text
    assert ("12.5 h" if language == "en" else "12,5 Std.") in text
    assert ("7.8 h" if language == "en" else "7,8 Std.") in text  # the longest day
    assert "7.83" not in text and "7,83" not in text


async def test_month_capacity_is_whole_hours(bot, chat, language):
    await setup_user(bot, chat, language, ("Acme",))
    async with bot.app.database.sessions.begin() as session:
        (await session.get(User, chat.user["id"])).capacity_hours = 32
    await worked(bot, chat, (TODAY, 360))
    await chat.send("/month")
    assert "142" in chat.last_text  # 32 h a week over March's 31 days
    assert "141.7" not in chat.last_text and "141,7" not in chat.last_text


async def test_a_new_user_has_no_days_off_or_trend_before_joining(bot, chat, language):
    await setup_user(bot, chat, language, ("Acme",))
    await joined(bot, chat, datetime(2025, 3, 13, 7, tzinfo=UTC))  # Thursday morning
    await worked(bot, chat, (THURSDAY, 480), (TODAY, 360))
    await chat.send("/week")
    text = chat.last_text
    since = {
        "en": "Days off since you started on Thursday 13 March: 0",
        "de": "Freie Tage seit deinem Start am Do., 13. März: 0",
    }
    assert since[language] in text  # Monday to Wednesday were before they joined
    assert "Trend" not in text


async def test_a_user_of_long_standing_sees_days_off_and_the_trend(bot, chat, language):
    await setup_user(bot, chat, language, ("Acme",))
    await joined(bot, chat, datetime(2025, 1, 6, 9, tzinfo=UTC))
    await worked(bot, chat, (THURSDAY, 480), (TODAY, 360), (date(2025, 3, 5), 300))
    await chat.send("/week")
    text = chat.last_text
    assert ("Days off: 3" if language == "en" else "Freie Tage: 3") in text  # Mon to Wed
    assert "Trend" in text and ("9 h more" if language == "en" else "9 Std. mehr") in text


async def test_no_sunday_summary_switch_under_a_month(bot, chat, language):
    tr = await setup_user(bot, chat, language, ("Acme",))
    await worked(bot, chat, (TODAY, 360))
    await chat.send("/month")
    assert tr.label("Stop Sunday summaries") not in chat.button_labels
    assert tr.label("◀ Previous") in chat.button_labels
    await chat.send("/week")
    assert tr.label("Stop Sunday summaries") in chat.button_labels


async def test_a_warning_names_hours_to_a_tenth(language):
    tr = translator(language)
    text = warning_text(tr, Warning("long_day", TODAY, 650 / 60, 10), None)  # 10:50
    assert ("10.8" if language == "en" else "10,8") in text
    assert "10.83" not in text and "10,83" not in text
