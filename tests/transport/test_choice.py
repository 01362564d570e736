"""Which path a client the package builds takes, and how `transport_name` tells it."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from hiramu.ollama import AsyncClient, Client

from transport.plugin import _ENV


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in (_ENV, "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def _names(host: str) -> tuple[str, str]:
    with Client(host) as sync:
        sync_name = sync.transport_name

    async def async_name() -> str:
        async with AsyncClient(host) as client:
            return client.transport_name

    return sync_name, asyncio.run(async_name())


def test_http_hosts_take_the_fast_stack(clean_env: pytest.MonkeyPatch) -> None:
    assert _names("http://127.0.0.1:1") == ("urllib3", "aiohttp")


def test_https_keeps_httpx(clean_env: pytest.MonkeyPatch) -> None:
    assert _names("https://ollama.invalid") == ("httpx", "httpx")


def test_the_environment_variable_turns_it_off(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv(_ENV, "httpx")
    assert _names("http://127.0.0.1:1") == ("httpx", "httpx")


def test_an_environment_proxy_keeps_httpx(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("HTTP_PROXY", "http://127.0.0.1:3128")
    assert _names("http://127.0.0.1:1") == ("httpx", "httpx")
    clean_env.setenv("ALL_PROXY", "http://127.0.0.1:3128")
    clean_env.delenv("HTTP_PROXY")
    assert _names("http://127.0.0.1:1") == ("httpx", "httpx")


def test_no_proxy_exempts_the_host(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("HTTP_PROXY", "http://127.0.0.1:3128")
    clean_env.setenv("NO_PROXY", "localhost,127.0.0.1")
    assert _names("http://127.0.0.1:1") == ("urllib3", "aiohttp")


def test_your_own_transport_or_client_is_kept(clean_env: pytest.MonkeyPatch) -> None:
    mock = httpx.MockTransport(lambda request: httpx.Response(200))
    with Client("http://127.0.0.1:1", transport=mock) as client:
        assert client.transport_name == "custom"
    with httpx.Client() as http, Client("http://127.0.0.1:1", http_client=http) as client:
        assert client.transport_name == "httpx"
