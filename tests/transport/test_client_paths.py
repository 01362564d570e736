"""hiramu's engine over whichever path this run chose (`--transport`): threads, cancellation, gzip.

The runtime suite covers errors, cut streams, stalls, read timeouts and early-closed streams; it
runs over each path too. These add what it does not: one client shared by threads, a cancelled
async stream, and a gzip-encoded stream, each checked for leaked sockets.
"""

from __future__ import annotations

import asyncio
import gzip
import os
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from hiramu.ollama._base_client import AsyncAPIClient, SyncAPIClient
from hiramu.ollama._collect import merge_generate
from runtime.scripted_server import Reply, ScriptedServer, SeenRequest, client_sockets_to, ndjson
from runtime.support import Chunk

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
