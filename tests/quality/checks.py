"""What every draft of the quality suite must be: the checks a demanding editor would make.

Each check returns a list of problems (empty: fine), so a failing test names them all at once.
Used by tests/quality/test_draft_quality.py and by the writer of docs/draft-examples.md.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path

import yaml

from bot.coach.tone import check_reply
from bot.coach.tone_lexicon import ELEMENTS
from tests.journeys import problems_in

HERE = Path(__file__).parent
CHAT_WORD_LIMIT = 60
DICTIONARIES = {"de": "de_DE", "en": "en_GB,en_US"}

# German conventions that must not show in English drafts.
GERMAN_FORMATS = {
    "German date": re.compile(r"\b\d{1,2}\.\d{1,2}\.|\b\d{1,2}\. [A-Z][a-z]+\b"),
    "German decimal comma": re.compile(r"\b\d+,\d+\b"),
    "German thousands point": re.compile(r"\b\d{1,3}\.\d{3}\b"),
    "German 24-hour clock word": re.compile(r"\bUhr\b"),
    "amount before € sign": re.compile(r"\d\s?€"),
}
# Germanisms a German writer slips into English business mail (false friends, literal phrases).
GERMANISMS = re.compile(
    r"\b(?:till now|since (?:\d+|one|two|three|four|a few) (?:days|weeks|months)|"
    r"in the attachment|per (?:e-?)?mail|the mail\b|handy|chef|eventually|actual\b|concretely|"
    r"friendly greetings|dear greetings|greetings from|kindly regards|with kind greetings|"
    r"i hope you are fine|open questions|make a photo|become an answer|"
    r"bzw|z\.\s?b\.|ca\.|mr\.|ms\.|mrs\.|dr\.|herr|frau|sie\b|ihnen|gerne?)\b",
    re.IGNORECASE,
)
UNFILLED = re.compile(r"[{}\[\]]|\bnull\b|\bNone\b|__|<[^>]*>|\bTODO\b")
DOUBLED = re.compile(r"\b(\w{3,})\s+\1\b", re.IGNORECASE)
CHAT_SIGNOFF = re.compile(r"Grüße|regards|\bBest,|Cheers|sincerely|faithfully", re.IGNORECASE)


def specs() -> list[dict]:
    return yaml.safe_load((HERE / "specs.yaml").read_text(encoding="utf-8"))


@cache
def project_words() -> frozenset[str]:
    lines = (HERE / "words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def hunspell_missing() -> str | None:
    """Why the spelling check cannot run here, or None when it can."""
    if shutil.which("hunspell") is None:
        return "hunspell is not installed (scripts/test.sh installs it: apt-get install hunspell)"
    listed = subprocess.run(["hunspell", "-D"], capture_output=True, text=True, input="").stderr
    for dictionary in ("de_DE", "en_GB", "en_US"):
        if dictionary not in listed:
            return (
                f"the hunspell dictionary {dictionary} is missing (hunspell-de-de, -en-gb, -en-us)"
            )
    return None


def must_spell_check() -> bool:
    return os.environ.get("VA_COACH_REQUIRE_HUNSPELL") == "1"


def unknown_words(text: str, language: str) -> list[str]:
    """Words hunspell does not know in the draft's language, beyond the project word list."""
    result = subprocess.run(
        ["hunspell", "-d", DICTIONARIES[language], "-l"],
        input=re.sub(r"\b\d+-", "", text.replace("’", "'")),  # "30-minütiges": the word
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"},
    )
    words = {word.strip(".") for word in result.stdout.split() if not re.search(r"\d", word)}
    return sorted(word for word in words if word not in project_words())


def first_line(text: str) -> str:
    return text.split("\n", 1)[0]


def signoff_line(text: str, sender: str | None) -> str | None:
    """The closing line above the sender's name, or None when the draft has none."""
    lines = text.rstrip().split("\n")
    if sender and len(lines) >= 2 and lines[-1] == sender:
        return lines[-2]
    return None


def element_problems(text: str, language: str) -> list[str]:
    result = check_reply(text, language)
    missing = [name for name in ELEMENTS if not result.elements[name].found]
    problems = [f"the reply check misses: {', '.join(missing)}"] if missing else []
    if result.top_fix.startswith("add_"):
        problems.append(f"the reply check advises {result.top_fix}")
    return problems


def text_problems(text: str, language: str, chat: bool) -> list[str]:
    """Everything but the five elements and the salutation: the checks for any draft."""
    problems = [f"layout: {name}" for name in problems_in(text)]
    if UNFILLED.search(text):
        problems.append(f"unfilled field: {UNFILLED.search(text).group(0)!r}")
    if doubled := DOUBLED.search(text):
        problems.append(f"doubled word: {doubled.group(0)!r}")
    if echo := repeated_phrase(text):
        problems.append(f"phrase used twice: {echo!r}")
    if chat:
        if len(text.split()) > CHAT_WORD_LIMIT:
            problems.append(f"chat draft of {len(text.split())} words (limit {CHAT_WORD_LIMIT})")
        if CHAT_SIGNOFF.search(text):
            problems.append("chat draft with an email closing line")
    if language == "en":
        for name, pattern in GERMAN_FORMATS.items():
            if pattern.search(text):
                problems.append(f"{name} in English: {pattern.search(text).group(0)!r}")
        if found := GERMANISMS.search(text):
            problems.append(f"Germanism: {found.group(0)!r}")
    return problems


def repeated_phrase(text: str, length: int = 4) -> str | None:
    """The first run of `length` words that the draft says twice ("just let me know …")."""
    words = re.findall(r"[\w’']+", text.casefold())
    seen = set()
    for index in range(len(words) - length + 1):
        run = " ".join(words[index : index + length])
        if run in seen:
            return run
        seen.add(run)
    return None


def spec_problems(spec: dict, text: str) -> list[str]:
    """Every check for one draft of the suite (the spelling check runs separately)."""
    chat = spec["channel"] == "chat"
    problems = element_problems(text, spec["lang"]) + text_problems(text, spec["lang"], chat)
    expected = spec["expect"]
    opening = first_line(text)
    if expected["salutation"] is None:
        if opening.endswith(","):
            problems.append(f"salutation {opening!r} where none belongs")
    elif opening != expected["salutation"]:
        problems.append(f"salutation {opening!r}, expected {expected['salutation']!r}")
    closing = signoff_line(text, spec.get("sender"))
    if closing != expected["signoff"]:
        problems.append(f"sign-off {closing!r}, expected {expected['signoff']!r}")
    return problems
