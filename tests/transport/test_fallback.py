"""URLs other than plain http go to the fallback transport, built on first use."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from hiramu.ollama._transport import AsyncFastTransport, FastTransport


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, text=f"fallback {request.url.scheme}")


def test_https_goes_to_the_fallback() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _answer(request)

    with httpx.Client(transport=FastTransport(fallback=httpx.MockTransport(handler))) as client:
        response = client.get("https://ollama.invalid/api/version")
    assert response.text == "fallback https"
    assert [str(r.url) for r in seen] == ["https://ollama.invalid/api/version"]


def test_async_https_goes_to_the_fallback() -> None:
    async def scenario() -> str:
        transport = AsyncFastTransport(fallback=httpx.MockTransport(_answer))
        async with httpx.AsyncClient(transport=transport) as client:
            response = await client.get("https://ollama.invalid/api/version")
        return response.text

    assert asyncio.run(scenario()) == "fallback https"


def test_default_fallback_is_httpx_built_lazily() -> None:
    transport = FastTransport()
    assert transport._fallback is None  # nothing built for plain http use
    assert isinstance(transport.fallback, httpx.HTTPTransport)
    assert transport.fallback is transport.fallback
    transport.close()
    asynchronous = AsyncFastTransport()
    assert asynchronous._fallback is None
    assert isinstance(asynchronous.fallback, httpx.AsyncHTTPTransport)
    asyncio.run(asynchronous.aclose())


def test_unsupported_scheme_reaches_the_default_fallback() -> None:
    # httpx's own transport rejects the scheme without touching the network.
    transport = FastTransport()
    with httpx.Client(transport=transport) as client, pytest.raises(httpx.UnsupportedProtocol) as caught:
        client.get("ftp://127.0.0.1/file")
    assert caught.value.request.url.scheme == "ftp"
    assert isinstance(transport._fallback, httpx.HTTPTransport)
