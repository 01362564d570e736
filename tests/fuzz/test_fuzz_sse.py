"""The fuzzer on the OpenAI- and Anthropic-compatible routes, without the bundled server: the
Server-Sent Event check fed with real recorded streams and with crafted wrong ones, the error flavours,
the request bounding, and a wrong stream from a tiny scripted server caught by a whole schemathesis
call."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from paths import COMPAT_RECORDINGS_DIR, SPEC_PATH
from schemathesis.openapi import from_path
from schemathesis.transport.serialization import Binary

from hiramu.fuzz import hooks, sse
from hiramu.fuzz.config import FuzzSettings, schemathesis_toml

STREAMED = ("openai_chat_completions", "openai_completions", "openai_responses", "anthropic_messages")


@cache
def _schema() -> Any:
    return from_path(SPEC_PATH)


def _case(operation_id: str, body: object = None) -> hooks.AnyCase:
    for operation in _schema().get_all_operations():
        op = operation.ok()
        if op.definition.raw.get("operationId") == operation_id:
            if body is None:
                return op.Case()  # type: ignore[no-any-return]
            return op.Case(body=body, media_type="application/json")  # type: ignore[no-any-return]
    raise KeyError(operation_id)


def _response(status: int, content_type: str, content: bytes) -> schemathesis.Response:
    request = requests.Request("POST", "http://127.0.0.1:11434/").prepare()
    return schemathesis.Response(
        status_code=status,
        headers={"content-type": [content_type]},
        content=content,
        request=request,
        elapsed=0.01,
        verify=True,
    )


def _frame(event: str | None, data: object) -> bytes:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    head = f"event: {event}\n" if event else ""
    return f"{head}data: {text}\n\n".encode()


def _stream(events: list[tuple[str | None, object]]) -> bytes:
    return b"".join(_frame(name, data) for name, data in events)


def _load(case_id: str) -> dict[str, Any]:
    with (COMPAT_RECORDINGS_DIR / f"{case_id}.json").open(encoding="utf-8") as f:
        loaded: dict[str, Any] = json.load(f)
    return loaded


def _recorded_events(operation: str) -> list[tuple[str | None, object]]:
    recorded = {"openai_completions": "stream-include-usage"}.get(operation, "stream")
    return [(e["event"], e["data"]) for e in _load(f"{operation}/{recorded}")["response"]["sse"]]


def _problems(operation: str, events: list[tuple[str | None, object]], body: object = None) -> list[str]:
    case = _case(operation, body or {"model": "m", "stream": True})
    return hooks.sse_problems(case, _response(200, "text/event-stream", _stream(events)))


@pytest.mark.parametrize("operation", STREAMED)
def test_recorded_streams_pass(operation: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HIRAMU_FUZZ_FAIL_ON_ERROR_LINES", raising=False)
    recorded = {"openai_completions": "stream-include-usage"}.get(operation, "stream")
    recording = _load(f"{operation}/{recorded}")
    case = _case(operation, recording["request"]["json"])
    response = _response(200, "text/event-stream", _stream(_recorded_events(operation)))
    assert hooks.sse_problems(case, response) == []
    # schemathesis' own schema check reads the stream through the fuzzer's deserializer: every
    # event's data against the stream's schema (it would fail on the event objects otherwise).
    case.operation.validate_response(response, case=case)
    assert hooks.sse_stream_conformance(None, response, case) is True  # type: ignore[arg-type]


def test_recorded_streams_have_many_events() -> None:
    # The checks above must have had something to check.
    assert all(len(_recorded_events(operation)) >= 5 for operation in STREAMED)


def test_missing_terminator() -> None:
    events = _recorded_events("openai_chat_completions")[:-1]
    assert _problems("openai_chat_completions", events) == [
        "the stream ended without its terminator `data: [DONE]`"
    ]


def test_data_after_the_terminator() -> None:
    events = _recorded_events("openai_chat_completions")
    events.append(events[1])
    assert _problems("openai_chat_completions", events) == [
        f"event {len(events)} comes after the end of the stream (event {len(events) - 1})"
    ]


def test_named_event_in_a_data_only_stream() -> None:
    events = _recorded_events("openai_completions")
    events[0] = ("completion", events[0][1])
    assert _problems("openai_completions", events) == ["event 1 is named 'completion' in a data-only stream"]


def test_chunk_violating_its_schema() -> None:
    events = _recorded_events("openai_chat_completions")
    chunk = dict(events[1][1])  # type: ignore[call-overload]
    chunk["created"] = "yesterday"
    events[1] = (None, chunk)
    problems = _problems("openai_chat_completions", events)
    assert len(problems) == 1 and problems[0].startswith("event 2 violates its schema: created:")


def test_unknown_event_name() -> None:
    events = _recorded_events("anthropic_messages")
    events.insert(1, ("message_progress", {"type": "message_progress"}))
    problems = _problems("anthropic_messages", events)
    assert len(problems) == 1
    assert problems[0].startswith("event 2 has an undocumented name 'message_progress'")


def test_unnamed_event_in_a_named_stream() -> None:
    events = _recorded_events("anthropic_messages")
    events[1] = (None, events[1][1])
    assert _problems("anthropic_messages", events) == ["event 2 has no event name"]


def test_event_validated_against_its_own_schema() -> None:
    # A `content_block_stop` payload is in the stream's union, but not what `message_delta` carries.
    events = _recorded_events("anthropic_messages")
    names = [name for name, _ in events]
    at = names.index("message_delta")
    events[at] = ("message_delta", {"type": "message_delta", "index": 0})
    problems = _problems("anthropic_messages", events)
    assert problems and all(p.startswith(f"event {at + 1} (message_delta) violates") for p in problems)


def test_data_type_must_repeat_the_event_name() -> None:
    events = _recorded_events("openai_responses")
    name, data = events[1]
    assert name == "response.in_progress"
    events[1] = (name, {**data, "type": "response.created"})  # type: ignore[dict-item]
    problems = _problems("openai_responses", events)
    assert problems == ["event 2 (response.in_progress): data.type is 'response.created', not the event name"]


def test_missing_terminal_event_and_events_after_it() -> None:
    events = _recorded_events("openai_responses")
    assert events[-1][0] == "response.completed"
    assert _problems("openai_responses", events[:-1]) == [
        "the stream ended without a terminal event (one of ['response.completed', 'response.failed'])"
    ]
    messages = _recorded_events("anthropic_messages")
    messages.append(messages[-2])
    assert _problems("anthropic_messages", messages) == [
        f"event {len(messages)} (message_delta) comes after the end of the stream (event {len(messages) - 1})"
    ]


def test_broken_framing() -> None:
    events = _recorded_events("anthropic_messages")
    content = _stream(events[:2]) + b"event: content_block_delta\ndata: {not json\n\n" + _stream(events[3:])
    case = _case("anthropic_messages", {"model": "m", "stream": True})
    problems = hooks.sse_problems(case, _response(200, "text/event-stream", content))
    assert len(problems) == 1 and problems[0].startswith("event 3: data is not JSON")
    cut = _stream(events)[:-1]  # the last blank line missing: the last event is never dispatched
    problems = hooks.sse_problems(case, _response(200, "text/event-stream", cut))
    assert problems == [
        "the event stream ends in the middle of an event (no closing blank line)",
        "the stream ended without a terminal event (one of ['error', 'message_stop'])",
    ]
    empty = hooks.sse_problems(case, _response(200, "text/event-stream", b": just a comment\n\n"))
    assert empty == ["the event stream has no events"]


def test_error_events_fail_and_are_recorded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "errors.jsonl"
    monkeypatch.setenv("HIRAMU_FUZZ_ERROR_LINES", str(log))
    monkeypatch.delenv("HIRAMU_FUZZ_FAIL_ON_ERROR_LINES", raising=False)
    failure = {"type": "error", "error": {"type": "api_error", "message": "runner crashed"}}
    events = [*_recorded_events("anthropic_messages")[:3], ("error", failure)]
    assert _problems("anthropic_messages", events) == ["event 4 carries an error: 'runner crashed'"]
    chunks = [*_recorded_events("openai_chat_completions")[:2], (None, {"error": {"message": "boom"}})]
    assert _problems("openai_chat_completions", chunks) == ["event 3 carries an error: 'boom'"]
    # Not a failure where the operation is not listed; still recorded.
    monkeypatch.setenv("HIRAMU_FUZZ_FAIL_ON_ERROR_LINES", "generate")
    assert _problems("anthropic_messages", events) == []
    logged = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [(e["operation"], e["line"], e["error"]) for e in logged] == [
        ("anthropic_messages", 4, "runner crashed"),
        ("openai_chat_completions", 3, "boom"),
        ("anthropic_messages", 4, "runner crashed"),
    ]


def test_error_message_of_every_flavour() -> None:
    assert sse.error_message({"error": "native"}) == "native"
    assert sse.error_message({"error": {"message": "openai", "type": "x"}}) == "openai"
    assert sse.error_message({"type": "error", "error": {"type": "x", "message": "anthropic"}}) == "anthropic"
    failed = {"type": "response.failed", "response": {"error": {"code": "c", "message": "responses"}}}
    assert sse.error_message(failed) == "responses"


def _json_recordings() -> list[Path]:
    return [
        path
        for path in sorted(COMPAT_RECORDINGS_DIR.glob("*/*.json"))
        if "json" in json.loads(path.read_text(encoding="utf-8"))["response"]
    ]


@pytest.mark.parametrize("path", _json_recordings(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_recorded_json_answers_pass(path: Path) -> None:
    recording = json.loads(path.read_text(encoding="utf-8"))
    request, answer = recording["request"], recording["response"]
    case = _case(
        recording["operation"], request.get("json") if isinstance(request.get("json"), dict) else None
    )
    content = json.dumps(answer["json"]).encode()
    response = _response(answer["status"], answer["headers"]["content-type"], content)
    case.operation.validate_response(response, case=case)
    if answer["status"] >= 400:
        assert hooks.error_bodies_are_ollama_errors(None, response, case) is True  # type: ignore[arg-type]


def test_error_flavours() -> None:
    check = hooks.error_bodies_are_ollama_errors
    chat = _case("openai_chat_completions", {"model": "m"})
    messages = _case("anthropic_messages", {"model": "m"})
    openai_body = b'{"error":{"message":"bad","type":"invalid_request_error","param":null,"code":null}}'
    anthropic_body = b'{"type":"error","error":{"type":"not_found_error","message":"gone"},"request_id":"r"}'
    native_body = b'{"error":"model is required"}'
    for case, good in ((chat, openai_body), (messages, anthropic_body)):
        for body in (good, native_body):
            assert check(None, _response(400, "application/json", body), case) is True  # type: ignore[arg-type]
    with pytest.raises(AssertionError, match="not an OpenAI or native error object"):
        check(None, _response(400, "application/json", anthropic_body), chat)  # type: ignore[arg-type]
    with pytest.raises(AssertionError, match="not an Anthropic or native error object"):
        check(None, _response(400, "application/json", openai_body), messages)  # type: ignore[arg-type]
    # The native routes keep accepting only their own shape.
    with pytest.raises(AssertionError, match=re.escape('not {"error": "..."}')):
        check(None, _response(400, "application/json", openai_body), _case("chat", {}))  # type: ignore[arg-type]


def _before_call(case: hooks.AnyCase) -> None:
    hooks.before_call(schemathesis.HookContext(operation=case.operation), case, {})


@pytest.mark.parametrize(
    ("operation", "field", "sent", "bounded"),
    [
        ("openai_chat_completions", "max_tokens", None, hooks.MAX_PREDICT),
        ("openai_chat_completions", "max_tokens", 4096, hooks.MAX_PREDICT),
        ("openai_chat_completions", "max_tokens", -1, hooks.MAX_PREDICT),
        ("openai_completions", "max_tokens", 3, 3),
        ("openai_completions", "max_tokens", "many", "many"),
        ("openai_responses", "max_output_tokens", None, hooks.MAX_PREDICT),
        ("openai_responses", "max_output_tokens", 100, hooks.MAX_PREDICT),
        ("anthropic_messages", "max_tokens", 1024, hooks.MAX_PREDICT),
        # Required and positive there: the middleware rejects these before generating anything.
        ("anthropic_messages", "max_tokens", None, None),
        ("anthropic_messages", "max_tokens", -5, -5),
    ],
)
def test_compat_generation_is_bounded(
    operation: str, field: str, sent: object, bounded: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HIRAMU_FUZZ_PROTECT", "0")
    body: dict[str, Any] = {"model": "m"} if sent is None else {"model": "m", field: sent}
    case = _case(operation, body)
    _before_call(case)
    assert isinstance(case.body, dict)
    assert case.body.get(field) == bounded


def test_compat_cloud_models_are_defused_on_foreign_servers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HIRAMU_FUZZ_PROTECT", "1")
    for operation in (
        "openai_chat_completions",
        "openai_embeddings",
        "openai_responses",
        "anthropic_messages",
    ):
        case = _case(operation, {"model": "gpt-oss:120b-cloud", "max_tokens": 1})
        _before_call(case)
        assert isinstance(case.body, dict) and case.body["model"] == "gpt-oss:120b-cloud-off"
    retrieve = _case("openai_retrieve_model")
    retrieve.path_parameters = {"model": "kimi:cloud"}
    _before_call(retrieve)
    assert retrieve.path_parameters == {"model": "kimi:cloud-off"}


def test_silent_wav_is_a_wav_file() -> None:
    import io
    import wave

    with wave.open(io.BytesIO(hooks.silent_wav()), "rb") as audio:
        assert (audio.getnchannels(), audio.getsampwidth(), audio.getframerate()) == (1, 2, 16000)
        assert audio.getnframes() == 160


def test_about_half_of_the_transcriptions_get_real_audio() -> None:
    wav = hooks.silent_wav()
    replaced = 0
    for index in range(64):
        data = f"not audio {index}".encode()
        case = _case("openai_audio_transcriptions")
        case.body = {"model": "m", "file": Binary(data)}
        hooks.give_real_audio(case)
        assert isinstance(case.body, dict)
        now = hooks._body_bytes(case.body["file"])
        assert now in (data, wav)
        replaced += now == wav
    assert 10 < replaced < 54
    empty = _case("openai_audio_transcriptions")
    empty.body = {"model": "m", "file": Binary(b"")}
    hooks.give_real_audio(empty)
    assert isinstance(empty.body, dict) and hooks._body_bytes(empty.body["file"]) == b""


def test_configuration_fuzzes_the_compat_routes() -> None:
    text = schemathesis_toml(FuzzSettings(models=["tiny-llama:latest"]))
    config = schemathesis.Config.from_str(text)
    assert [op for op in config.projects.default.operations.operations if op.enabled is False] == []
    assert '"openai_retrieve_model"' in text and '"path.model"' in text
    loaded = from_path(SPEC_PATH, config=config)
    selected = {op.ok().definition.raw.get("operationId") for op in loaded.get_all_operations()}  # type: ignore[union-attr]
    assert set(STREAMED) <= selected and "openai_audio_transcriptions" in selected


class _ScriptedHandler(BaseHTTPRequestHandler):
    body = b""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", "0")))
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("content-length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def scripted_server() -> Iterator[tuple[str, type[_ScriptedHandler]]]:
    handler = type("Handler", (_ScriptedHandler,), {})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", handler
    finally:
        server.shutdown()
        server.server_close()


def test_a_whole_call_catches_a_wrong_stream(scripted_server: tuple[str, type[_ScriptedHandler]]) -> None:
    url, handler = scripted_server
    body = {"model": "m", "messages": [{"role": "user", "content": "hi"}], "stream": True}
    case = _case("openai_chat_completions", body)
    handler.body = _stream(_recorded_events("openai_chat_completions"))
    case.call_and_validate(base_url=url)  # the recorded stream as it was: no failure
    handler.body = _stream(_recorded_events("openai_chat_completions")[:-1])
    with pytest.raises(BaseExceptionGroup) as caught:
        case.call_and_validate(base_url=url)
    assert caught.group_contains(Exception, match=r"without its terminator `data: \[DONE\]`")
