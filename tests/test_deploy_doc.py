"""docs/deploy.md stays true: its unit files pass `systemd-analyze verify`, its commands are ones
`va-coach` accepts, its environment file names only variables the bot reads, and its
PostgreSQL settings exist. (The pair, health and backups it describes run in test_health.py
and test_backup.py.)"""

from __future__ import annotations

import configparser
import glob
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.__main__ import ENVIRONMENT_HELP, build_parser
from bot.config import Settings

DOC = Path(__file__).resolve().parents[1] / "docs" / "deploy.md"
INSTALLED = "/opt/va-coach/bin/va-coach"
# Read by a library the bot uses, not by the bot: allowed in the unit, explained in the doc.
LIBRARY_VARIABLES = {"MPLCONFIGDIR"}


def blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```$", DOC.read_text(), flags=re.M | re.S)


def unit_files() -> dict[str, str]:
    """The ini blocks that are systemd units, by the file name in their first line."""
    units = {}
    for block in blocks("ini"):
        first, _, rest = block.partition("\n")
        if first.startswith("# /etc/systemd/system/"):
            units[first.rsplit("/", 1)[1]] = rest
    return units


def parsed(unit: str) -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(strict=False, comment_prefixes=("#",))
    parser.optionxform = str  # systemd keys are case-sensitive
    parser.read_string(unit)
    return parser


def variable_names() -> set[str]:
    names = set()
    for name, field in Settings.model_fields.items():
        names.add((field.alias or name).upper())
    return names


def test_the_doc_has_the_unit_the_timer_and_the_environment_file():
    assert {"va-coach.service", "va-coach-backup.service", "va-coach-backup.timer"} <= set(
        unit_files()
    )
    assert parsed(unit_files()["va-coach.service"])["Service"]["EnvironmentFile"] in DOC.read_text()


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_the_unit_files_pass_systemd_analyze_verify(tmp_path):
    executable = Path(sys.executable).parent / "va-coach"  # this environment's, for the check
    for name, unit in unit_files().items():
        (tmp_path / name).write_text(unit.replace(INSTALLED, str(executable)))
    names = sorted(unit_files())
    done = subprocess.run(
        ["systemd-analyze", "verify", *names],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    complaints = [line for line in done.stderr.splitlines() if any(n in line for n in names)]
    assert done.returncode == 0 and complaints == [], done.stderr


def commands_in_the_doc() -> list[list[str]]:
    """Every `/opt/va-coach/bin/va-coach ...` the doc tells the operator to run, as argv."""
    text = "\n".join(blocks("sh") + blocks("ini"))
    found = re.findall(rf"{re.escape(INSTALLED)}([^'\n]*)", text)
    return [shlex.split(arguments, comments=True) for arguments in found]


def test_every_command_in_the_doc_is_one_va_coach_accepts():
    commands = commands_in_the_doc()
    assert ["run"] in commands and ["status"] in commands
    assert any(command[:2] == ["db", "backup"] for command in commands)
    assert any(command[:2] == ["db", "restore"] for command in commands)
    for command in [*commands, ["run", "--webhook"]]:
        build_parser().parse_args(command)  # exits (SystemExit) on a command it does not know


def test_exec_start_runs_the_installed_bot():
    service = parsed(unit_files()["va-coach.service"])["Service"]
    assert shlex.split(service["ExecStart"]) == [INSTALLED, "run"]
    assert service["RestartPreventExitStatus"] == "2"  # bot/__main__.py: a rejected token


def test_the_environment_file_names_only_variables_the_bot_reads():
    (environment,) = [b for b in blocks("sh") if b.startswith("# /etc/va-coach/va-coach.env")]
    named = set(re.findall(r"^(?:# )?([A-Z_]+)=", environment, flags=re.M))
    assert {"BOT_TOKEN", "DATABASE_URL", "WEBHOOK_SECRET"} <= named
    assert named <= variable_names()
    assert all(name in ENVIRONMENT_HELP for name in named)  # `va-coach run --help` lists them
    for name, unit in unit_files().items():
        for line in unit.splitlines():
            if line.startswith("Environment="):
                variable = line.removeprefix("Environment=").split("=")[0]
                assert variable in variable_names() | LIBRARY_VARIABLES, (name, variable)


def postgres_binary() -> str | None:
    return shutil.which("postgres") or next(
        iter(sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"))), None
    )


@pytest.mark.skipif(postgres_binary() is None, reason="no PostgreSQL server binary")
def test_the_postgresql_settings_exist():
    (settings,) = [b for b in blocks("ini") if "tcp_keepalives_idle" in b]
    named = set(re.findall(r"^([a-z_]+) =", settings, flags=re.M))
    described = subprocess.run(
        [postgres_binary(), "--describe-config"], capture_output=True, text=True, timeout=60
    )
    known = {line.split("\t", 1)[0] for line in described.stdout.splitlines()}
    assert len(named) >= 4 and named <= known, named - known
