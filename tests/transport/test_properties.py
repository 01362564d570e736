"""Any body, framed any way and split anywhere, arrives byte for byte."""

from __future__ import annotations

import itertools
import queue
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transport.loopback import (
    AsyncDriver,
    Driver,
    LoopbackServer,
    Peer,
    SyncDriver,
    chunked_response,
    response,
)

bodies = st.binary(max_size=3000)
extensions = st.sampled_from(["", ";a=b", ';name="quoted value";flag'])
trailers = st.lists(
    st.tuples(st.sampled_from(["X-A", "X-Trailer"]), st.text("abc123", max_size=5)), max_size=2
)


@st.composite
def chunkings(draw: st.DrawFn, body: bytes) -> list[bytes]:
    """`body` cut into chunks of drawn sizes."""
    cuts = sorted(draw(st.lists(st.integers(0, len(body)), max_size=20)))
    edges = [0, *cuts, len(body)]
    return [body[a:b] for a, b in itertools.pairwise(edges)]


@st.composite
def framed(draw: st.DrawFn) -> tuple[bytes, bytes]:
    """A body and a whole response carrying it."""
    body = draw(bodies)
    if draw(st.booleans()):
        return body, response(body)
    chunks = draw(chunkings(body))
    return body, chunked_response(chunks, extension=draw(extensions), trailers=draw(trailers))


def _pieces(data: st.DataObject, total: int) -> list[int]:
    return data.draw(st.lists(st.integers(1, max(1, total)), max_size=12))


class _Scripted:
    """A server that answers each request with the next scripted response, sent in given pieces."""

    def __init__(self) -> None:
        self.replies: queue.Queue[tuple[bytes, list[int]]] = queue.Queue()
        self.server = LoopbackServer(self._handle)

    def _handle(self, peer: Peer) -> None:
        while peer.read_request() is not None:
            whole, pieces = self.replies.get(timeout=10)
            peer.send_pieces(whole, pieces)


@pytest.fixture(scope="module")
def scripted() -> Iterator[_Scripted]:
    made = _Scripted()
    try:
        yield made
    finally:
        made.server.close()


@pytest.fixture(scope="module", params=["sync", "async"])
def shared_driver(request: pytest.FixtureRequest) -> Iterator[Driver]:
    made: Driver = SyncDriver() if request.param == "sync" else AsyncDriver()
    try:
        yield made
    finally:
        made.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_body_arrives_identical(data: st.DataObject, scripted: _Scripted, shared_driver: Driver) -> None:
    body, whole = data.draw(framed())
    scripted.replies.put((whole, _pieces(data, len(whole))))
    result = shared_driver.request("GET", scripted.server.url)
    assert result.body == body
