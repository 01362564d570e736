"""How a stream reads its body: from the response's byte stream, once, keeping httpx's guarantees.

Without a Content-Encoding a stream reads the response's byte stream itself instead of
`iter_raw()`; these tests hold it to what `iter_raw()` guarantees besides the bytes: the body is
read once (the response is marked consumed), an error names its request, and a body already read
or closed is refused as httpx refuses it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from hiramu.ollama._base_client import AsyncAPIClient, SyncAPIClient
from hiramu.ollama._collect import merge_generate
from hiramu.ollama._exceptions import IncompleteStreamError
from hiramu.ollama._streaming import AsyncStream, Stream

from runtime.scripted_server import Reply, ScriptedServer
from runtime.support import Chunk

NDJSON = "application/x-ndjson"
LINES = [b'{"response":"a","done":false}\n', b'{"response":"b","done":false}\n', b'{"done":true}\n']


@pytest.fixture
def client(server: ScriptedServer) -> Iterator[SyncAPIClient]:
    with SyncAPIClient(server.url, max_retries=0) as opened:
        yield opened


@pytest.fixture
async def aclient(server: ScriptedServer) -> AsyncIterator[AsyncAPIClient]:
    async with AsyncAPIClient(server.url, max_retries=0) as opened:
        yield opened


def open_sync(client: SyncAPIClient) -> Stream[Chunk]:
    return client.stream(
        "POST", "/api/generate", json={"model": "m"}, parse=Chunk.from_dict, merge=merge_generate
    )


async def open_async(client: AsyncAPIClient) -> AsyncStream[Chunk]:
    return await client.stream(
        "POST", "/api/generate", json={"model": "m"}, parse=Chunk.from_dict, merge=merge_generate
    )


def test_the_body_is_read_once(server: ScriptedServer, client: SyncAPIClient) -> None:
    server.script(Reply(200, content_type=NDJSON, chunks=LINES))
    with open_sync(client) as stream:
        assert stream.response.is_stream_consumed
        first = next(stream)
        with pytest.raises(httpx.StreamConsumed):  # not a second reader of the same connection
            stream.response.read()
        assert [first.raw["response"], *(chunk.raw.get("response") for chunk in stream)] == ["a", "b", None]
    assert stream.response.is_closed


async def test_the_body_is_read_once_async(server: ScriptedServer, aclient: AsyncAPIClient) -> None:
    server.script(Reply(200, content_type=NDJSON, chunks=LINES))
    async with await open_async(aclient) as stream:
        assert stream.response.is_stream_consumed
        with pytest.raises(httpx.StreamConsumed):
            await stream.response.aread()
        assert [chunk.raw.get("response") async for chunk in stream] == ["a", "b", None]
    assert stream.response.is_closed


def test_a_cut_names_the_request(server: ScriptedServer, client: SyncAPIClient) -> None:
    server.script(Reply(200, content_type=NDJSON, chunks=LINES, drop_after_chunks=1))
    stream = open_sync(client)
    with pytest.raises(IncompleteStreamError) as caught:
        stream.collect()
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.RemoteProtocolError)
    assert cause.request is stream.response.request  # as httpx's own iterators attach it
    assert stream.closed and stream.response.is_closed


async def test_a_cut_names_the_request_async(server: ScriptedServer, aclient: AsyncAPIClient) -> None:
    server.script(Reply(200, content_type=NDJSON, chunks=LINES, drop_after_chunks=2))
    stream = await open_async(aclient)
    seen = []
    with pytest.raises(IncompleteStreamError) as caught:
        async for chunk in stream:
            seen.append(chunk.raw["response"])
    assert seen == ["a", "b"]
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.RemoteProtocolError) and cause.request is stream.response.request


def test_a_body_already_read_is_refused_as_httpx_refuses_it() -> None:
    request = httpx.Request("POST", "http://127.0.0.1:1/api/generate")
    response = httpx.Response(200, content=b"".join(LINES), headers={"content-type": NDJSON}, request=request)
    assert response.is_stream_consumed  # a response built from bytes has been read already
    stream = Stream(response, parse=Chunk.from_dict, merge=merge_generate, host="http://127.0.0.1:1")
    with pytest.raises(IncompleteStreamError) as caught:
        list(stream)
    assert isinstance(caught.value.__cause__, httpx.StreamConsumed)


def test_a_body_without_a_request_still_reports_a_cut() -> None:
    class Broken(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield LINES[0]
            raise httpx.ReadError("reset")

    response = httpx.Response(200, stream=Broken(), headers={"content-type": NDJSON})
    stream = Stream(response, parse=Chunk.from_dict, merge=merge_generate, host="http://127.0.0.1:1")
    with pytest.raises(IncompleteStreamError) as caught:
        list(stream)
    assert caught.value.lines_received == 1 and isinstance(caught.value.__cause__, httpx.ReadError)
