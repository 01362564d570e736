"""Fixtures of the transport tests: a driver per transport (sync and async) and loopback servers."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator

import pytest

from transport.loopback import AsyncDriver, Driver, Handler, LoopbackServer, SyncDriver


@pytest.fixture(params=["sync", "async"])
def driver(request: pytest.FixtureRequest) -> Iterator[Driver]:
    """The sync and the async transport behind the same blocking interface."""
    made: Driver = SyncDriver() if request.param == "sync" else AsyncDriver()
    try:
        yield made
    finally:
        made.close()


@pytest.fixture
def serve() -> Iterator[Callable[[Handler], LoopbackServer]]:
    """Start loopback servers with a handler; all are closed (and their errors raised) afterwards."""
    servers: list[LoopbackServer] = []

    def start(handler: Handler) -> LoopbackServer:
        server = LoopbackServer(handler)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.fixture
def full_backlog_port() -> Iterator[int]:
    """A loopback port whose listener never accepts and whose backlog is full: connecting hangs."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port: int = listener.getsockname()[1]
    filler = socket.create_connection(("127.0.0.1", port), timeout=5)
    try:
        yield port
    finally:
        filler.close()
        listener.close()
