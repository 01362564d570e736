"""Request bodies: bytes, iterators in chunked encoding, and large uploads in constant memory."""

from __future__ import annotations

import hashlib
import tracemalloc
from collections.abc import AsyncIterator, Callable, Iterator

import httpx
import pytest
from hiramu.ollama._urllib3_transport import _SEND_SIZE

from transport.loopback import (
    AsyncDriver,
    Driver,
    Handler,
    LoopbackServer,
    Peer,
    SyncDriver,
    response,
    serve_each,
)

Serve = Callable[[Handler], LoopbackServer]

MIB = 1 << 20


def echo_size(peer: Peer) -> None:
    while (request := peer.read_request(keep_body=False)) is not None:
        peer.send(response(f"{request.body_size} {request.body_sha256}".encode()))


def test_chunked_upload_of_an_iterator(driver: Driver, serve: Serve) -> None:
    server = serve(serve_each(lambda r: response(b"stored")))
    parts = [b"first,", b"", b"second,", b"x" * 100_000, b"last"]
    result = driver.request("POST", server.url + "/upload", content=iter(parts))
    assert result.body == b"stored"
    seen = server.requests[0]
    assert seen.header("transfer-encoding") == "chunked"
    assert seen.header("content-length") is None
    assert seen.body == b"".join(parts)


def test_bytes_body_with_content_length(driver: Driver, serve: Serve) -> None:
    server = serve(serve_each(lambda r: response(b"ok")))
    body = bytes(range(256)) * 1000  # larger than one write of head and body together
    driver.request("PUT", server.url, content=body)
    assert server.requests[0].header("content-length") == str(len(body))
    assert server.requests[0].body == body


def test_large_parts_arrive_whole_and_in_order(driver: Driver, serve: Serve) -> None:
    server = serve(serve_each(lambda r: response(b"stored")))
    big = bytes(range(256)) * 4100 + b"tail"  # past any slice size, not a multiple of one
    parts = [b"head,", big, b"\x01" * 70_000, b"", b"end"]
    driver.request("POST", server.url + "/upload", content=iter(parts))
    seen = server.requests[0]
    assert seen.header("transfer-encoding") == "chunked"
    assert seen.body == b"".join(parts)


def test_sync_sends_large_parts_in_bounded_chunks(serve: Serve) -> None:
    # urllib3's framing of one chunk costs more per byte as the chunk grows: the adapter hands it
    # large parts in slices, which show on the wire as chunks of at most that size.
    server = serve(serve_each(lambda r: response(b"stored")))
    driver = SyncDriver()
    try:
        driver.request("POST", server.url, content=iter([b"small", b"\xa5" * MIB, b"x" * 1000]))
    finally:
        driver.close()
    sizes = server.requests[0].chunk_sizes
    assert sum(sizes) == 5 + MIB + 1000
    assert sizes[0] == 5 and sizes[-1] == 1000
    assert len(sizes) > 3 and max(sizes) <= _SEND_SIZE


def test_empty_iterator_sends_only_the_last_chunk(driver: Driver, serve: Serve) -> None:
    server = serve(serve_each(lambda r: response(b"ok")))
    driver.request("POST", server.url, content=iter([]))
    assert server.requests[0].body == b""
    # The connection is still in step: the next request is answered on it.
    driver.request("GET", server.url)
    assert server.connections == 1


def _blocks(count: int) -> Iterator[bytes]:
    block = b"\xa5" * MIB  # one block reused: the upload itself holds no more than this
    for _ in range(count):
        yield block


async def _ablocks(count: int) -> AsyncIterator[bytes]:
    block = b"\xa5" * MIB
    for _ in range(count):
        yield block


def _expected(count: int) -> str:
    digest = hashlib.sha256()
    block = b"\xa5" * MIB
    for _ in range(count):
        digest.update(block)
    return f"{count * MIB} sha256:{digest.hexdigest()}"


def test_64_mib_upload_in_constant_memory_sync(serve: Serve) -> None:
    server = serve(echo_size)
    driver = SyncDriver()
    try:
        driver.request("GET", server.url)  # connect first: only the upload is measured
        tracemalloc.start()
        try:
            response = driver.client.post(server.url, content=_blocks(64))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert response.text == _expected(64)
        assert peak < 8 * MIB
    finally:
        driver.close()


def test_64_mib_upload_in_constant_memory_async(serve: Serve) -> None:
    server = serve(echo_size)
    driver = AsyncDriver()

    async def upload() -> tuple[httpx.Response, int]:
        await driver.client.get(server.url)
        tracemalloc.start()
        try:
            response = await driver.client.post(server.url, content=_ablocks(64))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        return response, peak

    try:
        response, peak = driver.run(upload())
        assert response.text == _expected(64)
        assert peak < 8 * MIB
    finally:
        driver.close()


def test_sync_transport_refuses_an_async_body(serve: Serve) -> None:
    server = serve(serve_each(lambda r: response(b"ok")))
    driver = SyncDriver()
    request = httpx.Request("POST", server.url, content=_ablocks(1))
    try:
        with pytest.raises(RuntimeError, match="async request body"):
            driver.transport.handle_request(request)
    finally:
        driver.close()


def test_async_transport_refuses_a_sync_body(serve: Serve) -> None:
    server = serve(serve_each(lambda r: response(b"ok")))
    driver = AsyncDriver()
    request = httpx.Request("POST", server.url, content=iter([b"x"]))
    try:
        with pytest.raises(RuntimeError, match="sync request body"):
            driver.run(driver.transport.handle_async_request(request))
    finally:
        driver.close()
