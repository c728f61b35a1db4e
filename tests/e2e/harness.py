"""Processes of the end-to-end suite: the emulator (node), the bridge (a thread), the bot.

Everything listens on 127.0.0.1 only. :func:`start_environment` starts the three
and waits until the bot polls; :meth:`E2EEnvironment.close` ends them.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from tests.e2e.bridge import BotApiBridge

REPO_ROOT = Path(__file__).resolve().parents[2]
E2E_DIR = REPO_ROOT / "e2e"
EMULATOR_PACKAGE = E2E_DIR / "node_modules" / "telegram-test-api"
HOST = "127.0.0.1"
PROBLEM = re.compile(r"\b(ERROR|CRITICAL)\b|^Traceback ")
# Shaped like a real token (digits, colon, 35 characters): the bot checks the shape.
TOKEN = "7000000001:AAE2Etest-token_for_the_emulator00"
# What the bot reads from the environment (or a .env file): never inherited by the bot.
BOT_SETTINGS = (
    "BOT_TOKEN",
    "DATABASE_URL",
    "VA_COACH_DATA_DIR",
    "VA_COACH_CONTENT_DIR",
    "TELEGRAM_BASE_URL",
    "TELEGRAM_BASE_FILE_URL",
    "WEBHOOK_URL",
    "WEBHOOK_LISTEN",
    "WEBHOOK_PORT",
    "WEBHOOK_SECRET",
    "LOG_LEVEL",
    "DEFAULT_CHECKIN_TIME",
    "DEFAULT_CAPACITY_HOURS",
)


def missing_prerequisite() -> str | None:
    """Why the suite cannot run here, or None."""
    if shutil.which("node") is None:
        return "node is not installed (the Bot API emulator runs on Node.js)"
    if not (EMULATOR_PACKAGE / "package.json").is_file():
        return "e2e/node_modules is missing: run `npm ci` (or `npm install`) in e2e/"
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """Linux: the bot gets SIGTERM if the test run dies without tearing it down."""
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _stop(process: subprocess.Popen, sig: int = signal.SIGTERM, timeout: float = 10) -> None:
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        process.send_signal(sig)
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


@dataclass
class Emulator:
    """telegram-test-api on a free port; its client API is at :attr:`url`."""

    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None
    log_path: Path | None = None

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self, workdir: Path, timeout: float = 20) -> Emulator:
        self.log_path = workdir / "emulator.log"
        log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            ["node", str(E2E_DIR / "server.js"), str(self.port), HOST],
            cwd=E2E_DIR,
            stdin=subprocess.PIPE,  # the emulator stops when this pipe closes
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the emulator exited:\n{self.log_path.read_text()}")
            try:
                httpx.post(f"{self.url}/getUpdatesHistory", json={"token": "-"}, timeout=1)
                return self
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError(f"the emulator did not start:\n{self.log_path.read_text()}")

    def stop(self) -> None:
        if self.process:
            with contextlib.suppress(OSError):
                self.process.stdin.close()
            _stop(self.process)


def bot_command() -> list[str]:
    """``va-coach run`` from this interpreter's environment, unmodified."""
    script = Path(sys.executable).with_name("va-coach")
    if script.is_file():
        return [str(script), "run"]
    return [sys.executable, "-m", "bot", "run"]


@dataclass
class BotProcess:
    command: list[str]
    env: dict[str, str]
    workdir: Path
    process: subprocess.Popen | None = None
    log_path: Path | None = None

    def start(self) -> BotProcess:
        self.log_path = self.workdir / "bot.log"
        log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            self.command,
            cwd=self.workdir,  # no stray .env file from the repository is read
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
        log.close()
        return self

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path else ""

    def log_size(self) -> int:
        """A position in the log, for :meth:`problems`."""
        return len(self.log())

    def problems(self, since: int = 0) -> list[str]:
        """Log lines at ERROR or CRITICAL, and tracebacks, written after ``since``."""
        lines = self.log()[since:].splitlines()
        return [line for line in lines if PROBLEM.search(line)]

    def log_tail(self, lines: int = 60) -> str:
        return "\n".join(self.log().splitlines()[-lines:])

    def stop(self) -> int | None:
        if self.process:
            _stop(self.process, signal.SIGINT)
            return self.process.returncode
        return None


def bot_environment(bridge: BotApiBridge, workdir: Path, token: str = TOKEN) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in BOT_SETTINGS}
    env.update(
        BOT_TOKEN=token,
        TELEGRAM_BASE_URL=bridge.base_url,
        TELEGRAM_BASE_FILE_URL=bridge.base_file_url,
        DATABASE_URL=f"sqlite:///{workdir / 'e2e.db'}",
        VA_COACH_DATA_DIR=str(workdir / "data"),
        LOG_LEVEL="INFO",
        PYTHONUNBUFFERED="1",
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")])),
    )
    return env


@dataclass
class E2EEnvironment:
    """The emulator and the bridge; :meth:`start_bot` adds the bot."""

    workdir: Path
    emulator: Emulator
    bridge: BotApiBridge
    bot: BotProcess | None = None
    token: str = TOKEN
    keep_workdir: bool = False

    def start_bot(self, command: list[str] | None = None, ready_timeout: float = 45) -> BotProcess:
        """Start the bot; return once it has asked the bridge for updates."""
        self.bot = BotProcess(
            command or bot_command(), bot_environment(self.bridge, self.workdir), self.workdir
        ).start()
        deadline = time.monotonic() + ready_timeout
        while not self.bridge.calls("getUpdates"):
            if self.bot.process.poll() is not None:
                raise RuntimeError(
                    f"the bot exited with {self.bot.process.returncode} before polling:\n"
                    f"{self.bot.log_tail()}"
                )
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"the bot did not poll within {ready_timeout} s:\n{self.bot.log_tail()}"
                )
            time.sleep(0.05)
        return self.bot

    def stop_bot(self) -> None:
        if self.bot:
            self.bot.stop()

    def close(self) -> None:
        for stop in (self.stop_bot, self.bridge.stop, self.emulator.stop):
            with contextlib.suppress(Exception):
                stop()
        if not self.keep_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)


def start_services(*, keep_workdir: bool = False) -> E2EEnvironment:
    """The emulator and the bridge, in a fresh temporary directory."""
    workdir = Path(tempfile.mkdtemp(prefix="va-coach-e2e-"))
    try:
        emulator = Emulator().start(workdir)
    except BaseException:
        shutil.rmtree(workdir, ignore_errors=True)
        raise
    env = E2EEnvironment(workdir, emulator, BotApiBridge(emulator.url, HOST))
    env.keep_workdir = keep_workdir
    try:
        env.bridge.start()
    except BaseException:
        env.close()
        raise
    return env


def start_environment(
    command: list[str] | None = None, *, ready_timeout: float = 45, keep_workdir: bool = False
) -> E2EEnvironment:
    """Emulator, bridge and bot, ready when the bot has asked for updates."""
    env = start_services(keep_workdir=keep_workdir)
    try:
        env.start_bot(command, ready_timeout)
    except BaseException:
        env.close()
        raise
    return env
