from __future__ import annotations

from collections.abc import Iterator

import pytest

from runtime.scripted_server import ScriptedServer


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    # The developer's own OLLAMA_HOST / OLLAMA_API_KEY must not leak into the tests.
    monkeypatch.delenv("OLLAMA_HOST", raising=False)
    monkeypatch.delenv("OLLAMA_API_KEY", raising=False)


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as running:
        yield running
