"""The built wheel is the whole bot: installed into a fresh virtual environment outside the
repository, `va-coach console` and `va-coach check-reply` work from any directory.

The wheel is built offline from a copy of the sources (`pip wheel --no-build-isolation`, with the
dev environment's setuptools), so the checkout gets no build/ directory. The fresh environment
gets the wheel alone (`--no-deps`); its dependencies come from this project's .venv through a
`.pth` file, which adds that directory to sys.path without running the .pth files in it, so the
editable install of the checkout stays out of the way. Skip with VA_COACH_SKIP_PACKAGING=1.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from bot.i18n import translator

REPO = Path(__file__).resolve().parents[1]
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "bot", "content")

pytestmark = pytest.mark.skipif(
    os.environ.get("VA_COACH_SKIP_PACKAGING") == "1",
    reason="VA_COACH_SKIP_PACKAGING=1",
)


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None, stdin: str = ""):
    done = subprocess.run(
        command, cwd=cwd, env=env, input=stdin, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, f"{command[:4]}…\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        if (REPO / name).is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.mo")
            shutil.copytree(REPO / name, source / name, ignore=ignore)
        else:
            shutil.copy2(REPO / name, source / name)
    dist = tmp_path_factory.mktemp("dist")
    pip_wheel = ["pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "--no-index"]
    run([sys.executable, "-m", *pip_wheel, "-w", str(dist), "."], cwd=source)
    (built,) = dist.glob("va_coach-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv holding the wheel; returns its bin directory."""
    venv = tmp_path_factory.mktemp("venv")
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=venv)
    python = venv / "bin" / "python"
    pip_install = ["pip", "--python", str(python), "install", "-q", "--no-deps", "--no-index"]
    run([sys.executable, "-m", *pip_install, str(wheel)], cwd=venv)
    purelib = run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], venv
    )
    dependencies = sysconfig.get_path("purelib")  # this project's .venv
    (Path(purelib.strip()) / "va_coach_dependencies.pth").write_text(dependencies + "\n")
    return venv / "bin"


@pytest.fixture
def elsewhere(tmp_path) -> tuple[Path, dict[str, str]]:
    """A working directory outside the repository, an environment that does not point into it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env = {k: v for k, v in env.items() if k not in ("DATABASE_URL", "LANG", "LC_ALL")}
    env.update(DATABASE_URL=f"sqlite:///{tmp_path / 'bot.db'}", VA_COACH_DATA_DIR=str(tmp_path))
    return tmp_path, env


def test_the_wheel_carries_every_content_file(wheel):
    expected = {
        "bot/content/" + path.relative_to(REPO / "content").as_posix()
        for path in (REPO / "content").rglob("*")
        if path.is_file() and not path.name.startswith(".") and path.suffix not in (".mo", ".pyc")
    }
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert len(expected) > 200
    assert expected - names == set()
    assert "bot/db/migrations/env.py" in names
    assert any(name.startswith("bot/db/migrations/versions/0001") for name in names)
    # the practice judge's learned models: without them it misses most lies its rules miss
    models = {
        f"bot/coach/models/{path.name}" for path in (REPO / "bot/coach/models").glob("*.json")
    }
    assert len(models) >= 24 and models <= names


def test_the_installed_bot_uses_its_own_code_and_content(installed, elsewhere):
    cwd, env = elsewhere
    where = run(
        [
            str(installed / "python"),
            "-c",
            "import bot, bot.i18n; print(bot.__file__, bot.i18n.CONTENT_DIR)",
        ],
        cwd,
        env,
    )
    code, content = where.split()
    assert str(REPO) not in code and str(REPO) not in content
    assert code.startswith(str(installed.parent)) and content.startswith(str(installed.parent))


@pytest.mark.parametrize(("lang", "language"), [("de_DE.UTF-8", "de"), ("en_GB.UTF-8", "en")])
def test_the_console_greets_a_new_user_from_the_installed_wheel(
    installed, elsewhere, lang, language
):
    cwd, env = elsewhere
    output = run(
        [str(installed / "va-coach"), "console"], cwd, {**env, "LANG": lang}, "/start\n1\n/quit\n"
    )
    start = translator(language).label("Let's start")
    assert f"[1] {start}" in output
    assert "Traceback" not in output
    assert (cwd / "bot.db").exists()  # the schema came from the wheel's migrations


def test_check_reply_runs_from_the_installed_wheel(installed, elsewhere):
    cwd, env = elsewhere
    reply = "Danke für Ihre Anfrage! Das geht leider nicht."
    output = run(
        [str(installed / "va-coach"), "check-reply", "--lang", "de", "--json"], cwd, env, reply
    )
    result = json.loads(output)
    assert result["elements"]["empathy"] and result["elements"]["decline"]
    assert not result["elements"]["alternative"]
