"""SyncAPIClient / AsyncAPIClient configuration: host, auth scope, headers, injected clients, lifecycle."""

from __future__ import annotations

import ast
import base64
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from hiramu.ollama._auth import HostScopedAuth
from hiramu.ollama._base_client import DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from hiramu.ollama._collect import merge_progress
from hiramu.ollama._exceptions import InvalidHostError
from hiramu.ollama._host import parse_host
from paths import REPO_ROOT

from runtime.scripted_server import Reply, ScriptedServer
from runtime.support import Chunk

OK = Reply(200, b'{"status":"success"}')


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


@pytest.fixture
def other_server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as running:
        yield running


def redirect_to(url: str) -> Reply:
    return Reply(307, b"", content_type=None, headers=[("Location", url)])


def test_api_key_goes_to_the_configured_host(server: ScriptedServer) -> None:
    server.script(OK, OK)
    with SyncAPIClient(server.url, api_key="secret") as client:
        client.request("GET", "/api/tags")
        client.stream("POST", "/api/pull", json={}, parse=Chunk.from_dict, merge=merge_progress).close()
    assert [seen.headers.get("authorization") for seen in server.requests] == ["Bearer secret"] * 2


def test_environment_key_is_read_at_construction(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OLLAMA_API_KEY", "from-env")
    client = SyncAPIClient(server.url)
    monkeypatch.setenv("OLLAMA_API_KEY", "changed-later")
    later = SyncAPIClient(server.url, api_key="")  # an empty key turns the environment key off
    server.script(OK, OK)
    with client, later:
        client.request("GET", "/api/tags")
        later.request("GET", "/api/tags")
    assert server.requests[0].headers["authorization"] == "Bearer from-env"
    assert "authorization" not in server.requests[1].headers


def test_no_credentials_no_header(server: ScriptedServer) -> None:
    server.script(OK)
    with SyncAPIClient(server.url) as client:
        client.request("GET", "/api/tags")
    assert "authorization" not in server.requests[0].headers


@pytest.mark.parametrize("credentials", ["api_key", "userinfo"])
def test_credentials_are_not_forwarded_to_another_port(
    server: ScriptedServer, other_server: ScriptedServer, credentials: str
) -> None:
    server.script(redirect_to(f"{other_server.url}/api/tags"))
    other_server.script(OK)
    if credentials == "api_key":
        client, expected = SyncAPIClient(server.url, api_key="secret"), "Bearer secret"
    else:
        client, expected = SyncAPIClient(f"http://me:pw@127.0.0.1:{server.port}"), basic("me", "pw")
    with client:
        response = client.request("GET", "/api/tags")
    assert response.json() == {"status": "success"}
    assert server.requests[0].headers["authorization"] == expected
    assert "authorization" not in other_server.requests[0].headers


def test_credentials_are_not_forwarded_to_another_loopback_host(server: ScriptedServer) -> None:
    try:
        elsewhere = ScriptedServer(address="127.0.0.2")
    except OSError:
        pytest.skip("127.0.0.2 is not a loopback address here")
    with elsewhere:
        server.script(redirect_to(f"http://127.0.0.2:{elsewhere.port}/api/ps"))
        elsewhere.script(OK)
        with SyncAPIClient(server.url, api_key="secret") as client:
            client.request("GET", "/api/ps")
        assert "authorization" not in elsewhere.requests[0].headers


def test_same_origin_redirect_keeps_credentials(server: ScriptedServer) -> None:
    server.script(redirect_to("/api/tags"), OK)
    with SyncAPIClient(server.url, api_key="secret") as client:
        client.request("GET", "/api/tags/")
    assert [seen.path for seen in server.requests] == ["/api/tags/", "/api/tags"]
    assert all(seen.headers["authorization"] == "Bearer secret" for seen in server.requests)


async def test_async_credentials_scope(server: ScriptedServer, other_server: ScriptedServer) -> None:
    server.script(OK, redirect_to(f"{other_server.url}/x"))
    other_server.script(OK)
    async with AsyncAPIClient(server.url, api_key="k") as client:
        await client.request("GET", "/api/tags")
        await client.request("GET", "/api/tags")
    assert [seen.headers.get("authorization") for seen in server.requests] == ["Bearer k", "Bearer k"]
    assert "authorization" not in other_server.requests[0].headers


def test_credential_precedence(server: ScriptedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OLLAMA_API_KEY", "env")
    userinfo = f"http://u:p@127.0.0.1:{server.port}"
    clients = [
        SyncAPIClient(userinfo, api_key="explicit"),  # explicit key first
        SyncAPIClient(userinfo),  # then credentials in the host string
        SyncAPIClient(server.url),  # then OLLAMA_API_KEY
    ]
    server.script(OK, OK, OK)
    for client in clients:
        with client:
            client.request("GET", "/")
    assert [seen.headers["authorization"] for seen in server.requests] == [
        "Bearer explicit",
        basic("u", "p"),
        "Bearer env",
    ]


def test_scoped_auth_checks_scheme_host_and_port() -> None:
    auth = HostScopedAuth(parse_host("https://Example.com/base"), "Bearer t")

    def header(url: str, **headers: str) -> str | None:
        request = httpx.Request("GET", url, headers=headers)
        value: str | None = next(auth.auth_flow(request)).headers.get("authorization")
        return value

    assert header("https://example.com/base/api/tags") == "Bearer t"
    assert header("https://EXAMPLE.com:443/api/tags") == "Bearer t"
    assert header("http://example.com/api/tags") is None
    assert header("https://example.com:8443/api/tags") is None
    assert header("https://ollama.example.com/api/tags") is None
    assert header("https://example.com/api/tags", authorization="Custom x") == "Custom x"


def test_user_agent_and_headers(server: ScriptedServer) -> None:
    server.script(OK, OK, OK)
    with SyncAPIClient(server.url, headers={"X-Team": "a", "x-other": "b"}) as client:
        client.request("GET", "/api/tags")
        client.request("GET", "/api/tags", extra_headers={"x-team": "override", "X-Call": "1"})
        client.request(
            "GET", "/api/tags", extra_headers={"User-Agent": "mine/1", "Authorization": "Custom c"}
        )
    first, second, third = (seen.headers for seen in server.requests)
    assert re.fullmatch(r"hiramu/\S+ \(python 3\.\d+\)", first["user-agent"])
    assert (first["x-team"], first["x-other"]) == ("a", "b")
    assert "x-call" not in first
    assert (second["x-team"], second["x-call"], second["x-other"]) == ("override", "1", "b")
    assert third["user-agent"] == "mine/1" and third["authorization"] == "Custom c"
    assert "x-call" not in third


def test_headers_can_replace_the_user_agent(server: ScriptedServer) -> None:
    server.script(OK)
    with SyncAPIClient(server.url, headers={"user-agent": "app/2"}) as client:
        client.request("GET", "/")
    assert server.requests[0].headers["user-agent"] == "app/2"


def test_json_and_bodies(server: ScriptedServer) -> None:
    server.script(OK, OK, OK)
    with SyncAPIClient(server.url) as client:
        client.request("GET", "api/version")
        client.request("POST", "/api/show", json={"model": "ü", "verbose": True})
        client.request("POST", "/api/blobs/sha256:" + "e" * 64, content=b"\x00\x01")
    plain, with_json, raw = server.requests
    assert (plain.path, plain.body, "content-type" in plain.headers) == ("/api/version", b"", False)
    assert with_json.headers["content-type"] == "application/json"
    assert with_json.body == '{"model":"ü","verbose":true}'.encode()
    assert raw.body == b"\x00\x01"


def test_async_iterable_body_needs_the_async_client(server: ScriptedServer) -> None:
    async def parts() -> AsyncIterator[bytes]:
        yield b"x"

    with SyncAPIClient(server.url) as client, pytest.raises(TypeError, match="async"):
        client.request("POST", "/api/blobs/x", content=parts())


def test_base_path_from_the_host(server: ScriptedServer) -> None:
    server.script(OK)
    with SyncAPIClient(server.url + "/ollama/") as client:
        assert client.base_url == server.url + "/ollama"
        client.request("GET", "/api/tags")
    assert server.requests[0].path == "/ollama/api/tags"


def test_host_from_the_environment(server: ScriptedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OLLAMA_HOST", f"0.0.0.0:{server.port}")
    server.script(OK)
    with SyncAPIClient() as client:
        assert client.base_url == server.url
        client.request("GET", "/")
    assert server.hits == 1
    monkeypatch.setenv("OLLAMA_HOST", "ftp://nowhere")
    with pytest.raises(InvalidHostError, match="OLLAMA_HOST"):
        SyncAPIClient()
    with pytest.raises(InvalidHostError):
        AsyncAPIClient("http://")


def test_properties() -> None:
    client = SyncAPIClient("example.com", max_retries=5, timeout=3)
    assert (client.base_url, client.max_retries, client.timeout) == (
        "http://example.com:11434",
        5,
        httpx.Timeout(3),
    )
    assert repr(client) == "<SyncAPIClient http://example.com:11434>"
    assert SyncAPIClient().base_url == "http://127.0.0.1:11434"
    client.close()


def test_injected_client_is_used_and_left_open(server: ScriptedServer) -> None:
    seen: list[str] = []
    http = httpx.Client(
        headers={"X-Injected": "yes"},
        timeout=httpx.Timeout(42.0),
        event_hooks={"request": [lambda request: seen.append(str(request.url))]},
    )
    server.script(OK, OK)
    with SyncAPIClient(server.url, http_client=http) as client:
        assert client.http_client is http
        assert client.timeout == httpx.Timeout(42.0)  # the injected client's own timeout is kept
        client.request("GET", "/api/tags")
    assert not http.is_closed
    assert seen == [server.url + "/api/tags"]
    assert server.requests[0].headers["x-injected"] == "yes"
    assert server.requests[0].headers["user-agent"].startswith("hiramu/")
    explicit = SyncAPIClient(server.url, http_client=http, timeout=7)
    assert explicit.timeout == httpx.Timeout(7)
    explicit.request("GET", "/api/tags")
    explicit.close()
    assert not http.is_closed
    http.close()


async def test_injected_async_client(server: ScriptedServer) -> None:
    http = httpx.AsyncClient(headers={"X-Injected": "async"})
    server.script(OK)
    async with AsyncAPIClient(server.url, http_client=http) as client:
        assert client.http_client is http
        assert client.timeout == http.timeout
        await client.request("GET", "/")
    assert not http.is_closed and server.requests[0].headers["x-injected"] == "async"
    await http.aclose()


def test_close(server: ScriptedServer) -> None:
    server.script(OK)
    client = SyncAPIClient(server.url)
    client.request("GET", "/")
    http = client.http_client
    client.close()
    client.close()
    assert http.is_closed
    with pytest.raises(RuntimeError, match="closed"):
        client.request("GET", "/")
    never_used = SyncAPIClient(server.url)
    never_used.close()  # nothing was built, nothing to close


async def test_async_close(server: ScriptedServer) -> None:
    server.script(OK)
    async with AsyncAPIClient(server.url) as client:
        await client.request("GET", "/")
        http = client.http_client
    assert http.is_closed
    await client.close()
    await client.aclose()
    with pytest.raises(RuntimeError, match="closed"):
        await client.stream("POST", "/x", json={}, parse=Chunk.from_dict, merge=merge_progress)


def test_default_timeout_is_used_by_the_built_client() -> None:
    with SyncAPIClient() as client:
        assert client.http_client.timeout == DEFAULT_TIMEOUT
        assert client.http_client.follow_redirects


def test_importing_the_runtime_reads_nothing_and_stays_light(tmp_path: Path) -> None:
    package = tmp_path / "hiramu" / "ollama"
    package.mkdir(parents=True)
    (tmp_path / "hiramu" / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    names = ["_base_client", "_collect", "_exceptions", "_host", "_ndjson", "_streaming", "_types"]
    for name in names:
        (package / f"{name}.py").write_text((REPO_ROOT / "generator" / "runtime" / f"{name}.py").read_text())
    script = textwrap.dedent(
        f"""
        import sys
        import attrs, httpx  # the allowed dependencies; measure what the runtime adds to them
        before = set(sys.modules)
        for name in {names!r}:
            __import__("hiramu.ollama." + name)
        print(sorted(set(sys.modules) - before))
        """
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "OLLAMA_HOST": "ftp://not-read-at-import"}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    added = set(ast.literal_eval(result.stdout))
    assert added - {f"hiramu.ollama.{name}" for name in names} - {"hiramu", "hiramu.ollama"} == set()
