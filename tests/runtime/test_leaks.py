"""No connection outlives its stream: 1,000 early-closed streams, sync and async, then reuse after exhaustion.

Every stream is kept referenced until the end, so garbage collection cannot close a leaked socket
behind the test's back; open sockets are counted through /proc.
"""

from __future__ import annotations

import sys

import pytest
from hiramu.ollama._base_client import AsyncAPIClient, SyncAPIClient
from hiramu.ollama._collect import merge_generate
from hiramu.ollama._exceptions import StreamError
from hiramu.ollama._streaming import AsyncStream, Stream

from runtime.scripted_server import Reply, ScriptedServer, SeenRequest, client_sockets_to, ndjson
from runtime.support import Chunk

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts sockets through /proc")

STREAMS = 1000
LINES = [f'{{"response":"token {n}","done":false}}' for n in range(60)] + ['{"response":"","done":true}']
BODY = ndjson(*LINES)


def long_stream(_: SeenRequest) -> Reply:
    # Three chunks: the client reads the first line and leaves the rest unread.
    third = len(BODY) // 3
    return Reply(
        200,
        content_type="application/x-ndjson",
        chunks=[BODY[:third], BODY[third : 2 * third], BODY[2 * third :]],
    )


def open_sync(client: SyncAPIClient) -> Stream[Chunk]:
    return client.stream("POST", "/api/generate", json={}, parse=Chunk.from_dict, merge=merge_generate)


async def open_async(client: AsyncAPIClient) -> AsyncStream[Chunk]:
    return await client.stream("POST", "/api/generate", json={}, parse=Chunk.from_dict, merge=merge_generate)


def test_early_closed_streams_release_their_connections(server: ScriptedServer) -> None:
    server.handler = long_stream
    kept: list[Stream[Chunk]] = []
    with SyncAPIClient(server.url, max_retries=0) as client:
        for number in range(STREAMS):
            with open_sync(client) as stream:
                for chunk in stream:
                    assert chunk.text == "token 0"
                    break
            kept.append(stream)
            if number % 100 == 0:
                assert client_sockets_to(server.port) <= 1
        assert client_sockets_to(server.port) <= 1  # at most one idle keep-alive connection
        assert all(stream.closed and stream.response.is_closed for stream in kept)
    assert client_sockets_to(server.port) == 0
    assert server.hits == STREAMS


async def test_early_closed_async_streams_release_their_connections(server: ScriptedServer) -> None:
    server.handler = long_stream
    kept: list[AsyncStream[Chunk]] = []
    async with AsyncAPIClient(server.url, max_retries=0) as client:
        for number in range(STREAMS):
            async with await open_async(client) as stream:
                async for chunk in stream:
                    assert chunk.text == "token 0"
                    break
            kept.append(stream)
            if number % 100 == 0:
                assert client_sockets_to(server.port) <= 1
        assert client_sockets_to(server.port) <= 1
        assert all(stream.closed and stream.response.is_closed for stream in kept)
    assert client_sockets_to(server.port) == 0
    assert server.hits == STREAMS


def test_exhausted_streams_reuse_one_connection(server: ScriptedServer) -> None:
    server.handler = long_stream
    kept: list[Stream[Chunk]] = []
    with SyncAPIClient(server.url, max_retries=0) as client:
        for _ in range(100):
            stream = open_sync(client)
            assert stream.collect().done
            kept.append(stream)
        assert client_sockets_to(server.port) == 1
    assert len({seen.client_port for seen in server.requests}) == 1
    assert client_sockets_to(server.port) == 0


async def test_exhausted_async_streams_reuse_one_connection(server: ScriptedServer) -> None:
    server.handler = long_stream
    kept: list[AsyncStream[Chunk]] = []
    async with AsyncAPIClient(server.url, max_retries=0) as client:
        for _ in range(100):
            stream = await open_async(client)
            assert len([chunk async for chunk in stream]) == len(LINES)
            kept.append(stream)
        assert client_sockets_to(server.port) == 1
    assert len({seen.client_port for seen in server.requests}) == 1
    assert client_sockets_to(server.port) == 0


def test_failed_streams_release_their_connections(server: ScriptedServer) -> None:
    server.handler = lambda _: Reply(
        200, content_type="application/x-ndjson", chunks=[b'{"done":false}\n{"error":"boom"}\n', b"{}\n"]
    )
    kept: list[Stream[Chunk]] = []
    with SyncAPIClient(server.url, max_retries=0) as client:
        for _ in range(200):
            stream = open_sync(client)
            with pytest.raises(StreamError, match="boom"):
                stream.collect()
            kept.append(stream)
        assert client_sockets_to(server.port) <= 1
        assert all(stream.response.is_closed for stream in kept)
