"""The runtime pieces of the compatible routes' client: merges against real recordings, the SSE
decoder as a stream decoder, both error flavours, multipart uploads and the event parsers."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from hiramu.ollama import AnthropicStreamEvent, OpenAIResponsesStreamEvent
from hiramu.ollama._collect import (
    merge_anthropic_message,
    merge_openai_chat,
    merge_openai_completion,
    merge_openai_response,
)
from hiramu.ollama._encode import build_form, read_upload
from hiramu.ollama._events import parse_anthropic_messages_event, parse_openai_responses_event
from hiramu.ollama._exceptions import (
    BadRequestError,
    DecodeError,
    IncompleteStreamError,
    NotFoundError,
    ServerError,
    StreamError,
    status_error_from_response,
)
from hiramu.ollama._sse import SSEEventDecoder
from hiramu.ollama._streaming import EventStream
from hiramu.ollama.models import (
    AnthropicContentBlockDeltaEvent,
    AnthropicMessage,
    AnthropicMessageStartEvent,
    OpenAIChatCompletion,
    OpenAIChatCompletionChunk,
    OpenAIResponsesTextDeltaEvent,
)
from paths import COMPAT_RECORDINGS_DIR

VOLATILE = frozenset({"id", "created", "created_at", "completed_at"})


def recording(operation: str, case: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((COMPAT_RECORDINGS_DIR / operation / f"{case}.json").read_text("utf-8"))
    return data


def events(operation: str, case: str) -> list[dict[str, Any]]:
    return [
        event["data"] for event in recording(operation, case)["response"]["sse"] if event["data"] != "[DONE]"
    ]


def stable(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: stable(item) for key, item in value.items() if key not in VOLATILE}
    if isinstance(value, list):
        return [stable(item) for item in value]
    return value


def sse_body(operation: str, case: str) -> bytes:
    """A recorded event stream framed the way Ollama writes it."""
    frames = []
    for event in recording(operation, case)["response"]["sse"]:
        data = (
            event["data"]
            if isinstance(event["data"], str)
            else json.dumps(event["data"], separators=(",", ":"))
        )
        name = f"event: {event['event']}\n" if event["event"] else ""
        frames.append(f"{name}data: {data}\n\n")
    return "".join(frames).encode()


# ---- collect(): the recorded streams merge into the recorded stream:false answers


def test_chat_completion_chunks_merge_to_the_whole_answer() -> None:
    merged = merge_openai_chat(events("openai_chat_completions", "stream"))
    whole = recording("openai_chat_completions", "stream-false")["response"]["json"]
    # The stream had no include_usage, so the merged answer has no usage; the rest is equal.
    assert stable(merged) == stable({key: value for key, value in whole.items() if key != "usage"})


def test_completion_chunks_merge_with_the_real_usage() -> None:
    merged = merge_openai_completion(events("openai_completions", "stream-include-usage"))
    whole = recording("openai_completions", "stream-false")["response"]["json"]
    assert stable(merged) == stable(whole)
    assert list(merged) == list(whole)


def test_responses_events_merge_to_the_completed_response() -> None:
    merged = merge_openai_response(events("openai_responses", "stream"))
    whole = recording("openai_responses", "input-string")["response"]["json"]
    assert stable(merged) == stable(whole)


def test_anthropic_events_merge_to_the_message() -> None:
    merged = merge_anthropic_message(events("anthropic_messages", "stream"))
    assert merged["content"] == [{"type": "text", "text": "S they e na"}]
    assert merged["stop_reason"] == "max_tokens"
    assert merged["usage"] == {"input_tokens": 24, "output_tokens": 4}
    whole = recording("anthropic_messages", "basic")["response"]["json"]
    assert set(merged) == set(whole)


def test_tool_calls_and_reasoning_are_assembled() -> None:
    base = {
        "id": "c",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "system_fingerprint": "f",
    }
    call = {"id": "call_1", "index": 0, "type": "function", "function": {"name": "f", "arguments": '{"a":'}}
    more = {"index": 0, "function": {"arguments": "1}"}}
    chunks = [
        {
            **base,
            "choices": [
                {"index": 0, "delta": {"role": "assistant", "reasoning": "hm"}, "finish_reason": None}
            ],
        },
        {**base, "choices": [{"index": 0, "delta": {"tool_calls": [call]}, "finish_reason": None}]},
        {**base, "choices": [{"index": 0, "delta": {"tool_calls": [more]}, "finish_reason": "tool_calls"}]},
    ]
    message = merge_openai_chat(chunks)["choices"][0]["message"]
    assert message["reasoning"] == "hm"
    assert message["tool_calls"] == [{**call, "function": {"name": "f", "arguments": '{"a":1}'}}]
    parsed = OpenAIChatCompletion.from_dict(merge_openai_chat(chunks))
    assert parsed.choices[0].finish_reason == "tool_calls"


def test_anthropic_tool_input_is_joined_and_checked() -> None:
    start = {
        "type": "message_start",
        "message": {"id": "m", "type": "message", "role": "assistant", "model": "x"},
    }
    block = {
        "type": "content_block_start",
        "index": 0,
        "content_block": {"type": "tool_use", "id": "t", "name": "f", "input": {}},
    }
    parts = [
        {
            "type": "content_block_delta",
            "index": 0,
            "delta": {"type": "input_json_delta", "partial_json": piece},
        }
        for piece in ('{"city"', ': "Oslo"}')
    ]
    merged = merge_anthropic_message([start, block, *parts])
    assert merged["content"][0]["input"] == {"city": "Oslo"}
    with pytest.raises(DecodeError):
        merge_anthropic_message([start, block, parts[0]])


# ---- the SSE decoder as a stream's decoder


def event_stream(body: bytes, decoder: SSEEventDecoder, *, chunk: int = 7) -> EventStream[Any, Any]:
    pieces = [body[index : index + chunk] for index in range(0, len(body), chunk)]
    response = httpx.Response(200, headers={"content-type": "text/event-stream"}, content=iter(pieces))
    response.request = httpx.Request("POST", "http://127.0.0.1:1/v1/chat/completions")
    return EventStream(
        response,
        parse=OpenAIChatCompletionChunk.from_dict,
        collect_parse=OpenAIChatCompletion.from_dict,
        merge=merge_openai_chat,
        host="http://127.0.0.1:1",
        decoder=decoder,
    )


def test_a_recorded_chat_stream_reads_and_collects() -> None:
    body = sse_body("openai_chat_completions", "stream")
    chunks = list(event_stream(body, SSEEventDecoder(done_sentinel=True)))
    assert "".join(chunk.choices[0].delta.content or "" for chunk in chunks) == "S they e na"
    collected = event_stream(body, SSEEventDecoder(done_sentinel=True), chunk=1).collect()
    assert collected.choices[0].message.content == "S they e na"


def test_a_stream_without_done_is_incomplete() -> None:
    body = sse_body("openai_chat_completions", "stream").replace(b"data: [DONE]\n\n", b"")
    stream = event_stream(body, SSEEventDecoder(done_sentinel=True))
    with pytest.raises(IncompleteStreamError):
        list(stream)
    assert stream.closed


def test_an_error_event_raises_with_its_flavour() -> None:
    body = b'data: {"error":{"message":"boom","type":"api_error","param":null,"code":null}}\n\n'
    with pytest.raises(StreamError) as caught:
        event_stream(body, SSEEventDecoder(done_sentinel=True)).collect()
    assert (caught.value.message, caught.value.type) == ("boom", "api_error")
    assert caught.value.response is not None and caught.value.status_code == 200


def test_named_events_end_at_the_final_event() -> None:
    body = sse_body("anthropic_messages", "stream") + b"event: ping\ndata: {}\n\n"
    decoder = SSEEventDecoder(final_events=("message_stop",))
    assert decoder.feed(body)[-1] == {"type": "message_stop"}
    assert decoder.finished
    assert decoder.flush() == []


# ---- error bodies of the three shapes


def error_response(status: int, body: Any) -> httpx.Response:
    response = httpx.Response(status, json=body)
    response.read()
    return response


def test_openai_anthropic_and_native_error_bodies() -> None:
    openai = status_error_from_response(
        error_response(
            404,
            {
                "error": {
                    "message": "model 'x' not found",
                    "type": "not_found_error",
                    "param": None,
                    "code": None,
                }
            },
        )
    )
    assert isinstance(openai, NotFoundError)
    assert (openai.message, openai.type, openai.code, openai.param) == (
        "model 'x' not found",
        "not_found_error",
        None,
        None,
    )
    anthropic = status_error_from_response(
        error_response(
            400, {"type": "error", "error": {"type": "invalid_request_error", "message": "max_tokens"}}
        )
    )
    assert isinstance(anthropic, BadRequestError)
    assert (anthropic.message, anthropic.type) == ("max_tokens", "invalid_request_error")
    native = status_error_from_response(error_response(502, {"error": "no such host"}))
    assert isinstance(native, ServerError)
    assert (native.message, native.type) == ("no such host", None)


# ---- multipart uploads


def test_uploads_from_bytes_paths_and_files(tmp_path: Path) -> None:
    path = tmp_path / "speech.wav"
    path.write_bytes(b"RIFF")
    assert read_upload(b"RIFF", "file") == ("file", b"RIFF", "application/octet-stream")
    assert read_upload(path, "file")[:2] == ("speech.wav", b"RIFF")
    with path.open("rb") as handle:
        assert read_upload(handle, "file")[:2] == ("speech.wav", b"RIFF")
    assert read_upload(io.BytesIO(b"RIFF"), "file")[:2] == ("file", b"RIFF")
    with path.open() as text, pytest.raises(TypeError):
        read_upload(text, "file")  # type: ignore[arg-type]
    data, files = build_form((("model", "m"), ("language", None), ("temperature", 0.5)), (("file", b"x"),))
    assert data == {"model": "m", "temperature": "0.5"}
    assert files == {"file": ("file", b"x", "application/octet-stream")}


# ---- typed events


def test_events_are_typed_by_their_type() -> None:
    delta = {
        "type": "response.output_text.delta",
        "content_index": 0,
        "delta": "S",
        "item_id": "m",
        "logprobs": [],
        "output_index": 0,
        "sequence_number": 4,
    }
    event: OpenAIResponsesStreamEvent = parse_openai_responses_event(delta)
    assert isinstance(event, OpenAIResponsesTextDeltaEvent) and event.delta == "S"
    for data in events("anthropic_messages", "stream"):
        parsed: AnthropicStreamEvent = parse_anthropic_messages_event(data)
        assert parsed.type == data["type"]
    first = parse_anthropic_messages_event(events("anthropic_messages", "stream")[0])
    assert isinstance(first, AnthropicMessageStartEvent) and isinstance(first.message, AnthropicMessage)
    assert isinstance(
        parse_anthropic_messages_event(events("anthropic_messages", "stream")[2]),
        AnthropicContentBlockDeltaEvent,
    )
    with pytest.raises(DecodeError) as caught:
        parse_anthropic_messages_event({"type": "surprise"})
    assert "surprise" in str(caught.value)
