"""A scripted HTTP/1.1 peer on loopback built from raw sockets, and drivers for both transports.

`LoopbackServer(handler)` accepts connections on 127.0.0.1 and runs `handler(peer)` on its own
thread for each; the handler reads requests with `peer.read_request()` and writes whatever bytes
the test wants with `peer.send()`, so responses can be malformed, split or cut anywhere.

`SyncDriver` / `AsyncDriver` send requests through `Urllib3Transport` / `AiohttpTransport` with
the same blocking interface (the async one runs each call on its own event loop), so one test body
checks both transports.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import socket
import threading
import time
from collections.abc import AsyncIterator, Callable, Coroutine, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
from hiramu.ollama._aiohttp_transport import AiohttpTransport
from hiramu.ollama._urllib3_transport import Urllib3Transport

T = TypeVar("T")

Handler = Callable[["Peer"], None]


@dataclass
class SeenRequest:
    method: str
    target: str
    head: bytes
    headers: list[tuple[str, str]]
    body: bytes
    body_size: int
    body_sha256: str
    chunk_sizes: list[int] = field(default_factory=list)  # of a chunked body, as framed on the wire

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None


class Peer:
    """The server's side of one connection."""

    def __init__(self, sock: socket.socket, server: LoopbackServer) -> None:
        self.sock = sock
        self.server = server
        self._pending = b""

    def _recv(self) -> bytes:
        try:
            return self.sock.recv(1 << 20)
        except OSError:
            return b""

    def _read_until(self, marker: bytes) -> bytes | None:
        while marker not in self._pending:
            data = self._recv()
            if not data:
                return None
            self._pending += data
        line, _, self._pending = self._pending.partition(marker)
        return line

    def _read_exactly(self, size: int, keep: bool, digest: Any) -> bytes:
        kept: list[bytes] = []
        while size:
            if not self._pending:
                self._pending = self._recv()
                if not self._pending:
                    raise ConnectionError("the client closed the connection mid-body")
            piece, self._pending = self._pending[:size], self._pending[size:]
            size -= len(piece)
            digest.update(piece)
            if keep:
                kept.append(piece)
        return b"".join(kept)

    def read_request(self, *, keep_body: bool = True) -> SeenRequest | None:
        """The next request, or None when the client closed the connection first."""
        head = self._read_until(b"\r\n\r\n")
        if head is None:
            return None
        request_line, *lines = head.decode("latin-1").split("\r\n")
        method, target, _ = request_line.split(" ", 2)
        headers = [(name, value.strip()) for name, _, value in (line.partition(":") for line in lines)]
        fields = {name.lower(): value for name, value in headers}
        digest = hashlib.sha256()
        body = b""
        size = 0
        chunk_sizes: list[int] = []
        if fields.get("transfer-encoding", "").lower() == "chunked":
            parts: list[bytes] = []
            while True:
                size_line = self._read_until(b"\r\n")
                if size_line is None:
                    raise ConnectionError("the client closed the connection mid-body")
                chunk_size = int(size_line.split(b";")[0], 16)
                if chunk_size == 0:
                    self._read_until(b"\r\n")
                    break
                parts.append(self._read_exactly(chunk_size, keep_body, digest))
                chunk_sizes.append(chunk_size)
                size += chunk_size
                self._read_until(b"\r\n")
            body = b"".join(parts)
        elif "content-length" in fields:
            size = int(fields["content-length"])
            body = self._read_exactly(size, keep_body, digest)
        seen = SeenRequest(
            method, target, head, headers, body, size, "sha256:" + digest.hexdigest(), chunk_sizes
        )
        with self.server.lock:
            self.server.requests.append(seen)
        return seen

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def send_pieces(self, data: bytes, pieces: Iterable[int], pause: float = 0.0) -> None:
        """Send `data` in pieces of the given sizes (the rest in one piece), pausing between them."""
        position = 0
        for size in pieces:
            if position >= len(data):
                break
            self.sock.sendall(data[position : position + size])
            position += size
            if pause:
                time.sleep(pause)
        if position < len(data):
            self.sock.sendall(data[position:])

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()


class LoopbackServer:
    """Accepts connections on 127.0.0.1 and runs `handler(peer)` for each on its own thread."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.lock = threading.Lock()
        self.requests: list[SeenRequest] = []
        self.connections = 0
        self.errors: list[BaseException] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._threads: list[threading.Thread] = []
        self._peers: list[Peer] = []
        self._accepting = threading.Thread(target=self._accept, daemon=True)
        self._accepting.start()

    def _accept(self) -> None:
        while True:
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            peer = Peer(sock, self)
            with self.lock:
                self.connections += 1
                self._peers.append(peer)
            thread = threading.Thread(target=self._serve, args=(peer,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, peer: Peer) -> None:
        try:
            self.handler(peer)
        except (ConnectionError, OSError):
            pass  # the client went away: part of several tests
        except BaseException as exc:
            self.errors.append(exc)
        finally:
            peer.close()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        self._listener.close()
        with self.lock:
            peers = list(self._peers)
        for peer in peers:
            peer.close()
        self._accepting.join(5)
        for thread in self._threads:
            thread.join(5)
        if self.errors:
            raise self.errors[0]

    def __enter__(self) -> LoopbackServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


# ---- responses


def response(
    body: bytes = b"",
    *,
    status: str = "200 OK",
    headers: Iterable[tuple[str, str]] = (),
    length: bool = True,
) -> bytes:
    """A complete response with a Content-Length (or without any framing when `length` is False)."""
    lines = [f"HTTP/1.1 {status}", *(f"{name}: {value}" for name, value in headers)]
    if length:
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def chunked_response(
    chunks: Iterable[bytes],
    *,
    headers: Iterable[tuple[str, str]] = (),
    extension: str = "",
    trailers: Iterable[tuple[str, str]] = (),
) -> bytes:
    """A chunked response with one chunk per item (empty items are skipped)."""
    lines = [
        "HTTP/1.1 200 OK",
        *(f"{name}: {value}" for name, value in headers),
        "Transfer-Encoding: chunked",
    ]
    out = [("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")]
    for chunk in chunks:
        if chunk:
            out.append(f"{len(chunk):x}{extension}\r\n".encode() + chunk + b"\r\n")
    out.append(b"0\r\n")
    out.extend(f"{name}: {value}\r\n".encode() for name, value in trailers)
    out.append(b"\r\n")
    return b"".join(out)


def serve_each(reply: Callable[[SeenRequest], bytes]) -> Handler:
    """A handler that answers every request on a connection with `reply(request)`."""

    def handler(peer: Peer) -> None:
        while (request := peer.read_request()) is not None:
            peer.send(reply(request))

    return handler


def serve_fixed(data: bytes) -> Handler:
    return serve_each(lambda _request: data)


# ---- drivers


@dataclass
class Result:
    status: int
    headers: httpx.Headers
    blocks: list[bytes]
    reason: str
    http_version: str
    extensions: dict[str, Any] = field(default_factory=dict)

    @property
    def body(self) -> bytes:
        return b"".join(self.blocks)


def _result(response: httpx.Response, blocks: list[bytes]) -> Result:
    return Result(
        response.status_code,
        response.headers,
        blocks,
        response.reason_phrase,
        response.http_version,
        dict(response.extensions),
    )


class SyncDriver:
    """Requests through `httpx.Client(transport=Urllib3Transport())`."""

    name = "sync"

    def __init__(self, **options: Any) -> None:
        self.transport = Urllib3Transport(limits=httpx.Limits(**options)) if options else Urllib3Transport()
        self.client = httpx.Client(transport=self.transport, timeout=10)

    def request(
        self,
        method: str,
        url: str,
        *,
        content: bytes | Iterable[bytes] | None = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | float | None = 10,
    ) -> Result:
        request = self.client.build_request(method, url, content=content, headers=headers, timeout=timeout)
        response = self.client.send(request, stream=True)
        try:
            blocks = list(response.iter_bytes())
        finally:
            response.close()
        return _result(response, blocks)

    def read_some(self, url: str, blocks: int = 1) -> list[bytes]:
        """Open a streamed GET, read `blocks` body blocks and close it early."""
        with self.client.stream("GET", url) as response:
            got: list[bytes] = []
            for block in response.iter_bytes():
                got.append(block)
                if len(got) == blocks:
                    break
            return got

    def close(self) -> None:
        self.client.close()  # safe to call twice


class AsyncDriver:
    """Requests through `httpx.AsyncClient(transport=AiohttpTransport())` on one event loop."""

    name = "async"

    def __init__(self, **options: Any) -> None:
        self.loop = asyncio.new_event_loop()
        self.transport = AiohttpTransport(limits=httpx.Limits(**options)) if options else AiohttpTransport()
        self.client = httpx.AsyncClient(transport=self.transport, timeout=10)

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return self.loop.run_until_complete(coroutine)

    def request(
        self,
        method: str,
        url: str,
        *,
        content: bytes | Iterable[bytes] | None = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | float | None = 10,
    ) -> Result:
        body: bytes | AsyncIterator[bytes] | None
        body = content if content is None or isinstance(content, bytes) else _aiter(content)

        async def go() -> Result:
            request = self.client.build_request(method, url, content=body, headers=headers, timeout=timeout)
            response = await self.client.send(request, stream=True)
            try:
                blocks = [block async for block in response.aiter_bytes()]
            finally:
                await response.aclose()
            return _result(response, blocks)

        return self.run(go())

    def read_some(self, url: str, blocks: int = 1) -> list[bytes]:
        async def go() -> list[bytes]:
            async with self.client.stream("GET", url) as response:
                got: list[bytes] = []
                async for block in response.aiter_bytes():
                    got.append(block)
                    if len(got) == blocks:
                        break
                return got

        return self.run(go())

    def close(self) -> None:
        if not self.loop.is_closed():
            self.run(self.client.aclose())
            self.loop.close()


Driver = SyncDriver | AsyncDriver


async def _aiter(parts: Iterable[bytes]) -> AsyncIterator[bytes]:
    for part in parts:
        yield part


def repeat_block(block: bytes, count: int) -> Iterator[bytes]:
    for _ in range(count):
        yield block
