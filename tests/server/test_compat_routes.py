"""The compatible routes beyond the recordings: tool calls and thinking (the recorded model had neither),
streams that agree with the plain answers, and the translation rules of Ollama's middlewares."""

from __future__ import annotations

import base64
import json
import struct
from typing import Any

import httpx
import pytest
from hiramu.ollama._sse import SSEJSONStream, SSEMessage

from .support import TOOLS, pull

THINK = "tiny-llama-think"  # tools and thinking in its template


def events(resp: httpx.Response, **ends: Any) -> list[SSEMessage]:
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"] == "text/event-stream"
    stream = SSEJSONStream(**ends)
    out = stream.feed(resp.content)
    stream.close()
    return out


@pytest.fixture
def think_client(client: httpx.Client) -> httpx.Client:
    pull(client, THINK)
    return client


def test_chat_tool_calls_plain_and_streamed(think_client: httpx.Client) -> None:
    body: dict[str, Any] = {
        "model": THINK,
        "messages": [{"role": "user", "content": "Weather?"}],
        "tools": TOOLS,
    }
    plain = think_client.post("/v1/chat/completions", json=body).json()
    choice = plain["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    call = choice["message"]["tool_calls"][0]
    assert call["type"] == "function" and call["function"]["name"] == "get_weather"
    assert "city" in json.loads(call["function"]["arguments"])  # arguments are a JSON string
    assert choice["message"]["reasoning"]

    chunks = [
        m.data
        for m in events(
            think_client.post("/v1/chat/completions", json=dict(body, stream=True)), done_sentinel=True
        )
    ]
    deltas = [c["choices"][0]["delta"] for c in chunks]
    assert deltas[0]["role"] == "assistant"
    assert "".join(d.get("reasoning", "") for d in deltas) == choice["message"]["reasoning"]
    assert [d["tool_calls"] for d in deltas if "tool_calls" in d] == [choice["message"]["tool_calls"]]
    assert deltas[-1] == {} and chunks[-1]["choices"][0]["finish_reason"] == "tool_calls"
    assert len({c["created"] for c in chunks}) == 1  # one timestamp for the whole stream


def test_reasoning_effort_maps_to_think(think_client: httpx.Client) -> None:
    messages = [{"role": "user", "content": "Hi"}]
    thinking = think_client.post(
        "/v1/chat/completions", json={"model": THINK, "messages": messages, "reasoning_effort": "low"}
    ).json()
    assert thinking["choices"][0]["message"]["reasoning"]
    none = think_client.post(
        "/v1/chat/completions", json={"model": THINK, "messages": messages, "reasoning_effort": "none"}
    ).json()
    assert "reasoning" not in none["choices"][0]["message"]
    bad = think_client.post(
        "/v1/chat/completions", json={"model": THINK, "messages": messages, "reasoning_effort": "huge"}
    )
    assert bad.status_code == 400 and bad.headers["content-type"] == "application/json; charset=utf-8"
    assert bad.json()["error"]["message"].startswith('invalid reasoning value: "huge"')


def test_anthropic_thinking_and_tool_use(think_client: httpx.Client) -> None:
    tools = [
        {
            "name": "get_weather",
            "description": "Get the weather",
            "input_schema": TOOLS[0]["function"]["parameters"],
        }
    ]
    body: dict[str, Any] = {
        "model": THINK,
        "max_tokens": 60,
        "tools": tools,
        "messages": [{"role": "user", "content": "Weather?"}],
    }
    plain = think_client.post("/v1/messages", json=body).json()
    assert plain["stop_reason"] == "tool_use"
    kinds = [block["type"] for block in plain["content"]]
    assert kinds[0] == "thinking" and kinds[-1] == "tool_use"
    assert isinstance(plain["content"][-1]["input"], dict)

    streamed = events(
        think_client.post("/v1/messages", json=dict(body, stream=True)), final_events={"message_stop"}
    )
    names = [m.event for m in streamed]
    assert names[0] == "message_start" and names[-2:] == ["message_delta", "message_stop"]
    # every block opens, gets deltas, and closes, with indexes 0, 1, ...
    opened = [m.data["index"] for m in streamed if m.event == "content_block_start"]
    closed = [m.data["index"] for m in streamed if m.event == "content_block_stop"]
    assert opened == closed == list(range(len(opened)))
    tool_json = "".join(
        m.data["delta"]["partial_json"]
        for m in streamed
        if m.event == "content_block_delta" and m.data["delta"]["type"] == "input_json_delta"
    )
    assert json.loads(tool_json) == plain["content"][-1]["input"]
    assert streamed[-2].data["delta"] == {"stop_reason": "tool_use"}


def test_anthropic_thinking_on_a_model_without_it_is_dropped(client: httpx.Client) -> None:
    body = {
        "model": "tiny-llama",
        "max_tokens": 4,
        "thinking": {"type": "enabled", "budget_tokens": 1024},
        "messages": [{"role": "user", "content": "Hi"}],
    }
    resp = client.post("/v1/messages", json=body)
    assert resp.status_code == 200 and resp.json()["content"][0]["type"] == "text"
    # the OpenAI routes refuse the same request
    chat = client.post(
        "/v1/chat/completions",
        json={"model": "tiny-llama", "messages": body["messages"], "reasoning_effort": "high"},
    )
    assert (
        chat.status_code == 400
        and chat.json()["error"]["message"] == '"tiny-llama" does not support thinking'
    )


def test_responses_function_call_and_reasoning_stream(think_client: httpx.Client) -> None:
    tool = {"type": "function", "name": "get_weather", "parameters": TOOLS[0]["function"]["parameters"]}
    plain = think_client.post(
        "/v1/responses", json={"model": THINK, "input": "Weather?", "tools": [tool]}
    ).json()
    assert [item["type"] for item in plain["output"]] == ["reasoning", "function_call"]
    assert json.loads(plain["output"][1]["arguments"])
    assert plain["status"] == "completed" and plain["tools"][0]["name"] == "get_weather"

    body = {
        "model": THINK,
        "input": "Hi",
        "reasoning": {"effort": "low"},
        "max_output_tokens": 20,
        "stream": True,
    }
    streamed = events(think_client.post("/v1/responses", json=body), final_events={"response.completed"})
    assert [m.data["sequence_number"] for m in streamed] == list(range(len(streamed)))
    assert all(m.data["type"] == m.event for m in streamed)
    assert all(list(m.data) == sorted(m.data) for m in streamed)  # Go maps: sorted keys
    final = streamed[-1].data["response"]
    assert final["reasoning"] == {"effort": "low", "summary": None}
    kinds = [item["type"] for item in final["output"]]
    assert kinds[0] == "reasoning"
    deltas = "".join(m.data["delta"] for m in streamed if m.event == "response.reasoning_summary_text.delta")
    assert final["output"][0]["summary"][0]["text"] == deltas


def test_responses_input_items_and_errors(client: httpx.Client) -> None:
    items = [
        {"role": "user", "content": "Hi"},
        {"type": "function_call", "call_id": "c1", "name": "f", "arguments": '{"a": 1}'},
        {"type": "function_call_output", "call_id": "c1", "output": "42"},
    ]
    ok = client.post("/v1/responses", json={"model": "tiny-llama", "input": items, "max_output_tokens": 2})
    assert ok.status_code == 200, ok.text
    for bad, message in [
        ([{"type": "bogus"}], 'input[0]: unknown input item type: "bogus"'),
        ([{"content": "no type"}], "input[0]: input item missing required 'type' field"),
        ([{"type": "function_call", "arguments": "{x"}], "failed to parse function call arguments"),
    ]:
        resp = client.post("/v1/responses", json={"model": "tiny-llama", "input": bad})
        assert resp.status_code == 400
        assert resp.json()["error"]["message"].startswith(message)


def test_completions_translation(client: httpx.Client) -> None:
    bad_stop = client.post("/v1/completions", json={"model": "tiny-llama", "prompt": "x", "stop": ["a", 1]})
    assert bad_stop.status_code == 400
    assert bad_stop.json()["error"]["message"] == "invalid type for 'stop' field: float64"
    body = {"model": "tiny-llama", "prompt": "Once", "max_tokens": 5, "seed": 9}
    plain = client.post("/v1/completions", json=body).json()
    chunks = [
        m.data
        for m in events(client.post("/v1/completions", json=dict(body, stream=True)), done_sentinel=True)
    ]
    assert "".join(c["choices"][0]["text"] for c in chunks) == plain["choices"][0]["text"]
    assert chunks[-1]["choices"][0]["finish_reason"] == plain["choices"][0]["finish_reason"] == "length"
    assert all("usage" not in c for c in chunks)


def test_embeddings_base64_is_the_float32_vector(client: httpx.Client) -> None:
    body = {"model": "tiny-llama-embed", "input": ["a", "b"], "dimensions": 8}
    floats = client.post("/v1/embeddings", json=body).json()
    packed = client.post("/v1/embeddings", json=dict(body, encoding_format="BASE64")).json()
    for plain, coded in zip(floats["data"], packed["data"], strict=True):
        values = struct.unpack("<8f", base64.b64decode(coded["embedding"]))
        assert list(values) == pytest.approx(plain["embedding"], rel=1e-6)
    assert (
        client.post("/v1/embeddings", json={"model": "tiny-llama-embed", "input": []}).json()["error"][
            "message"
        ]
        == "invalid input"
    )


def test_audio_multipart_errors(client: httpx.Client) -> None:
    no_boundary = client.post(
        "/v1/audio/transcriptions", content=b"x", headers={"content-type": "multipart/form-data"}
    )
    assert no_boundary.status_code == 400
    assert no_boundary.json()["error"]["message"] == (
        "failed to parse multipart form: no multipart boundary param in Content-Type"
    )
    files = {"file": ("a.wav", b"RIFF....", "audio/wav")}
    missing_model = client.post("/v1/audio/transcriptions", files=files)
    assert missing_model.json()["error"]["message"] == "model is required"
    no_audio = client.post("/v1/audio/transcriptions", files=files, data={"model": "tiny-llama"})
    assert no_audio.status_code == 400 and no_audio.headers["content-type"] == "application/json"
    assert "Multimodal data provided" in no_audio.json()["error"]["message"]


def test_cloud_models_answer_in_the_native_shape(client: httpx.Client) -> None:
    for path, body in [
        ("/v1/completions", {"model": "gpt-oss:20b-cloud", "prompt": "x"}),
        ("/v1/embeddings", {"model": "x:cloud", "input": "x"}),
        ("/v1/responses", {"model": "x:cloud", "input": "x"}),
    ]:
        resp = client.post(path, json=body)
        assert resp.status_code == 502, (path, resp.text)
        message = resp.json()["error"]
        assert isinstance(message, str) and f'"https://ollama.com:443{path}?ts=' in message
