from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from hiramu.ollama import AsyncClient, Client

from hiramu.testing import ServerHandle


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    # A developer's own OLLAMA_HOST must not redirect these tests to another server.
    monkeypatch.delenv("OLLAMA_HOST", raising=False)
    monkeypatch.delenv("OLLAMA_API_KEY", raising=False)


@pytest.fixture
def client(fresh_server: ServerHandle) -> Iterator[Client]:
    with Client(fresh_server.url) as running:
        yield running


@pytest.fixture
async def aclient(fresh_server: ServerHandle) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(fresh_server.url) as running:
        yield running
