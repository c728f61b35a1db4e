"""The command line as an operator meets it: clear sentences, exit codes, no secrets printed."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

VALID_LOOKING = "123456789:AAF" + "x" * 32


def va_coach(
    *args: str, env: dict | None = None, timeout: float = 60
) -> subprocess.CompletedProcess:
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"BOT_TOKEN", "DATABASE_URL", "WEBHOOK_SECRET", "WEBHOOK_URL"}
    }
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=timeout,
        cwd="/",
    )


@pytest.mark.parametrize(
    ("token", "words"),
    [
        (None, "No bot token"),
        ("", "No bot token"),
        ("hello", "does not look like a token"),
        ("123:abc", "does not look like a token"),
    ],
)
def test_run_without_a_usable_token(tmp_path, token, words):
    env = {"VA_COACH_DATA_DIR": str(tmp_path)}
    if token is not None:
        env["BOT_TOKEN"] = token
    result = va_coach("run", env=env)
    assert result.returncode == 2
    assert words in result.stderr
    assert "@BotFather" in result.stderr and "va-coach console" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_webhook_without_secret_is_refused(tmp_path):
    env = {
        "VA_COACH_DATA_DIR": str(tmp_path),
        "BOT_TOKEN": VALID_LOOKING,
        "WEBHOOK_URL": "https://example.invalid/hook",
    }
    result = va_coach("run", "--webhook", env=env)
    assert result.returncode == 2 and "WEBHOOK_SECRET" in result.stderr
    assert "Traceback" not in result.stderr


def test_run_help_names_settings_and_data_path_but_no_secret(tmp_path):
    env = {
        "VA_COACH_DATA_DIR": str(tmp_path),
        "BOT_TOKEN": VALID_LOOKING,
        "WEBHOOK_SECRET": "s3cret-value",
    }
    result = va_coach("run", "--help", env=env)
    assert result.returncode == 0
    for name in ("BOT_TOKEN", "DATABASE_URL", "TELEGRAM_BASE_URL", "WEBHOOK_SECRET", "WEBHOOK_URL"):
        assert name in result.stdout
    assert str(tmp_path / "va-coach.db") in result.stdout
    assert VALID_LOOKING not in result.stdout and "s3cret-value" not in result.stdout


def test_db_upgrade_creates_the_schema(tmp_path):
    result = va_coach("db", "upgrade", env={"VA_COACH_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "va-coach.db").exists()


def test_console_runs_a_scripted_chat(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "bot", "console"],
        input="/start\n1\nZoe\n/quit\n",
        capture_output=True,
        text=True,
        timeout=60,
        env={
            **os.environ,
            "VA_COACH_DATA_DIR": str(tmp_path),
            "LANG": "en_US.UTF-8",
            "LC_ALL": "en_US.UTF-8",
        },
    )
    assert result.returncode == 0, result.stderr
    assert "> /start" in result.stdout  # piped input is echoed, so the output reads as a transcript
    assert "[1] Let's start" in result.stdout
    assert "*Which time zone do you work in?*" in result.stdout  # bold shown as stars
    assert "Traceback" not in result.stderr
