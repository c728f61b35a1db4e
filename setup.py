"""The wheel carries content/ (templates, catalogs, YAML) inside the package, as bot/content.

content/ stays at the top of the repository, where translators and the catalog tooling expect
it; a build copies it into the package, and bot/config.py looks there first, then at the
checkout's content/ (editable installs and tests). Everything else is in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

CONTENT = Path(__file__).resolve().parent / "content"


def shipped(path: Path) -> bool:
    """Every content file the bot may read; not editor leftovers or compiled catalogs (the bot
    compiles bot.po in memory at start, bot/i18n.py)."""
    return not path.name.startswith(".") and not path.name.endswith(("~", ".swp", ".mo", ".pyc"))


class BuildPyWithContent(build_py):
    """build_py plus content/ as bot/content (an editable install reads the checkout's)."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "bot" / "content"
        if target.exists():
            shutil.rmtree(target)  # a file deleted from content/ must not linger in the wheel
        for source in sorted(CONTENT.rglob("*")):
            if source.is_file() and shipped(source):
                destination = target / source.relative_to(CONTENT)
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, destination)


setup(cmdclass={"build_py": BuildPyWithContent})
