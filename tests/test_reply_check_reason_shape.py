"""A reason said without a reason word, beside a no (bot/coach/tone_reason_shape.py): the VA is
credited for explaining, with the explaining clause quoted back, and what merely follows a no
(an apology, an offer, a promise, the rate said again) is not taken for a reason."""

from __future__ import annotations

import pytest

from bot.coach.tone import check_reply


def reason_quote(text: str, language: str) -> str | None:
    result = check_reply(text, language)
    quote = result.elements["reason"].quote
    return quote.text if result.elements["reason"].found and quote else None


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        # the clause after the no, the sentence after it, the part before a "so" no
        ("en", "Friday's a no, my sister gets married that day.", "my sister gets married"),
        ("en", "I won't be ringing your suppliers. That's outside what we agreed.", "outside"),
        ("en", "Can't do the 7am call, it's 3am here in Perth 😅", "it's 3am here in Perth"),
        ("en", "My laptop died on Sunday, so the report won't be ready today.", "laptop died"),
        ("de", "Samstag geht bei mir nicht, meine Schwester heiratet.", "meine Schwester heiratet"),
        ("de", "Das Protokoll übernehme ich nicht. Das war nie Teil des Pakets.", "nie Teil"),
        ("de", "Den Call um 7 schaff ich nicht, da sitz ich noch im Zug.", "sitz ich noch im Zug"),
        ("de", "Der Laptop ist hin, also wird das heute nichts mehr.", "Laptop ist hin"),
    ],
)
def test_a_clause_beside_the_no_is_its_reason(language, text, reason):
    quote = reason_quote(text, language)
    assert quote and reason in quote


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I can't do Friday, sorry about that."),
        ("en", "I can't do Friday. Happy to do Monday morning instead."),
        ("en", "I can't do Friday, you'll have it by Monday noon."),
        ("en", "I can't go lower. My rate is £35 an hour."),
        ("en", "I won't take on the podcast edits. The newsletter carries on as normal."),
        ("en", "I can't do Friday. Would Monday suit you?"),
        ("de", "Freitag schaffe ich nicht, das tut mir leid."),
        ("de", "Freitag schaffe ich nicht. Gern mache ich es am Montag früh."),
        ("de", "Freitag schaffe ich nicht, den Bericht schicke ich dir am Montag."),
        ("de", "Weniger geht nicht. Mein Stundensatz sind 35 Euro."),
        ("de", "Die Podcast-Schnitte übernehme ich nicht. Der Newsletter läuft wie gewohnt."),
        ("de", "Freitag schaffe ich nicht. Passt Ihnen Montag?"),
    ],
)
def test_what_only_follows_a_no_is_no_reason(language, text):
    assert reason_quote(text, language) is None
