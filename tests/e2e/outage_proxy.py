"""A TCP proxy on 127.0.0.1 in front of PostgreSQL that can play a server restart: every open
connection is cut and new ones are refused for a while, as when PostgreSQL restarts."""

from __future__ import annotations

import contextlib
import socket
import threading
import time


class OutageProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.down = threading.Event()
        self.sockets: set[socket.socket] = set()
        self.lock = threading.Lock()
        self.closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.down.is_set():
                client.close()  # refused, as a restarting server would
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.sockets.update((client, upstream))
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)
                end.close()
            with self.lock:
                self.sockets.discard(source)
                self.sockets.discard(sink)

    def restart(self, seconds: float) -> None:
        """Cut every connection and refuse new ones for `seconds` (blocks meanwhile)."""
        self.down.set()
        with self.lock:
            open_sockets = list(self.sockets)
        for sock in open_sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        time.sleep(seconds)
        self.down.clear()

    def close(self) -> None:
        self.closed = True
        self.listener.close()
        self.restart(0)
