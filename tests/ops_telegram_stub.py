"""A tiny Bot API on 127.0.0.1 for tests that run `va-coach run` as its own process (backups,
health): it hands out queued updates on getUpdates and says yes to everything the bot sends.
The full emulator is the end-to-end suite's (tests/e2e/); these tests need only a bot that
writes to its database while they work on it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

from bot.offline.telegram_offline import BOT_USER

TOKEN = "7000000011:AAE2Estub-token_for_the_ops_tests0011"
REPO = Path(__file__).resolve().parents[1]


class TelegramStub:
    def __init__(self) -> None:
        self.pending: list[dict] = []
        self.sent: list[int] = []  # chat ids the bot sent a message to
        self.lock = threading.Lock()
        self.next_update_id = 1
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/bot"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def send_start(self, user_id: int) -> None:
        """A new user sends /start."""
        with self.lock:
            update_id, self.next_update_id = self.next_update_id, self.next_update_id + 1
            user = {"id": user_id, "is_bot": False, "first_name": "Tester", "language_code": "en"}
            self.pending.append(
                {
                    "update_id": update_id,
                    "message": {
                        "message_id": update_id,
                        "date": int(time.time()),
                        "text": "/start",
                        "chat": {"id": user_id, "type": "private"},
                        "from": user,
                        "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
                    },
                }
            )

    def answered(self, user_ids: list[int], timeout: float = 30) -> None:
        """Wait until the bot has answered each of these users (so their rows are stored)."""
        deadline = time.monotonic() + timeout
        while not set(user_ids) <= set(self.sent):
            assert time.monotonic() < deadline, f"the bot did not answer {user_ids}"
            time.sleep(0.05)

    def answer(self, method: str, params: dict) -> object:
        if method == "getMe":
            return BOT_USER
        if method == "getUpdates":
            offset = int(params.get("offset") or 0)
            with self.lock:
                self.pending = [u for u in self.pending if u["update_id"] >= offset]
                ready = list(self.pending)
            if not ready:
                time.sleep(0.2)  # a short long-poll
            return ready
        if method.startswith(("send", "edit")):
            chat_id = int(params.get("chat_id") or 0)
            with self.lock:
                self.sent.append(chat_id)
            chat = {"id": chat_id, "type": "private"}
            return {"message_id": len(self.sent), "date": int(time.time()), "chat": chat}
        if method == "getMyCommands":
            return []
        return True

    def _handler(self):
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode()
                if self.headers.get("Content-Type", "").startswith("application/json"):
                    params = json.loads(raw or "{}")
                else:
                    params = {k: v[0] for k, v in parse_qs(raw).items()}
                result = stub.answer(self.path.rsplit("/", 1)[-1], params)
                body = json.dumps({"ok": True, "result": result}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                """Quiet."""

        return Handler


def bot_environment(database: Path, telegram_url: str, **extra: str) -> dict[str, str]:
    """The environment of a `va-coach` process of this checkout on `database`."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "LOG_LEVEL")}
    env.update(
        BOT_TOKEN=TOKEN,
        TELEGRAM_BASE_URL=telegram_url,
        TELEGRAM_BASE_FILE_URL=telegram_url,
        DATABASE_URL=f"sqlite:///{database}",
        VA_COACH_DATA_DIR=str(database.parent),
        PYTHONUNBUFFERED="1",
        PYTHONPATH=str(REPO),
        **extra,
    )
    return env


class BotProcess:
    """`va-coach run` in the background; its output collected for the failure message."""

    def __init__(self, env: dict[str, str], cwd: Path, *arguments: str) -> None:
        self.lines: list[str] = []
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run", *arguments],
            env=env,
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        threading.Thread(target=lambda: self.lines.extend(self.process.stdout), daemon=True).start()

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def wait_for(self, text: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.output:
            assert self.process.poll() is None, self.output
            assert time.monotonic() < deadline, f"no {text!r} in:\n{self.output}"
            time.sleep(0.05)

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                return self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
        return self.process.wait()


def va_coach(env: dict[str, str], cwd: Path, *arguments: str) -> subprocess.CompletedProcess:
    """A `va-coach` command of this checkout, to its end."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *arguments],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )
