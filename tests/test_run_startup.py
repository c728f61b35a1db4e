"""`va-coach run` as its own process when Telegram says no or does not answer: one sentence, the
token never printed, and the right exit code for a service manager."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

TOKEN = "7000000009:AAE2Erejected-token_for_the_test0009"


class RejectEverything(BaseHTTPRequestHandler):
    """Telegram's answer to a revoked token, for every method."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = json.dumps({"ok": False, "error_code": 401, "description": "Unauthorized"}).encode()
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        """Quiet."""


def environment(tmp_path: Path, base_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "LOG_LEVEL")}
    env.update(
        BOT_TOKEN=TOKEN,
        TELEGRAM_BASE_URL=base_url,
        TELEGRAM_BASE_FILE_URL=base_url,
        DATABASE_URL=f"sqlite:///{tmp_path / 'run.db'}",
        VA_COACH_DATA_DIR=str(tmp_path),
        PYTHONUNBUFFERED="1",
        PYTHONPATH=str(Path(__file__).resolve().parents[1]),  # this checkout's code
    )
    return env


def run_command() -> list[str]:
    return [sys.executable, "-m", "bot", "run"]


def test_a_rejected_token_ends_with_one_sentence_and_exit_code_2(tmp_path: Path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), RejectEverything)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/bot"
        done = subprocess.run(
            run_command(),
            env=environment(tmp_path, url),
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=90,
        )
    finally:
        server.shutdown()
    output = done.stdout + done.stderr
    assert done.returncode == 2
    assert "Telegram rejected BOT_TOKEN" in done.stderr
    assert "Traceback" not in output
    assert TOKEN.split(":")[1] not in output and TOKEN not in output


def test_telegram_unreachable_at_start_is_retried_quietly_until_stopped(tmp_path: Path):
    with socket.socket() as sock:  # a port on this machine that nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        run_command(),
        env=environment(tmp_path, f"http://127.0.0.1:{port}/bot"),
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        log = tmp_path / "run.log"
        lines: list[str] = []
        # Wait for two attempts (the second after the 1 s back-off), reading as it goes.
        reader = threading.Thread(target=lambda: lines.extend(process.stdout), daemon=True)
        reader.start()
        while sum("cannot reach Telegram" in line for line in lines) < 2:
            assert process.poll() is None, "".join(lines)
            assert time.monotonic() < deadline, "".join(lines)
            time.sleep(0.1)
        process.send_signal(signal.SIGTERM)
        assert process.wait(30) == 0
        reader.join(5)
    finally:
        if process.poll() is None:
            process.kill()
    output = "".join(lines)
    log.write_text(output)
    assert "Traceback" not in output
    assert len(output.splitlines()) < 15, output
    assert TOKEN.split(":")[1] not in output
