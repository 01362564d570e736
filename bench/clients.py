"""The same workloads written for each client, so they can be timed side by side.

Clients:

* `hiramu`, `hiramu-async`: `hiramu.ollama.Client` / `AsyncClient`, built with defaults. With
  the `fast` extra installed (as in the dev environment) they send over urllib3 / aiohttp and
  decode with orjson.
* `hiramu-plain`, `hiramu-plain-async`: the same as after a plain `pip install hiramu`: httpx's
  own transport, and in the worker (`bench/worker.py`) orjson, urllib3 and aiohttp cannot be
  imported (`block_fast_extra()`).
* `ollama`, `ollama-async`: the official package, built with defaults.
* `raw`, `raw-async`: plain httpx with defaults; streams split the bytes on `b"\\n"` and call
  `json.loads` on each line, non-streaming bodies are one `json.loads`. Nothing is validated or
  wrapped, so this is the floor for any client built on httpx.
* `socket`: a blocking socket that sends a fixed request and reads the answer without parsing it
  (asyncio streams for the concurrent workload). It measures what the server and the loopback
  can deliver, to show that the server is not what limits the clients.

Every workload returns a small summary (counts and checksums) that the smoke test compares across
clients. Stream loops only count chunks and characters, so they keep no memory per chunk.
"""

from __future__ import annotations

import asyncio
import json
import socket
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from bench import payloads

__all__ = [
    "ASYNC_CLIENTS",
    "CLIENTS",
    "MESSAGES",
    "PLAIN_CLIENTS",
    "SYNC_CLIENTS",
    "EmbedSummary",
    "ShowSummary",
    "StreamSummary",
    "UploadSummary",
    "blob_blocks",
    "blob_digest",
    "block_fast_extra",
    "make_async",
    "make_sync",
]

MESSAGES: list[dict[str, str]] = [{"role": "user", "content": "Why is the sky blue?"}]

SYNC_CLIENTS = ("hiramu", "ollama", "raw", "socket")
ASYNC_CLIENTS = ("hiramu-async", "ollama-async", "raw-async", "socket-async")
CLIENTS = SYNC_CLIENTS + ASYNC_CLIENTS
PLAIN_CLIENTS = ("hiramu-plain", "hiramu-plain-async")
_FAST_EXTRA = ("orjson", "urllib3", "aiohttp")


def block_fast_extra() -> None:
    """Make this process look like a plain `pip install hiramu`: the `fast` extra cannot be imported.

    Only for a fresh worker process: modules already imported cannot be taken back.
    """
    loaded = [name for name in _FAST_EXTRA if sys.modules.get(name) is not None]
    if loaded:
        raise RuntimeError(f"already imported, cannot be blocked: {', '.join(loaded)}")
    for name in _FAST_EXTRA:
        sys.modules[name] = None  # type: ignore[assignment]  # `import name` now raises ImportError


@dataclass(frozen=True)
class StreamSummary:
    chunks: int
    chars: int
    eval_count: int | None


@dataclass(frozen=True)
class ShowSummary:
    calls: int
    capabilities: int
    parameter_count: int
    license_chars: int


@dataclass(frozen=True)
class EmbedSummary:
    vectors: int
    dims: int
    checksum: float


@dataclass(frozen=True)
class UploadSummary:
    sent: int
    ok: bool


blob_blocks = payloads.blob_blocks
blob_digest = payloads.blob_digest


async def blob_blocks_async(size: int) -> AsyncIterator[bytes]:
    for block in blob_blocks(size):
        yield block


def _checksum(vectors: Any) -> float:
    return round(sum(float(vector[0]) + float(vector[-1]) for vector in vectors), 6)


def _chat_body(chunks: int) -> dict[str, Any]:
    return {"model": payloads.chat_model(chunks), "messages": MESSAGES, "stream": True}


def _embed_body(count: int, dims: int) -> dict[str, Any]:
    return {"model": payloads.embed_model(dims), "input": [f"text {i}" for i in range(count)]}


# --------------------------------------------------------------------------------------------
# Synchronous clients


class SyncBench:
    name = ""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url

    def stream(self, chunks: int, texts: list[str] | None = None) -> StreamSummary:
        raise NotImplementedError

    def show(self, calls: int) -> ShowSummary:
        raise NotImplementedError

    def embed(self, count: int, dims: int) -> EmbedSummary:
        raise NotImplementedError

    def upload(self, size: int, digest: str, path: str | None) -> UploadSummary:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class HiramuSync(SyncBench):
    name = "hiramu"

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url)
        from hiramu.ollama import Client

        self.client = Client(host=base_url)

    def stream(self, chunks: int, texts: list[str] | None = None) -> StreamSummary:
        count = chars = 0
        eval_count: int | None = None
        with self.client.chat_stream(payloads.chat_model(chunks), messages=MESSAGES) as stream:
            for chunk in stream:
                count += 1
                content = chunk.message.content
                if isinstance(content, str):
                    chars += len(content)
                    if texts is not None:
                        texts.append(content)
                if chunk.done:
                    value = chunk.eval_count
                    eval_count = value if isinstance(value, int) else None
        return StreamSummary(count, chars, eval_count)

    def show(self, calls: int) -> ShowSummary:
        summary = ShowSummary(0, 0, 0, 0)
        for _ in range(calls):
            response = self.client.show(payloads.SHOW_MODEL)
            capabilities = response.capabilities
            license_text = response.license
            summary = ShowSummary(
                calls,
                len(capabilities) if isinstance(capabilities, list) else 0,
                int(response.model_info["general.parameter_count"]),
                len(license_text) if isinstance(license_text, str) else 0,
            )
        return summary

    def embed(self, count: int, dims: int) -> EmbedSummary:
        response = self.client.embed(payloads.embed_model(dims), input=[f"text {i}" for i in range(count)])
        vectors = response.embeddings
        return EmbedSummary(len(vectors), len(vectors[0]) if vectors else 0, _checksum(vectors))

    def upload(self, size: int, digest: str, path: str | None) -> UploadSummary:
        self.client.create_blob(digest, blob_blocks(size))
        return UploadSummary(size, True)

    def close(self) -> None:
        self.client.close()


class HiramuPlainSync(HiramuSync):
    name = "hiramu-plain"

    def __init__(self, base_url: str) -> None:
        import httpx
        from hiramu.ollama import Client

        self.base_url = base_url
        # What the client builds without the fast extra: httpx's own transport.
        self.client = Client(host=base_url, transport=httpx.HTTPTransport())


class OllamaSync(SyncBench):
    name = "ollama"

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url)
        import ollama

        self.client = ollama.Client(host=base_url)

    def stream(self, chunks: int, texts: list[str] | None = None) -> StreamSummary:
        count = chars = 0
        eval_count: int | None = None
        for part in self.client.chat(model=payloads.chat_model(chunks), messages=MESSAGES, stream=True):
            count += 1
            content = part.message.content
            if content is not None:
                chars += len(content)
                if texts is not None:
                    texts.append(content)
            if part.done:
                eval_count = part.eval_count
        return StreamSummary(count, chars, eval_count)

    def show(self, calls: int) -> ShowSummary:
        summary = ShowSummary(0, 0, 0, 0)
        for _ in range(calls):
            response = self.client.show(payloads.SHOW_MODEL)
            summary = ShowSummary(
                calls,
                len(response.capabilities or ()),
                int((response.modelinfo or {})["general.parameter_count"]),
                len(response.license or ""),
            )
        return summary

    def embed(self, count: int, dims: int) -> EmbedSummary:
        response = self.client.embed(
            model=payloads.embed_model(dims), input=[f"text {i}" for i in range(count)]
        )
        vectors = response.embeddings
        return EmbedSummary(len(vectors), len(vectors[0]) if vectors else 0, _checksum(vectors))

    def upload(self, size: int, digest: str, path: str | None) -> UploadSummary:
        # The official client takes a file path, hashes the file, then streams it.
        if path is None:
            raise ValueError("the ollama client uploads from a file")
        returned = self.client.create_blob(path)
        return UploadSummary(size, returned == digest)

    def close(self) -> None:
        self.client.close()  # type: ignore[no-untyped-call]


class RawSync(SyncBench):
    name = "raw"

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url)
        import httpx

        self.client = httpx.Client(base_url=base_url)

    def stream(self, chunks: int, texts: list[str] | None = None) -> StreamSummary:
        count = chars = 0
        eval_count: int | None = None
        loads = json.loads
        with self.client.stream("POST", "/api/chat", json=_chat_body(chunks)) as response:
            response.raise_for_status()
            rest = b""
            for data in response.iter_bytes():
                lines = (rest + data if rest else data).split(b"\n")
                rest = lines.pop()
                for line in lines:
                    if not line:
                        continue
                    part = loads(line)
                    count += 1
                    content = part["message"]["content"]
                    chars += len(content)
                    if texts is not None:
                        texts.append(content)
                    if part["done"]:
                        eval_count = part.get("eval_count")
        return StreamSummary(count, chars, eval_count)

    def show(self, calls: int) -> ShowSummary:
        summary = ShowSummary(0, 0, 0, 0)
        loads = json.loads
        for _ in range(calls):
            response = self.client.post("/api/show", json={"model": payloads.SHOW_MODEL})
            response.raise_for_status()
            document = loads(response.content)
            summary = ShowSummary(
                calls,
                len(document["capabilities"]),
                int(document["model_info"]["general.parameter_count"]),
                len(document["license"]),
            )
        return summary

    def embed(self, count: int, dims: int) -> EmbedSummary:
        response = self.client.post("/api/embed", json=_embed_body(count, dims))
        response.raise_for_status()
        vectors = json.loads(response.content)["embeddings"]
        return EmbedSummary(len(vectors), len(vectors[0]) if vectors else 0, _checksum(vectors))

    def upload(self, size: int, digest: str, path: str | None) -> UploadSummary:
        response = self.client.post(f"/api/blobs/{digest}", content=blob_blocks(size))
        return UploadSummary(size, response.status_code == 201)

    def close(self) -> None:
        self.client.close()


class _Wire:
    """Request bytes and end-of-answer detection for the socket clients."""

    def __init__(self, base_url: str) -> None:
        parts = urlsplit(base_url)
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or 80

    def request(self, path: str, body: bytes | None, *, length: int | None = None) -> bytes:
        size = len(body) if body is not None else (length or 0)
        head = (
            f"POST {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {size}\r\n\r\n"
        ).encode()
        return head + (body or b"")


class _Reader:
    """Reads whole chunked answers from a socket, counting NDJSON chunk ends (`}\\n` + CRLF)."""

    _END = b"\r\n0\r\n\r\n"
    _LINE_END = b"}\n\r\n"

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buffer = bytearray(1 << 20)
        self.view = memoryview(self.buffer)

    def read_answer(self) -> int:
        """Read one chunked answer; return how many NDJSON lines it held."""
        lines = 0
        tail = b""
        while True:
            received = self.sock.recv_into(self.buffer)
            if received == 0:
                raise ConnectionError("the server closed the connection mid-answer")
            data = tail + self.view[:received]
            lines += data.count(self._LINE_END)
            if data.endswith(self._END):
                return lines
            tail = data[-(len(self._END) - 1) :]


class SocketSync(SyncBench):
    name = "socket"

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url)
        self.wire = _Wire(base_url)
        self.sock = socket.create_connection((self.wire.host, self.wire.port))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.reader = _Reader(self.sock)

    def stream(self, chunks: int, texts: list[str] | None = None) -> StreamSummary:
        self.sock.sendall(self.wire.request("/api/chat", json.dumps(_chat_body(chunks)).encode()))
        return StreamSummary(self.reader.read_answer(), -1, None)

    def show(self, calls: int) -> ShowSummary:
        request = self.wire.request("/api/show", json.dumps({"model": payloads.SHOW_MODEL}).encode())
        for _ in range(calls):
            self.sock.sendall(request)
            self.reader.read_answer()
        return ShowSummary(calls, -1, -1, -1)

    def embed(self, count: int, dims: int) -> EmbedSummary:
        self.sock.sendall(self.wire.request("/api/embed", json.dumps(_embed_body(count, dims)).encode()))
        self.reader.read_answer()
        return EmbedSummary(count, dims, float("nan"))

    def upload(self, size: int, digest: str, path: str | None) -> UploadSummary:
        self.sock.sendall(self.wire.request(f"/api/blobs/{digest}", None, length=size))
        for block in blob_blocks(size):
            self.sock.sendall(block)
        status = self.sock.recv(65536)
        return UploadSummary(size, status.startswith(b"HTTP/1.1 201"))

    def close(self) -> None:
        self.sock.close()


def make_sync(name: str, base_url: str) -> SyncBench:
    classes: dict[str, type[SyncBench]] = {
        "hiramu": HiramuSync,
        "hiramu-plain": HiramuPlainSync,
        "ollama": OllamaSync,
        "raw": RawSync,
        "socket": SocketSync,
    }
    return classes[name](base_url)


# --------------------------------------------------------------------------------------------
# Asynchronous clients


class AsyncBench:
    name = ""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url

    async def stream(self, chunks: int, texts: list[str] | None = None) -> StreamSummary:
        raise NotImplementedError

    async def show(self, calls: int) -> ShowSummary:
        raise NotImplementedError

    async def embed(self, count: int, dims: int) -> EmbedSummary:
        raise NotImplementedError

    async def upload(self, size: int, digest: str, path: str | None) -> UploadSummary:
        raise NotImplementedError

    async def concurrent(self, streams: int, chunks: int) -> StreamSummary:
        """`streams` chat streams at once; the summary adds up chunks and characters."""
        results = await asyncio.gather(*(self.stream(chunks) for _ in range(streams)))
        eval_counts = {result.eval_count for result in results}
        return StreamSummary(
            sum(result.chunks for result in results),
            sum(result.chars for result in results),
            eval_counts.pop() if len(eval_counts) == 1 else None,
        )

    async def close(self) -> None:
        raise NotImplementedError


class HiramuAsync(AsyncBench):
    name = "hiramu-async"

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url)
        from hiramu.ollama import AsyncClient

        self.client = AsyncClient(host=base_url)

    async def stream(self, chunks: int, texts: list[str] | None = None) -> StreamSummary:
        count = chars = 0
        eval_count: int | None = None
        stream = await self.client.chat_stream(payloads.chat_model(chunks), messages=MESSAGES)
        async with stream:
            async for chunk in stream:
                count += 1
                content = chunk.message.content
                if isinstance(content, str):
                    chars += len(content)
                    if texts is not None:
                        texts.append(content)
                if chunk.done:
                    value = chunk.eval_count
                    eval_count = value if isinstance(value, int) else None
        return StreamSummary(count, chars, eval_count)

    async def show(self, calls: int) -> ShowSummary:
        summary = ShowSummary(0, 0, 0, 0)
        for _ in range(calls):
            response = await self.client.show(payloads.SHOW_MODEL)
            capabilities = response.capabilities
            license_text = response.license
            summary = ShowSummary(
                calls,
                len(capabilities) if isinstance(capabilities, list) else 0,
                int(response.model_info["general.parameter_count"]),
                len(license_text) if isinstance(license_text, str) else 0,
            )
        return summary

    async def embed(self, count: int, dims: int) -> EmbedSummary:
        response = await self.client.embed(
            payloads.embed_model(dims), input=[f"text {i}" for i in range(count)]
        )
        vectors = response.embeddings
        return EmbedSummary(len(vectors), len(vectors[0]) if vectors else 0, _checksum(vectors))

    async def upload(self, size: int, digest: str, path: str | None) -> UploadSummary:
        await self.client.create_blob(digest, blob_blocks_async(size))
        return UploadSummary(size, True)

    async def close(self) -> None:
        await self.client.close()


class HiramuPlainAsync(HiramuAsync):
    name = "hiramu-plain-async"

    def __init__(self, base_url: str) -> None:
        import httpx
        from hiramu.ollama import AsyncClient

        self.base_url = base_url
        self.client = AsyncClient(host=base_url, transport=httpx.AsyncHTTPTransport())


class OllamaAsync(AsyncBench):
    name = "ollama-async"

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url)
        import ollama

        self.client = ollama.AsyncClient(host=base_url)

    async def stream(self, chunks: int, texts: list[str] | None = None) -> StreamSummary:
        count = chars = 0
        eval_count: int | None = None
        parts = await self.client.chat(model=payloads.chat_model(chunks), messages=MESSAGES, stream=True)
        async for part in parts:
            count += 1
            content = part.message.content
            if content is not None:
                chars += len(content)
                if texts is not None:
                    texts.append(content)
            if part.done:
                eval_count = part.eval_count
        return StreamSummary(count, chars, eval_count)

    async def show(self, calls: int) -> ShowSummary:
        summary = ShowSummary(0, 0, 0, 0)
        for _ in range(calls):
            response = await self.client.show(payloads.SHOW_MODEL)
            summary = ShowSummary(
                calls,
                len(response.capabilities or ()),
                int((response.modelinfo or {})["general.parameter_count"]),
                len(response.license or ""),
            )
        return summary

    async def embed(self, count: int, dims: int) -> EmbedSummary:
        response = await self.client.embed(
            model=payloads.embed_model(dims), input=[f"text {i}" for i in range(count)]
        )
        vectors = response.embeddings
        return EmbedSummary(len(vectors), len(vectors[0]) if vectors else 0, _checksum(vectors))

    async def upload(self, size: int, digest: str, path: str | None) -> UploadSummary:
        if path is None:
            raise ValueError("the ollama client uploads from a file")
        returned = await self.client.create_blob(path)
        return UploadSummary(size, returned == digest)

    async def close(self) -> None:
        await self.client.close()  # type: ignore[no-untyped-call]


class RawAsync(AsyncBench):
    name = "raw-async"

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url)
        import httpx

        self.client = httpx.AsyncClient(base_url=base_url)

    async def stream(self, chunks: int, texts: list[str] | None = None) -> StreamSummary:
        count = chars = 0
        eval_count: int | None = None
        loads = json.loads
        async with self.client.stream("POST", "/api/chat", json=_chat_body(chunks)) as response:
            response.raise_for_status()
            rest = b""
            async for data in response.aiter_bytes():
                lines = (rest + data if rest else data).split(b"\n")
                rest = lines.pop()
                for line in lines:
                    if not line:
                        continue
                    part = loads(line)
                    count += 1
                    content = part["message"]["content"]
                    chars += len(content)
                    if texts is not None:
                        texts.append(content)
                    if part["done"]:
                        eval_count = part.get("eval_count")
        return StreamSummary(count, chars, eval_count)

    async def show(self, calls: int) -> ShowSummary:
        summary = ShowSummary(0, 0, 0, 0)
        loads = json.loads
        for _ in range(calls):
            response = await self.client.post("/api/show", json={"model": payloads.SHOW_MODEL})
            response.raise_for_status()
            document = loads(response.content)
            summary = ShowSummary(
                calls,
                len(document["capabilities"]),
                int(document["model_info"]["general.parameter_count"]),
                len(document["license"]),
            )
        return summary

    async def embed(self, count: int, dims: int) -> EmbedSummary:
        response = await self.client.post("/api/embed", json=_embed_body(count, dims))
        response.raise_for_status()
        vectors = json.loads(response.content)["embeddings"]
        return EmbedSummary(len(vectors), len(vectors[0]) if vectors else 0, _checksum(vectors))

    async def upload(self, size: int, digest: str, path: str | None) -> UploadSummary:
        response = await self.client.post(f"/api/blobs/{digest}", content=blob_blocks_async(size))
        return UploadSummary(size, response.status_code == 201)

    async def close(self) -> None:
        await self.client.aclose()


class SocketAsync(AsyncBench):
    """asyncio streams, one connection per concurrent stream, no parsing."""

    name = "socket-async"

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url)
        self.wire = _Wire(base_url)

    async def stream(self, chunks: int, texts: list[str] | None = None) -> StreamSummary:
        reader, writer = await asyncio.open_connection(self.wire.host, self.wire.port)
        try:
            writer.write(self.wire.request("/api/chat", json.dumps(_chat_body(chunks)).encode()))
            lines = 0
            tail = b""
            while True:
                data = await reader.read(1 << 20)
                if not data:
                    raise ConnectionError("the server closed the connection mid-answer")
                data = tail + data
                lines += data.count(b"}\n\r\n")
                if data.endswith(b"\r\n0\r\n\r\n"):
                    return StreamSummary(lines, -1, None)
                tail = data[-3:]
        finally:
            writer.close()

    async def close(self) -> None:
        return None


def make_async(name: str, base_url: str) -> AsyncBench:
    classes: dict[str, type[AsyncBench]] = {
        "hiramu-async": HiramuAsync,
        "hiramu-plain-async": HiramuPlainAsync,
        "ollama-async": OllamaAsync,
        "raw-async": RawAsync,
        "socket-async": SocketAsync,
    }
    return classes[name](base_url)


def elapsed(start: float) -> float:
    return time.perf_counter() - start
