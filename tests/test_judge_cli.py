"""`va-coach judge-call` as a script would use it, through the real console entry point."""

from __future__ import annotations

import json
import subprocess
import sys


def judge_call(text: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", "judge-call", *args],
        input=text,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_json_prints_the_flags_of_one_caller_line():
    lie = judge_call("Er erwartet meinen Anruf.\n", "--lang", "de", "--json")
    assert lie.returncode == 0, lie.stderr
    assert json.loads(lie.stdout) == {"flags": ["lie"]}
    honest = judge_call(
        "Hello, I'm calling on behalf of Orbit Print about flyers for events. Who handles that?",
        "--lang",
        "en",
        "--json",
    )
    assert json.loads(honest.stdout) == {"flags": ["honest", "polite", "asks_contact"]}


def test_readable_summary_names_the_claim_and_exit_codes():
    summary = judge_call(
        "We already work together, it's about our existing contract.", "--lang", "en"
    )
    assert summary.returncode == 0
    assert "Flags: lie" in summary.stdout and "relationship" in summary.stdout
    assert judge_call("  \n", "--lang", "en", "--json").returncode == 1
    assert judge_call("Hallo", "--lang", "fr").returncode == 2
