"""Stream / AsyncStream over real loopback responses: typed chunks, errors, completeness, closing, collect()."""

from __future__ import annotations

import contextlib
import gzip
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from hiramu.ollama._base_client import AsyncAPIClient, SyncAPIClient
from hiramu.ollama._collect import merge_chat, merge_generate, merge_progress
from hiramu.ollama._exceptions import DecodeError, IncompleteStreamError, StreamError
from hiramu.ollama._streaming import AsyncStream, AsyncStreamRequest, Merge, Stream, is_final_line

from runtime.scripted_server import Reply, ScriptedServer
from runtime.support import Chunk, ndjson_body, recording

VOLATILE = {"created_at", "total_duration", "load_duration", "prompt_eval_duration", "eval_duration"}
NDJSON = "application/x-ndjson"


def stable(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key not in VOLATILE}


def pieces(body: bytes, size: int) -> list[bytes]:
    return [body[start : start + size] for start in range(0, len(body), size)]


def stream_reply(lines: list[dict[str, Any]], *, size: int = 0, **extra: Any) -> Reply:
    body = ndjson_body(lines)
    return Reply(200, content_type=NDJSON, chunks=pieces(body, size) if size else [body], **extra)


@pytest.fixture
def client(server: ScriptedServer) -> Iterator[SyncAPIClient]:
    with SyncAPIClient(server.url, max_retries=0) as opened:
        yield opened


@pytest.fixture
async def aclient(server: ScriptedServer) -> AsyncIterator[AsyncAPIClient]:
    async with AsyncAPIClient(server.url, max_retries=0) as opened:
        yield opened


def open_sync(client: SyncAPIClient, merge: Merge = merge_generate) -> Stream[Chunk]:
    return client.stream("POST", "/api/generate", json={"model": "m"}, parse=Chunk.from_dict, merge=merge)


async def open_async(client: AsyncAPIClient, merge: Merge = merge_generate) -> AsyncStream[Chunk]:
    return await client.stream(
        "POST", "/api/generate", json={"model": "m"}, parse=Chunk.from_dict, merge=merge
    )


GENERATE_LINES: list[dict[str, Any]] = recording("generate", "stream-default")["response"]["ndjson"]
GENERATE_WHOLE: dict[str, Any] = recording("generate", "stream-false")["response"]["json"]


@pytest.mark.parametrize("size", [0, 1, 7, 64])
def test_typed_chunks_whatever_the_network_split(
    server: ScriptedServer, size: int, client: SyncAPIClient
) -> None:
    server.script(stream_reply(GENERATE_LINES, size=size))
    with open_sync(client) as stream:
        chunks = list(stream)
    assert all(isinstance(chunk, Chunk) for chunk in chunks)
    assert [chunk.raw for chunk in chunks] == GENERATE_LINES
    assert "".join(chunk.text for chunk in chunks) == "S they e na"
    assert chunks[-1].done and stream.closed and stream.response.is_closed
    assert stream.lines_received == len(GENERATE_LINES)


@pytest.mark.parametrize("size", [0, 5])
def test_collect_equals_the_stream_false_answer(
    server: ScriptedServer, size: int, client: SyncAPIClient
) -> None:
    server.script(stream_reply(GENERATE_LINES, size=size))
    merged = open_sync(client).collect()
    assert stable(merged.raw) == stable(GENERATE_WHOLE)


async def test_collect_async(server: ScriptedServer, aclient: AsyncAPIClient) -> None:
    server.script(stream_reply(GENERATE_LINES, size=3))
    stream = await open_async(aclient)
    merged = await stream.collect()
    assert stable(merged.raw) == stable(GENERATE_WHOLE)
    assert stream.closed and stream.response.is_closed


def test_collect_chat_and_progress(server: ScriptedServer, client: SyncAPIClient) -> None:
    chat = recording("chat", "stream-default")["response"]["ndjson"]
    server.script(stream_reply(chat, size=11))
    assert open_sync(client, merge_chat).collect().raw["message"] == {
        "role": "assistant",
        "content": "S they e na",
    }
    create = recording("create", "from-existing-stream")["response"]["ndjson"]
    server.script(stream_reply(create))
    with open_sync(client, merge_progress) as stream:
        assert [chunk.raw for chunk in stream] == create
    assert is_final_line(create[-1]) and not is_final_line(create[0])


def test_collect_merges_only_the_rest(server: ScriptedServer, client: SyncAPIClient) -> None:
    server.script(stream_reply(GENERATE_LINES))
    stream = open_sync(client)
    assert next(stream).text == "S"
    assert stream.collect().text == " they e na"
    with pytest.raises(RuntimeError, match="already consumed"):
        stream.collect()


@pytest.mark.parametrize("case", ["insecure-http-registry"])
def test_error_line_mid_stream(server: ScriptedServer, case: str, client: SyncAPIClient) -> None:
    lines = recording("pull", case)["response"]["ndjson"]
    server.script(stream_reply(lines))
    received = []
    stream = open_sync(client, merge_progress)
    with pytest.raises(StreamError) as caught:
        for chunk in stream:
            received.append(chunk.raw)
    assert received == lines[:1]
    error = caught.value
    assert error.status_code == 200
    assert error.error == lines[1]["error"] and error.line == lines[1] and error.body == lines[1]
    assert error.response is stream.response
    assert stream.closed and stream.response.is_closed


async def test_error_line_mid_stream_async(server: ScriptedServer, aclient: AsyncAPIClient) -> None:
    lines = recording("push", "offline-stream")["response"]["ndjson"]
    server.script(stream_reply(lines))
    stream = await open_async(aclient, merge_progress)
    received = []
    with pytest.raises(StreamError, match="no such host"):
        async for chunk in stream:
            received.append(chunk.raw)
    assert received == lines[:1] and stream.closed


def test_error_line_in_collect_and_non_string_error(server: ScriptedServer, client: SyncAPIClient) -> None:
    server.script(stream_reply([{"status": "pulling manifest"}, {"error": {"code": 5}}]))
    with pytest.raises(StreamError) as caught:
        open_sync(client, merge_progress).collect()
    assert caught.value.error == '{"code": 5}'


def test_body_ends_before_the_final_line(server: ScriptedServer, client: SyncAPIClient) -> None:
    server.script(stream_reply(GENERATE_LINES[:2]))
    stream = open_sync(client)
    received = []
    with pytest.raises(IncompleteStreamError) as caught:
        for chunk in stream:
            received.append(chunk.text)
    assert received == ["S", " they"]
    assert caught.value.lines_received == 2 and caught.value.__cause__ is None
    assert stream.closed
    assert list(stream) == []  # a failed stream stays finished


def test_connection_drops_mid_stream(server: ScriptedServer, client: SyncAPIClient) -> None:
    body = ndjson_body(GENERATE_LINES)
    server.script(Reply(200, content_type=NDJSON, chunks=pieces(body, 40), drop_after_chunks=3))
    stream = open_sync(client)
    with pytest.raises(IncompleteStreamError) as caught:
        stream.collect()
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
    assert "broke off after" in str(caught.value) and server.url in str(caught.value)
    assert stream.closed


async def test_connection_drops_mid_stream_async(server: ScriptedServer, aclient: AsyncAPIClient) -> None:
    server.script(Reply(200, content_type=NDJSON, chunks=[b'{"done":false}\n', b"{}\n"], drop_after_chunks=1))
    stream = await open_async(aclient)
    received = []
    with pytest.raises(IncompleteStreamError) as caught:
        async for chunk in stream:
            received.append(chunk.raw)
    assert received == [{"done": False}] and caught.value.lines_received == 1
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)


def test_drop_after_the_final_line_is_harmless(server: ScriptedServer, client: SyncAPIClient) -> None:
    body = ndjson_body(GENERATE_LINES)
    server.script(Reply(200, content_type=NDJSON, chunks=[body], drop_after_chunks=1))
    with open_sync(client) as stream:
        assert [chunk.raw for chunk in stream] == GENERATE_LINES


@pytest.mark.parametrize(
    ("body", "line_number", "words"),
    [
        (b'{"done":false}\n{"done":tru\n{"done":true}\n', 2, "Expecting value"),
        (b'{"done":false}\n\n[1,2]\n', 3, "expected a JSON object"),
    ],
)
def test_malformed_line(
    server: ScriptedServer, body: bytes, line_number: int, words: str, client: SyncAPIClient
) -> None:
    server.script(Reply(200, content_type=NDJSON, chunks=[body]))
    stream = open_sync(client)
    received = []
    with pytest.raises(DecodeError) as caught:
        for chunk in stream:
            received.append(chunk.raw)
    assert received == [{"done": False}]
    assert caught.value.line_number == line_number and words in str(caught.value)
    assert stream.closed


def test_single_json_object_answer(server: ScriptedServer, client: SyncAPIClient) -> None:
    load = recording("generate", "load-empty-prompt")["response"]["json"]
    body = json.dumps(load, separators=(",", ":")).encode()  # no trailing newline, like Ollama
    server.script(Reply(200, body, content_type="application/json; charset=utf-8"))
    with open_sync(client) as stream:
        assert [chunk.raw for chunk in stream] == [load]


def test_break_inside_with_closes_the_response(server: ScriptedServer, client: SyncAPIClient) -> None:
    server.script(stream_reply(GENERATE_LINES))
    with open_sync(client) as stream:
        for _chunk in stream:
            break
        assert not stream.response.is_closed
    assert stream.closed and stream.response.is_closed


async def test_break_inside_async_with_closes_the_response(
    server: ScriptedServer, aclient: AsyncAPIClient
) -> None:
    server.script(stream_reply(GENERATE_LINES))
    async with await open_async(aclient) as stream:
        async for _chunk in stream:
            break
    assert stream.closed and stream.response.is_closed
    server.script(stream_reply(GENERATE_LINES))
    async with contextlib.aclosing(await open_async(aclient)) as other:
        assert (await anext(other)).text == "S"
    assert other.closed


def test_exhaustion_closes_without_with(server: ScriptedServer, client: SyncAPIClient) -> None:
    server.script(stream_reply(GENERATE_LINES))
    stream = open_sync(client)
    assert len(list(stream)) == len(GENERATE_LINES)
    assert stream.closed and stream.response.is_closed


def test_exception_in_parse_closes_the_stream(server: ScriptedServer) -> None:
    def picky(line: dict[str, Any]) -> str:
        if line.get("response") == " they":
            raise ValueError("no")
        return str(line.get("response"))

    server.script(stream_reply(GENERATE_LINES))
    with SyncAPIClient(server.url) as client:
        stream = client.stream("POST", "/api/generate", json={}, parse=picky, merge=merge_generate)
        assert next(stream) == "S"
        with pytest.raises(ValueError, match="no"):
            next(stream)
    assert stream.closed and stream.response.is_closed


def test_close_is_idempotent_and_ends_iteration(server: ScriptedServer, client: SyncAPIClient) -> None:
    server.script(stream_reply(GENERATE_LINES))
    stream = open_sync(client)
    assert next(stream).text == "S"
    stream.close()
    stream.close()
    assert stream.closed and list(stream) == []
    assert "closed" in repr(stream) and "/api/generate" in repr(stream)


async def test_async_close_and_aclose(server: ScriptedServer, aclient: AsyncAPIClient) -> None:
    server.script(stream_reply(GENERATE_LINES))
    stream = await open_async(aclient)
    await stream.aclose()
    await stream.close()
    assert stream.closed and stream.response.is_closed
    assert [chunk async for chunk in stream] == []


class RecordSeparatorDecoder:
    """A stand-in for another wire format: JSON text sequences (RFC 7464), objects after 0x1E."""

    def __init__(self) -> None:
        self.buffer = b""

    def feed(self, data: bytes) -> list[Any]:
        self.buffer += data
        *complete, self.buffer = self.buffer.split(b"\x1e")
        return [json.loads(part) for part in complete if part.strip()]

    def flush(self) -> list[Any]:
        rest, self.buffer = self.buffer, b""
        return [json.loads(rest)] if rest.strip() else []


def test_the_line_decoder_is_a_parameter(server: ScriptedServer, client: SyncAPIClient) -> None:
    server.script(Reply(200, b'\x1e{"response":"a","done":false}\x1e{"response":"b","done":true}'))
    stream = client.stream(
        "POST",
        "/api/generate",
        json={},
        parse=Chunk.from_dict,
        merge=merge_generate,
        decoder=RecordSeparatorDecoder(),
    )
    assert [chunk.text for chunk in stream] == ["a", "b"]


async def test_async_line_decoder(server: ScriptedServer, aclient: AsyncAPIClient) -> None:
    server.script(Reply(200, b'\x1e{"response":"a","done":false}\x1e{"response":"b","done":true}'))
    stream = await aclient.stream(
        "POST",
        "/api/generate",
        json={},
        parse=Chunk.from_dict,
        merge=merge_generate,
        decoder=RecordSeparatorDecoder(),
    )
    assert (await stream.collect()).text == "ab"


async def test_a_stream_request_is_sent_once(server: ScriptedServer, aclient: AsyncAPIClient) -> None:
    server.script(stream_reply(GENERATE_LINES), stream_reply(GENERATE_LINES), stream_reply(GENERATE_LINES))
    request = AsyncStreamRequest(lambda: open_async(aclient))
    assert server.hits == 0  # nothing is sent before it is used
    async with request as stream:
        assert server.hits == 1
        assert [chunk.text async for chunk in stream] == ["S", " they", " e", " na", ""]
    assert stream.closed
    with pytest.raises(RuntimeError, match="already sent"):
        await request
    # Iterated directly, it is sent on the first step and closed when the loop ends or breaks.
    async for chunk in AsyncStreamRequest(lambda: open_async(aclient)):
        assert chunk.text == "S"
        break
    assert server.hits == 2
    awaited = await AsyncStreamRequest(lambda: open_async(aclient))
    assert (await awaited.collect()).text == "S they e na"


def test_request_is_sent_when_the_stream_is_created(server: ScriptedServer, client: SyncAPIClient) -> None:
    server.script(stream_reply(GENERATE_LINES))
    stream = open_sync(client)
    assert server.hits == 1 and server.requests[0].body == b'{"model":"m"}'
    stream.close()


def test_compressed_stream_from_a_proxy(server: ScriptedServer, client: SyncAPIClient) -> None:
    body = gzip.compress(ndjson_body(GENERATE_LINES))
    server.script(
        Reply(200, content_type=NDJSON, headers=[("Content-Encoding", "gzip")], chunks=pieces(body, 10))
    )
    with open_sync(client) as stream:
        assert [chunk.raw for chunk in stream] == GENERATE_LINES


def test_corrupt_compressed_stream(server: ScriptedServer, client: SyncAPIClient) -> None:
    body = gzip.compress(ndjson_body(GENERATE_LINES))
    broken = body[:40] + bytes(byte ^ 0xFF for byte in body[40:])
    server.script(
        Reply(
            200, content_type=NDJSON, headers=[("Content-Encoding", "gzip")], chunks=[body[:40], broken[40:]]
        )
    )
    stream = open_sync(client)
    with pytest.raises(IncompleteStreamError) as caught:
        list(stream)
    assert isinstance(caught.value.__cause__, httpx.DecodingError)
    assert stream.closed
