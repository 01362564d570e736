"""Requests are built without `httpx.Client.build_request`, yet exactly as it builds them.

The engine reuses each path's parsed URL and the httpx client's headers merged with its own; these
tests hold it to what `build_request` gives for the same call (method, URL, headers in order,
body, timeout), and to every client setting httpx merges: headers changed after the first call,
cookies, query parameters, event hooks. Requests are captured in memory, where they are handed
to the transport.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import httpx
import pytest
from hiramu.ollama._base_client import AsyncAPIClient, SyncAPIClient
from hiramu.ollama._collect import merge_progress

from runtime.support import Chunk

BASE = "http://127.0.0.1:11434"


class Recorder(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Keeps every request it is handed and answers 200 with a one-line JSON body."""

    def __init__(self, headers: Mapping[str, str] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self._headers = dict(headers or {})

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        headers = {"Content-Type": "application/json", **self._headers}
        return httpx.Response(200, content=b'{"status":"success"}\n', headers=headers)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return self._answer(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return self._answer(request)


def expected(
    client: SyncAPIClient | AsyncAPIClient,
    http_client: httpx.Client | httpx.AsyncClient,
    method: str,
    path: str,
    *,
    json: object = None,
    content: bytes | None = None,
    extra_headers: Mapping[str, str] | None = None,
    timeout: httpx.Timeout | None = None,
) -> httpx.Request:
    """What `build_request` makes of the same call, with the engine's own headers."""
    headers = httpx.Headers(client._default_headers())
    if extra_headers:
        headers.update(extra_headers)
    return http_client.build_request(
        method,
        BASE + path,
        json=json,
        content=content,
        headers=headers,
        timeout=timeout or client.timeout,
    )


def same(sent: httpx.Request, built: httpx.Request) -> None:
    assert sent.method == built.method
    assert sent.url == built.url
    assert sent.headers.raw == built.headers.raw  # names, values and order
    assert sent.read() == built.read()
    assert sent.extensions == built.extensions


CALLS: list[tuple[str, str, dict[str, Any]]] = [
    ("GET", "/api/version", {}),
    ("HEAD", "/", {}),
    ("POST", "/api/show", {"json": {"model": "ü", "verbose": True, "options": {"x": [1, 2.5, None]}}}),
    ("POST", "/api/copy", {}),  # a POST without a body: Content-Length 0
    ("DELETE", "/api/delete", {"json": {"model": "m"}}),
    ("POST", "/api/blobs/sha256:" + "e" * 64, {"content": b"\x00\x01"}),
    ("POST", "/api/show", {"json": {"model": "m"}, "extra_headers": {"X-Call": "1", "user-agent": "mine/1"}}),
    ("POST", "/api/show", {"json": {"model": "m"}, "extra_headers": {"Content-Type": "text/x-mine"}}),
    ("GET", "/api/tags", {"timeout": httpx.Timeout(3.0, read=7.0)}),
]


@pytest.mark.parametrize(("method", "path", "options"), CALLS)
def test_sync_requests_are_what_build_request_builds(method: str, path: str, options: dict[str, Any]) -> None:
    recorder = Recorder()
    with SyncAPIClient(BASE, transport=recorder, headers={"X-Team": "a"}) as client:
        for _ in range(2):  # the second call reuses the parsed URL and the merged headers
            client.request(method, path, **options)
        built = expected(client, client.http_client, method, path, **options)
    assert len(recorder.requests) == 2
    for sent in recorder.requests:
        same(sent, built)


@pytest.mark.parametrize(("method", "path", "options"), CALLS)
async def test_async_requests_are_what_build_request_builds(
    method: str, path: str, options: dict[str, Any]
) -> None:
    recorder = Recorder()
    async with AsyncAPIClient(BASE, transport=recorder, api_key="k") as client:
        for _ in range(2):
            await client.request(method, path, **options)
        built = expected(client, client.http_client, method, path, **options)
    for sent in recorder.requests:
        assert sent.headers["authorization"] == "Bearer k"  # added by the auth flow, as before
        del sent.headers["authorization"]
        same(sent, built)


def test_stream_requests_are_what_build_request_builds() -> None:
    recorder = Recorder()
    with SyncAPIClient(BASE, transport=recorder) as client:
        client.stream(
            "POST", "/api/pull", json={"model": "m"}, parse=Chunk.from_dict, merge=merge_progress
        ).close()
        built = expected(client, client.http_client, "POST", "/api/pull", json={"model": "m"})
    same(recorder.requests[0], built)


def test_an_iterable_body_is_streamed_as_httpx_streams_it() -> None:
    recorder = Recorder()

    def parts() -> Iterable[bytes]:
        yield b"ab"
        yield b"c"

    with SyncAPIClient(BASE, transport=recorder) as client:
        client.request("POST", "/api/blobs/sha256:" + "0" * 64, content=parts())
    sent = recorder.requests[0]
    assert sent.headers["transfer-encoding"] == "chunked" and "content-length" not in sent.headers
    assert sent.read() == b"abc"


def test_headers_changed_on_the_http_client_are_sent_from_the_next_call() -> None:
    recorder = Recorder()
    http_client = httpx.Client(transport=recorder, headers={"X-Trace": "1"})
    with SyncAPIClient(BASE, http_client=http_client) as client:
        client.request("GET", "/api/tags")
        http_client.headers["X-Trace"] = "2"
        http_client.headers["X-New"] = "yes"
        client.request("GET", "/api/tags")
        http_client.headers = httpx.Headers({"X-Only": "this"})  # replaced, not changed
        client.request("GET", "/api/tags")
        built = expected(client, http_client, "GET", "/api/tags")
    first, second, third = (sent.headers for sent in recorder.requests)
    assert first["x-trace"] == "1" and "x-new" not in first
    assert (second["x-trace"], second["x-new"]) == ("2", "yes")
    assert "x-trace" not in third and third["x-only"] == "this"
    assert third.raw == built.headers.raw


def test_the_client_cookies_and_query_parameters_are_merged_as_httpx_merges_them() -> None:
    recorder = Recorder(headers={"Set-Cookie": "session=s2; Path=/"})
    http_client = httpx.Client(transport=recorder, cookies={"team": "a"}, params={"tenant": "t1"})
    with SyncAPIClient(BASE, http_client=http_client) as client:
        client.request("POST", "/api/show", json={"model": "m"})
        client.request("POST", "/api/show", json={"model": "m"})
        built = expected(client, http_client, "POST", "/api/show", json={"model": "m"})
    first, second = recorder.requests
    assert first.url.params["tenant"] == "t1"
    assert first.headers["cookie"] == "team=a"
    # The cookie the first answer set is sent back, as httpx does for its own requests.
    assert sorted(second.headers["cookie"].split("; ")) == ["session=s2", "team=a"]
    same(second, built)


def test_a_cookie_set_by_the_server_is_sent_back_by_an_owned_client() -> None:
    recorder = Recorder(headers={"Set-Cookie": "route=r1; Path=/"})
    with SyncAPIClient(BASE, transport=recorder) as client:
        client.request("GET", "/api/version")
        client.request("GET", "/api/version")
    first, second = recorder.requests
    assert "cookie" not in first.headers
    assert second.headers["cookie"] == "route=r1"


def test_event_hooks_of_the_http_client_see_every_request() -> None:
    recorder = Recorder()
    seen: list[str] = []

    def on_request(request: httpx.Request) -> None:
        seen.append(f"{request.method} {request.url.path}")
        request.headers["X-Hooked"] = "1"

    http_client = httpx.Client(transport=recorder, event_hooks={"request": [on_request]})
    with SyncAPIClient(BASE, http_client=http_client) as client:
        client.request("GET", "/api/version")
        client.request("POST", "/api/show", json={"model": "m"})
    assert seen == ["GET /api/version", "POST /api/show"]
    assert [sent.headers["x-hooked"] for sent in recorder.requests] == ["1", "1"]
    # A hook changing one request's headers leaves the next request's untouched.
    assert "x-hooked" not in expected(client, http_client, "GET", "/api/version").headers


def test_parsed_urls_are_kept_for_a_bounded_number_of_paths() -> None:
    recorder = Recorder()
    with SyncAPIClient(BASE + "/base", transport=recorder) as client:
        for number in range(600):
            client.request("HEAD", f"/api/blobs/sha256:{number:064x}")
        assert len(client._urls) <= 256
        client.request("GET", "api/version")  # a path without its slash
    assert str(recorder.requests[5].url) == f"{BASE}/base/api/blobs/sha256:{5:064x}"
    assert str(recorder.requests[-1].url) == f"{BASE}/base/api/version"


def test_a_closed_client_builds_no_http_client() -> None:
    client = SyncAPIClient(BASE, transport=Recorder())
    client.close()
    with pytest.raises(RuntimeError, match="closed"):
        client.request("GET", "/api/version")
    assert client._client is None
