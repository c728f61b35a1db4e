"""Upgrades keep conversations: a database written by the previous release (8b93610, with users
in the middle of the say-no coach, the check-in and the call log) is migrated and its open
conversations go on; a flow whose steps changed since (its version raised, or its stored step
gone) starts again with a short note instead of an error or a step that no longer exists.

The fixture is made by tests/data/upgrade/make_release_fixture.py, run with that release's code.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from bot.db.migrate import current_revisions, head_revisions
from bot.db.models import Draft, UserDataRow
from bot.db.models_calls import CallLog
from bot.flows.gatekeeper.calllog import CALLLOG
from bot.flows.gatekeeper.codecs import CallPick
from bot.flows.profile.flow import PROFILE
from bot.flows.say_no.flow import SAY_NO
from bot.flows.workload.checkin_typed import CHECKIN
from bot.i18n import translator
from bot.ui.flow import FIRST_VERSION, RESTARTED, VERSION
from tests.clock import RunningClock
from tests.journeys import logs, setup_user

RELEASE = Path(__file__).parent / "data" / "upgrade" / "release_8b93610"
NOW = datetime(2026, 3, 10, 14, 0, tzinfo=UTC)  # the fixture's clock: Tuesday, 15:00 in Berlin
LEFT_AT = json.loads(RELEASE.with_suffix(".json").read_text(encoding="utf-8"))


def restored(tmp_path: Path, step: int | None = None) -> str:
    """The previous release's database in a fresh file; `step`: the open call logs stand at a
    step that no longer exists."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "upgraded.db"
    connection = sqlite3.connect(path)
    connection.executescript(RELEASE.with_suffix(".sql").read_text(encoding="utf-8"))
    if step is not None:
        for user_id, data in connection.execute("SELECT user_id, data FROM user_data").fetchall():
            data = json.loads(data)
            if "calllog" in data:
                data["calllog"]["step"] = step
                connection.execute(
                    "UPDATE user_data SET data = ? WHERE user_id = ?", (json.dumps(data), user_id)
                )
        connection.commit()
    connection.close()
    return f"sqlite:///{path}"


async def upgraded(bot_factory, tmp_path: Path, step: int | None = None):
    process = await bot_factory(restored(tmp_path, step))
    process.app.clock = RunningClock(NOW)
    return process


def raise_version(monkeypatch, flow) -> None:
    """As a release that declares `Flow(..., version=<one more>)` does."""
    monkeypatch.setitem(vars(flow), "version", flow.version + 1)
    if hasattr(flow.store, "version"):
        monkeypatch.setattr(flow.store, "version", flow.version)


def left(process, language: str, flow: str):
    """The user of the fixture in the middle of `flow`, and the last message they were sent."""
    [(user_id, seen)] = [
        (int(key), value)
        for key, value in LEFT_AT.items()
        if value["flow"] == flow and value["language"] == language
    ]
    return process.chat(language_code=language, user_id=user_id), seen["message"]


async def stored_flow_data(process, chat, flow: str) -> dict:
    async with process.app.database.sessions() as session:
        row = await session.get(UserDataRow, chat.user["id"])
    return row.data.get(flow, {}) if row else {}


async def test_the_previous_release_s_database_is_migrated_to_the_head(bot_factory, tmp_path):
    process = await upgraded(bot_factory, tmp_path)
    assert await current_revisions(process.app.database.engine) == head_revisions()


async def test_a_say_no_reply_open_before_the_upgrade_goes_on(bot_factory, tmp_path, language):
    tr = translator(language)
    process = await upgraded(bot_factory, tmp_path)
    chat, message = left(process, language, "say_no")
    await chat.press(tr.label("Email"), message)  # on the message the old release sent
    if SAY_NO.version != FIRST_VERSION:  # its steps changed since: it starts again, said so
        assert chat.last_text.startswith(tr.gettext(RESTARTED))
        return
    assert tr.gettext(RESTARTED) not in chat.last_text
    assert {tr.label("Yes"), tr.label("No")} <= set(chat.button_labels)
    async with process.app.database.sessions() as session:
        draft = (
            await session.execute(select(Draft).where(Draft.user_id == chat.user["id"]))
        ).scalar_one()
    assert draft.answers["channel"] == "email"
    assert "newsletter" in draft.answers["request"].casefold()
    assert (await stored_flow_data(process, chat, "say_no"))[VERSION] == SAY_NO.version


async def test_a_check_in_open_before_the_upgrade_takes_the_typed_hours(
    bot_factory, tmp_path, language
):
    tr = translator(language)
    process = await upgraded(bot_factory, tmp_path)
    chat, _ = left(process, language, "checkin")
    await chat.send("2,5")  # Acme's hours, asked by the old release
    if CHECKIN.version != FIRST_VERSION:
        assert chat.last_text.startswith(tr.gettext(RESTARTED))
        return
    assert tr.gettext(RESTARTED) not in chat.last_text
    assert "Bea" in chat.last_text  # the next client's hours
    minutes = await logs(process, chat)
    assert list(minutes.values()) == [150]
    assert [day for day, _ in minutes] == [date(2026, 3, 10)]


async def test_a_call_log_open_before_the_upgrade_goes_on_to_the_new_check(
    bot_factory, tmp_path, language
):
    """The previous release asked for the call-back time; this one reads it back to confirm."""
    tr = translator(language)
    process = await upgraded(bot_factory, tmp_path)
    chat, _ = left(process, language, "calllog")
    await chat.send({"de": "Dienstag um 11", "en": "Tuesday at 11"}[language])
    assert tr.gettext(RESTARTED) not in chat.last_text
    assert {"de": "Di., 17. März, 11:00 Uhr", "en": "Tue 17 Mar, 11:00"}[language] in (
        chat.last_text
    )
    assert (await stored_flow_data(process, chat, "calllog"))[VERSION] == CALLLOG.version


async def test_a_flow_whose_version_was_raised_starts_again_with_a_note(
    bot_factory, tmp_path, language, monkeypatch
):
    tr = translator(language)
    process = await upgraded(bot_factory, tmp_path)
    raise_version(monkeypatch, CALLLOG)  # a release changed its steps
    chat, _ = left(process, language, "calllog")
    await chat.send({"de": "Dienstag um 11", "en": "Tuesday at 11"}[language])
    text = chat.last_text
    assert text.startswith(tr.gettext(RESTARTED))
    assert {"de": "Für welche Kundin", "en": "Which client was the call for?"}[language] in text
    assert chat.button_labels == ["Heinicke"]
    await chat.press("Heinicke")  # and it goes on as new, now under the new version
    assert tr.data("gatekeeper")["outcomes"]["callback"] in chat.button_labels
    assert (await stored_flow_data(process, chat, "calllog"))[VERSION] == CALLLOG.version
    async with process.app.database.sessions() as session:
        assert (await session.execute(select(CallLog))).first() is None


async def test_a_button_of_a_step_asked_before_the_version_was_raised_restarts(
    bot, language, monkeypatch
):
    tr = translator(language)
    chat = bot.chat(language_code=language)
    await setup_user(bot, chat, language, ("Heinicke",), now=NOW)
    await chat.send("/calllog")
    await chat.press("Heinicke")  # now at "how did it go?"
    raise_version(monkeypatch, CALLLOG)
    await chat.press(tr.data("gatekeeper")["outcomes"]["reached"])
    assert chat.last_text.startswith(tr.gettext(RESTARTED))
    assert chat.button_labels == ["Heinicke"]


async def test_a_stored_step_that_no_longer_exists_starts_again_everywhere_it_is_reached(
    bot_factory, tmp_path, language
):
    """Its own command, a typed answer, "Continue" after a pause and /cancel: each finds the
    flow's stored step gone and none fails."""
    tr = translator(language)
    process = await upgraded(bot_factory, tmp_path, step=42)
    chat, _ = left(process, language, "calllog")
    await chat.send("/calllog")
    assert chat.last_text.startswith(tr.gettext(RESTARTED))
    assert chat.button_labels == ["Heinicke"]

    other = await upgraded(bot_factory, tmp_path / "typed", step=42)
    chat, _ = left(other, language, "calllog")
    await chat.send("Berger Logistik")
    assert chat.last_text.startswith(tr.gettext(RESTARTED))

    paused = await upgraded(bot_factory, tmp_path / "paused", step=42)
    chat, _ = left(paused, language, "calllog")
    await chat.send("/menu")  # pauses the call log (it was not finished)
    await chat.press(tr.label("Continue logging the call"))
    assert chat.last_text.startswith(tr.gettext(RESTARTED))

    cancelled = await upgraded(bot_factory, tmp_path / "cancelled", step=42)
    chat, _ = left(cancelled, language, "calllog")
    await chat.send("/cancel")
    assert tr.gettext("Call not logged. /calllog starts again.") in chat.last_text


async def test_an_old_button_of_a_step_that_no_longer_exists_restarts(bot_factory, tmp_path):
    tr = translator("en")
    process = await upgraded(bot_factory, tmp_path, step=42)
    chat, _ = left(process, "en", "calllog")
    await chat.press_data(CallPick(step=42, value="skip").pack())
    assert chat.last_text.startswith(tr.gettext(RESTARTED))


async def test_answers_of_the_new_version_saved_before_any_question_are_not_restarted(
    bot, language, monkeypatch
):
    """/settings shows its summary without asking a step first: its answers are stamped with
    the new version all the same, and typing there is not taken for an older conversation."""
    tr = translator(language)
    raise_version(monkeypatch, PROFILE)
    chat = bot.chat(language_code=language)
    await setup_user(bot, chat, language, ("Acme",), now=NOW)
    await chat.send("/settings")
    await chat.send("hello")
    assert tr.gettext(RESTARTED) not in chat.last_text
    # the settings, with a hint: not the onboarding started again
    assert chat.last_text.startswith(tr.gettext("Please use the buttons above."))
    assert (await stored_flow_data(bot, chat, "profile"))[VERSION] == PROFILE.version


async def reopen_from_the_no_list(process, chat, tr) -> None:
    await chat.send("/cancel")  # the open reply is left, and kept as unfinished
    await chat.send("/no")
    [resume] = [
        label
        for label in chat.button_labels
        if label.startswith(tr.label("Resume: {what}", what=""))
    ]
    await chat.press(resume)


async def test_a_draft_reopened_from_the_no_list_goes_on_when_its_flow_did_not_change(
    bot_factory, tmp_path, language
):
    tr = translator(language)
    process = await upgraded(bot_factory, tmp_path)
    chat, _ = left(process, language, "say_no")
    await reopen_from_the_no_list(process, chat, tr)
    assert tr.gettext(RESTARTED) not in chat.last_text
    assert tr.label("Email") in chat.button_labels  # the step it was left at


async def test_a_draft_reopened_from_the_no_list_after_its_flow_changed_starts_anew(
    bot_factory, tmp_path, language, monkeypatch
):
    tr = translator(language)
    process = await upgraded(bot_factory, tmp_path)
    chat, _ = left(process, language, "say_no")
    raise_version(monkeypatch, SAY_NO)
    await reopen_from_the_no_list(process, chat, tr)
    assert chat.last_text.startswith(tr.gettext(RESTARTED))
    async with process.app.database.sessions() as session:
        newest = (
            (
                await session.execute(
                    select(Draft).where(Draft.user_id == chat.user["id"]).order_by(Draft.id.desc())
                )
            )
            .scalars()
            .first()
        )
    assert newest.answers[VERSION] == SAY_NO.version  # the new reply, under the new version
