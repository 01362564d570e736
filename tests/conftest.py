"""Shared fixtures: the bundled Ollama-compatible server, or a real Ollama named by OLLAMA_HOST."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from local_ollama import ServerHandle, serve_in_thread
from paths import MODELS_DIR


def normalize_host(value: str) -> str:
    """OLLAMA_HOST as a base URL: ``host:port`` or ``:port`` gain ``http://``; a trailing ``/`` is dropped."""
    value = value.strip().rstrip("/")
    if "://" not in value:
        if value.startswith(":"):
            value = "127.0.0.1" + value
        value = "http://" + value
    return value


@pytest.fixture(scope="session")
def ollama_server() -> Iterator[ServerHandle]:
    """The bundled server on a free loopback port for the whole test run (``.url``, ``.host``, ``.reset()``)."""
    with serve_in_thread(models_dir=MODELS_DIR if MODELS_DIR.is_dir() else None) as server:
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
