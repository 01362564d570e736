"""Every error status maps to the same class through `request` and `stream`, sync and async."""

from __future__ import annotations

import json

import httpx
import pytest
from hiramu.ollama._base_client import AsyncAPIClient, SyncAPIClient
from hiramu.ollama._collect import merge_progress
from hiramu.ollama._exceptions import (
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseError,
    ServerError,
    ServiceUnavailableError,
)

from runtime.scripted_server import Reply, ScriptedServer
from runtime.support import Chunk

CLASSES: dict[int, type[ResponseError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: ResponseError,
    429: RateLimitError,
    499: ResponseError,
    500: ServerError,
    502: ServerError,
    503: ServiceUnavailableError,
    504: ServerError,
}
SIGNIN = "https://ollama.com/connect?name=box&key=abc"


def error_reply(status: int, kind: str) -> tuple[Reply, str]:
    if kind == "text":
        message = f"{status} page says no"
        return Reply(status, (message + "\n").encode(), content_type="text/plain"), message
    message = f'failure {status}: model "x" not found, try pulling it first'
    body: dict[str, str] = {"error": message}
    if status == 401:
        body["signin_url"] = SIGNIN
    # Ollama's streaming helpers answer pre-stream errors as application/json without charset.
    return Reply(status, json.dumps(body).encode(), content_type="application/json"), message


def check(error: ResponseError, status: int, kind: str, message: str) -> None:
    assert type(error) is CLASSES[status]
    assert error.status_code == status
    assert error.error == message
    assert str(error) == f"{message} (status code: {status})"
    assert error.response is not None and error.response.status_code == status
    if kind == "json":
        assert isinstance(error.body, dict) and error.body["error"] == message
        if status == 401:
            assert isinstance(error, AuthenticationError) and error.signin_url == SIGNIN
    else:
        assert error.body == message + "\n"


CASES = [(status, kind) for status in CLASSES for kind in ("json", "text")]


@pytest.mark.parametrize(("status", "kind"), CASES)
def test_sync_request(server: ScriptedServer, status: int, kind: str) -> None:
    reply, message = error_reply(status, kind)
    server.script(reply)
    with SyncAPIClient(server.url, max_retries=0) as client, pytest.raises(ResponseError) as caught:
        client.request("POST", "/api/show", json={"model": "x"})
    check(caught.value, status, kind, message)
    assert server.hits == 1


@pytest.mark.parametrize(("status", "kind"), CASES)
def test_sync_stream(server: ScriptedServer, status: int, kind: str) -> None:
    reply, message = error_reply(status, kind)
    server.script(reply)
    with SyncAPIClient(server.url, max_retries=0) as client, pytest.raises(ResponseError) as caught:
        client.stream("POST", "/api/pull", json={"model": "x"}, parse=Chunk.from_dict, merge=merge_progress)
    check(caught.value, status, kind, message)
    assert caught.value.response is not None and caught.value.response.is_closed


@pytest.mark.parametrize(("status", "kind"), CASES)
async def test_async_request(server: ScriptedServer, status: int, kind: str) -> None:
    reply, message = error_reply(status, kind)
    server.script(reply)
    async with AsyncAPIClient(server.url, max_retries=0) as client:
        with pytest.raises(ResponseError) as caught:
            await client.request("POST", "/api/show", json={"model": "x"})
    check(caught.value, status, kind, message)


@pytest.mark.parametrize(("status", "kind"), CASES)
async def test_async_stream(server: ScriptedServer, status: int, kind: str) -> None:
    reply, message = error_reply(status, kind)
    server.script(reply)
    async with AsyncAPIClient(server.url, max_retries=0) as client:
        with pytest.raises(ResponseError) as caught:
            await client.stream(
                "POST", "/api/pull", json={"model": "x"}, parse=Chunk.from_dict, merge=merge_progress
            )
    check(caught.value, status, kind, message)
    assert caught.value.response is not None and caught.value.response.is_closed


def test_head_without_body_uses_the_reason_phrase(server: ScriptedServer) -> None:
    server.script(Reply(404, b"", content_type="application/json; charset=utf-8"))
    with SyncAPIClient(server.url) as client, pytest.raises(NotFoundError) as caught:
        client.request("HEAD", "/api/blobs/sha256:" + "0" * 64)
    assert caught.value.error == "Not Found"
    assert server.requests[0].method == "HEAD"


def test_redirect_status_is_an_error_for_streams_only(server: ScriptedServer) -> None:
    http = httpx.Client(follow_redirects=False)
    with SyncAPIClient(server.url, http_client=http) as client:
        server.script(Reply(301, b"", headers=[("Location", "/elsewhere")]))
        assert client.request("GET", "/api/tags/").status_code == 301
        server.script(Reply(307, b"", headers=[("Location", "/elsewhere")]))
        with pytest.raises(ResponseError) as caught:
            client.stream("POST", "/api/pull/", json={}, parse=Chunk.from_dict, merge=merge_progress)
        assert caught.value.status_code == 307
    http.close()
