"""The integration suite: `hiramu.ollama.Client` / `AsyncClient` against a live server over sockets.

By default every test runs against the bundled Ollama-compatible server (`hiramu.testing`,
started on a free loopback port by the session fixture `ollama_server`). With `OLLAMA_HOST` set,
the same tests run against that server instead, e.g. a real Ollama:

    OLLAMA_HOST=127.0.0.1:11434 HIRAMU_TEST_MODEL=llama3.2 .venv/bin/pytest tests/integration

Environment variables:

`OLLAMA_HOST`
    The server to test (`host:port` or a URL). Unset: the bundled server.
`HIRAMU_TEST_MODEL`
    A local completion/chat model on that server. Bundled default: `tiny-llama`.
`HIRAMU_TEST_EMBED_MODEL`
    A local embedding model. Bundled default: `tiny-llama-embed`.
`HIRAMU_TEST_TOOLS_MODEL`
    A local model with the `tools` and `thinking` capabilities that calls a tool when asked to.
    Bundled default: `tiny-llama-think`, pulled from the offline catalogue when missing.

Against a server named by `OLLAMA_HOST`, a test whose model variable is unset is skipped with a
message naming the variable. Tests that need what only the bundled server has (fault injection,
the offline catalogue of `/api/pull`, the offline answers of the account and web routes, a
known start-up state) are skipped with a message saying so.

What the suite leaves on a real server: models it creates are named `hiramu-it-<random>` and
deleted at the end of each test; uploaded test blobs are a few kilobytes of random bytes (Ollama
removes unreferenced blobs when it starts).
"""

from __future__ import annotations

import contextlib
import os
import socket
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass

import httpx
import pytest
from hiramu.ollama import AsyncClient, Client, NotFoundError

from hiramu.testing import ServerHandle
from integration.support import FaultControl

BUNDLED_ONLY = "needs the bundled server ({what}); OLLAMA_HOST names another server"

# A generous read timeout: a real server may have to load a model first.
CLIENT_TIMEOUT = httpx.Timeout(connect=5.0, read=120.0, write=60.0, pool=10.0)


@dataclass(frozen=True)
class Target:
    """The server under test: its base URL and, when it is the bundled one, its handle."""

    url: str
    server: ServerHandle | None

    @property
    def bundled(self) -> bool:
        return self.server is not None


@pytest.fixture(autouse=True)
def _no_api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    # A developer's OLLAMA_API_KEY has no business in these requests.
    monkeypatch.delenv("OLLAMA_API_KEY", raising=False)


@pytest.fixture(scope="session")
def target(request: pytest.FixtureRequest, ollama_url: str) -> Target:
    if os.environ.get("OLLAMA_HOST"):
        return Target(ollama_url, None)
    server: ServerHandle = request.getfixturevalue("ollama_server")
    return Target(ollama_url, server)


@pytest.fixture(scope="package", autouse=True)
def _start_up_state(target: Target) -> None:
    # Other suites share the session's bundled server: start from its known state.
    if target.server is not None:
        target.server.reset()


def require_bundled(target: Target, what: str) -> ServerHandle:
    """The bundled server's handle, or a skip saying which bundled-only feature the test needs."""
    if target.server is None:
        pytest.skip(BUNDLED_ONLY.format(what=what))
    return target.server


@pytest.fixture
def bundled(target: Target) -> ServerHandle:
    """The bundled server (skips against OLLAMA_HOST)."""
    return require_bundled(target, "its state and control routes")


@pytest.fixture
def fresh(target: Target) -> ServerHandle:
    """The bundled server back in its start-up state (skips against OLLAMA_HOST)."""
    server = require_bundled(target, "its start-up state")
    server.reset()
    return server


@pytest.fixture(scope="session")
def _fault_control(target: Target) -> Iterator[FaultControl]:
    server = require_bundled(target, "fault injection")
    control = FaultControl(server.url)
    try:
        yield control
    finally:
        control.close()


@pytest.fixture
def faults(_fault_control: FaultControl) -> Iterator[FaultControl]:
    """Fault injection on the bundled server; registered faults are cleared before and after."""
    _fault_control.clear()
    yield _fault_control
    _fault_control.clear()


def _model_from_env(target: Target, variable: str, default: str) -> str:
    name = os.environ.get(variable)
    if name:
        return name
    if target.bundled:
        return default
    pytest.skip(f"set {variable} to a model on the server at OLLAMA_HOST to run this test")


@pytest.fixture
def model(target: Target) -> str:
    """A completion/chat model (`HIRAMU_TEST_MODEL`, bundled: tiny-llama)."""
    return _model_from_env(target, "HIRAMU_TEST_MODEL", "tiny-llama")


@pytest.fixture
def embed_model(target: Target) -> str:
    """An embedding model (`HIRAMU_TEST_EMBED_MODEL`, bundled: tiny-llama-embed)."""
    return _model_from_env(target, "HIRAMU_TEST_EMBED_MODEL", "tiny-llama-embed")


@pytest.fixture
def tools_model(target: Target, client: Client) -> str:
    """A model with tools and thinking (`HIRAMU_TEST_TOOLS_MODEL`, bundled: tiny-llama-think)."""
    name = _model_from_env(target, "HIRAMU_TEST_TOOLS_MODEL", "tiny-llama-think")
    if target.bundled and "HIRAMU_TEST_TOOLS_MODEL" not in os.environ:
        try:
            client.show(name)
        except NotFoundError:
            assert client.pull(name).status == "success"
    return name


@pytest.fixture(scope="session")
def client(target: Target) -> Iterator[Client]:
    """One client for the session (building an httpx client costs tens of milliseconds)."""
    with Client(target.url, api_key="", timeout=CLIENT_TIMEOUT) as c:
        yield c


@pytest.fixture
async def aclient(target: Target) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(target.url, api_key="", timeout=CLIENT_TIMEOUT) as c:
        yield c


@pytest.fixture
def scratch_names(client: Client) -> Iterator[Callable[[], str]]:
    """Makes fresh model names (`hiramu-it-<random>`); those still present afterwards are deleted."""
    made: list[str] = []

    def make() -> str:
        name = f"hiramu-it-{uuid.uuid4().hex[:10]}"
        made.append(name)
        return name

    yield make
    for name in made:
        with contextlib.suppress(NotFoundError):
            client.delete(name)


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
