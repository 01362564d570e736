"""The async transport's connection slots: at most `max_connections` requests in flight, and every
slot comes back, whether the request ends with its response closed, a failure or a cancellation
(while waiting for a slot or for the answer). A response must be closed to give
its slot back, as with httpx's own pool (aiohttp keeps an unclosed one alive too)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

import httpx
import pytest

from transport.loopback import AsyncDriver, Handler, LoopbackServer, Peer, response

Serve = Callable[[Handler], LoopbackServer]

# Short enough that a lost slot fails the test quickly, long enough for a loaded machine.
POOL = httpx.Timeout(10, pool=2.0)


def hold_until(release: threading.Event) -> Handler:
    """Answer "/slow" only once `release` is set (its head first); anything else at once."""

    def handler(peer: Peer) -> None:
        while (request := peer.read_request()) is not None:
            if request.target == "/slow":
                peer.send(b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n")
                release.wait(10)
                peer.send(b"slow")
            else:
                peer.send(response(b"fast"))

    return handler


def one_slot(serve: Serve, handler: Handler) -> tuple[AsyncDriver, LoopbackServer]:
    return AsyncDriver(max_connections=1), serve(handler)


def test_requests_beyond_the_limit_wait_then_run(serve: Serve) -> None:
    release = threading.Event()
    driver, server = one_slot(serve, hold_until(release))

    async def scenario() -> list[str]:
        async with driver.client.stream("GET", server.url + "/slow") as held:
            waiting = [asyncio.create_task(driver.client.get(server.url, timeout=POOL)) for _ in range(5)]
            await asyncio.sleep(0.2)
            assert not any(task.done() for task in waiting)  # no slot while /slow holds the only one
            release.set()
            await held.aread()
        return [(await task).text for task in waiting]

    try:
        assert driver.run(scenario()) == ["fast"] * 5
    finally:
        release.set()
        driver.close()
    assert server.connections == 1


def test_a_request_cancelled_while_waiting_takes_no_slot(serve: Serve) -> None:
    release = threading.Event()
    driver, server = one_slot(serve, hold_until(release))

    async def scenario() -> str:
        async with driver.client.stream("GET", server.url + "/slow") as held:
            waiting = asyncio.create_task(driver.client.get(server.url, timeout=POOL))
            await asyncio.sleep(0.1)
            waiting.cancel()
            with pytest.raises(asyncio.CancelledError):
                await waiting
            release.set()
            await held.aread()
        return (await driver.client.get(server.url, timeout=POOL)).text

    try:
        assert driver.run(scenario()) == "fast"
    finally:
        release.set()
        driver.close()


def test_a_request_cancelled_before_its_answer_gives_its_slot_back(serve: Serve) -> None:
    answer = threading.Event()

    def handler(peer: Peer) -> None:
        while (request := peer.read_request()) is not None:
            if request.target == "/never":
                answer.wait(10)  # no answer: the client cancels first
                return
            peer.send(response(b"fast"))

    driver, server = one_slot(serve, handler)

    async def scenario() -> str:
        pending = asyncio.create_task(driver.client.get(server.url + "/never", timeout=POOL))
        await asyncio.sleep(0.2)
        pending.cancel()
        with pytest.raises(asyncio.CancelledError):
            await pending
        return (await driver.client.get(server.url, timeout=POOL)).text

    try:
        assert driver.run(scenario()) == "fast"
    finally:
        answer.set()
        driver.close()


def test_failed_requests_give_their_slots_back(serve: Serve, closed_port: int) -> None:
    def handler(peer: Peer) -> None:
        while (request := peer.read_request()) is not None:
            if request.target == "/cut":
                return  # closed without an answer
            peer.send(response(b"fast"))

    driver, server = one_slot(serve, handler)

    async def scenario() -> str:
        for _ in range(3):
            with pytest.raises(httpx.ConnectError):
                await driver.client.get(f"http://127.0.0.1:{closed_port}/", timeout=POOL)
            with pytest.raises(httpx.RemoteProtocolError):
                await driver.client.post(server.url + "/cut", content=b"{}", timeout=POOL)
        return (await driver.client.get(server.url, timeout=POOL)).text

    try:
        assert driver.run(scenario()) == "fast"
    finally:
        driver.close()


def test_without_a_limit_nothing_waits(serve: Serve) -> None:
    release = threading.Event()
    server = serve(hold_until(release))
    driver = AsyncDriver(max_connections=None)

    async def scenario() -> list[str]:
        held = [
            await driver.client.send(driver.client.build_request("GET", server.url + "/slow"), stream=True)
        ]
        held += [
            await driver.client.send(driver.client.build_request("GET", server.url + "/slow"), stream=True)
            for _ in range(3)
        ]
        quick = await driver.client.get(server.url, timeout=httpx.Timeout(10, pool=0.5))
        release.set()
        bodies = [(await response.aread()).decode() for response in held]
        return [*bodies, quick.text]

    try:
        assert driver.run(scenario()) == ["slow"] * 4 + ["fast"]
    finally:
        release.set()
        driver.close()
