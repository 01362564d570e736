"""A tiny threaded HTTP/1.1 server on loopback that answers with scripted replies.

Each request takes the next queued `Reply` (or asks `handler`). A reply can delay its answer,
stream chunks, drop the connection mid-body or close without answering, which is what the
retry, timeout and stream tests need. Every request is recorded.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str | None = "application/json; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)
    # When set, the body is sent with chunked transfer encoding, one chunk per item.
    chunks: list[bytes] | None = None
    delay: float = 0.0  # seconds to wait before the status line
    chunk_delay: float = 0.0  # seconds to wait after each chunk
    drop_after_chunks: int | None = None  # close the socket after this many chunks, mid-body
    close_without_response: bool = False


@dataclass
class SeenRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    client_port: int


def ndjson(*lines: str) -> bytes:
    return "".join(line + "\n" for line in lines).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # small writes must not wait for delayed ACKs
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            parts: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(parts)
                parts.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _handle(self) -> None:
        seen = SeenRequest(
            method=self.command,
            path=self.path,
            headers={key.lower(): value for key, value in self.headers.items()},
            body=self._read_body(),
            client_port=self.client_address[1],
        )
        reply = self.server.owner._next_reply(seen)
        try:
            self._send(reply)
        except OSError:
            self.close_connection = True  # the client went away; nothing to do

    def _send(self, reply: Reply) -> None:
        if reply.delay:
            time.sleep(reply.delay)
        if reply.close_without_response:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.send_response(reply.status)
        if reply.content_type is not None:
            self.send_header("Content-Type", reply.content_type)
        for name, value in reply.headers:
            self.send_header(name, value)
        head_only = self.command == "HEAD"
        if reply.chunks is None:
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            if not head_only:
                self.wfile.write(reply.body)
            self.wfile.flush()
            return
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        self.wfile.flush()
        for number, chunk in enumerate(reply.chunks):
            if reply.drop_after_chunks is not None and number >= reply.drop_after_chunks:
                self._drop()
                return
            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.flush()
            if reply.chunk_delay:
                time.sleep(reply.chunk_delay)
        if reply.drop_after_chunks is not None and reply.drop_after_chunks >= len(reply.chunks):
            self._drop()
            return
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def _drop(self) -> None:
        self.close_connection = True
        self.connection.shutdown(socket.SHUT_RDWR)

    do_GET = do_POST = do_HEAD = do_DELETE = do_PUT = do_PATCH = _handle


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    owner: ScriptedServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that hang up early are expected here


class ScriptedServer:
    """Serve queued replies on 127.0.0.1 (or another loopback address) in a background thread."""

    def __init__(
        self,
        handler: Callable[[SeenRequest], Reply] | None = None,
        *,
        address: str = "127.0.0.1",
    ) -> None:
        self.handler = handler
        self.requests: list[SeenRequest] = []
        self._replies: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._server = _Server((address, 0), _Handler)
        self._server.owner = self
        self.port: int = self._server.server_address[1]
        self.url = f"http://{address}:{self.port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    def script(self, *replies: Reply) -> None:
        """Queue replies for the next requests, in order."""
        with self._lock:
            self._replies.extend(replies)

    def _next_reply(self, seen: SeenRequest) -> Reply:
        with self._lock:
            self.requests.append(seen)
            if self._replies:
                return self._replies.popleft()
        if self.handler is not None:
            return self.handler(seen)
        return Reply(status=500, body=b'{"error":"no reply scripted"}')

    @property
    def hits(self) -> int:
        with self._lock:
            return len(self.requests)

    def start(self) -> ScriptedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> ScriptedServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def free_port() -> int:
    """A loopback port with nothing listening (connections to it are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


class Unresponsive:
    """A listening socket whose accept queue is full, so new connections hang until they time out."""

    def __init__(self) -> None:
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(0)
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._fillers: list[socket.socket] = []
        for _ in range(3):
            filler = socket.socket()
            filler.setblocking(False)
            with contextlib.suppress(BlockingIOError):  # the handshake completes in the background
                filler.connect(("127.0.0.1", self.port))
            self._fillers.append(filler)
        time.sleep(0.05)

    def close(self) -> None:
        for filler in self._fillers:
            filler.close()
        self._listener.close()

    def __enter__(self) -> Unresponsive:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def client_sockets_to(port: int) -> int:
    """How many sockets this process holds whose peer is 127.0.0.1:`port` (Linux only)."""
    peers: dict[str, int] = {}
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as handle:
                next(handle)
                for row in handle:
                    parts = row.split()
                    remote_port = int(parts[2].rsplit(":", 1)[1], 16)
                    peers[parts[9]] = remote_port
        except FileNotFoundError:
            continue
    return sum(1 for inode in _socket_inodes() if peers.get(inode) == port)


def _socket_inodes() -> Iterator[str]:
    import os

    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            yield target[8:-1]
