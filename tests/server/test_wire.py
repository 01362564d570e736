"""The wire format: Go's JSON decoding and encoding, gin's router and middlewares, chunked streams."""

from __future__ import annotations

import json
import socket
from typing import Any

import httpx
import pytest

from hiramu.testing import ServerHandle


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        (b"", 400, "missing request body"),
        (b"   \n", 400, "missing request body"),
        (b'{"model": "tiny-llama", "prompt": ', 400, "unexpected EOF"),
        (b"{x", 400, "invalid character 'x' looking for beginning of object key string"),
        (b'{"model" "a"}', 400, "invalid character '\"' after object key"),
        (b'{"model": "a",}', 400, "invalid character '}' looking for beginning of object key string"),
        (b"nope", 400, "invalid character 'o' in literal null (expecting 'u')"),
        (b"@", 400, "invalid character '@' looking for beginning of value"),
        (b"[1]", 400, "json: cannot unmarshal array into Go value of type api.GenerateRequest"),
        (b'"text"', 400, "json: cannot unmarshal string into Go value of type api.GenerateRequest"),
        (
            b'{"model": "tiny-llama", "prompt": 42}',
            400,
            "json: cannot unmarshal number into Go struct field GenerateRequest.prompt of type string",
        ),
        (
            b'{"model": "tiny-llama", "raw": "yes"}',
            400,
            "json: cannot unmarshal string into Go struct field GenerateRequest.raw of type bool",
        ),
        (
            b'{"model": "tiny-llama", "top_logprobs": 1.5}',
            400,
            "json: cannot unmarshal number 1.5 into Go struct field GenerateRequest.top_logprobs of type int",
        ),
        (
            b'{"model": "tiny-llama", "context": [1, "a"]}',
            400,
            "json: cannot unmarshal string into Go struct field GenerateRequest.context.1 of type int",
        ),
        (b'{"model": "tiny-llama", "keep_alive": true}', 400, "Unsupported type: 'bool'"),
        (b'{"model": "tiny-llama", "keep_alive": "5x"}', 400, 'time: unknown unit "x" in duration "5x"'),
        (
            b'{"model": "tiny-llama", "think": 1}',
            400,
            'think must be a boolean or string ("high", "medium", "low", "max", true, or false)',
        ),
        (b'{"model": "tiny-llama", "top_logprobs": 25}', 400, "top_logprobs must be between 0 and 20"),
        (b"null", 404, "model '' not found"),
        (b'{"model": "   "}', 404, "model '   ' not found"),
        (b'{"model": "a b"}', 400, "invalid model name"),
        (
            b'{"model": "tiny-llama", "prompt": "x", "options": {"temperature": "hot"}}',
            500,
            'option "temperature" must be of type float32',
        ),
        (
            b'{"model": "tiny-llama", "prompt": "x", "options": {"stop": [1]}}',
            500,
            'option "stop" must be of an array of strings',
        ),
    ],
)
def test_generate_request_errors(client: httpx.Client, body: bytes, status: int, message: str) -> None:
    resp = client.post("/api/generate", content=body)
    assert resp.status_code == status
    assert resp.headers["content-type"] == "application/json; charset=utf-8"
    assert resp.json() == {"error": message}


def test_keys_match_case_insensitively_and_unknown_keys_are_ignored(client: httpx.Client) -> None:
    body = {
        "MODEL": "tiny-llama",
        "Prompt": "hi",
        "sTrEaM": False,
        "Options": {"num_predict": 2},
        "extra": {"x": [1]},
    }
    resp = client.post("/api/generate", json=body, headers={"content-type": "text/plain"})
    assert resp.status_code == 200
    assert resp.json()["eval_count"] == 2
    # the last of two spellings of a key wins
    dup = client.post(
        "/api/generate",
        content=b'{"model": "nope", "Model": "tiny-llama", "prompt": "hi", "stream": false, "options": {"num_predict": 1}}',
    )
    assert dup.status_code == 200


def test_go_json_output(client: httpx.Client) -> None:
    resp = client.post(
        "/api/generate",
        json={"model": "tiny-llama", "prompt": "hi", "stream": False, "options": {"num_predict": 2}},
    )
    text = resp.text
    assert not text.endswith("\n")
    keys = list(json.loads(text))
    # GenerateResponse field order
    assert keys == [
        "model",
        "created_at",
        "response",
        "done",
        "done_reason",
        "context",
        "total_duration",
        "load_duration",
        "prompt_eval_count",
        "prompt_eval_duration",
        "eval_count",
        "eval_duration",
    ]
    assert json.loads(text)["created_at"].endswith("Z")
    compact = json.dumps(json.loads(text), separators=(",", ":"), ensure_ascii=False)
    assert text == compact
    show = client.post("/api/show", json={"model": "tiny-llama"}).text
    assert "\\u003c|im_start|\\u003e" in show and "<|im_start|>" not in show
    info = json.loads(show)["model_info"]
    assert list(info) == sorted(info)  # Go writes map keys sorted
    assert '"llama.attention.layer_norm_rms_epsilon":0.00001' in show  # float32 shortest form


def route_cases() -> list[tuple[str, str, int, dict[str, str], bytes]]:
    return [
        ("GET", "/api/nope", 404, {"content-type": "text/plain"}, b"404 page not found"),
        (
            "POST",
            "/api/version",
            405,
            {"allow": "HEAD, GET", "content-type": "text/plain"},
            b"405 method not allowed",
        ),
        ("GET", "/api/blobs/sha256:" + "0" * 64, 405, {"allow": "HEAD, POST"}, b"405 method not allowed"),
        ("HEAD", "/api/ps", 405, {"allow": "GET", "content-type": "text/plain", "content-length": "22"}, b""),
        ("GET", "/api/chat", 405, {"allow": "POST"}, b"405 method not allowed"),
        (
            "GET",
            "/api/tags/",
            301,
            {"location": "/api/tags", "content-type": "text/html; charset=utf-8"},
            b'<a href="/api/tags">Moved Permanently</a>.\n\n',
        ),
        ("POST", "/api/chat/", 307, {"location": "/api/chat"}, b""),
        ("GET", "/", 200, {"content-type": "text/plain; charset=utf-8"}, b"Ollama is running"),
        ("HEAD", "/", 200, {"content-length": "17"}, b""),
        (
            "HEAD",
            "/api/version",
            200,
            {"content-type": "application/json; charset=utf-8", "content-length": "24"},
            b"",
        ),
    ]


@pytest.mark.parametrize(("method", "path", "status", "headers", "body"), route_cases())
def test_router(
    client: httpx.Client, method: str, path: str, status: int, headers: dict[str, str], body: bytes
) -> None:
    resp = client.request(method, path)
    assert resp.status_code == status
    for k, v in headers.items():
        assert resp.headers.get(k) == v, k
    assert resp.content == body


def test_cors_and_host_checks(client: httpx.Client) -> None:
    pre = client.options(
        "/api/chat",
        headers={"origin": "vscode-webview://abc", "access-control-request-method": "POST"},
    )
    assert pre.status_code == 204
    assert pre.headers["access-control-allow-origin"] == "vscode-webview://abc"
    assert pre.headers["allow"] == "POST"
    allowed = client.get("/api/version", headers={"origin": "http://127.0.0.1:9999"})
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == "http://127.0.0.1:9999"
    refused = client.get("/api/version", headers={"origin": "https://example.org"})
    assert (refused.status_code, refused.content, refused.headers.get("content-type")) == (403, b"", None)
    assert client.get("/", headers={"host": "example.org"}).status_code == 403
    assert client.get("/", headers={"host": "box.local:11434"}).status_code == 200
    assert client.get("/", headers={"host": "10.1.2.3"}).status_code == 200
    assert client.options("/api/chat", headers={"host": "localhost"}).status_code == 204


def raw_chunks(server: ServerHandle, body: dict[str, Any]) -> tuple[bytes, list[bytes]]:
    """POST over a plain socket and split the chunked body into its chunks."""
    data = json.dumps(body).encode()
    request = (
        f"POST /api/generate HTTP/1.1\r\nHost: {server.host}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n"
    ).encode() + data
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
        sock.sendall(request)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    head, _, rest = received.partition(b"\r\n\r\n")
    chunks = []
    while rest:
        size_line, _, rest = rest.partition(b"\r\n")
        size = int(size_line.split(b";")[0], 16)
        if size == 0:
            break
        chunks.append(rest[:size])
        rest = rest[size + 2 :]
    return head, chunks


def test_streams_are_chunked_one_line_per_chunk(fresh_server: ServerHandle) -> None:
    head, chunks = raw_chunks(
        fresh_server, {"model": "tiny-llama", "prompt": "hi", "options": {"num_predict": 5}}
    )
    assert b"transfer-encoding: chunked" in head.lower()
    assert b"content-type: application/x-ndjson" in head.lower()
    assert len(chunks) == 6
    for chunk in chunks:
        assert chunk.endswith(b"\n") and chunk.count(b"\n") == 1
        json.loads(chunk)


def test_stream_false_and_special_answers_are_single_objects(client: httpx.Client) -> None:
    load = client.post("/api/generate", json={"model": "tiny-llama"})
    assert load.headers["content-type"] == "application/json; charset=utf-8"
    assert list(load.json()) == ["model", "created_at", "response", "done", "done_reason"]
    pre_stream = client.post("/api/generate", json={"model": "tiny-llama", "prompt": "x", "format": "xml"})
    assert pre_stream.status_code == 500
    assert (
        pre_stream.headers["content-type"] == "application/json"
    )  # streaming handler, before the first line
    assert pre_stream.json() == {
        "error": 'invalid format: "\\"xml\\""; expected "json" or a valid JSON Schema object'
    }
    blocking = client.post(
        "/api/generate", json={"model": "tiny-llama", "prompt": "x", "format": "xml", "stream": False}
    )
    assert blocking.headers["content-type"] == "application/json; charset=utf-8"


def test_chat_message_decoding(client: httpx.Client) -> None:
    upper = client.post(
        "/api/chat",
        json={
            "model": "tiny-llama",
            "messages": [{"ROLE": "USER", "content": "hi"}],
            "_debug_render_only": True,
        },
    )
    assert "<|im_start|>user\nhi" in upper.json()["_debug_info"]["rendered_template"]  # roles are lowercased
    bad = client.post(
        "/api/chat", json={"model": "tiny-llama", "messages": [{"role": "user", "images": ["%%%"]}]}
    )
    assert bad.status_code == 400
    assert bad.json() == {
        "error": "json: cannot unmarshal string into Alias.images.0 of type api.ImageData: illegal base64 data at input byte 0"
    }
    args = client.post(
        "/api/chat",
        json={
            "model": "tiny-llama",
            "messages": [
                {"role": "assistant", "tool_calls": [{"function": {"name": "f", "arguments": "x"}}]}
            ],
        },
    )
    assert args.status_code == 400
