"""Fixtures of the fake-Ollama suite: one FakeOllama for the module's tests that only script and read."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from hiramu.testing import FakeOllama


@pytest.fixture
def fake(fake_ollama_session: FakeOllama) -> FakeOllama:
    """The session's fake, back in its start-up state (cheaper than a new server per test)."""
    fake_ollama_session.reset()
    return fake_ollama_session


@pytest.fixture
def http(fake: FakeOllama) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=fake.url, timeout=30) as c:
        yield c
