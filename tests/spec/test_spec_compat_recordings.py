"""Every response of the OpenAI- and Anthropic-compatible routes recorded from a real Ollama 0.33.0-rc2
must be described by the spec: its status is documented for the operation, its content type is declared
(with or without a charset), its JSON body or every Server-Sent Event's `data` validates, the stream is
framed as the media type's `x-sse` says, and nothing carries a field the spec does not name. Requests
the server carried out must be valid requests; requests it rejected for their shape must be invalid
ones (see INVALID_REQUESTS)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from paths import COMPAT_RECORDINGS_DIR

from spec.router import (
    check_guard_rejection,
    check_router_case,
    is_guard_rejection,
    is_router_answer,
    spec_path_for,
)
from spec.support import (
    deref,
    errors,
    join,
    media_type,
    operation_by_id,
    operations,
    undocumented_keys,
)

SSE = "text/event-stream"
MULTIPART = "multipart/form-data"
BODY_KEYS = ("json", "sse", "text")
EXPECTED_CASES = 67
# Requests rejected for their shape, by the compat middleware (binding, validation) or by the native
# handler's own checks (`model is required`, `invalid input type`): the spec must reject them too. The
# other 400s are capability errors of valid requests.
INVALID_REQUESTS = {
    "openai_chat_completions/empty-messages",
    "openai_chat_completions/temperature-string",
    "openai_chat_completions/missing-model",
    "openai_embeddings/encoding-format-invalid",
    "openai_embeddings/token-array",
    "anthropic_messages/missing-max-tokens",
    "anthropic_messages/max-tokens-string",
    "openai_audio_transcriptions/missing-model",
    "openai_audio_transcriptions/missing-file",
}


@cache
def _index() -> list[dict[str, Any]]:
    with (COMPAT_RECORDINGS_DIR / "index.json").open(encoding="utf-8") as f:
        entries = json.load(f)
    assert isinstance(entries, list)
    return entries


def _case_ids() -> list[str]:
    return [f"{e['operation']}/{e['case']}" for e in _index()]


def _load(case_id: str) -> dict[str, Any]:
    with (COMPAT_RECORDINGS_DIR / f"{case_id}.json").open(encoding="utf-8") as f:
        case = json.load(f)
    assert isinstance(case, dict)
    return case


def _request_schema(operation_id: str, mt: str) -> str:
    _, _, op_pointer, _ = operation_by_id(operation_id)
    body_pointer, body = deref(join(op_pointer, "requestBody"))
    assert mt in body["content"], f"{operation_id} does not take {mt}"
    return join(body_pointer, "content", mt, "schema")


def _request_instance(case: dict[str, Any]) -> tuple[str, Any] | None:
    """(media type, instance) of a recorded request body, or None when it has no structured body."""
    request = case["request"]
    if "json" in request:
        body = request["json"]
        # Go matches top-level keys case-insensitively.
        folded = {key.lower(): value for key, value in body.items()} if isinstance(body, dict) else body
        return "application/json", folded
    if "multipart" in request:
        form = request["multipart"]
        # The file bytes are not stored; a binary part is a string in the schema's terms.
        return MULTIPART, {**form["fields"], **{name: "<bytes>" for name in form["files"]}}
    return None


def _check_request(case_id: str, case: dict[str, Any]) -> None:
    operation_id = case["operation"]
    found = _request_instance(case)
    if case_id in INVALID_REQUESTS:
        assert found is not None, f"{case_id} has no request body to check"
        mt, instance = found
        assert errors(_request_schema(operation_id, mt), instance) != [], (
            "the server rejected this request for its shape, but the spec accepts it"
        )
        return
    if found is None or not 200 <= case["response"]["status"] < 300:
        return
    mt, instance = found
    assert errors(_request_schema(operation_id, mt), instance) == [], "an accepted request does not validate"


def _check_sse(case: dict[str, Any], media_pointer: str, media: dict[str, Any]) -> None:
    events = case["response"]["sse"]
    assert events, "an empty event stream"
    schema = join(media_pointer, "schema")
    framing = media["x-sse"]
    if "terminator" in framing:
        # Data-only events, the last one the sentinel.
        *chunks, last = events
        assert last == {"event": None, "data": framing["terminator"]}
        assert case["response"]["sse_raw_tail"].endswith(f"data: {framing['terminator']}\n\n")
        assert chunks, "a stream with nothing before its terminator"
        for number, event in enumerate(chunks, 1):
            assert event["event"] is None, f"event {number} is named in a data-only stream"
            assert errors(schema, event["data"]) == [], f"event {number}: {event['data']!r}"
            assert undocumented_keys(schema, event["data"]) == [], f"event {number}"
        return
    named = framing["events"]
    for number, event in enumerate(events, 1):
        name, data = event["event"], event["data"]
        assert name in named, f"event {number}: {name!r} is not a documented event"
        assert isinstance(data, dict) and data.get("type") == name, f"event {number}: data.type differs"
        event_schema = join(media_pointer, "x-sse", "events", name)
        assert errors(event_schema, data) == [], f"event {number} ({name}): {data!r}"
        assert errors(schema, data) == [], f"event {number} ({name}) is not in the stream's union"
        assert undocumented_keys(event_schema, data) == [], f"event {number} ({name})"


@pytest.mark.parametrize("case_id", _case_ids())
def test_compat_recording_matches_spec(case_id: str) -> None:
    case = _load(case_id)
    operation_id, request, response = case["operation"], case["request"], case["response"]
    method, template, _, _ = operation_by_id(operation_id)
    if is_guard_rejection(case):
        check_guard_rejection(case)
        return
    if is_router_answer(case, method):
        check_router_case(case)
        if "text" in response:
            # The router's own plain-text answers.
            assert media_type(response["headers"]["content-type"]) == "text/plain"
            assert response["text"] in {"404 page not found", "405 method not allowed"}
        return
    assert spec_path_for(request["path"]) == template, f"{request['path']} does not match {template}"
    _check_request(case_id, case)

    status = response["status"]
    _, _, op_pointer, op = operation_by_id(operation_id)
    assert str(status) in op["responses"], f"status {status} is not documented ({sorted(op['responses'])})"
    pointer, documented = deref(join(op_pointer, "responses", str(status)))
    content = documented.get("content", {})

    assert any(key in response for key in BODY_KEYS), "every compat answer has a body"
    content_type = response["headers"].get("content-type")
    assert content_type is not None, "a body without a content type"
    mt = media_type(content_type)
    assert mt in content, f"{operation_id} {status}: {mt} not declared (declared: {list(content)})"
    media_pointer = join(pointer, "content", mt)

    if "sse" in response:
        assert mt == SSE
        _check_sse(case, media_pointer, content[mt])
    elif "json" in response:
        schema = join(media_pointer, "schema")
        assert errors(schema, response["json"]) == []
        assert undocumented_keys(schema, response["json"]) == []
    else:
        assert errors(join(media_pointer, "schema"), response["text"]) == []


def test_compat_recordings_are_all_checked() -> None:
    on_disk = {
        str(p.relative_to(COMPAT_RECORDINGS_DIR).with_suffix(""))
        for p in Path(COMPAT_RECORDINGS_DIR).glob("*/*.json")
    }
    indexed = set(_case_ids())
    assert on_disk == indexed
    assert len(indexed) == len(_case_ids()) == EXPECTED_CASES
    assert indexed >= INVALID_REQUESTS
    # Every compatible operation has a recording, and every SSE framing was seen on the wire.
    recorded = {case.split("/")[0] for case in indexed}
    compat = {op["operationId"] for _, _, _, op in operations() if op.get("tags")}
    assert len(compat) == 8 and compat <= recorded
    streamed = {case.split("/")[0] for case in indexed if "sse" in _load(case)["response"]}
    assert streamed == {
        "openai_chat_completions",
        "openai_completions",
        "openai_responses",
        "anthropic_messages",
    }


def test_compat_checks_can_fail() -> None:
    # An OpenAI error with an extra field, a chunk without `choices`, an Anthropic event of the wrong
    # shape and a native error where only the OpenAI shape is documented are all caught.
    extra = {"error": {"message": "m", "type": "api_error", "param": None, "code": None, "status": 400}}
    assert undocumented_keys("/components/schemas/OpenAIErrorResponse", extra) == ["/error/status"]
    chunk = {
        "id": "c",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "system_fingerprint": "f",
    }
    assert errors("/components/schemas/OpenAIChatCompletionChunk", chunk) != []
    stop = {"type": "message_stop", "index": 0}
    assert undocumented_keys("/components/schemas/AnthropicStreamEvent", stop) == ["/index"]
    assert errors("/components/schemas/AnthropicStreamEvent", {"type": "content_block_stop"}) != []
    assert errors("/components/schemas/OpenAIErrorResponse", {"error": "m"}) != []
