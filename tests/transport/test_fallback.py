"""URLs other than plain http go to httpx's own transport, built on first use."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from hiramu.ollama._aiohttp_transport import AiohttpTransport
from hiramu.ollama._urllib3_transport import Urllib3Transport


def test_fallback_is_httpx_built_lazily() -> None:
    transport = Urllib3Transport()
    assert transport._fallback is None  # nothing built for plain http use
    assert isinstance(transport.fallback, httpx.HTTPTransport)
    assert transport.fallback is transport.fallback
    transport.close()
    asynchronous = AiohttpTransport()
    assert asynchronous._fallback is None
    assert isinstance(asynchronous.fallback, httpx.AsyncHTTPTransport)
    asyncio.run(asynchronous.aclose())


def test_unsupported_scheme_reaches_the_fallback() -> None:
    # httpx's own transport rejects the scheme without touching the network.
    transport = Urllib3Transport()
    with httpx.Client(transport=transport) as client, pytest.raises(httpx.UnsupportedProtocol) as caught:
        client.get("ftp://127.0.0.1/file")
    assert caught.value.request.url.scheme == "ftp"
    assert isinstance(transport._fallback, httpx.HTTPTransport)


def test_async_unsupported_scheme_reaches_the_fallback() -> None:
    async def scenario() -> None:
        transport = AiohttpTransport()
        async with httpx.AsyncClient(transport=transport) as client:
            with pytest.raises(httpx.UnsupportedProtocol):
                await client.get("ftp://127.0.0.1/file")
        assert isinstance(transport._fallback, httpx.AsyncHTTPTransport)

    asyncio.run(scenario())
