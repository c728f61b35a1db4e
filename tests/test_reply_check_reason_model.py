"""The reply check's learned reason model (bot/coach/tone_reason_model.py): a reason worded as
no cue foresaw is credited and quoted back to the VA, and a plain yes or a thank-you gets no
reason read into it."""

from __future__ import annotations

import pytest

from bot.coach.tone import check_reply


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        (
            "de",
            "Die Hochzeit meiner Schwester ist am Samstag. Den Messestand betreue ich nicht.",
            "Die Hochzeit meiner Schwester ist am Samstag",
        ),
        (
            "de",
            "Ich bin zu der Zeit beim Zahnarzt. Den Call schaffe ich nicht.",
            "Ich bin zu der Zeit beim Zahnarzt",
        ),
        (
            "en",
            "My laptop is in for repair until Thursday. I can't do the edits before then.",
            "My laptop is in for repair until Thursday",
        ),
    ],
)
def test_a_reason_no_cue_knows_is_credited_and_quoted(language, text, reason):
    assert not check_reply(text, language, learned=False).elements["reason"].found
    finding = check_reply(text, language).elements["reason"]
    assert finding.found and finding.quote.text == reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Danke für die Nachricht, mache ich gern bis Freitag."),
        ("de", "Super Idee! Ich kümmere mich darum und melde mich morgen."),
        ("en", "Thanks so much, happy to do it by Friday!"),
        ("en", "Sounds great, I'll get the slides to you tomorrow morning."),
    ],
)
def test_a_plain_yes_gets_no_reason(language, text):
    assert not check_reply(text, language).elements["reason"].found
