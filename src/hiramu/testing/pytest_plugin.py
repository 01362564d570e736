"""pytest fixtures for code that calls Ollama (registered through the ``pytest11`` entry point).

=========================  ========  ====================================================
fixture                    scope     what
=========================  ========  ====================================================
``fake_ollama``            function  a fresh ``FakeOllama``; ``OLLAMA_HOST`` points at it
``fake_ollama_session``    session   one ``FakeOllama`` for the run (``OLLAMA_HOST`` untouched)
``fake_ollama_url``        function  ``fake_ollama.url``
``ollama_client``          function  a ``hiramu.ollama.Client`` for ``fake_ollama``
``async_ollama_client``    function  a ``hiramu.ollama.AsyncClient`` (needs pytest-asyncio)
=========================  ========  ====================================================

This module is loaded by every pytest run where hiramu is installed, with or without the
``testing`` extra; so it imports the server (uvicorn, gguf, numpy) only when a fixture is used,
and adds nothing but these fixtures.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator
from importlib.util import find_spec
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from hiramu.ollama import AsyncClient, Client
    from hiramu.testing import FakeOllama


def _new_fake() -> FakeOllama:
    try:
        from hiramu.testing import FakeOllama
    except ImportError as e:  # the extra is missing
        raise pytest.UsageError(
            f"the fake Ollama needs hiramu's testing extra: pip install 'hiramu[testing]' ({e})"
        ) from None
    return FakeOllama()


@pytest.fixture(scope="session")
def fake_ollama_session() -> Iterator[FakeOllama]:
    """One fake Ollama for the whole run; call ``.reset()`` where a test needs the start-up state."""
    with _new_fake() as fake:
        yield fake


@pytest.fixture
def fake_ollama(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOllama]:
    """A fake Ollama of its own for this test, with ``OLLAMA_HOST`` set to it while the test runs,
    so code that reads ``OLLAMA_HOST`` (the official ``ollama`` package, hiramu's default client,
    your own) talks to it."""
    with _new_fake() as fake:
        monkeypatch.setenv("OLLAMA_HOST", fake.url)
        with _fresh_default_client():
            yield fake


@contextlib.contextmanager
def _fresh_default_client() -> Iterator[None]:
    """hiramu's module-level functions (``hiramu.ollama.chat``) use a client built from
    ``OLLAMA_HOST`` on first use and then kept; let the test build its own for this fake, and
    close it and put the previous one back afterwards."""
    import hiramu.ollama as api

    with api._default_lock:
        previous, api._default = api._default, None
    try:
        yield
    finally:
        with api._default_lock:
            built, api._default = api._default, previous
        if built is not None:
            built.close()


@pytest.fixture
def fake_ollama_url(fake_ollama: FakeOllama) -> str:
    """``http://127.0.0.1:PORT`` of this test's fake Ollama."""
    return fake_ollama.url


@pytest.fixture
def ollama_client(fake_ollama: FakeOllama) -> Iterator[Client]:
    """A ``hiramu.ollama.Client`` connected to this test's fake Ollama, closed afterwards."""
    with fake_ollama.client() as client:
        yield client


if find_spec("pytest_asyncio") is not None:
    import pytest_asyncio

    @pytest_asyncio.fixture
    async def async_ollama_client(fake_ollama: FakeOllama) -> AsyncIterator[AsyncClient]:
        """A ``hiramu.ollama.AsyncClient`` connected to this test's fake Ollama, closed afterwards."""
        async with fake_ollama.async_client() as client:
            yield client

else:

    @pytest.fixture(name="async_ollama_client")
    def _async_ollama_client_needs_pytest_asyncio() -> None:
        """Needs pytest-asyncio, which is not installed."""
        raise pytest.UsageError("async_ollama_client needs pytest-asyncio: pip install pytest-asyncio")
