"""Faults on the compatible routes: the same keys as the native streams, written as SSE in each route's flavour.

The answers are read with the runtime's own SSE decoder, so these also show what a client sees:
an error event is a `StreamError`, a cut stream an `IncompleteStreamError`.
"""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest
from hiramu.ollama._exceptions import DecodeError, IncompleteStreamError, StreamError
from hiramu.ollama._sse import SSEJSONStream, SSEMessage

FAULT = "X-Local-Ollama-Fault"
CHAT = (
    "/v1/chat/completions",
    {"model": "tiny-llama", "messages": [{"role": "user", "content": "hi"}], "stream": True, "max_tokens": 5},
)
COMPLETIONS = ("/v1/completions", {"model": "tiny-llama", "prompt": "hi", "stream": True, "max_tokens": 5})
RESPONSES = ("/v1/responses", {"model": "tiny-llama", "input": "hi", "stream": True, "max_output_tokens": 5})
MESSAGES = (
    "/v1/messages",
    {"model": "tiny-llama", "max_tokens": 5, "stream": True, "messages": [{"role": "user", "content": "hi"}]},
)
ROUTES = [CHAT, COMPLETIONS, RESPONSES, MESSAGES]
IDS = ["chat", "completions", "responses", "messages"]


def reader(path: str) -> SSEJSONStream:
    """How a client ends each stream: [DONE] on the OpenAI chunk routes, a last named event elsewhere."""
    if path == "/v1/responses":
        return SSEJSONStream(final_events={"response.completed"})
    if path == "/v1/messages":
        return SSEJSONStream(final_events={"message_stop"})
    return SSEJSONStream(done_sentinel=True)


def read(path: str, body: bytes) -> list[SSEMessage]:
    stream = reader(path)
    out = stream.feed(body)
    stream.close()
    return out


@pytest.mark.parametrize(("path", "body"), ROUTES, ids=IDS)
def test_streams_end_properly_without_faults(client: httpx.Client, path: str, body: dict[str, Any]) -> None:
    resp = client.post(path, json=body)
    assert resp.status_code == 200 and resp.headers["content-type"] == "text/event-stream"
    assert len(read(path, resp.content)) >= 3


@pytest.mark.parametrize(("path", "body"), ROUTES, ids=IDS)
def test_error_after_sends_the_flavours_error_event(
    client: httpx.Client, path: str, body: dict[str, Any]
) -> None:
    resp = client.post(path, json=body, headers={FAULT: "error-after=2; message=runner died"})
    assert resp.status_code == 200
    stream = reader(path)
    assert len(stream.feed(resp.content)) == 2  # the two events before the error
    with pytest.raises(StreamError) as caught:
        stream.close()
    assert caught.value.error == "runner died"
    line = caught.value.line
    if path == "/v1/messages":
        assert line == {"type": "error", "error": {"type": "api_error", "message": "runner died"}}
        assert b"event: error\n" in resp.content
    elif path == "/v1/responses":
        assert line["type"] == "response.failed" and line["response"]["status"] == "failed"
    else:
        assert line == {"error": {"message": "runner died", "type": "api_error", "param": None, "code": None}}
        assert b"[DONE]" not in resp.content


@pytest.mark.parametrize(("path", "body"), ROUTES, ids=IDS)
def test_cut_stream_is_incomplete(client: httpx.Client, path: str, body: dict[str, Any]) -> None:
    with client.stream("POST", path, json=body, headers={FAULT: "cut-after=3"}) as resp:
        assert resp.status_code == 200
        received = b""
        with pytest.raises(httpx.RemoteProtocolError):
            for chunk in resp.iter_raw():
                received += chunk
    stream = reader(path)
    assert len(stream.feed(received)) == 3
    with pytest.raises(IncompleteStreamError) as caught:
        stream.close()
    assert caught.value.lines_received == 3


def test_malformed_event_is_a_decode_error(client: httpx.Client) -> None:
    path, body = CHAT
    resp = client.post(path, json=body, headers={FAULT: "malformed-after=1"})
    stream = reader(path)
    assert len(stream.feed(resp.content)) == 1
    with pytest.raises(DecodeError):
        stream.close()


@pytest.mark.parametrize(
    ("path", "body", "status"),
    [(CHAT[0], CHAT[1], 429), (MESSAGES[0], MESSAGES[1], 503), ("/v1/models", None, 503)],
)
def test_status_faults_come_in_the_routes_error_shape(
    client: httpx.Client, path: str, body: dict[str, Any] | None, status: int
) -> None:
    headers = {FAULT: f"status={status}; retry-after=2"}
    resp = client.post(path, json=body, headers=headers) if body else client.get(path, headers=headers)
    assert resp.status_code == status
    assert resp.headers["retry-after"] == "2"
    assert resp.headers["content-type"] == "application/json"
    error = resp.json()
    if path == "/v1/messages":
        assert error["type"] == "error" and error["error"]["type"] == "overloaded_error"
        assert error["request_id"].startswith("req_")
    else:
        assert error["error"]["type"] == "api_error" and error["error"]["param"] is None
        assert error["error"]["message"]


def test_delays_apply_to_events(client: httpx.Client) -> None:
    path, body = MESSAGES
    start = time.monotonic()
    resp = client.post(path, json=body, headers={FAULT: "delay-first=150; delay-chunk=20"})
    elapsed = time.monotonic() - start
    events = read(path, resp.content)
    # the first byte waits 150 ms, every later event 20 ms
    assert elapsed >= 0.15 + 0.02 * (len(events) - 1) * 0.9


def test_a_native_error_before_the_first_event_is_a_plain_error(client: httpx.Client) -> None:
    # Streaming requests that fail before the first token get the flavour's JSON error, not an event.
    path, body = MESSAGES
    resp = client.post(path, json=dict(body, model="no-such-model"))
    assert resp.status_code == 404
    assert resp.headers["content-type"] == "application/json"
    assert resp.headers["cache-control"] == "no-cache"
    assert json.loads(resp.content)["error"]["type"] == "not_found_error"
