"""Retries and timeouts against flaky loopback servers."""

from __future__ import annotations

import email.utils
import time
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from hiramu.ollama._base_client import (
    DEFAULT_TIMEOUT,
    MAX_RETRY_AFTER,
    AsyncAPIClient,
    SyncAPIClient,
    backoff_delay,
    retry_after_seconds,
)
from hiramu.ollama._collect import merge_generate
from hiramu.ollama._exceptions import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    IncompleteStreamError,
    RateLimitError,
    ResponseError,
    ServerError,
    ServiceUnavailableError,
)

from runtime.scripted_server import Reply, ScriptedServer, Unresponsive, free_port, ndjson
from runtime.support import Chunk

OK = Reply(200, b'{"status":"success"}')
BUSY = b'{"error":"server busy, please try again.  maximum pending requests exceeded"}'
STREAM = ndjson(
    '{"response":"a","done":false}', '{"response":"b","done":false}', '{"response":"","done":true}'
)


def test_retry_after_seconds_is_honoured(server: ScriptedServer, retry_waits: list[float]) -> None:
    server.script(Reply(503, BUSY, headers=[("Retry-After", "2")]), OK)
    with SyncAPIClient(server.url) as client:
        assert client.request("POST", "/api/pull", json={"model": "m"}).json() == {"status": "success"}
    assert retry_waits == [2.0]
    assert server.hits == 2
    assert server.requests[0].body == server.requests[1].body == b'{"model":"m"}'


async def test_retry_after_seconds_is_honoured_async(
    server: ScriptedServer, retry_waits: list[float]
) -> None:
    server.script(Reply(503, BUSY, headers=[("Retry-After", "1.5")]), OK)
    async with AsyncAPIClient(server.url) as client:
        response = await client.request("POST", "/api/pull", json={"model": "m"})
    assert response.json() == {"status": "success"}
    assert retry_waits == [1.5]
    assert server.hits == 2


def test_retry_after_http_date(server: ScriptedServer, retry_waits: list[float]) -> None:
    when = email.utils.formatdate(time.time() + 4, usegmt=True)
    server.script(Reply(429, b'{"error":"slow down"}', headers=[("Retry-After", when)]), OK)
    with SyncAPIClient(server.url) as client:
        client.request("GET", "/api/tags")
    assert len(retry_waits) == 1 and 2.5 < retry_waits[0] <= 4.0


def test_retry_after_above_the_cap_backs_off_instead(
    server: ScriptedServer, retry_waits: list[float]
) -> None:
    server.script(Reply(503, BUSY, headers=[("Retry-After", "3600")]), OK)
    with SyncAPIClient(server.url) as client:
        client.request("GET", "/api/tags")
    # The normal first backoff (0.5 s with jitter), not the hour asked for nor the 60 s cap.
    assert len(retry_waits) == 1 and 0.375 <= retry_waits[0] <= 0.5


def test_retry_after_above_the_cap_with_no_retry_left(
    server: ScriptedServer, retry_waits: list[float]
) -> None:
    server.script(Reply(503, BUSY, headers=[("Retry-After", "3600")]), OK)
    with SyncAPIClient(server.url, max_retries=0) as client, pytest.raises(ServiceUnavailableError):
        client.request("GET", "/api/tags")
    assert retry_waits == []
    assert server.hits == 1


async def test_retry_after_above_the_cap_async(server: ScriptedServer, retry_waits: list[float]) -> None:
    server.script(Reply(503, BUSY, headers=[("Retry-After", str(MAX_RETRY_AFTER + 1))]), OK)
    async with AsyncAPIClient(server.url, max_retries=1) as client:
        await client.request("GET", "/api/tags")
    assert len(retry_waits) == 1 and 0.375 <= retry_waits[0] <= 0.5


def test_backoff_then_give_up_after_max_retries(server: ScriptedServer, retry_waits: list[float]) -> None:
    server.script(*[Reply(429, b'{"error":"rate limited"}')] * 3)
    with SyncAPIClient(server.url) as client, pytest.raises(RateLimitError) as caught:
        client.request("POST", "/api/chat", json={})
    assert caught.value.error == "rate limited"
    assert server.hits == 3  # the first try and max_retries=2 retries
    assert len(retry_waits) == 2
    assert 0.375 <= retry_waits[0] <= 0.5 and 0.75 <= retry_waits[1] <= 1.0


@pytest.mark.parametrize("status", [408, 429, 502, 503, 504])
def test_retried_statuses(server: ScriptedServer, retry_waits: list[float], status: int) -> None:
    server.script(Reply(status, b'{"error":"again"}'), OK)
    with SyncAPIClient(server.url) as client:
        assert client.request("GET", "/api/ps").status_code == 200
    assert server.hits == 2 and len(retry_waits) == 1


@pytest.mark.parametrize(
    ("status", "cls"),
    [(400, BadRequestError), (404, ResponseError), (499, ResponseError), (500, ServerError)],
)
def test_not_retried_statuses(
    server: ScriptedServer, retry_waits: list[float], status: int, cls: type[ResponseError]
) -> None:
    server.script(Reply(status, b'{"error":"no"}'), OK)
    with SyncAPIClient(server.url) as client, pytest.raises(cls):
        client.request("POST", "/api/generate", json={})
    assert server.hits == 1 and retry_waits == []


def test_max_retries_zero(server: ScriptedServer, retry_waits: list[float]) -> None:
    server.script(Reply(503, BUSY), OK)
    with SyncAPIClient(server.url, max_retries=0) as client, pytest.raises(ServiceUnavailableError):
        client.request("GET", "/api/ps")
    assert server.hits == 1 and retry_waits == []
    with pytest.raises(ValueError):
        SyncAPIClient(server.url, max_retries=-1)


def test_refused_connection_is_retried_then_names_the_host(retry_waits: list[float]) -> None:
    port = free_port()
    with SyncAPIClient(f"127.0.0.1:{port}") as client, pytest.raises(APIConnectionError) as caught:
        client.request("GET", "/api/version")
    error = caught.value
    assert type(error) is APIConnectionError
    assert f"could not connect to Ollama at http://127.0.0.1:{port} (is the server running?)" in str(error)
    assert error.host == f"http://127.0.0.1:{port}"
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert len(retry_waits) == 2


async def test_refused_connection_async(retry_waits: list[float]) -> None:
    port = free_port()
    async with AsyncAPIClient(f"http://127.0.0.1:{port}", max_retries=1) as client:
        with pytest.raises(APIConnectionError, match="is the server running") as caught:
            await client.stream("POST", "/api/generate", json={}, parse=Chunk.from_dict, merge=merge_generate)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert len(retry_waits) == 1


def test_closed_without_response_is_retried(server: ScriptedServer, retry_waits: list[float]) -> None:
    server.script(Reply(close_without_response=True), OK)
    with SyncAPIClient(server.url) as client:
        assert client.request("DELETE", "/api/delete", json={"model": "m"}).status_code == 200
    assert server.hits == 2 and len(retry_waits) == 1


def test_closed_without_response_every_time(server: ScriptedServer, retry_waits: list[float]) -> None:
    server.script(*[Reply(close_without_response=True)] * 3)
    with SyncAPIClient(server.url) as client, pytest.raises(APIConnectionError) as caught:
        client.request("GET", "/api/tags")
    assert "closed before a response" in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
    assert server.hits == 3


def blob_parts() -> Iterator[bytes]:
    yield b"GGUF"
    yield b"\x00" * 1000


def test_iterable_body_is_not_resent_after_it_was_sent(
    server: ScriptedServer, retry_waits: list[float]
) -> None:
    digest = "/api/blobs/sha256:" + "a" * 64
    server.script(Reply(503, BUSY))
    with SyncAPIClient(server.url) as client, pytest.raises(ServiceUnavailableError):
        client.request("POST", digest, content=blob_parts())
    assert server.hits == 1 and retry_waits == []
    assert server.requests[0].body == b"GGUF" + b"\x00" * 1000
    server.script(Reply(close_without_response=True), OK)
    with SyncAPIClient(server.url) as client, pytest.raises(APIConnectionError):
        client.request("POST", digest, content=blob_parts())
    assert server.hits == 2 and retry_waits == []


def test_bytes_body_is_resent(server: ScriptedServer, retry_waits: list[float]) -> None:
    server.script(Reply(503, BUSY), Reply(201, b"", content_type=None))
    with SyncAPIClient(server.url) as client:
        assert client.request("POST", "/api/blobs/sha256:" + "b" * 64, content=b"GGUF").status_code == 201
    assert [seen.body for seen in server.requests] == [b"GGUF", b"GGUF"]


def test_iterable_body_is_retried_when_nothing_was_sent(retry_waits: list[float]) -> None:
    consumed: list[bytes] = []

    def parts() -> Iterator[bytes]:
        for part in (b"a", b"b"):
            consumed.append(part)
            yield part

    with SyncAPIClient(f"127.0.0.1:{free_port()}") as client, pytest.raises(APIConnectionError):
        client.request("POST", "/api/blobs/sha256:" + "c" * 64, content=parts())
    assert len(retry_waits) == 2 and consumed == []


async def test_async_iterable_body(server: ScriptedServer, retry_waits: list[float]) -> None:
    async def parts() -> AsyncIterator[bytes]:
        yield b"GG"
        yield b"UF"

    server.script(Reply(503, BUSY), Reply(201, b"", content_type=None), Reply(201, b"", content_type=None))
    async with AsyncAPIClient(server.url) as client:
        with pytest.raises(ServiceUnavailableError):
            await client.request("POST", "/api/blobs/sha256:" + "d" * 64, content=parts())
        # A plain iterable works with the async client too.
        response = await client.request("POST", "/api/blobs/sha256:" + "d" * 64, content=iter([b"GG", b"UF"]))
        assert response.status_code == 201
    assert [seen.body for seen in server.requests] == [b"GGUF", b"GGUF"]
    assert retry_waits == []


def test_stream_is_retried_only_before_it_is_handed_over(
    server: ScriptedServer, retry_waits: list[float]
) -> None:
    server.script(
        Reply(503, BUSY),
        Reply(
            200,
            content_type="application/x-ndjson",
            chunks=[b'{"response":"a","done":false}\n'] * 3,
            drop_after_chunks=2,
        ),
    )
    with SyncAPIClient(server.url) as client:
        stream = client.stream("POST", "/api/generate", json={}, parse=Chunk.from_dict, merge=merge_generate)
        assert server.hits == 2 and len(retry_waits) == 1
        received = []
        with pytest.raises(IncompleteStreamError) as caught:
            for chunk in stream:
                received.append(chunk.text)
    assert received == ["a", "a"]
    assert caught.value.lines_received == 2
    assert server.hits == 2  # the dropped stream was not sent again
    assert stream.closed


def test_read_timeout_is_not_retried(server: ScriptedServer, retry_waits: list[float]) -> None:
    server.script(Reply(200, b"{}", delay=0.6), OK)
    timeout = httpx.Timeout(5.0, read=0.15)
    with SyncAPIClient(server.url, timeout=timeout) as client, pytest.raises(APITimeoutError) as caught:
        client.request("POST", "/api/generate", json={"stream": False})
    assert "timed out waiting for Ollama at " + server.url in str(caught.value)
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert server.hits == 1 and retry_waits == []


async def test_read_timeout_async(server: ScriptedServer, retry_waits: list[float]) -> None:
    server.script(Reply(200, b"{}", delay=0.6))
    async with AsyncAPIClient(server.url, timeout=0.15) as client:
        with pytest.raises(APITimeoutError):
            await client.stream("POST", "/api/chat", json={}, parse=Chunk.from_dict, merge=merge_generate)
    assert server.hits == 1 and retry_waits == []


def test_connect_timeout_is_retried(retry_waits: list[float]) -> None:
    with Unresponsive() as target:
        timeout = httpx.Timeout(5.0, connect=0.2)
        with (
            SyncAPIClient(target.url, timeout=timeout, max_retries=1) as client,
            pytest.raises(APITimeoutError, match="timed out connecting to Ollama") as caught,
        ):
            client.request("GET", "/api/version")
    assert isinstance(caught.value.__cause__, httpx.ConnectTimeout)
    assert len(retry_waits) == 1


async def test_connect_timeout_async(retry_waits: list[float]) -> None:
    with Unresponsive() as target:
        async with AsyncAPIClient(
            target.url, timeout=httpx.Timeout(5.0, connect=0.2), max_retries=0
        ) as client:
            with pytest.raises(APITimeoutError, match="timed out connecting"):
                await client.request("GET", "/api/version")
    assert retry_waits == []


def test_read_timeout_mid_stream(server: ScriptedServer) -> None:
    server.script(
        Reply(
            200,
            content_type="application/x-ndjson",
            chunks=[b'{"response":"a","done":false}\n', b'{"done":true}\n'],
            chunk_delay=0.6,
        )
    )
    with SyncAPIClient(server.url, timeout=httpx.Timeout(5.0, read=0.2)) as client:
        stream = client.stream("POST", "/api/generate", json={}, parse=Chunk.from_dict, merge=merge_generate)
        with stream, pytest.raises(APITimeoutError):
            assert next(stream).text == "a"
            next(stream)
    assert stream.closed and stream.response.is_closed


def test_per_call_timeout_overrides_the_client(server: ScriptedServer, retry_waits: list[float]) -> None:
    with SyncAPIClient(server.url, timeout=0.15) as client:
        server.script(Reply(200, b"{}", delay=0.4))
        assert client.request("GET", "/api/tags", timeout=5.0).json() == {}
        server.script(Reply(200, b"{}", delay=0.4))
        assert client.request("GET", "/api/tags", timeout=None).json() == {}
        server.script(Reply(200, STREAM, content_type="application/x-ndjson", delay=0.4))
        stream = client.stream(
            "POST",
            "/api/generate",
            json={},
            parse=Chunk.from_dict,
            merge=merge_generate,
            timeout=httpx.Timeout(3.0),
        )
        assert stream.collect().text == "ab"
        server.script(Reply(200, b"{}", delay=0.4))
        with pytest.raises(APITimeoutError):
            client.request("GET", "/api/tags")
    with SyncAPIClient(server.url) as client:
        server.script(Reply(200, b"{}", delay=0.4))
        with pytest.raises(APITimeoutError):
            client.request("GET", "/api/tags", timeout=0.1)
    assert retry_waits == []


async def test_per_call_timeout_async(server: ScriptedServer) -> None:
    async with AsyncAPIClient(server.url, timeout=0.15) as client:
        server.script(Reply(200, b"{}", delay=0.4))
        assert (await client.request("GET", "/api/tags", timeout=3)).json() == {}
        server.script(Reply(200, b"{}", delay=0.4))
        with pytest.raises(APITimeoutError):
            await client.request("GET", "/api/tags")


def test_default_timeout() -> None:
    assert (DEFAULT_TIMEOUT.connect, DEFAULT_TIMEOUT.read, DEFAULT_TIMEOUT.write, DEFAULT_TIMEOUT.pool) == (
        5.0,
        600.0,
        600.0,
        None,  # waiting for a pooled connection is bounded by the requests holding them
    )
    client = SyncAPIClient()
    assert client.timeout == DEFAULT_TIMEOUT
    assert client.http_client.timeout == DEFAULT_TIMEOUT
    assert SyncAPIClient(timeout=None).timeout == httpx.Timeout(None)
    assert SyncAPIClient(timeout=7).timeout == httpx.Timeout(7.0)
    client.close()


def test_retry_after_parsing() -> None:
    def parse(value: str, now: float | None = None) -> float | None:
        return retry_after_seconds(httpx.Headers({"Retry-After": value}), now=now)

    assert retry_after_seconds(httpx.Headers()) is None
    assert parse("2") == 2.0
    assert parse(" 0.25 ") == 0.25
    assert parse("-5") == 0.0
    assert parse("1e9") == 1e9  # the engine, not the parser, decides what is too long
    assert parse("nan") is None
    assert parse("soon") is None
    now = 1_700_000_000.0
    assert parse(email.utils.formatdate(now + 30, usegmt=True), now) == 30.0
    assert parse(email.utils.formatdate(now - 30, usegmt=True), now) == 0.0
    assert parse("Wed, 21 Oct 2015 07:28:00 -0000", 1445412470.0) == 10.0


def test_backoff_delay_grows_with_jitter_and_a_cap() -> None:
    for retry, base in [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (9, 8.0)]:
        samples = {backoff_delay(retry) for _ in range(50)}
        assert all(0.75 * base <= sample <= base for sample in samples)
        assert len(samples) > 1  # jittered


def test_redirect_loop_is_a_connection_error_and_not_retried(
    server: ScriptedServer, retry_waits: list[float]
) -> None:
    server.handler = lambda _: Reply(307, b"", content_type=None, headers=[("Location", "/api/loop")])
    with SyncAPIClient(server.url) as client, pytest.raises(APIConnectionError) as caught:
        client.request("POST", "/api/loop", json={})
    assert isinstance(caught.value.__cause__, httpx.TooManyRedirects)
    assert retry_waits == [] and server.hits == 21


async def test_bytearray_body_is_sent_whole_and_resent(
    server: ScriptedServer, retry_waits: list[float]
) -> None:
    created = Reply(201, b"", content_type=None)
    server.script(Reply(503, BUSY), created, Reply(503, BUSY), created)
    digest = "/api/blobs/sha256:" + "f" * 64
    with SyncAPIClient(server.url) as client:
        client.request("POST", digest, content=bytearray(b"GGUF"))
    async with AsyncAPIClient(server.url) as aclient:
        await aclient.request("POST", digest, content=memoryview(b"GGUF"))
    assert [seen.body for seen in server.requests] == [b"GGUF"] * 4
    assert len(retry_waits) == 2
