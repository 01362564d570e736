"""Fixtures for the bundled server's own tests: a client on a freshly reset server."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from hiramu.testing import ServerHandle


@pytest.fixture
def client(fresh_server: ServerHandle) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=fresh_server.url, timeout=30) as c:
        yield c
