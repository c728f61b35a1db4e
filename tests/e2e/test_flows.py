"""More flows end to end over HTTP: a library template, a check-in, a practice call, a reply
check, and the week report's chart (sendPhoto, which the emulator lacks: the bridge records it)."""

from __future__ import annotations

import re

import pytest

from bot.i18n import translator
from tests.e2e.journeys import assert_clean

pytestmark = pytest.mark.e2e


async def onboard(user, language: str) -> None:
    tr = translator(language)
    await user.command("/start")
    await user.press(tr.label("Let's start"))
    for _ in range(5):
        await user.press(tr.label("Skip"))
    await user.wait_quiet(0.5)


async def test_a_template_from_the_library(make_user, e2e) -> None:
    tr = translator("en")
    log_start = e2e.bot.log_size()
    user = make_user(language_code="en", first_name="Sam")
    await onboard(user, "en")
    await user.command("/replies")
    await user.press("Time and deadlines")
    await user.press("Push a deadline")
    await user.press(tr.label("Formal"))  # no client yet: formal or casual
    await user.press(tr.label("Email"))
    await user.wait_for("Which task")
    await user.send("the newsletter")
    # The bot process runs on the real clock: "In two weeks" is offered on every weekday.
    await user.press(re.compile("^" + re.escape(tr.label("In two weeks"))))
    reply = await user.wait_for(r"the newsletter")
    assert reply.rstrip().endswith("Sam")
    assert_clean(user, e2e, log_start)


async def test_a_check_in(make_user, e2e) -> None:
    tr = translator("de")
    log_start = e2e.bot.log_size()
    user = make_user(language_code="de", first_name="Ida")
    await onboard(user, "de")
    await user.command("/checkin")
    await user.press("6")
    await user.press("4")  # energy
    await user.press("2")  # stress
    await user.press(tr.label("No note"))
    summary = await user.wait_for(r"6")
    assert "6" in summary
    assert_clean(user, e2e, log_start)


async def test_the_week_report_sends_a_chart(make_user, e2e) -> None:
    user = make_user(language_code="en", first_name="Ray")
    await onboard(user, "en")
    before = len(e2e.bridge.calls("sendPhoto"))
    await user.command("/week")
    await user.wait_for("Week of", timeout=30)  # the summary follows the chart
    photos = e2e.bridge.calls("sendPhoto")[before:]
    assert photos and photos[-1].ok and photos[-1].emulated  # the emulator lacks sendPhoto


async def test_a_practice_call(make_user, e2e) -> None:
    data = translator("en").data("gatekeeper")
    log_start = e2e.bot.log_size()
    user = make_user(language_code="en", first_name="Lou")
    await onboard(user, "en")
    await user.command("/practice")
    await user.press(data["scenarios"]["software"]["title"])
    await user.press(data["levels"]["friendly"])
    await user.send("Good morning, could I speak to the person in charge of scheduling, please?")
    await user.wait_for(r"\?")
    await user.send(
        "Of course: I'm calling on behalf of a software company about a scheduling app for workshops. Who would be the right person?"
    )
    await user.wait_quiet(1.0)
    assert_clean(user, e2e, log_start)


async def test_a_reply_check(make_user, e2e) -> None:
    user = make_user(language_code="en", first_name="Kim")
    await user.command("/check")
    await user.wait_for("Reply check")
    await user.send(
        "Thanks for asking! I can't take this on this week because I'm fully booked, but I could start on Monday."
    )
    result = await user.wait_for(r"/100")
    assert "✅" in result
