"""A fast HTTP/1.1 server on loopback that answers like Ollama from pre-encoded bytes.

Routes (the request's model tag selects the payload, so no state is shared with clients):

* `POST /api/chat` with model `bench-chat:<N>`: N NDJSON chunks, each flushed as its own HTTP
  chunk (chunked transfer, `application/x-ndjson`), the last with `done: true` and statistics.
  With `"stream": false`, one JSON object with the joined text.
* `POST /api/show`: a `show` answer shaped like a real one (`payloads.show_document`).
* `POST /api/embed` with model `bench-embed:<D>`: one vector of D floats per input.
* `POST /api/blobs/sha256:<hex>`: a sink that hashes the body as it arrives (Content-Length or
  chunked) and answers 201, or 400 when the digest differs, as Ollama does (see `_BlobSink`).
* `GET /api/version`.

Everything a response needs is encoded once and cached, so serving is a socket write; the
request side is parsed with a few byte searches. Bodies are received into one reusable buffer
(`BufferedProtocol`) and checked in place.

Run `python -m bench.server [--port P] [--preload-chat 100000,500]`: it prints
`listening http://127.0.0.1:<port>` once ready and serves until stdin closes or it is signalled.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import email.utils
import hashlib
import json
import signal
import subprocess
import sys
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from bench import payloads

__all__ = ["BenchServer", "serve", "spawn"]

HOST = "127.0.0.1"
_RECV_BUFFER = 1 << 20
_MAX_HEADER = 64 * 1024
_DATE = email.utils.formatdate(usegmt=True).encode()


def _head(status: bytes, content_type: bytes | None, *, length: int | None) -> bytes:
    lines = [b"HTTP/1.1 " + status]
    if content_type is not None:
        lines.append(b"Content-Type: " + content_type)
    lines.append(b"Date: " + _DATE)
    lines.append(b"Content-Length: %d" % length if length is not None else b"Transfer-Encoding: chunked")
    return b"\r\n".join(lines) + b"\r\n\r\n"


def _json_response(status: bytes, document: Any, *, chunked: bool = False) -> bytes:
    body = payloads.go_json(document)
    content_type = b"application/json; charset=utf-8"
    if chunked:
        # Ollama's answers larger than Go's 2 KiB response buffer go out chunked, in one chunk.
        return _head(status, content_type, length=None) + payloads.chunk_frame(body) + b"0\r\n\r\n"
    return _head(status, content_type, length=len(body)) + body


def _error(status: bytes, message: str) -> bytes:
    return _json_response(status, {"error": message})


_NOT_FOUND = _head(b"404 Not Found", b"text/plain", length=18) + b"404 page not found"
_CREATED = _head(b"201 Created", None, length=0)


class _Payloads:
    """Pre-encoded responses, built on first use and kept."""

    def __init__(self) -> None:
        self._cache: dict[tuple[Any, ...], bytes] = {}
        self._lock = threading.Lock()
        # Digest -> (size, CRC-32) of the blobs the benchmark uploads.
        self.blobs: dict[str, tuple[int, int]] = {}

    def add_blob(self, size: int) -> None:
        digest, crc = payloads.blob_checks(size)
        self.blobs[digest] = (size, crc)

    def _get(self, key: tuple[Any, ...], build: Any) -> bytes:
        cached = self._cache.get(key)
        if cached is None:
            with self._lock:
                cached = self._cache.get(key)
                if cached is None:
                    cached = build()
                    self._cache[key] = cached
        return cached

    def chat(self, chunks: int) -> bytes:
        def build() -> bytes:
            head = _head(b"200 OK", b"application/x-ndjson", length=None)
            return head + payloads.chat_stream_body(chunks)

        return self._get(("chat", chunks), build)

    def chat_whole(self, chunks: int) -> bytes:
        def build() -> bytes:
            lines = payloads.chat_lines(chunks)
            final = json.loads(lines[-1])
            final["message"]["content"] = "".join(payloads.chat_tokens(chunks))
            return _json_response(b"200 OK", final, chunked=True)

        return self._get(("chat-whole", chunks), build)

    def show(self) -> bytes:
        return self._get(("show",), lambda: _json_response(b"200 OK", payloads.show_document(), chunked=True))

    def embed(self, count: int, dims: int) -> bytes:
        def build() -> bytes:
            document = payloads.embed_document(payloads.embed_model(dims), count, dims)
            return _json_response(b"200 OK", document, chunked=True)

        return self._get(("embed", count, dims), build)


def _tag_number(model: object, prefix: str, limit: int) -> int | None:
    if not isinstance(model, str) or not model.startswith(prefix):
        return None
    tail = model[len(prefix) :]
    if not tail.isdigit() or not 0 < int(tail) <= limit:
        return None
    return int(tail)


class _Crc32:
    """A running CRC-32 with hashlib's `update` interface."""

    __slots__ = ("value",)

    def __init__(self) -> None:
        self.value = 0

    def update(self, data: bytes | memoryview) -> None:
        self.value = zlib.crc32(data, self.value)


class _BlobSink:
    """Reads a request body with Content-Length or chunked framing and hashes what it holds.

    A body whose digest is not known is hashed with SHA-256 and compared with the digest in the
    path, as Ollama does. SHA-256 runs at about 1.5 GB/s on one core, about what a client sends
    over loopback, so for the blobs the benchmark uploads (whose digest, size and CRC-32 the
    server computed at start) the body is checked with CRC-32 instead (~4 GB/s), still reading
    every byte. Hashing runs inline: on 2 cores a hashing thread competes with the client and
    the event loop and measured slower (1.2 vs 2.0 GB/s for the same uploads).
    """

    __slots__ = (
        "_expected",
        "_hash",
        "_known",
        "_line",
        "_remaining",
        "_state",
        "done",
        "received",
    )

    # Chunked-decoding states.
    _SIZE, _DATA, _DATA_END, _TRAILER, _PLAIN = range(5)

    def __init__(self, expected: str, length: int | None, known: tuple[int, int] | None) -> None:
        self._expected = expected
        self._known = known
        self._hash: Any = _Crc32() if known is not None else hashlib.sha256()
        self._line = bytearray()
        self.received = 0
        self.done = False
        if length is None:
            self._state = self._SIZE
            self._remaining = 0
        else:
            self._state = self._PLAIN
            self._remaining = length
            self.done = length == 0

    def feed(self, view: memoryview) -> memoryview:
        """Consume body bytes; return what follows the body (empty until the body is complete)."""
        position, end = 0, len(view)
        while position < end and not self.done:
            state = self._state
            if state == self._PLAIN or state == self._DATA:
                take = min(self._remaining, end - position)
                self._hash.update(view[position : position + take])
                self.received += take
                self._remaining -= take
                position += take
                if self._remaining == 0:
                    if state == self._PLAIN:
                        self.done = True
                    else:
                        self._state = self._DATA_END
            else:
                newline = bytes(view[position : min(end, position + 4096)]).find(b"\n")
                if newline < 0:
                    self._line += view[position:end]
                    if len(self._line) > 4096:
                        raise ValueError("chunk header too long")
                    position = end
                    continue
                self._line += view[position : position + newline]
                position += newline + 1
                line = bytes(self._line).rstrip(b"\r")
                self._line.clear()
                if state == self._SIZE:
                    size = int(line.split(b";", 1)[0], 16)
                    if size == 0:
                        self._state = self._TRAILER
                    else:
                        self._state, self._remaining = self._DATA, size
                elif state == self._DATA_END:
                    if line:
                        raise ValueError("missing CRLF after chunk data")
                    self._state = self._SIZE
                elif not line:  # the empty line that ends the (empty) trailer section
                    self.done = True
        return view[position:]

    def response(self) -> bytes:
        """The answer once the body is complete: 201, or 400 when it does not match the digest."""
        if self._known is not None:
            size, crc = self._known
            matches = self.received == size and self._hash.value == crc
            got = self._expected if matches else "a different body"
        else:
            got = "sha256:" + self._hash.hexdigest()
            matches = got == self._expected
        if matches:
            return _CREATED
        return _error(b"400 Bad Request", f'digest mismatch, expected "{self._expected}", got "{got}"')


class _Connection(asyncio.BufferedProtocol):
    def __init__(self, store: _Payloads) -> None:
        self._store = store
        self._buffer = bytearray(_RECV_BUFFER)
        self._view = memoryview(self._buffer)
        self._pending = bytearray()
        self._sink: _BlobSink | None = None  # the upload being received
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def connection_lost(self, exc: Exception | None) -> None:
        self._transport = None

    def get_buffer(self, sizehint: int) -> memoryview:
        return self._view

    def buffer_updated(self, nbytes: int) -> None:
        data = self._view[:nbytes]
        try:
            sink = self._sink
            if sink is not None:
                data = sink.feed(data)
                if not sink.done:
                    return
                self._sink = None
                self._reply(sink.response())
            if data:
                self._pending += data
            self._serve_pending()
        except (ValueError, KeyError) as error:
            self._reply(_error(b"400 Bad Request", f"bad request: {error}"))
            self._close()

    def _reply(self, response: bytes) -> None:
        if self._transport is not None:
            self._transport.write(response)

    def _close(self) -> None:
        if self._transport is not None:
            self._transport.close()

    def _serve_pending(self) -> None:
        pending = self._pending
        while pending:
            end = pending.find(b"\r\n\r\n")
            if end < 0:
                if len(pending) > _MAX_HEADER:
                    raise ValueError("request head too long")
                return
            head = bytes(pending[:end]).decode("latin-1").split("\r\n")
            method, raw_target, _version = head[0].split(" ", 2)
            # Ollama's router matches the decoded path (clients may escape the ':' of a digest).
            target = unquote(raw_target.partition("?")[0])
            length: int | None = None
            chunked = False
            for line in head[1:]:
                name, _, value = line.partition(":")
                name = name.strip().lower()
                if name == "content-length":
                    length = int(value)
                elif name == "transfer-encoding":
                    chunked = "chunked" in value.lower()
            body_start = end + 4
            if method == "POST" and target.startswith("/api/blobs/"):
                digest = target[len("/api/blobs/") :]
                sink = _BlobSink(digest, None if chunked else (length or 0), self._store.blobs.get(digest))
                rest = bytes(sink.feed(memoryview(bytes(pending[body_start:]))))
                pending.clear()
                pending += rest
                if not sink.done:
                    self._sink = sink
                    return
                self._reply(sink.response())
                continue
            if chunked:
                raise ValueError("chunked bodies are only accepted for blobs")
            size = length or 0
            if len(pending) < body_start + size:
                return
            body = bytes(pending[body_start : body_start + size])
            del pending[: body_start + size]
            self._reply(self._route(method, target, body))

    def _route(self, method: str, target: str, body: bytes) -> bytes:
        if method == "GET" and target == "/api/version":
            return _json_response(b"200 OK", {"version": "0.33.0"})
        if method != "POST":
            return _NOT_FOUND
        request = json.loads(body) if body else {}
        if not isinstance(request, dict):
            return _error(b"400 Bad Request", "request body must be an object")
        model = request.get("model")
        if target == "/api/chat":
            chunks = _tag_number(model, payloads.CHAT_MODEL_PREFIX, 10_000_000)
            if chunks is None:
                return _error(b"404 Not Found", f"model '{model}' not found")
            if request.get("stream") is False:
                return self._store.chat_whole(chunks)
            return self._store.chat(chunks)
        if target == "/api/show":
            if model != payloads.SHOW_MODEL:
                return _error(b"404 Not Found", f"model '{model}' not found")
            return self._store.show()
        if target == "/api/embed":
            dims = _tag_number(model, payloads.EMBED_MODEL_PREFIX, 65_536)
            inputs = request.get("input")
            if dims is None:
                return _error(b"404 Not Found", f'model "{model}" not found, try pulling it first')
            count = len(inputs) if isinstance(inputs, list) else (1 if inputs else 0)
            return self._store.embed(count, dims)
        return _NOT_FOUND


class BenchServer:
    """The server in the current process (tests run it on a background thread)."""

    def __init__(self, store: _Payloads | None = None) -> None:
        self.store = store if store is not None else _Payloads()
        self._server: asyncio.Server | None = None

    async def start(self, port: int = 0) -> int:
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(lambda: _Connection(self.store), HOST, port, backlog=1024)
        sockets = self._server.sockets
        return int(sockets[0].getsockname()[1])

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 1.0)


async def serve(
    port: int, preload_chat: list[int], preload_embed: list[tuple[int, int]], preload_blob: list[int]
) -> None:
    store = _Payloads()
    store.show()
    for size in preload_blob:
        store.add_blob(size)
    for chunks in preload_chat:
        store.chat(chunks)
    for count, dims in preload_embed:
        store.embed(count, dims)
    server = BenchServer(store)
    bound = await server.start(port)
    print(f"listening http://{HOST}:{bound}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    # The parent holds our stdin open; when it exits for any reason, the pipe closes and we stop.
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    eof = asyncio.ensure_future(reader.read())
    stopped = asyncio.ensure_future(stop.wait())
    await asyncio.wait([eof, stopped], return_when=asyncio.FIRST_COMPLETED)
    eof.cancel()
    stopped.cancel()
    await server.stop()


@contextlib.contextmanager
def spawn(
    preload_chat: list[int] | None = None,
    preload_embed: list[tuple[int, int]] | None = None,
    preload_blob: list[int] | None = None,
) -> Iterator[str]:
    """Run the server in a child process; yield its base URL; stop it on exit."""
    command = [sys.executable, "-m", "bench.server", "--port", "0"]
    if preload_chat:
        command += ["--preload-chat", ",".join(str(n) for n in preload_chat)]
    if preload_embed:
        command += ["--preload-embed", ",".join(f"{c}x{d}" for c, d in preload_embed)]
    if preload_blob:
        command += ["--preload-blob", ",".join(str(size) for size in preload_blob)]
    root = Path(__file__).resolve().parent.parent
    process = subprocess.Popen(command, cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("listening "):
            raise RuntimeError(f"the benchmark server did not start: {line!r}")
        yield line.split(" ", 1)[1].strip()
    finally:
        if process.stdin is not None:
            process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.server", description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--preload-chat", default="", help="comma-separated chunk counts to encode up front")
    parser.add_argument("--preload-embed", default="", help="comma-separated COUNTxDIMS to encode up front")
    parser.add_argument(
        "--preload-blob", default="", help="comma-separated sizes of benchmark blobs to expect"
    )
    args = parser.parse_args(argv)
    chats = [int(n) for n in args.preload_chat.split(",") if n]
    embeds = [
        (int(c), int(d)) for c, d in (item.split("x") for item in args.preload_embed.split(",") if item)
    ]
    blobs = [int(size) for size in args.preload_blob.split(",") if size]
    asyncio.run(serve(args.port, chats, embeds, blobs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
