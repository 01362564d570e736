"""A pytest plugin that puts the fast transports under every httpx client built without a transport.

    .venv/bin/pytest -p transport.plugin tests/integration

With it, hiramu's clients (and the suite's own helpers) built with defaults send over
`FastTransport` / `AsyncFastTransport`, so the integration suite checks the transports against
the bundled server. Setting `HIRAMU_TEST_TRANSPORT=default` leaves httpx's transport in place.
Clients configured with a proxy keep httpx's own transport.
"""

from __future__ import annotations

import os
from typing import Any

import httpx
import pytest

_PATCHED = ("HTTPTransport", "AsyncHTTPTransport")
_saved: dict[str, Any] = {}


def _fast_sync(**options: Any) -> httpx.BaseTransport:
    from hiramu.ollama._transport import FastTransport

    if options.get("proxy") is not None:
        return httpx.HTTPTransport(**options)
    return FastTransport()


def _fast_async(**options: Any) -> httpx.AsyncBaseTransport:
    from hiramu.ollama._transport import AsyncFastTransport

    if options.get("proxy") is not None:
        return httpx.AsyncHTTPTransport(**options)
    return AsyncFastTransport()


def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get("HIRAMU_TEST_TRANSPORT", "fast") != "fast":
        return
    module = httpx._client
    for name, factory in zip(_PATCHED, (_fast_sync, _fast_async), strict=True):
        _saved[name] = getattr(module, name)
        setattr(module, name, factory)


def pytest_unconfigure(config: pytest.Config) -> None:
    module = httpx._client
    for name, original in _saved.items():
        setattr(module, name, original)
    _saved.clear()


def pytest_report_header(config: pytest.Config) -> str:
    return "transport: hiramu FastTransport / AsyncFastTransport" if _saved else "transport: httpx default"
