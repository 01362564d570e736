"""hiramu's engine over whichever path this run chose (`--transport`): threads, cancellation, gzip,
uploads.

The runtime suite covers errors, cut streams, stalls, read timeouts and early-closed streams; it
runs over each path too. These add what it does not: one client shared by threads, a cancelled
async stream, a gzip-encoded stream, each checked for leaked sockets, and a 64 MiB upload from an
iterator in constant memory.
"""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import os
import sys
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from hiramu.ollama._base_client import AsyncAPIClient, SyncAPIClient
from hiramu.ollama._collect import merge_generate
from runtime.scripted_server import Reply, ScriptedServer, SeenRequest, client_sockets_to, ndjson
from runtime.support import Chunk

from transport.loopback import LoopbackServer, Peer, response

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts sockets through /proc")

EXPECTED = {"httpx": ("httpx", "httpx"), "fast": ("urllib3", "aiohttp")}


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as running:
        yield running


@pytest.fixture
def path(request: pytest.FixtureRequest) -> str:
    return "httpx" if os.environ.get("HIRAMU_TRANSPORT") == "httpx" else "fast"


def _lines(count: int, tag: str = "") -> bytes:
    return ndjson(
        *[f'{{"response":"{tag}{n}","done":false}}' for n in range(count)], '{"response":"","done":true}'
    )


def test_the_client_takes_the_chosen_path(server: ScriptedServer, path: str) -> None:
    async def async_name() -> str:
        async with AsyncAPIClient(server.url) as client:
            return client.transport_name

    with SyncAPIClient(server.url) as client:
        assert (client.transport_name, asyncio.run(async_name())) == EXPECTED[path]


def test_one_client_shared_by_threads(server: ScriptedServer) -> None:
    def reply(seen: SeenRequest) -> Reply:
        tag = seen.path.rsplit("/", 1)[-1]
        return Reply(200, content_type="application/x-ndjson", chunks=[_lines(20, tag)])

    server.handler = reply
    with SyncAPIClient(server.url, max_retries=0) as client:

        def run(number: int) -> str:
            stream = client.stream(
                "POST", f"/api/generate/{number}-", json={}, parse=Chunk.from_dict, merge=merge_generate
            )
            return "".join(chunk.text for chunk in stream)

        with ThreadPoolExecutor(8) as pool:
            texts = list(pool.map(run, range(200)))
        assert texts == ["".join(f"{n}-{i}" for i in range(20)) for n in range(200)]
        assert client_sockets_to(server.port) <= 8  # connections reused, one per thread at most
    assert client_sockets_to(server.port) == 0


async def test_a_cancelled_async_stream_leaks_nothing(server: ScriptedServer) -> None:
    server.handler = lambda seen: Reply(
        200, content_type="application/x-ndjson", chunks=[_lines(1)[:40], _lines(1)[40:]], chunk_delay=5.0
    )
    first = asyncio.Event()

    async with AsyncAPIClient(server.url, max_retries=0) as client:

        async def consume() -> None:
            stream = await client.stream(
                "POST", "/api/generate", json={}, parse=Chunk.from_dict, merge=merge_generate
            )
            async with stream:
                async for _ in stream:
                    first.set()

        for _ in range(20):
            first.clear()
            task = asyncio.create_task(consume())
            await asyncio.wait_for(first.wait(), 5)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
        assert client_sockets_to(server.port) <= 1
        # The client is still usable after the cancellations.
        server.handler = lambda seen: Reply(200, content_type="application/x-ndjson", chunks=[_lines(3)])
        stream = await client.stream(
            "POST", "/api/generate", json={}, parse=Chunk.from_dict, merge=merge_generate
        )
        assert [chunk.text async for chunk in stream] == ["0", "1", "2", ""]
    assert client_sockets_to(server.port) == 0


def test_a_gzip_stream_is_decoded(server: ScriptedServer) -> None:
    body = gzip.compress(_lines(500))
    pieces = [body[i : i + 257] for i in range(0, len(body), 257)]
    server.handler = lambda seen: Reply(
        200, content_type="application/x-ndjson", chunks=pieces, headers=[("Content-Encoding", "gzip")]
    )
    with SyncAPIClient(server.url, max_retries=0) as client:
        stream = client.stream("POST", "/api/generate", json={}, parse=Chunk.from_dict, merge=merge_generate)
        assert [chunk.text for chunk in stream] == [str(n) for n in range(500)] + [""]


async def test_an_async_gzip_stream_is_decoded(server: ScriptedServer) -> None:
    body = gzip.compress(_lines(500))
    pieces = [body[i : i + 257] for i in range(0, len(body), 257)]
    server.handler = lambda seen: Reply(
        200, content_type="application/x-ndjson", chunks=pieces, headers=[("Content-Encoding", "gzip")]
    )
    async with AsyncAPIClient(server.url, max_retries=0) as client:
        stream = await client.stream(
            "POST", "/api/generate", json={}, parse=Chunk.from_dict, merge=merge_generate
        )
        assert [chunk.text async for chunk in stream] == [str(n) for n in range(500)] + [""]


MIB = 1 << 20
UPLOAD_BLOCKS = 64


def _echo_size(peer: Peer) -> None:
    while (request := peer.read_request(keep_body=False)) is not None:
        peer.send(response(f"{request.body_size} {request.body_sha256}".encode()))


def _upload_blocks() -> Iterator[bytes]:
    block = b"\x5a" * MIB  # one block reused: the upload itself holds no more than this
    for _ in range(UPLOAD_BLOCKS):
        yield block


async def _async_upload_blocks() -> AsyncIterator[bytes]:
    for block in _upload_blocks():
        yield block


def _expected_upload() -> str:
    digest = hashlib.sha256()
    for block in _upload_blocks():
        digest.update(block)
    return f"{UPLOAD_BLOCKS * MIB} sha256:{digest.hexdigest()}"


def test_an_upload_from_an_iterator_in_constant_memory() -> None:
    expected = _expected_upload()
    with LoopbackServer(_echo_size) as server, SyncAPIClient(server.url, max_retries=0) as client:
        client.request("GET", "/")  # connect first: only the upload is measured
        tracemalloc.start()
        try:
            answer = client.request("POST", "/api/blobs/x", content=_upload_blocks())
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert answer.text == expected
        assert peak < 8 * MIB  # the body is 64 MiB


async def test_an_async_upload_from_an_iterator_in_constant_memory() -> None:
    expected = _expected_upload()
    with LoopbackServer(_echo_size) as server:
        async with AsyncAPIClient(server.url, max_retries=0) as client:
            await client.request("GET", "/")
            tracemalloc.start()
            try:
                answer = await client.request("POST", "/api/blobs/x", content=_async_upload_blocks())
                _, peak = tracemalloc.get_traced_memory()
            finally:
                tracemalloc.stop()
            assert answer.text == expected
            assert peak < 8 * MIB
