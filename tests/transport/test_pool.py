"""Keep-alive: reuse, `Connection: close`, stale pooled connections, early close, limits."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable

import httpx
import pytest
from runtime.scripted_server import client_sockets_to

from transport.loopback import (
    AsyncDriver,
    Driver,
    Handler,
    LoopbackServer,
    Peer,
    SyncDriver,
    chunked_response,
    repeat_block,
    response,
    serve_each,
    serve_fixed,
)

Serve = Callable[[Handler], LoopbackServer]


def test_keep_alive_reuses_one_connection(driver: Driver, serve: Serve) -> None:
    server = serve(serve_each(lambda r: response(r.target.encode())))
    bodies = [driver.request("GET", f"{server.url}/{i}").body for i in range(5)]
    assert bodies == [f"/{i}".encode() for i in range(5)]
    assert server.connections == 1
    assert len(server.requests) == 5


def test_chunked_answers_keep_the_connection(driver: Driver, serve: Serve) -> None:
    server = serve(serve_fixed(chunked_response([b"a", b"b"])))
    for _ in range(3):
        assert driver.request("GET", server.url).body == b"ab"
    assert server.connections == 1


def test_connection_close_from_the_server(driver: Driver, serve: Serve) -> None:
    def handler(peer: Peer) -> None:
        peer.read_request()
        peer.send(response(b"bye", headers=[("Connection", "close")]))

    server = serve(handler)
    assert [driver.request("GET", server.url).body for _ in range(3)] == [b"bye"] * 3
    assert server.connections == 3


def test_stale_pooled_connection_is_replaced_before_use(driver: Driver, serve: Serve) -> None:
    # The server answers one request per connection, then closes without saying so.
    def handler(peer: Peer) -> None:
        peer.read_request()
        peer.send(response(b"once"))

    server = serve(handler)
    bodies = []
    for _ in range(3):
        bodies.append(driver.request("GET", server.url).body)
        # Let the server's close arrive first: a request sent before it is the other case
        # (test_request_on_a_stale_connection_raises_a_retryable_error).
        time.sleep(0.2)
    assert bodies == [b"once"] * 3
    assert server.connections == 3
    assert len(server.requests) == 3


def test_request_on_a_stale_connection_raises_a_retryable_error(driver: Driver, serve: Serve) -> None:
    # The server reads the second request on the kept connection, then closes without answering.
    # The transports do not resend: the client's retry policy does, for replayable requests
    # (RemoteProtocolError before any answer; see tests/runtime/test_retries.py).
    def handler(peer: Peer) -> None:
        if server.connections == 1:
            peer.read_request()
            peer.send(response(b"first"))
            peer.read_request()
            return
        serve_each(lambda r: response(b"again"))(peer)

    server = serve(handler)
    assert driver.request("GET", server.url).body == b"first"
    with pytest.raises(httpx.RemoteProtocolError):
        driver.request("POST", server.url, content=b"replayable")
    assert driver.request("POST", server.url, content=b"replayable").body == b"again"
    assert server.connections == 2
    assert [r.body for r in server.requests] == [b"", b"replayable", b"replayable"]


def test_one_shot_body_on_a_stale_connection_is_not_sent_again(driver: Driver, serve: Serve) -> None:
    def handler(peer: Peer) -> None:
        peer.read_request()
        peer.send(response(b"first"))
        peer.read_request()

    server = serve(handler)
    driver.request("GET", server.url)
    with pytest.raises(httpx.RemoteProtocolError) as caught:
        driver.request("POST", server.url, content=iter([b"one", b"shot"]))
    assert caught.value.request.method == "POST"
    assert server.connections == 1


def test_new_connection_closed_unanswered_is_not_retried(driver: Driver, serve: Serve) -> None:
    def handler(peer: Peer) -> None:
        peer.read_request()

    server = serve(handler)
    # POST: aiohttp resends an idempotent method (GET) once on a new connection by itself.
    with pytest.raises(httpx.RemoteProtocolError):
        driver.request("POST", server.url, content=b"{}")
    assert server.connections == 1


def test_early_close_closes_the_socket(driver: Driver, serve: Serve) -> None:
    closed = threading.Event()

    def handler(peer: Peer) -> None:
        while (request := peer.read_request()) is not None:
            if request.target == "/big":
                try:
                    peer.send(chunked_response(repeat_block(b"z" * 65536, 400)))
                except OSError:
                    closed.set()
                    return
            else:
                peer.send(response(b"small"))

    server = serve(handler)
    got = driver.read_some(server.url + "/big", blocks=1)
    assert got and got[0]
    assert closed.wait(10)
    assert driver.request("GET", server.url + "/small").body == b"small"
    assert server.connections == 2


def test_unread_body_is_not_pooled(driver: Driver, serve: Serve) -> None:
    body = b"y" * 10_000_000  # more than one receive buffer
    server = serve(serve_fixed(response(body)))
    assert len(driver.read_some(server.url, blocks=1)[0]) < len(body)
    assert driver.request("GET", server.url).body == body
    assert server.connections == 2


def test_close_closes_idle_connections(driver: Driver, serve: Serve) -> None:
    ended = threading.Event()

    def handler(peer: Peer) -> None:
        serve_each(lambda r: response(b"ok"))(peer)
        ended.set()

    server = serve(handler)
    driver.request("GET", server.url)
    driver.close()
    assert ended.wait(10)  # the server saw its connection end


def test_pool_limit_raises_pool_timeout(serve: Serve) -> None:
    release = threading.Event()

    def handler(peer: Peer) -> None:
        peer.read_request()
        peer.send(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n")
        release.wait(10)
        peer.send(b"ok")

    server = serve(handler)
    sync = SyncDriver(max_connections=1)
    try:
        with sync.client.stream("GET", server.url) as held:
            with pytest.raises(httpx.PoolTimeout) as caught:
                sync.request("GET", server.url + "/second", timeout=httpx.Timeout(10, pool=0.1))
            assert caught.value.request.url.path == "/second"
            release.set()
            assert held.read() == b"ok"
    finally:
        release.set()
        sync.close()


def test_pool_limit_raises_pool_timeout_async(serve: Serve) -> None:
    release = threading.Event()

    def handler(peer: Peer) -> None:
        peer.read_request()
        peer.send(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n")
        release.wait(10)
        peer.send(b"ok")

    server = serve(handler)
    driver = AsyncDriver(max_connections=1)

    async def scenario() -> bytes:
        async with driver.client.stream("GET", server.url) as held:
            with pytest.raises(httpx.PoolTimeout):
                await driver.client.get(server.url, timeout=httpx.Timeout(10, pool=0.1))
            release.set()
            return await held.aread()

    try:
        assert driver.run(scenario()) == b"ok"
    finally:
        release.set()
        driver.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts sockets through /proc")
def test_sockets_are_closed_when_responses_and_clients_close(driver: Driver, serve: Serve) -> None:
    server = serve(serve_each(lambda r: response(b"q" * 10_000_000 if r.target == "/big" else b"ok")))
    driver.read_some(server.url + "/big", blocks=1)  # closed early
    assert client_sockets_to(server.port) == 0
    driver.request("GET", server.url)
    assert client_sockets_to(server.port) == 1  # kept alive
    driver.close()
    assert client_sockets_to(server.port) == 0


def test_one_sync_transport_shared_by_threads(serve: Serve) -> None:
    from concurrent.futures import ThreadPoolExecutor

    server = serve(serve_each(lambda r: chunked_response([r.target.encode(), b"!"])))
    driver = SyncDriver(max_connections=4)
    try:

        def fetch(number: int) -> bytes:
            return driver.request("GET", f"{server.url}/{number}").body

        with ThreadPoolExecutor(8) as pool:
            bodies = list(pool.map(fetch, range(400)))
    finally:
        driver.close()
    assert bodies == [f"/{n}!".encode() for n in range(400)]
    assert server.connections <= 4  # never more than the limit, reused between threads


def test_async_requests_wait_for_a_free_connection(serve: Serve) -> None:
    import asyncio

    server = serve(serve_each(lambda r: chunked_response([r.target.encode(), b"!"])))
    driver = AsyncDriver(max_connections=3)

    async def fetch_all() -> list[bytes]:
        async def fetch(number: int) -> bytes:
            response = await driver.client.get(f"{server.url}/{number}")
            return response.content

        return list(await asyncio.gather(*(fetch(n) for n in range(200))))

    try:
        bodies = driver.run(fetch_all())
    finally:
        driver.close()
    assert bodies == [f"/{n}!".encode() for n in range(200)]
    assert server.connections <= 3
