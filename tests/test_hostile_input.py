"""Hostile input is bounded: a tampered button, an id beyond the database's range or a control
character gets a friendly answer or is cleaned, never an error; every button press is answered;
nothing wrong is stored, and the next ordinary input works. The clock is fixed (setup_user)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from bot.db.models import Client, Draft, User, UserDataRow
from bot.db.models_calls import CallLog
from bot.db.models_checkins import CheckinDay, SelfCheck
from bot.db.models_templates import ReplyTemplate
from bot.i18n import translator
from tests.journeys import NOW, TODAY, day_row, logs, setup_user

HUGE_IDS = ("99999999999999999999", str(2**63), str(2**31))  # 2**31: one beyond INTEGER
CONTROLS = "\x00\x01\x08\x0b\x0c\x0e\x1f\x7f"


@pytest.fixture
async def anybot(bot_factory, any_database_url):
    """A bot on SQLite and on PostgreSQL."""
    return await bot_factory(any_database_url)


def assert_expired(chat, language: str) -> None:
    answers = chat.answered_callbacks()
    assert answers, "the button was not answered: its spinner would keep turning"
    assert answers[0] == translator(language).label("This button has expired.")


async def count(bot, model, chat) -> int:
    async with bot.app.database.sessions() as session:
        query = select(func.count()).select_from(model).where(model.user_id == chat.user["id"])
        return int((await session.execute(query)).scalar_one())


async def self_check_still_starts(bot, chat, tr) -> None:
    """The next ordinary input works, and it can store."""
    await chat.send("/selfcheck")
    await chat.press(tr.label("Start the self-check"))
    assert await count(bot, SelfCheck, chat) == 1


# --- ids beyond the database's integer range -------------------------------------------------------
BUTTONS_WITH_IDS = {
    "sc": ("sc:{id}:0:0", SelfCheck),
    "dr.t": ("dr.t:shorter:{id}", Draft),
    "tl.r": ("tl.r:email:{id}", Draft),
    "mt.save": ("mt.save:{id}", ReplyTemplate),
    "call.go": ("call.go:card:{id}", CallLog),
}


@pytest.mark.parametrize("prefix", BUTTONS_WITH_IDS)
async def test_an_id_beyond_the_database_range_is_an_expired_button(anybot, prefix):
    chat = anybot.chat("en")
    tr = await setup_user(anybot, chat, "en", ("Acme",))
    pattern, model = BUTTONS_WITH_IDS[prefix]
    for huge in HUGE_IDS:
        await chat.press_data(pattern.format(id=huge))
        assert_expired(chat, "en")
    assert await count(anybot, model, chat) == 0
    await self_check_still_starts(anybot, chat, tr)


async def test_an_id_beyond_the_range_in_a_text_field_is_not_found(anybot):
    """Ids that travel as text (an own template's id, a client picked in a flow) are looked up
    as "not found" too, instead of failing the query."""
    chat = anybot.chat("en")
    tr = await setup_user(anybot, chat, "en", ("Acme",))
    await chat.press_data(f"tl.use:own:{HUGE_IDS[0]}")
    assert chat.answered_callbacks()
    assert "no longer exists" in chat.last_text
    await chat.send("/cancel")
    await chat.send("/calllog")
    await chat.press_data(f"call:0:{2**31}")
    assert "not found" in chat.last_text
    await chat.send("/cancel")
    await self_check_still_starts(anybot, chat, tr)


# --- values out of their set ------------------------------------------------------------------------
async def test_a_settings_button_out_of_range(bot, chat, language):
    tr = await setup_user(bot, chat, language)
    await chat.send("/settings")
    for data in ("set:-1", "set:6", "set:100"):
        await chat.press_data(data)
        assert_expired(chat, language)
    await chat.press(tr.label("Weekly hours"))
    await chat.send("28")
    async with bot.app.database.sessions() as session:
        assert (await session.get(User, chat.user["id"])).capacity_hours == 28


@pytest.mark.parametrize("data", ["pf:0:", "pf:0:x", "pf.skip:0"])
async def test_an_empty_or_unknown_profile_answer(bot, chat, language, data):
    tr = translator(language)
    await chat.send("/start")
    await chat.press_data(data)
    assert_expired(chat, language)
    await chat.press(tr.label("Let's start"))
    assert {"de": "Wie darf ich dich nennen?", "en": "What should I call you?"}[
        language
    ] in chat.last_text


@pytest.mark.parametrize(
    ("step", "value"), [(2, "Atlantis/Lost"), (3, "25.99"), (4, "999"), (4, "x")]
)
async def test_a_profile_answer_no_button_carries(bot, step, value):
    """Tampered answers of onboarding get the expired path, not an error, and store nothing."""
    tr, chat = translator("en"), bot.chat("en")
    await chat.send("/start")
    await chat.press(tr.label("Let's start"))
    for _ in range(step - 1):
        await chat.press(tr.label("Skip"))
    question = chat.last_text
    await chat.press_data(f"pf:{step}:{value}")
    assert_expired(chat, "en")
    assert chat.last_text == question  # the same question again
    async with bot.app.database.sessions() as session:
        user = await session.get(User, chat.user["id"])
    assert (user.timezone, user.checkin_time, user.capacity_hours) == (None, "17:30", 40)


UNKNOWN_ACTIONS = [
    "priv:x",
    "menu:x",
    "pf.go:xx",
    "set:x",
    "cl.open:x",
    "cl.do:x:1",
    "cl.list:x:0",
    "cl.reg:0:x",
    "no.go:x",
    "dr.t:x:1",
    "dr.open:-5",
    "ci.h:x:0:60",
    "ci.s:739000:x:1",
    "ci.p:-7",
    "wl:x:0",
    "rp:x:0",
    "sc:0:0:9",
    "tl.use:x:1",
    "tl.r:x:1",
    "mt:x:0:0",
    "chk:x",
    "call.go:x:1",
    "call.re:0",
    "nosuchprefix:1",
    "garbage",
    "",
]


async def test_unknown_actions_are_each_answered_and_the_flow_goes_on(bot, chat, language):
    tr = await setup_user(bot, chat, language)
    await chat.send("/no")
    question = chat.last_text
    for data in UNKNOWN_ACTIONS:
        await chat.press_data(data)
        assert_expired(chat, language)
        assert chat.last_text == question, data  # the step is asked again
    await chat.send("Could you also redo the deck by tomorrow?")
    assert tr.label("Someone else") in chat.button_labels  # the next step: which client


async def test_unknown_actions_outside_any_flow_are_answered(bot, chat, language):
    await setup_user(bot, chat, language)
    await chat.send("/menu")
    for data in [
        *UNKNOWN_ACTIONS,
        "tl.cat:nosuchtopic:0",
    ]:  # a topic: open text, checked by /replies
        await chat.press_data(data)
        assert_expired(chat, language)


@pytest.mark.parametrize("minutes", [-1_000_000, -2, 24 * 60 + 1, 99_999])
async def test_tampered_check_in_minutes_are_refused(bot, chat, language, minutes):
    """Hours from a button pass the bounds of typed hours (0 to 24 h)."""
    tr = await setup_user(bot, chat, language)
    await chat.send("/checkin")
    await chat.press_data(f"ci.h:{TODAY.toordinal()}:0:{minutes}")
    assert_expired(chat, language)
    assert await logs(bot, chat) == {}
    assert all(
        "-16" not in m.get("text", "") and "−16" not in m.get("text", "") for m in chat.bot_messages
    )
    await chat.press(tr.number(8))  # the check-in goes on
    assert await logs(bot, chat) == {(TODAY, None): 8 * 60}


# --- control characters ---------------------------------------------------------------------------
async def test_control_characters_in_a_check_in_note(anybot):
    chat = anybot.chat("en")
    tr = await setup_user(anybot, chat, "en")
    await chat.send("/checkin")
    await chat.press(tr.number(8))
    await chat.press("3")
    await chat.press("2")
    await chat.send(f"Long call{CONTROLS} with Acme\nand\tmore")
    assert (await day_row(anybot, chat)).note == "Long call with Acme\nand\tmore"
    assert "\x00" not in chat.last_text and "Long call with Acme" in chat.last_text


async def test_control_characters_in_a_client_name(anybot):
    chat = anybot.chat("en")
    tr = await setup_user(anybot, chat, "en")
    await chat.send("/clients")
    await chat.press(tr.label("Add a client"))
    await chat.send(f"Ac\x00me{CONTROLS}")
    await chat.press(tr.label("Formal"))
    async with anybot.app.database.sessions() as session:
        names = (
            await session.execute(select(Client.name).where(Client.user_id == chat.user["id"]))
        ).scalars()
        assert list(names) == ["Acme"]
    await chat.send("/calllog")  # the client can be used
    assert "Acme" in chat.button_labels


async def test_control_characters_in_a_say_no_request(anybot):
    chat = anybot.chat("en")
    await setup_user(anybot, chat, "en")
    await chat.send("/no")
    await chat.send(f"Could you\x00 also redo the deck{CONTROLS} by tomorrow?")
    async with anybot.app.database.sessions() as session:
        drafts = (
            (await session.execute(select(Draft).where(Draft.user_id == chat.user["id"])))
            .scalars()
            .all()
        )
        scratch = await session.get(UserDataRow, chat.user["id"])
    assert [d.answers["request"] for d in drafts] == ["Could you also redo the deck by tomorrow?"]
    assert "\\u0000" not in json.dumps(scratch.data) and "\\u007f" not in json.dumps(scratch.data)
    assert "\x00" not in chat.last_text


async def test_every_row_and_the_flow_data_are_stored_without_control_characters(anybot):
    """The storage itself cleans text, JSON (keys too) and the flow data, whatever the flows do."""
    user_id = 4242
    async with anybot.app.database.sessions.begin() as session:
        session.add(User(id=user_id, chat_id=user_id, language="en", created_at=NOW))
        await session.flush()
        session.add(
            Draft(
                user_id=user_id,
                kind="say_no",
                language="en",
                text=f"Hi{CONTROLS}!",
                answers={f"re{CONTROLS}quest": ["a\x00b", {"c": f"d{CONTROLS}"}], "n": 3},
            )
        )
        session.add(CheckinDay(user_id=user_id, day=TODAY, note="x\x00y\nz"))
    persistence = anybot.app.persistence
    await persistence.update_user_data(user_id, {"say_no": {"typed": f"a{CONTROLS}b\tc"}})
    await persistence.commit()
    async with anybot.app.database.sessions() as session:
        draft = (await session.execute(select(Draft).where(Draft.user_id == user_id))).scalar_one()
        day = (
            await session.execute(select(CheckinDay).where(CheckinDay.user_id == user_id))
        ).scalar_one()
        scratch = await session.get(UserDataRow, user_id)
    assert draft.text == "Hi!"
    assert draft.answers == {"request": ["ab", {"c": "d"}], "n": 3}
    assert day.note == "xy\nz"
    assert scratch.data == {"say_no": {"typed": "ab\tc"}}


# --- inline queries -----------------------------------------------------------------------------------
async def test_an_inline_draft_id_beyond_the_range_finds_nothing(anybot):
    chat = anybot.chat("en")
    await setup_user(anybot, chat, "en")
    for query in ("#d99999999999", f"#d{2**31}", "#d0"):
        answer = await chat.inline_query(query)
        assert answer["results"] == []
    assert (await chat.inline_query("rate"))["results"]  # inline mode goes on
