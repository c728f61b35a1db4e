"""`va-coach db backup` copies a running bot's database without stopping it, `db restore` brings
a backup back and refuses while a bot holds the database, and nothing is ever lost on the way."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from bot.ops.backup import backup_command, restore_command
from tests.ops_telegram_stub import BotProcess, TelegramStub, bot_environment, va_coach


def rows(database: Path, query: str = "SELECT id FROM users") -> set:
    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as connection:
        return {row[0] if len(row) == 1 else row for row in connection.execute(query)}


def every_row(database: Path) -> dict[str, set]:
    tables = rows(database, "SELECT name FROM sqlite_master WHERE type = 'table'")
    return {table: rows(database, f"SELECT * FROM {table}") for table in tables}


def test_a_running_bot_is_backed_up_restored_elsewhere_and_every_row_is_there(tmp_path):
    stub = TelegramStub()
    live = tmp_path / "live" / "va-coach.db"
    live.parent.mkdir()
    env = bot_environment(live, stub.url)
    bot = BotProcess(env, tmp_path)
    try:
        bot.wait_for("this process is now the active one")
        first = list(range(910_001, 910_021))
        for user_id in first:
            stub.send_start(user_id)
        stub.answered(first)
        later = list(range(920_001, 920_011))
        for user_id in later:  # the bot keeps working while the backup is taken
            stub.send_start(user_id)

        backup = tmp_path / "va-coach-backup.db"
        done = va_coach(env, tmp_path, "db", "backup", str(backup))
        assert done.returncode == 0, done.stderr
        assert f"to {backup}" in done.stdout

        elsewhere = tmp_path / "restored" / "va-coach.db"
        restored = va_coach(
            {**env, "DATABASE_URL": f"sqlite:///{elsewhere}"},
            tmp_path,
            "db",
            "restore",
            str(backup),
        )
        assert restored.returncode == 0, restored.stderr
        assert set(first) <= rows(elsewhere)  # every user answered before the backup
        assert every_row(elsewhere) == every_row(backup)
        assert rows(elsewhere, "SELECT version_num FROM alembic_version")

        refused = va_coach(env, tmp_path, "db", "restore", str(backup))
        assert refused.returncode == 1
        assert "A bot is running on this database" in refused.stderr
        assert "Traceback" not in refused.stderr

        stub.answered(later)  # the refused restore left the live database alone
        assert set(first + later) <= rows(live)
    finally:
        exit_code = bot.stop()
        stub.close()
    assert exit_code == 0, bot.output
    assert "Traceback" not in bot.output, bot.output


@pytest.fixture
def database(tmp_path) -> tuple[str, Path]:
    """A small VA Coach database, as a stopped bot leaves it."""
    path = tmp_path / "data" / "va-coach.db"
    path.parent.mkdir()
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.executescript(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY);"
            "INSERT INTO alembic_version VALUES ('0001');"
            "CREATE TABLE users (id INTEGER PRIMARY KEY);"
            "INSERT INTO users VALUES (1), (2), (3);"
        )
        connection.commit()
    return f"sqlite:///{path}", path


def test_a_restore_keeps_the_database_it_replaces(database, tmp_path, capsys):
    url, path = database
    backup = tmp_path / "monday.db"
    assert backup_command(url, backup) == 0
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("INSERT INTO users VALUES (4)")
        connection.commit()

    assert restore_command(url, backup) == 0
    assert rows(path) == {1, 2, 3}
    (kept,) = path.parent.glob("va-coach.db.before-restore-*")
    assert rows(kept) == {1, 2, 3, 4}
    assert f"kept as {kept}" in capsys.readouterr().out


def test_a_backup_never_overwrites_a_file(database, tmp_path, capsys):
    url, _ = database
    existing = tmp_path / "precious.db"
    existing.write_text("keep me")
    assert backup_command(url, existing) == 1
    assert existing.read_text() == "keep me"
    assert "exists already" in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["missing", "not a database", "from a newer release"])
def test_a_restore_refuses_what_is_not_a_backup_and_changes_nothing(database, tmp_path, kind):
    url, path = database
    candidate = tmp_path / "candidate.db"
    if kind == "not a database":
        candidate.write_text("hello")
    elif kind == "from a newer release":
        with contextlib.closing(sqlite3.connect(candidate)) as connection:
            connection.executescript(
                "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY);"
                "INSERT INTO alembic_version VALUES ('9999_from_the_future');"
            )
    assert restore_command(url, candidate) == 1
    assert rows(path) == {1, 2, 3}
    assert list(path.parent.glob("*.before-restore-*")) == []


def test_postgresql_points_to_pg_dump_and_pg_restore_without_the_password(capsys):
    url = "postgresql+asyncpg://coach:s3cret-pw@db.internal:5432/vacoach"
    assert backup_command(url, Path("/backups/va-coach.dump")) == 2
    assert restore_command(url, Path("/backups/va-coach.dump")) == 2
    err = capsys.readouterr().err
    assert "pg_dump --format=custom --file=/backups/va-coach.dump" in err
    assert "'postgresql://coach@db.internal:5432/vacoach'" in err
    assert "pg_restore --clean --if-exists --no-owner" in err
    assert "s3cret-pw" not in err
