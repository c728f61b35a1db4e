"""The say-no coach end to end: from a pasted request to a draft, and a tone change, over HTTP."""

from __future__ import annotations

import pytest

from bot.i18n import translator
from tests.e2e.journeys import assert_clean

pytestmark = pytest.mark.e2e


async def test_say_no_in_german_to_a_draft_and_shorter(make_user, e2e) -> None:
    tr = translator("de")
    log_start = e2e.bot.log_size()
    user = make_user(language_code="de", first_name="Maria")

    await user.command("/no")
    await user.wait_for("Schritt 1 von 5")
    await user.send("Könnten Sie am Wochenende noch schnell die Präsentation überarbeiten?")
    await user.press(tr.label("No name"))
    await user.press(tr.label("Email"))
    for _ in range(3):
        await user.press(tr.label("No"))
    await user.wait_for("Schritt 2 von 5")
    await user.press("1")
    await user.press(tr.label("I know enough, continue"))
    await user.press(tr.label("Too much work"))
    await user.press(tr.label("Skip"))
    await user.press(tr.label("Skip"))
    await user.press(tr.label("A later date"))
    await user.press(tr.label("Skip"))
    await user.wait_for("Hier ist deine Antwort")
    draft = await user.wait_for(r"^Guten Tag,")
    assert "zu einem späteren Zeitpunkt" in draft and draft.rstrip().endswith("Maria")

    await user.press(tr.label("Shorter"))
    shorter = await user.wait_for(r"^Guten Tag,")  # the same message, edited
    assert len(shorter) < len(draft)
    assert [c for c in e2e.bridge.calls("editMessageText") if c.ok]
    assert_clean(user, e2e, log_start)
