"""Any JSON sent to the compatible routes gets an answer in the route's shape, never a crash (a 500)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hiramu.testing import ServerHandle

scalars = (
    st.none()
    | st.booleans()
    | st.integers(-5, 5)
    | st.floats(-2, 2)
    | st.sampled_from(["", "x", "tiny-llama"])
)
values = st.recursive(
    scalars,
    lambda kids: (
        st.lists(kids, max_size=3)
        | st.dictionaries(st.sampled_from(["type", "text", "role", "content", "x"]), kids, max_size=3)
    ),
    max_leaves=8,
)

# Each route's fields, so that the bodies reach past the first type check.
FIELDS: dict[str, list[str]] = {
    "/v1/chat/completions": [
        "messages",
        "stream",
        "stop",
        "tools",
        "response_format",
        "reasoning_effort",
        "stream_options",
        "max_tokens",
    ],
    "/v1/completions": ["prompt", "stop", "stream", "suffix", "logprobs", "stream_options"],
    "/v1/embeddings": ["input", "dimensions", "encoding_format"],
    "/v1/responses": ["input", "instructions", "tools", "text", "reasoning", "stream", "max_output_tokens"],
    "/v1/messages": ["messages", "system", "max_tokens", "tools", "thinking", "stop_sequences", "stream"],
}
MESSAGE_LIKE = st.fixed_dictionaries(
    {
        "role": st.sampled_from(["user", "assistant", "tool", "system", "developer"]),
        "content": st.text(max_size=8) | st.text(max_size=8) | st.text(max_size=8) | values,
    },
    optional={
        "type": st.sampled_from(["message", "function_call", "function_call_output", "reasoning"]),
        "tool_calls": st.just([{"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}])
        | values,
    },
)


@st.composite
def bodies(draw: st.DrawFn, path: str) -> dict[str, Any]:
    body: dict[str, Any] = {
        "model": draw(st.sampled_from(["tiny-llama", "tiny-llama", "tiny-llama-embed", "no-such", ""]))
    }
    # Most bodies carry a plausible conversation or input, so they get past validation.
    if path in ("/v1/chat/completions", "/v1/messages") and draw(st.integers(0, 3)):
        body["messages"] = draw(st.lists(MESSAGE_LIKE, min_size=1, max_size=3))
    if path == "/v1/embeddings" and draw(st.integers(0, 3)):
        body["input"] = draw(st.text(max_size=8) | st.lists(st.text(max_size=8), max_size=2))
    if path == "/v1/messages" and draw(st.integers(0, 3)):
        body["max_tokens"] = 3
    for field in draw(st.lists(st.sampled_from(FIELDS[path]), unique=True, max_size=3)):
        if field in body:
            continue
        if field in ("messages", "input"):
            body[field] = draw(st.lists(MESSAGE_LIKE, max_size=3) | values)
        else:
            body[field] = draw(values)
    return body


def check(resp: httpx.Response, path: str) -> None:
    assert resp.status_code != 500, resp.text
    assert resp.status_code in (200, 400, 404, 501), resp.text
    kind = resp.headers["content-type"]
    if resp.status_code == 200:
        assert kind in ("application/json", "text/event-stream")
        return
    assert kind in ("application/json", "application/json; charset=utf-8")
    error = json.loads(resp.content)
    if path == "/v1/messages":
        assert error["type"] == "error" and isinstance(error["error"]["message"], str)
    else:
        assert isinstance(error["error"]["message"], str) and error["error"]["param"] is None


@pytest.mark.parametrize("path", list(FIELDS))
def test_any_body_gets_a_shaped_answer(ollama_server: ServerHandle, path: str) -> None:
    ollama_server.reset()
    with httpx.Client(base_url=ollama_server.url, timeout=30) as client:

        @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
        @given(body=bodies(path))
        def run(body: dict[str, Any]) -> None:
            if body.get("stream") is True and isinstance(body.get("max_tokens"), int):
                body["max_tokens"] = min(body["max_tokens"], 3)
            check(client.post(path, json=body), path)

        run()
