"""Any update in any state: no unhandled exception, and always a reply or a deliberate silence.

Hypothesis drives a fresh bot through random sequences of what Telegram can deliver: text of any
Unicode and size, commands mid-flow, button presses (real and forged), photos, stickers,
locations, edited messages and channel posts.
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import Bot, sqlite_url

COMMANDS = [
    "/start",
    "/no",
    "/settings",
    "/clients",
    "/cancel",
    "/help",
    "/drafts",
    "/privacy",
    "/menu",
    "/frobnicate",
    "/start extra words",
]
texts = st.one_of(
    st.text(max_size=50),
    st.text(min_size=4000, max_size=12_000),
    st.sampled_from(
        ["", " ", "0", "-5", "25:99", "Europe/Berlin", "Acme GmbH", "🙂", "<b>x</b>", "&amp;"]
    ),
)
actions = st.lists(
    st.one_of(
        st.tuples(st.just("text"), texts),
        st.tuples(st.just("command"), st.sampled_from(COMMANDS)),
        st.tuples(st.just("press"), st.integers(min_value=0, max_value=12)),
        st.tuples(st.just("forge"), st.text(max_size=80)),
        st.tuples(
            st.just("media"),
            st.sampled_from(["photo", "sticker", "voice", "document", "location", "caption"]),
        ),
        st.tuples(st.just("silent"), st.sampled_from(["edited", "channel"])),
    ),
    min_size=1,
    max_size=14,
)


async def play(steps: list, language: str) -> list[str]:
    """Run the steps; return the problems seen (empty when all is well)."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as directory:
        bot = Bot(sqlite_url(Path(directory)), Path(directory))
        await bot.start()
        chat = bot.chat(language_code=language)
        try:
            for kind, value in steps:
                before = len(bot.api.calls)
                if kind == "text":
                    await chat.send(value) if value else await chat.send(" ")
                elif kind == "command":
                    await chat.send(value)
                elif kind == "press":
                    buttons = [b for b in chat.buttons if b.callback_data]
                    if not buttons:
                        continue
                    await chat.press_data(buttons[value % len(buttons)].callback_data)
                elif kind == "forge":
                    await chat.press_data(value)
                elif kind == "media":
                    if value == "location":
                        await chat.share_location(52.52, 13.40)
                    elif value == "caption":
                        await chat.send_photo(caption="Could you also do this by tomorrow?")
                    else:
                        await getattr(chat, f"send_{value}")()
                else:
                    await deliver_silent(chat, value)
                    continue
                replied = [
                    c
                    for c in bot.api.calls[before:]
                    if c.method
                    in (
                        "sendMessage",
                        "editMessageText",
                        "answerCallbackQuery",
                        "sendDocument",
                        "editMessageReplyMarkup",
                    )
                ]
                if not replied:
                    problems.append(f"no reply to {kind} {str(value)[:40]!r}")
        finally:
            await bot.stop()
    return problems


async def deliver_silent(chat, kind: str) -> None:
    message = chat._user_message(text="edited or posted")
    if kind == "edited":
        message["edit_date"] = message["date"]
        await chat._process({"edited_message": message})
    else:
        message["chat"] = {"id": -100123, "type": "channel", "title": "News"}
        message.pop("from")
        await chat._process({"channel_post": message})


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(steps=actions, language=st.sampled_from(["de", "en"]))
def test_random_updates_never_break_a_flow(steps, language, caplog):
    caplog.clear()
    with caplog.at_level(logging.ERROR):
        problems = asyncio.run(play(steps, language))
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [], errors
    assert problems == []
