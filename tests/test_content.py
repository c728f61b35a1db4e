"""Content completeness: both languages have every message and template, all templates render
with sample data into Telegram HTML that balances, and nothing user-visible is left in code."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from bot.catalogs import extract_messages, read_catalog
from bot.i18n import CONTENT_DIR, LANGUAGES, translator
from bot.offline.telegram_offline import html_to_text
from tests.template_samples import SAMPLES

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def template_names(language: str, telegram_only: bool = False) -> set[str]:
    """Template names; `telegram_only` leaves out replies/ (plain-text drafts, tested in
    test_drafting.py)."""
    root = CONTENT_DIR / language
    names = {str(path.relative_to(root))[: -len(".j2")] for path in root.rglob("*.j2")}
    return {name for name in names if not name.startswith("replies/")} if telegram_only else names


def data_files(language: str) -> set[str]:
    root = CONTENT_DIR / language / "data"
    return {path.name for path in root.glob("*.yaml")}


def test_same_templates_and_data_files_in_both_languages():
    assert template_names("de") == template_names("en")
    assert data_files("de") == data_files("en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_in_the_code_is_translated(language):
    catalog = read_catalog(language)
    missing = []
    for message in extract_messages():
        msgid = message if isinstance(message, str) else message[0]
        entry = catalog.get(msgid)
        strings = (
            []
            if entry is None
            else ([entry.string] if isinstance(entry.string, str) else list(entry.string))
        )
        if not strings or not all(strings):
            missing.append(msgid)
    assert missing == [], f"untranslated in {language}: {missing}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_their_placeholders(language):
    for message in read_catalog(language):
        if not message.id or not message.string:
            continue
        source = message.id if isinstance(message.id, str) else message.id[0]
        target = message.string if isinstance(message.string, str) else message.string[0]
        assert set(PLACEHOLDER.findall(source)) == set(PLACEHOLDER.findall(target)), source
        html_to_text(target)  # tags in a translation must balance too


def test_catalogs_have_no_unused_entries():
    used = {m if isinstance(m, str) else m[0] for m in extract_messages()}
    for language in LANGUAGES:
        stale = {m.id for m in read_catalog(language) if m.id} - used
        assert stale == set(), (
            f"{language} has unused entries (run `va-coach i18n update`): {stale}"
        )


def test_data_files_have_the_same_keys():
    for name in data_files("en"):
        english, german = translator("en").data(name[:-5]), translator("de").data(name[:-5])
        assert set(english) == set(german), name


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_template_renders_with_sample_data(language):
    names = template_names(language, telegram_only=True)
    assert names <= set(SAMPLES), f"add sample data for: {sorted(names - set(SAMPLES))}"
    tr = translator(language)
    for name in sorted(names):
        for sample in SAMPLES[name]:
            rendered = tr.render(name, **sample)
            plain = html_to_text(rendered)  # raises on unbalanced or unsupported tags
            assert plain.strip(), name
            assert "  " not in plain.replace("\n", " \n"), f"double space in {name}"
            assert "{" not in plain and "}" not in plain, f"placeholder left in {name}"
            assert len(plain) <= 4096, name


def test_sample_values_are_escaped():
    rendered = translator("en").render(
        "clients/client",
        note=None,
        name="<b>Evil & Co",
        register="sie",
        contact="<i>Dr. X</i>",
        address="",
        salutation=None,
    )
    assert "&lt;b&gt;Evil &amp; Co" in rendered and "&lt;i&gt;Dr. X" in rendered


def test_no_user_visible_strings_in_python():
    """Telegram-facing calls get their text from content, never from a literal in code."""
    offenders = []
    for path in Path("bot").rglob("*.py"):
        if path.name in {"__main__.py", "console.py"}:
            continue  # operator-facing: English by design, never shown to a Telegram user
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") in {
                "send_message",
                "edit_message_text",
                "answer",
                "reply_text",
            }:
                for argument in [*node.args, *(k.value for k in node.keywords)]:
                    if (
                        isinstance(argument, ast.Constant)
                        and isinstance(argument.value, str)
                        and argument.value.strip()
                    ):
                        offenders.append(f"{path}:{node.lineno}")
            if isinstance(node, ast.Tuple) and len(node.elts) == 2:
                label = node.elts[0]
                second = node.elts[1]
                if (
                    isinstance(label, ast.Constant)
                    and isinstance(label.value, str)
                    and re.search(r"[A-Za-zÄÖÜäöü]{3}", label.value)
                    and isinstance(second, ast.Call)
                    and getattr(second.func, "id", "")[:1].isupper()
                    and getattr(second.func, "id", "") != "N_"
                ):
                    offenders.append(f"{path}:{node.lineno} button label {label.value!r}")
    assert offenders == []
