"""Scripted answers: what the wire carries, how answers are matched and used up, bad scripts."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest
from hiramu.ollama import (
    APIConnectionError,
    Client,
    IncompleteStreamError,
    RateLimitError,
    ServerError,
    ServiceUnavailableError,
    StreamError,
)

from hiramu.testing import Embeddings, Failure, FakeOllama, Reply, ScriptError, ToolCall

from .support import given

HI = [{"role": "user", "content": "hi"}]


def lines(resp: httpx.Response) -> list[dict[str, Any]]:
    return [json.loads(line) for line in resp.text.splitlines()]


def chat(http: httpx.Client, model: str = "tiny-llama", **extra: Any) -> httpx.Response:
    return http.post("/api/chat", json={"model": model, "messages": HI, **extra})


def test_chunks_are_one_ndjson_line_each_then_a_done_line_with_counts(
    fake: FakeOllama, http: httpx.Client
) -> None:
    fake.script("tiny-llama", Reply(chunks=["Hel", "lo", " there"]))
    resp = chat(http)
    assert resp.status_code == 200
    assert resp.headers["content-type"] == "application/x-ndjson"
    out = lines(resp)
    assert [o["message"]["content"] for o in out] == ["Hel", "lo", " there", ""]
    assert [o["done"] for o in out] == [False, False, False, True]
    final = out[-1]
    assert final["done_reason"] == "stop"
    assert final["prompt_eval_count"] > 0 and final["eval_count"] > 0
    assert {"total_duration", "load_duration", "eval_duration"} <= final.keys()
    # the same framing as a generated answer: same keys on each line
    fake.reset()
    generated = lines(chat(http))
    assert set(generated[0]) == set(out[0])
    assert set(generated[-1]) == set(final)


def test_non_stream_answer_joins_the_chunks(fake: FakeOllama, http: httpx.Client) -> None:
    fake.script("tiny-llama", Reply(chunks=["Hel", "lo"]))
    body = chat(http, stream=False).json()
    assert body["message"] == {"role": "assistant", "content": "Hello"}
    assert body["done"] is True


def test_generate_with_thinking(fake: FakeOllama, http: httpx.Client) -> None:
    fake.script("tiny-llama", Reply(thinking=["Let me ", "see"], content="42"))
    out = lines(http.post("/api/generate", json={"model": "tiny-llama", "prompt": "?"}))
    assert [o.get("thinking") for o in out[:2]] == ["Let me ", "see"]
    assert [o["response"] for o in out] == ["", "", "42", ""]
    assert out[-1]["done"] is True and "context" in out[-1]


def test_tool_calls_come_in_their_own_chunk(fake: FakeOllama) -> None:
    fake.add_model("toolish", capabilities=["completion", "tools"])
    fake.script("toolish", Reply(tool_calls=[ToolCall("get_weather", {"city": "Paris"})]))
    with fake.client(max_retries=0) as client:
        chunks = list(client.chat_stream("toolish", messages=HI))
    calls = [c for c in chunks if c.message.tool_calls]
    assert len(calls) == 1
    call = given(calls[0].message.tool_calls)[0]
    function = given(call.function)
    assert function.name == "get_weather"
    assert function.arguments == {"city": "Paris"}
    assert given(call.id).startswith("call_")
    assert chunks[-1].done


def test_structured_output_is_sent_as_json_text(fake: FakeOllama) -> None:
    fake.script("tiny-llama", Reply(structured={"name": "Paris", "population": 2100000}))
    with fake.client() as client:
        answer = client.chat("tiny-llama", messages=HI, format={"type": "object"})
    assert json.loads(given(answer.message.content)) == {"name": "Paris", "population": 2100000}


def test_embeddings_on_both_routes(fake: FakeOllama) -> None:
    fake.script("tiny-llama-embed", Embeddings([[0.5, -0.25], [1.0, 0.0]]))
    with fake.client() as client:
        assert client.embed("tiny-llama-embed", input=["a", "b"]).embeddings == [[0.5, -0.25], [1, 0]]
        assert client.embeddings("tiny-llama-embed", prompt="a").embedding == [0.5, -0.25]


def test_failure_with_retry_after(fake: FakeOllama, http: httpx.Client) -> None:
    fake.script(None, Failure(429, retry_after=3), times=1)
    resp = chat(http)
    assert resp.status_code == 429
    assert resp.headers["retry-after"] == "3"
    assert resp.json() == {"error": "too many requests"}
    assert chat(http).status_code == 200  # used up


def test_client_retries_through_a_scripted_503(fake: FakeOllama, retry_waits: list[float]) -> None:
    fake.script("tiny-llama", Failure(503, retry_after=1), times=2)
    with fake.client(max_retries=2) as client:
        assert client.chat("tiny-llama", messages=HI).done
    assert retry_waits == [1.0, 1.0]
    fake.script("tiny-llama", Failure(503, "busy"), times=1)
    with fake.client(max_retries=0) as client, pytest.raises(ServiceUnavailableError, match="busy"):
        client.chat("tiny-llama", messages=HI)
    fake.script("tiny-llama", Failure(429), times=1)
    with fake.client(max_retries=0) as client, pytest.raises(RateLimitError):
        client.chat("tiny-llama", messages=HI)


def test_error_line_mid_stream(fake: FakeOllama, http: httpx.Client) -> None:
    fake.script("tiny-llama", Reply(chunks=["a", "b", "c"], error_after=2, error="runner crashed"))
    out = lines(chat(http))
    assert out[:2] == [
        {**out[0], "message": {"role": "assistant", "content": "a"}},
        {**out[1], "message": {"role": "assistant", "content": "b"}},
    ]
    assert out[2:] == [{"error": "runner crashed"}]
    with fake.client() as client, pytest.raises(StreamError, match="runner crashed"):
        list(client.chat_stream("tiny-llama", messages=HI))
    # stream: false has no lines to send first: the error is the answer
    with fake.client(max_retries=0) as client, pytest.raises(ServerError, match="runner crashed"):
        client.chat("tiny-llama", messages=HI)


def test_cut_stream(fake: FakeOllama) -> None:
    fake.script("tiny-llama", Reply(chunks=["a", "b", "c"], cut_after=1))
    seen: list[str] = []
    with fake.client(max_retries=0) as client, pytest.raises(IncompleteStreamError):
        for chunk in client.chat_stream("tiny-llama", messages=HI):
            seen.append(given(chunk.message.content))
    assert seen == ["a"]


def test_cut_non_stream_answer(fake: FakeOllama, http: httpx.Client) -> None:
    fake.script("tiny-llama", Reply(content="never whole", cut_after=0))
    with pytest.raises(httpx.RemoteProtocolError):
        chat(http, stream=False)
    with fake.client(max_retries=0) as client, pytest.raises(APIConnectionError):
        client.chat("tiny-llama", messages=HI)


def test_delay_before_the_first_byte(fake: FakeOllama, http: httpx.Client) -> None:
    fake.script("tiny-llama", Reply(content="late", delay=0.3, chunk_delay=0.05), times=1)
    start = time.monotonic()
    out = lines(chat(http))
    assert time.monotonic() - start >= 0.3
    assert out[0]["message"]["content"] == "late"


def test_counted_answers_first_in_order_then_the_latest_standing_one(
    fake: FakeOllama, http: httpx.Client
) -> None:
    fake.script("tiny-llama", Reply(content="old default"))
    fake.script("tiny-llama", Reply(content="default"))
    fake.script("tiny-llama", Reply(content="one"), Reply(content="two"))
    fake.script("tiny-llama:latest", Reply(content="three"), times=1)
    assert fake.pending_answers == 3
    got = [chat(http, stream=False).json()["message"]["content"] for _ in range(5)]
    assert got == ["one", "two", "three", "default", "default"]
    assert fake.pending_answers == 0


def test_answers_apply_to_their_model_and_route_only(fake: FakeOllama, http: httpx.Client) -> None:
    fake.script("tiny-llama", Reply(content="for chat"), route="chat")
    generated = http.post("/api/generate", json={"model": "tiny-llama", "prompt": "?", "stream": False})
    assert generated.json()["response"] != "for chat"
    assert chat(http, stream=False).json()["message"]["content"] == "for chat"
    fake.add_model("other")
    assert chat(http, "other", stream=False).json()["message"]["content"] != "for chat"
    fake.script(None, Failure(500, "any model"), times=1, route="/api/show")
    assert http.post("/api/show", json={"model": "other"}).json() == {"error": "any model"}


def test_the_request_is_still_validated(fake: FakeOllama, http: httpx.Client) -> None:
    fake.script(None, Reply(content="never"))
    assert chat(http, "missing-model").status_code == 404
    # tools on a model without the capability: Ollama's 400, the scripted answer is not used
    resp = chat(http, tools=[{"type": "function", "function": {"name": "f"}}])
    assert resp.status_code == 400
    assert "does not support tools" in resp.json()["error"]


def test_tool_calls_on_generate_are_a_clear_error(fake: FakeOllama, http: httpx.Client) -> None:
    fake.script("tiny-llama", Reply(tool_calls=[ToolCall("f")]), route="generate")
    resp = http.post("/api/generate", json={"model": "tiny-llama", "prompt": "?", "stream": False})
    assert resp.status_code == 500
    assert "/api/chat only" in resp.json()["error"]


@pytest.mark.parametrize(
    "make",
    [
        lambda: Reply(content="a", chunks=["a"]),
        lambda: Reply(chunks="abc"),
        lambda: Reply(done_reason="because"),
        lambda: Reply(delay=-1),
        lambda: Reply(error_after=1, cut_after=1),
        lambda: Reply(structured={1, 2}),
        lambda: ToolCall(""),
        lambda: Failure(200),
        lambda: Embeddings(["abc"]),  # type: ignore[list-item]
    ],
)
def test_bad_answers_are_refused_when_written(make: Any) -> None:
    with pytest.raises(ScriptError):
        make()


def test_bad_scripts_are_refused(fake: FakeOllama) -> None:
    with pytest.raises(ScriptError):
        fake.script("tiny-llama")
    with pytest.raises(ScriptError):
        fake.script("tiny-llama", Reply(), times=0)
    with pytest.raises(ScriptError):
        fake.script("tiny-llama", Reply(), route="embed")
    with pytest.raises(ScriptError):
        fake.script("tiny-llama", Reply(), route="nowhere")
    with pytest.raises(ScriptError):
        fake.script("tiny-llama", "hello")  # type: ignore[arg-type]


def test_reset_forgets_scripts(fake: FakeOllama) -> None:
    fake.script("tiny-llama", Reply(content="scripted"))
    fake.reset()
    with Client(fake.url) as client:
        assert client.chat("tiny-llama", messages=HI).message.content != "scripted"
