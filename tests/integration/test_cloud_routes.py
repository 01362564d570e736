"""Account and web routes, and `:cloud` models: the bundled server's offline answers as typed errors.

An offline Ollama cannot reach ollama.com: `/api/me` answers 503, sign-out 500, the web proxies
and cloud models 502 with Go's dial error; with cloud disabled they answer 403. A real server's
answers depend on its network and sign-in, so these tests need the bundled server.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hiramu.ollama import (
    AsyncClient,
    AuthenticationError,
    Client,
    PermissionDeniedError,
    ServerError,
    ServiceUnavailableError,
)

from hiramu.testing import ServerHandle
from integration.conftest import Target, require_bundled

DIAL_ERROR = "dial tcp: lookup ollama.com"


@pytest.fixture
def bundled(target: Target) -> ServerHandle:
    return require_bundled(target, "the offline answers of the account and web routes")


@pytest.fixture
def offline(bundled: ServerHandle, monkeypatch: pytest.MonkeyPatch) -> ServerHandle:
    """The bundled server with cloud features enabled (they fail offline)."""
    monkeypatch.setattr(bundled.state, "cloud_disabled", False)
    return bundled


@pytest.fixture
def target_quick(bundled: ServerHandle) -> Iterator[Client]:
    """A client of the bundled server that does not retry."""
    with Client(bundled.url, max_retries=0) as client:
        yield client


def test_whoami_is_unavailable(client: Client, offline: ServerHandle, retry_waits: list[float]) -> None:
    with pytest.raises(ServiceUnavailableError) as caught:
        client.whoami()
    assert (caught.value.status_code, caught.value.error) == (503, "account unavailable")
    # 503 is retried before it is raised.
    assert len(retry_waits) == client.max_retries == 2


def test_signout_fails(client: Client, offline: ServerHandle) -> None:
    with pytest.raises(ServerError) as caught:
        client.signout()
    assert (caught.value.status_code, caught.value.error) == (500, "there was an error signing out")
    with pytest.raises(ServerError) as caught:
        client.delete_user_key("c3NoLWVkMjU1MTkgQUFBQQ")
    assert (caught.value.status_code, caught.value.error) == (500, "there was an error signing out")


def test_web_search_and_fetch_cannot_reach_ollama_com(
    client: Client, offline: ServerHandle, retry_waits: list[float]
) -> None:
    with pytest.raises(ServerError) as caught:
        client.web_search("what is ollama", max_results=3)
    assert caught.value.status_code == 502
    assert "https://ollama.com:443/api/web_search" in caught.value.error
    assert DIAL_ERROR in caught.value.error
    with pytest.raises(ServerError) as caught:
        client.web_fetch("https://ollama.com")
    assert caught.value.status_code == 502
    assert "https://ollama.com:443/api/web_fetch" in caught.value.error
    # 502 is retried: twice per call.
    assert len(retry_waits) == 4


def test_cloud_model_cannot_reach_ollama_com(target_quick: Client, offline: ServerHandle) -> None:
    with pytest.raises(ServerError) as caught:
        target_quick.generate("gpt-oss:120b-cloud", prompt="Hi")
    assert caught.value.status_code == 502
    assert DIAL_ERROR in caught.value.error


def test_cloud_disabled_is_permission_denied(
    target_quick: Client, bundled: ServerHandle, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundled.state, "cloud_disabled", True)
    status = target_quick.status()
    assert (status.cloud.disabled, status.cloud.source) == (True, "env")
    with pytest.raises(PermissionDeniedError) as caught:
        target_quick.web_search("anything")
    assert caught.value.status_code == 403
    assert caught.value.error == "ollama cloud is disabled: web search is unavailable"
    with pytest.raises(PermissionDeniedError) as caught:
        target_quick.web_fetch("https://example.com")
    assert caught.value.error == "ollama cloud is disabled: web fetch is unavailable"


def test_unauthorized_is_an_authentication_error(target_quick: Client, offline: ServerHandle) -> None:
    # The bundled server is never signed in but does not model the 401 sign-in body; inject it.
    with pytest.raises(AuthenticationError) as caught:
        target_quick.whoami(extra_headers={"X-Local-Ollama-Fault": "status=401; message=unauthorized"})
    assert (caught.value.status_code, caught.value.error) == (401, "unauthorized")
    assert caught.value.signin_url is None


async def test_account_and_web_routes_async(offline: ServerHandle) -> None:
    async with AsyncClient(offline.url, max_retries=0) as client:
        with pytest.raises(ServiceUnavailableError):
            await client.whoami()
        with pytest.raises(ServerError) as caught:
            await client.signout()
        assert caught.value.status_code == 500
        with pytest.raises(ServerError) as caught:
            await client.delete_user_key("key")
        assert caught.value.status_code == 500
        with pytest.raises(ServerError) as caught:
            await client.web_search("ollama")
        assert caught.value.status_code == 502
        with pytest.raises(ServerError) as caught:
            await client.web_fetch("https://ollama.com")
        assert caught.value.status_code == 502
        assert DIAL_ERROR in caught.value.error
