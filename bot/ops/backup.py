"""`va-coach db backup FILE` and `va-coach db restore FILE`.

SQLite: a backup goes through SQLite's online backup API in one step, which reads one consistent
snapshot while the bot keeps writing (the database is in WAL mode, where readers and the writer
do not block each other); the copy is a single self-contained file. A restore takes the
hot-standby lock (bot/runtime/standby.py) for its whole duration: it is refused while a bot
holds the lock, and a bot started meanwhile waits as the standby until the restore is done. The
database it replaces is kept beside it first, so a wrong restore loses nothing.

PostgreSQL: pg_dump and pg_restore are the right tools; the commands say how to call them.
Messages are for the operator, in English (like the rest of the command line).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy.engine import URL, make_url

from bot.db.migrate import alembic_config
from bot.db.session import is_sqlite
from bot.ops.health import open_existing_sqlite, sqlite_path
from bot.runtime.standby import sqlite_lock_path

PG_DUMP = (
    "This database is PostgreSQL: back it up with pg_dump, which is safe while the bot runs:\n"
    "  pg_dump --format=custom --file={file} '{url}'\n"
    "(the password comes from PGPASSWORD or ~/.pgpass; docs/deploy.md has more)."
)
PG_RESTORE = (
    "This database is PostgreSQL: stop every `va-coach run` process that uses it (both of a\n"
    "hot-standby pair), then restore with pg_restore:\n"
    "  pg_restore --clean --if-exists --no-owner --dbname='{url}' {file}\n"
    "(the password comes from PGPASSWORD or ~/.pgpass; docs/deploy.md has more)."
)


class Refused(Exception):
    """Nothing was changed; the message says why and what to do."""


def backup_command(url: str, file: Path) -> int:
    if not is_sqlite(url):
        print(PG_DUMP.format(file=file, url=url_for_libpq(url)), file=sys.stderr)
        return 2
    try:
        source, tables = backup_sqlite(url, file)
    except Refused as refusal:
        print(refusal, file=sys.stderr)
        return 1
    print(f"Backed up {source} to {file} ({tables} tables, {file.stat().st_size} bytes).")
    return 0


def restore_command(url: str, file: Path) -> int:
    if not is_sqlite(url):
        print(PG_RESTORE.format(file=file, url=url_for_libpq(url)), file=sys.stderr)
        return 2
    try:
        target, kept = restore_sqlite(url, file)
    except Refused as refusal:
        print(refusal, file=sys.stderr)
        return 1
    print(f"Restored {file} into {target}; the bot upgrades its schema when it starts.")
    if kept is not None:
        print(f"The database it replaced is kept as {kept}.")
    return 0


def url_for_libpq(url: str) -> str:
    """The URL pg_dump understands, without the password (which is never printed)."""
    given = make_url(url)
    plain = URL.create("postgresql", given.username, None, given.host, given.port, given.database)
    return plain.render_as_string(hide_password=False)


def backup_sqlite(url: str, file: Path) -> tuple[Path, int]:
    """Copy the database to `file` (which must not exist yet); the source and its table count."""
    source = sqlite_path(url)
    if source is None or not source.is_file():
        raise Refused(f"There is no database at {source or url}: nothing to back up.")
    if file.exists():
        raise Refused(f"{file} exists already; choose a new name (nothing was overwritten).")
    if not file.parent.is_dir():
        raise Refused(f"The directory {file.parent} does not exist.")
    partial = file.with_name(file.name + ".partial")
    try:
        with (
            contextlib.closing(open_existing_sqlite(source)) as database,
            contextlib.closing(sqlite3.connect(partial)) as copy,
        ):
            database.backup(copy)  # in one step: one consistent snapshot
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            tables = copy.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
            count = tables.fetchone()[0]
        os.replace(partial, file)
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise Refused(f"The backup failed ({error}); nothing was written to {file}.") from error
    return source, count


def restore_sqlite(url: str, file: Path) -> tuple[Path, Path | None]:
    """Replace the database with the backup `file`; the target and where its old copy is kept."""
    target = sqlite_path(url)
    if target is None:
        raise Refused("DATABASE_URL names an in-memory database: there is nothing to restore into.")
    check_backup(file)
    with holding_the_lock(url):
        kept = None
        if target.exists():
            kept = target.with_name(f"{target.name}.before-restore-{datetime.now():%Y%m%dT%H%M%S}")
            backup_sqlite(url, kept)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            with (
                contextlib.closing(open_existing_sqlite(file, read_only=True)) as backup,
                contextlib.closing(sqlite3.connect(target)) as database,
            ):
                backup.backup(database)
        except sqlite3.Error as error:
            raise Refused(
                f"The restore failed ({error}); the previous database is kept as {kept}."
            ) from error
    return target, kept


def check_backup(file: Path) -> None:
    """Refuse a file that is not a sound VA Coach database this release can upgrade."""
    if not file.is_file():
        raise Refused(f"There is no file {file}.")
    try:
        with contextlib.closing(open_existing_sqlite(file, read_only=True)) as backup:
            sound = backup.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            revisions = [
                row[0] for row in backup.execute("SELECT version_num FROM alembic_version")
            ]
    except sqlite3.Error:
        sound, revisions = False, []
    if not sound or not revisions:
        raise Refused(f"{file} is not a VA Coach database backup; nothing was changed.")
    scripts = ScriptDirectory.from_config(alembic_config())
    for revision in revisions:
        try:
            scripts.get_revision(revision)
        except CommandError:
            raise Refused(
                f"{file} was written by a newer release (schema {revision}); install that "
                "release to restore it. Nothing was changed."
            ) from None


@contextlib.contextmanager
def holding_the_lock(url: str):
    """The hot-standby lock, taken without waiting: while it is held, no bot serves the file."""
    path = sqlite_lock_path(url)
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise Refused(
                "A bot is running on this database (it holds "
                f"{path}): stop it first, then restore. Nothing was changed."
            ) from None
        yield
    finally:
        os.close(descriptor)  # releases the lock
