"""`va-coach check-reply` as a script would use it, through the real console entry point."""

from __future__ import annotations

import json
import subprocess
import sys


def check(text: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", "check-reply", *args],
        input=text,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_json_output_has_the_documented_shape():
    result = check(
        "Danke für Ihre Anfrage! Das geht leider nicht, sorry, sorry, sorry.",
        "--lang",
        "de",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data["elements"]) == {"empathy", "decline", "reason", "expectations", "alternative"}
    assert all(isinstance(value, bool) for value in data["elements"].values())
    assert data["elements"]["empathy"] is True
    assert 0 <= data["score"] <= 100
    phrase = data["negative_phrases"][0]
    text = "Danke für Ihre Anfrage! Das geht leider nicht, sorry, sorry, sorry."
    assert text[phrase["start"] : phrase["end"]] == phrase["text"] and phrase["suggestion"]


def test_readable_summary_and_exit_codes():
    ok = check(
        "Thanks for asking! I can't take it on this week, but next Tuesday works.", "--lang", "en"
    )
    assert ok.returncode == 0 and "Score" in ok.stdout
    assert check("", "--lang", "en").returncode == 1
    assert check("x", "--lang", "fr").returncode == 2
