"""Response framing: Content-Length, chunked, close-delimited and bodiless answers, in large blocks."""

from __future__ import annotations

import random
from collections.abc import Callable

import httpx
import pytest

from transport.loopback import (
    AsyncDriver,
    Driver,
    Handler,
    LoopbackServer,
    Peer,
    SyncDriver,
    chunked_response,
    response,
    serve_each,
    serve_fixed,
)

Serve = Callable[[Handler], LoopbackServer]


def test_content_length_body(driver: Driver, serve: Serve) -> None:
    server = serve(serve_fixed(response(b'{"ok":true}', headers=[("Content-Type", "application/json")])))
    result = driver.request("GET", server.url + "/x")
    assert (result.status, result.body) == (200, b'{"ok":true}')
    assert result.headers["content-type"] == "application/json"
    assert result.reason == "OK"
    assert result.http_version == "HTTP/1.1"


def test_large_content_length_body(driver: Driver, serve: Serve) -> None:
    body = bytes(range(256)) * 40_000  # 10 MB, many receive buffers
    server = serve(serve_fixed(response(body)))
    assert driver.request("GET", server.url).body == body


def test_chunked_body_arrives_in_few_blocks(driver: Driver, serve: Serve) -> None:
    lines = [b'{"n":%d}\n' % i for i in range(1000)]
    server = serve(serve_fixed(chunked_response(lines)))  # one write: everything is in the buffer
    result = driver.request("GET", server.url)
    assert result.body == b"".join(lines)
    if driver.name == "async":
        # aiohttp hands on what it buffered: complete chunks come out joined, not one block per
        # chunk. urllib3 (sync) reads one chunk at a time.
        assert len(result.blocks) < 100


def test_chunk_extensions_and_trailers(driver: Driver, serve: Serve) -> None:
    reply = chunked_response(
        [b"hello ", b"world"],
        extension=';name="value";flag',
        trailers=[("X-Checksum", "abc"), ("X-Other", "1")],
    )
    server = serve(serve_fixed(reply))
    result = driver.request("GET", server.url)
    assert result.body == b"hello world"
    # The connection stays usable after the trailers.
    assert driver.request("GET", server.url).body == b"hello world"
    assert server.connections == 1


def test_chunk_split_across_reads(driver: Driver, serve: Serve) -> None:
    payload = b"x" * 5000
    reply = chunked_response([payload, b"tail"])
    head_end = reply.index(b"\r\n\r\n") + 4

    def handler(peer: Peer) -> None:
        peer.read_request()
        # Head, part of the size line, the rest of it and part of the payload, then the rest.
        peer.send_pieces(reply, [head_end, 2, 1000, 3000], pause=0.02)

    server = serve(handler)
    assert driver.request("GET", server.url).body == payload + b"tail"


def test_one_byte_per_send(driver: Driver, serve: Serve) -> None:
    reply = chunked_response([b"ab", b"cdef", b"g"], extension=";x=1", trailers=[("T", "v")])

    def handler(peer: Peer) -> None:
        peer.read_request()
        peer.send_pieces(reply, [1] * len(reply), pause=0.001)

    server = serve(handler)
    result = driver.request("GET", server.url)
    assert (result.status, result.body) == (200, b"abcdefg")


def test_close_delimited_body(driver: Driver, serve: Serve) -> None:
    def handler(peer: Peer) -> None:
        peer.read_request()
        peer.send(response(b"", length=False))
        peer.send(b"part one, ")
        peer.send(b"part two")

    server = serve(handler)
    assert driver.request("GET", server.url).body == b"part one, part two"
    # Such a connection cannot be reused.
    assert driver.request("GET", server.url).body == b"part one, part two"
    assert server.connections == 2


def test_unknown_transfer_coding_reads_until_close(driver: Driver, serve: Serve) -> None:
    def handler(peer: Peer) -> None:
        peer.read_request()
        peer.send(response(b"raw bytes", headers=[("Transfer-Encoding", "identity")], length=False))

    server = serve(handler)
    assert driver.request("GET", server.url).body == b"raw bytes"


def test_head_has_no_body(driver: Driver, serve: Serve) -> None:
    # A HEAD answer announces a length but sends no body; the connection stays usable.
    server = serve(serve_each(lambda r: _head_of(5) if r.method == "HEAD" else response(b"12345")))
    head = driver.request("HEAD", server.url)
    assert (head.status, head.body, head.headers["content-length"]) == (200, b"", "5")
    assert driver.request("GET", server.url).body == b"12345"
    assert server.connections == 1


def _head_of(length: int) -> bytes:
    return f"HTTP/1.1 200 OK\r\nContent-Length: {length}\r\n\r\n".encode()


@pytest.mark.parametrize("status", ["204 No Content", "304 Not Modified"])
def test_statuses_without_body(driver: Driver, serve: Serve, status: str) -> None:
    # Even with a Content-Length (304 repeats the resource's), no body follows.
    reply = f"HTTP/1.1 {status}\r\nContent-Length: 7\r\n\r\n".encode()
    server = serve(serve_each(lambda r: reply if r.target == "/empty" else response(b"after")))
    result = driver.request("GET", server.url + "/empty")
    assert (result.status, result.body) == (int(status[:3]), b"")
    assert driver.request("GET", server.url + "/next").body == b"after"
    assert server.connections == 1


def test_interim_responses_are_skipped(driver: Driver, serve: Serve) -> None:
    interim = b"HTTP/1.1 100 Continue\r\n\r\n"
    if driver.name == "async":  # http.client, under urllib3, skips 100 Continue only
        interim += b"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
    server = serve(serve_fixed(interim + response(b"final")))
    result = driver.request("POST", server.url, content=b"data")
    assert (result.status, result.body) == (200, b"final")


def test_multi_valued_headers_are_kept(driver: Driver, serve: Serve) -> None:
    reply = response(b"", headers=[("Set-Cookie", "a=1"), ("X-Folded", "one"), ("Set-Cookie", "b=2")])
    server = serve(serve_fixed(reply))
    result = driver.request("GET", server.url)
    assert result.headers.get_list("set-cookie") == ["a=1", "b=2"]
    assert result.headers["x-folded"] == "one"
    if driver.name == "async":  # urllib3 groups the values of one name together
        assert result.headers.raw[:3] == [
            (b"Set-Cookie", b"a=1"),
            (b"X-Folded", b"one"),
            (b"Set-Cookie", b"b=2"),
        ]


def test_reason_phrase_and_http_1_0(driver: Driver, serve: Serve) -> None:
    def handler(peer: Peer) -> None:
        peer.read_request()
        peer.send(b"HTTP/1.0 404 Nothing Here\r\nContent-Length: 4\r\n\r\ngone")

    server = serve(handler)
    result = driver.request("GET", server.url)
    assert (result.status, result.reason, result.http_version, result.body) == (
        404,
        "Nothing Here",
        "HTTP/1.0",
        b"gone",
    )
    assert result.extensions["reason_phrase"] == b"Nothing Here"


def test_bare_line_feeds_in_chunks_are_a_protocol_error(driver: Driver, serve: Serve) -> None:
    # Both stacks want CRLF after a chunk; the caller gets httpx's error, nothing else.
    server = serve(serve_fixed(b"HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\n3\nabc\n0\n\n"))
    with pytest.raises(httpx.RemoteProtocolError):
        driver.request("GET", server.url)


def test_request_goes_out_as_httpx_built_it(driver: Driver, serve: Serve) -> None:
    server = serve(serve_fixed(response(b"")))
    driver.request("POST", server.url + "/api/x?q=1%202", content=b"body!", headers={"X-Custom": "Value"})
    seen = server.requests[0]
    assert seen.head.startswith(b"POST /api/x?q=1%202 HTTP/1.1\r\n")
    names = [name for name, _ in seen.headers]
    assert names[0] == "Host"
    assert seen.header("x-custom") == "Value"
    assert seen.header("content-length") == "5"
    assert seen.body == b"body!"


def test_large_chunks_arrive_whole(serve: Serve) -> None:
    # Chunks larger than the stacks' read sizes (64 KiB sync, aiohttp's buffer) arrive whole.
    rng = random.Random(7)
    chunks = [rng.randbytes(rng.choice([1, 17, 4000, 20_000, 70_000])) for _ in range(80)]
    server = serve(serve_fixed(chunked_response(chunks, extension=";e=1")))
    for small in (SyncDriver(), AsyncDriver()):
        try:
            result = small.request("GET", server.url)
            assert result.body == b"".join(chunks)
        finally:
            small.close()
