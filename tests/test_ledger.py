"""The update ledger and the flow data around it: an update delivered again is not answered or
applied again, and one update's commit never carries another user's flow data."""

from __future__ import annotations

from sqlalchemy import select
from telegram import Update

from bot.db.models import UserDataRow
from bot.db.unit import unit_of_work


def help_update(update_id: int, user_id: int) -> dict:
    user = {"id": user_id, "is_bot": False, "first_name": "Wanda", "language_code": "en"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 1_700_000_000,
            "text": "/help",
            "chat": {"id": user_id, "type": "private"},
            "from": user,
            "entities": [{"type": "bot_command", "offset": 0, "length": 5}],
        },
    }


async def test_an_answer_that_stored_nothing_is_not_sent_twice(bot):
    chat = bot.chat(language_code="en")
    await chat.send("/start")  # a known user: /help then changes nothing
    before = len([c for c in bot.api.calls if c.method == "sendMessage"])
    payload = help_update(2_000_000_001, chat.user["id"])
    for _ in range(2):  # Telegram delivers it again (the acknowledgement was lost)
        await bot.app.process_update(Update.de_json(payload, bot.app.bot))
    assert len([c for c in bot.api.calls if c.method == "sendMessage"]) == before + 1


async def test_a_commit_carries_only_its_own_users_flow_data(bot):
    persistence = bot.app.persistence
    await persistence.update_user_data(111, {"flow": "say_no", "step": 2})
    await persistence.update_user_data(222, {"flow": "checkin", "step": 1})
    with persistence.updating(222):  # user 222's update is still running
        async with unit_of_work(bot.app.database.maker, {}, None, 111):
            await persistence.commit()
        async with bot.app.database.sessions() as session:
            stored = set((await session.execute(select(UserDataRow.user_id))).scalars())
        assert stored == {111}
        await persistence.commit()  # a job's commit outside any update: 222 is busy
        async with bot.app.database.sessions() as session:
            assert set((await session.execute(select(UserDataRow.user_id))).scalars()) == {111}
    await persistence.commit()
    async with bot.app.database.sessions() as session:
        assert set((await session.execute(select(UserDataRow.user_id))).scalars()) == {111, 222}
