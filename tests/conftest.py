"""Shared fixtures: the bundled Ollama-compatible server, or a real Ollama named by OLLAMA_HOST."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from hiramu.testing import ServerHandle, serve_in_thread


def normalize_host(value: str) -> str:
    """OLLAMA_HOST as a base URL, read the way Ollama reads it: ``http`` unless a scheme is given,
    port 11434 (80/443 with an explicit http/https scheme) unless one is given, ``:port`` = 127.0.0.1."""
    value = value.strip()
    scheme, sep, hostport = value.partition("://")
    default_port = "11434"
    if not sep:
        scheme, hostport = "http", value
    elif scheme == "http":
        default_port = "80"
    elif scheme == "https":
        default_port = "443"
    hostport, _, path = hostport.partition("/")
    host, port = hostport, ""
    if hostport.startswith("["):
        host, _, rest = hostport[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ""
        host = f"[{host}]"
    elif hostport.count(":") == 1:
        host, port = hostport.split(":")
    if not port.isdigit() or int(port) > 65535:
        port = default_port
    url = f"{scheme}://{host or '127.0.0.1'}:{port}"
    return f"{url}/{path}".rstrip("/") if path else url


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """After every run that ran the README tests: how many snippets ran, and which opted out and why.

    Here rather than in tests/docs/conftest.py: under pytest-xdist the main process reads only this
    conftest, and it sees the README tests through the reports its workers send back."""
    reports = (
        r
        for key, rs in terminalreporter.stats.items()
        if key != "deselected"
        for r in rs
        if hasattr(r, "nodeid")
    )
    if not any(r.nodeid.startswith("tests/docs/test_readme.py::") for r in reports):
        return
    from docs.test_readme import SNIPPETS

    ran = [s for s in SNIPPETS if s.opt_out is None]
    opted_out = [s for s in SNIPPETS if s.opt_out is not None]
    terminalreporter.write_sep("-", f"README.md: {len(ran)} python snippets run, {len(opted_out)} opted out")
    for snippet in opted_out:
        terminalreporter.write_line(f"  {snippet.id}: {snippet.opt_out}")


@pytest.fixture(scope="session")
def ollama_server() -> Iterator[ServerHandle]:
    """The bundled server on a free loopback port for the whole test run (``.url``, ``.host``, ``.reset()``)."""
    with serve_in_thread() as server:
        yield server


@pytest.fixture
def fresh_server(ollama_server: ServerHandle) -> ServerHandle:
    """The bundled server, back in its start-up state."""
    ollama_server.reset()
    return ollama_server


@pytest.fixture(scope="session")
def ollama_url(request: pytest.FixtureRequest) -> str:
    """OLLAMA_HOST when set (a real Ollama), else the bundled server's URL."""
    env = os.environ.get("OLLAMA_HOST")
    if env:
        return normalize_host(env)
    server: ServerHandle = request.getfixturevalue("ollama_server")
    return server.url


@pytest.fixture
def retry_waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the client's waits between retries instead of sleeping through them."""
    from hiramu.ollama import _base_client

    waits: list[float] = []

    def record(seconds: float) -> None:
        waits.append(seconds)

    async def record_async(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(_base_client, "sleep_for_retry", record)
    monkeypatch.setattr(_base_client, "async_sleep_for_retry", record_async)
    return waits
