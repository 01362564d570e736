"""Failures map to httpx's exceptions, each carrying its request."""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Callable

import httpx
import pytest

from transport.loopback import Driver, Handler, LoopbackServer, Peer, repeat_block, response, serve_fixed

Serve = Callable[[Handler], LoopbackServer]


def test_refused_connection(driver: Driver, closed_port: int) -> None:
    url = f"http://127.0.0.1:{closed_port}/api/version"
    with pytest.raises(httpx.ConnectError) as caught:
        driver.request("GET", url)
    assert str(caught.value.request.url) == url


def test_connect_timeout(driver: Driver, full_backlog_port: int) -> None:
    with pytest.raises(httpx.ConnectTimeout) as caught:
        driver.request(
            "GET", f"http://127.0.0.1:{full_backlog_port}/", timeout=httpx.Timeout(10, connect=0.2)
        )
    assert caught.value.request.method == "GET"


def test_read_timeout_before_the_answer(driver: Driver, serve: Serve) -> None:
    done = threading.Event()

    def handler(peer: Peer) -> None:
        peer.read_request()
        done.wait(10)

    serve_url = serve(handler).url
    try:
        with pytest.raises(httpx.ReadTimeout) as caught:
            driver.request("GET", serve_url, timeout=httpx.Timeout(10, read=0.2))
        assert caught.value.request.url.host == "127.0.0.1"
    finally:
        done.set()


def test_read_timeout_mid_body(driver: Driver, serve: Serve) -> None:
    done = threading.Event()

    def handler(peer: Peer) -> None:
        peer.read_request()
        peer.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n")
        done.wait(10)

    server = serve(handler)
    try:
        with pytest.raises(httpx.ReadTimeout) as caught:
            driver.request("GET", server.url, timeout=httpx.Timeout(10, read=0.2))
        assert caught.value.request is not None
    finally:
        done.set()


WRITE_STALL_READ_TIMEOUT = 3


def test_write_timeout(driver: Driver, serve: Serve) -> None:
    # The server never reads: once the socket buffers are full, the upload stalls.
    done = threading.Event()

    def handler(peer: Peer) -> None:
        done.wait(20)

    server = serve(handler)
    try:
        with pytest.raises(httpx.WriteTimeout) as caught:
            driver.request(
                "POST",
                server.url,
                content=repeat_block(b"u" * (1 << 20), 1024),
                timeout=httpx.Timeout(WRITE_STALL_READ_TIMEOUT, write=0.2),
            )
        assert caught.value.request.method == "POST"
    finally:
        done.set()


def test_peer_closed_mid_body(driver: Driver, serve: Serve) -> None:
    def handler(peer: Peer) -> None:
        peer.read_request()
        peer.send(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly part")

    server = serve(handler)
    with pytest.raises(httpx.RemoteProtocolError) as caught:
        driver.request("GET", server.url)
    assert caught.value.request is not None


def test_peer_closed_mid_chunk(driver: Driver, serve: Serve) -> None:
    def handler(peer: Peer) -> None:
        peer.read_request()
        peer.send(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nshort")

    server = serve(handler)
    with pytest.raises(httpx.RemoteProtocolError):
        driver.request("GET", server.url)


def test_peer_reset_mid_body(driver: Driver, serve: Serve) -> None:

    def handler(peer: Peer) -> None:
        peer.read_request()
        peer.send(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npart")
        # SO_LINGER with a zero timeout: close() sends a reset instead of a FIN.
        peer.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        peer.sock.close()

    server = serve(handler)
    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)) as caught:
        driver.request("GET", server.url)
    assert caught.value.request is not None


# Malformed heads and chunk lines that http.client, under urllib3, accepts as it can.
_LENIENT_SYNC = pytest.mark.lenient_sync


@pytest.mark.parametrize(
    "reply",
    [
        pytest.param(b"HTTP/1.1 OK\r\n\r\n", id="status-without-code"),
        pytest.param(b"HTTQ/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", id="not-http"),
        pytest.param(b"HTTP/1.1 2000 OK\r\n\r\n", id="four-digit-status"),
        pytest.param(
            b"HTTP/1.1 200 OK\r\nno colon here\r\n\r\n", id="header-without-colon", marks=_LENIENT_SYNC
        ),
        pytest.param(
            b"HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n", id="space-in-header-name", marks=_LENIENT_SYNC
        ),
        pytest.param(
            b"HTTP/1.1 200 OK\r\n folded first\r\n\r\n", id="continuation-first", marks=_LENIENT_SYNC
        ),
        pytest.param(
            b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", id="two-lengths"
        ),
        pytest.param(
            b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", id="negative-length", marks=_LENIENT_SYNC
        ),
        pytest.param(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", id="bad-chunk-size"),
        pytest.param(
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\n",
            id="negative-chunk",
            marks=_LENIENT_SYNC,
        ),
        pytest.param(
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcXY0\r\n\r\n",
            id="no-line-end-after-data",
            marks=_LENIENT_SYNC,
        ),
        pytest.param(b"garbage\r\n\r\n", id="garbage"),
        pytest.param(b"HTTP/1.1 200 OK\r\nContent-Len", id="cut-head", marks=_LENIENT_SYNC),
    ],
)
def test_malformed_response(
    driver: Driver, serve: Serve, reply: bytes, request: pytest.FixtureRequest
) -> None:
    def handler(peer: Peer) -> None:
        peer.read_request()
        peer.send(reply)  # and close

    server = serve(handler)
    if driver.name == "sync" and request.node.get_closest_marker("lenient_sync"):
        # http.client (under urllib3) reads these leniently: an answer is fine, but the only
        # exception allowed out is httpx's.
        try:
            driver.request("GET", server.url)
        except httpx.RemoteProtocolError as exc:
            assert exc.request is not None
        return
    with pytest.raises(httpx.RemoteProtocolError) as caught:
        driver.request("GET", server.url)
    assert caught.value.request is not None


def test_over_long_header_block(driver: Driver, serve: Serve) -> None:
    # Both stacks cap the number of header lines (http.client at 100, aiohttp at 128).
    reply = response(b"", headers=[(f"X-H{i}", "v" * 2000) for i in range(200)])  # ~400 KB
    server = serve(serve_fixed(reply))
    with pytest.raises(httpx.RemoteProtocolError):
        driver.request("GET", server.url)


def test_over_long_chunk_size_line(driver: Driver, serve: Serve) -> None:
    reply = (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1;" + b"e" * 100_000 + b"\r\nx\r\n0\r\n\r\n"
    )
    server = serve(serve_fixed(reply))
    if driver.name == "async":  # aiohttp's parser skips chunk extensions of any length
        assert driver.request("GET", server.url).body == b"x"
        return
    with pytest.raises(httpx.RemoteProtocolError):  # urllib3 caps the line at 64 KiB
        driver.request("GET", server.url)


def test_answer_sent_before_the_upload_ends(driver: Driver, serve: Serve) -> None:
    # The server answers 413 after the head, then drains the body: the caller gets the answer.
    def handler(peer: Peer) -> None:
        peer._read_until(b"\r\n\r\n")
        peer.send(response(b"too big", status="413 Payload Too Large", headers=[("Connection", "close")]))
        peer.sock.shutdown(socket.SHUT_WR)
        while peer.sock.recv(1 << 20):
            pass

    server = serve(handler)
    result = driver.request("POST", server.url, content=repeat_block(b"b" * (1 << 20), 32))
    assert (result.status, result.body) == (413, b"too big")
