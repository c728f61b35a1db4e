"""The offline Bot API refuses what Telegram refuses, so tests catch what would break live."""

from __future__ import annotations

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, RetryAfter

from bot.offline.telegram_offline import BotAPIError, OfflineBotAPI, html_to_text


@pytest.fixture
async def offline_bot():
    api = OfflineBotAPI()
    bot = Bot("1:offline", request=api, get_updates_request=api)
    async with bot:
        yield bot, api


async def test_send_and_edit_keep_the_chat(offline_bot):
    bot, api = offline_bot
    message = await bot.send_message(5, "<b>Hi</b>", parse_mode="HTML")
    assert message.text == "Hi"
    edited = await bot.edit_message_text("Bye", chat_id=5, message_id=message.message_id)
    assert edited.text == "Bye" and api.messages[(5, message.message_id)]["text"] == "Bye"
    assert [call.method for call in api.calls] == ["getMe", "sendMessage", "editMessageText"]


@pytest.mark.parametrize("text", ["x" * 4097, "<b>open", "<p>para</p>", "   "])
async def test_refuses_what_telegram_refuses(offline_bot, text):
    bot, _ = offline_bot
    with pytest.raises(BadRequest):
        await bot.send_message(5, text, parse_mode="HTML")


async def test_an_edit_that_changes_nothing_is_refused(offline_bot):
    bot, _ = offline_bot
    message = await bot.send_message(5, "same")
    with pytest.raises(BadRequest, match="not modified"):
        await bot.edit_message_text("same", chat_id=5, message_id=message.message_id)


async def test_callback_data_over_64_bytes_is_refused(offline_bot):
    bot, _ = offline_bot
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="y" * 65)]])
    with pytest.raises(BadRequest):
        await bot.send_message(5, "pick", reply_markup=markup)


async def test_injected_faults(offline_bot):
    bot, api = offline_bot
    api.fail_next(
        "sendMessage", BotAPIError(429, "Too Many Requests: retry after 3", retry_after=3)
    )
    with pytest.raises(RetryAfter):
        await bot.send_message(5, "hi")
    assert (await bot.send_message(5, "hi")).text == "hi"


def test_html_checker_reads_entities():
    assert html_to_text("a &amp; b &lt;c&gt;") == "a & b <c>"
