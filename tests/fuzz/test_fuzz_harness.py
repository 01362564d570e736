"""The fuzz harness without a server: host normalisation, the NDJSON and error-body checks fed with
real recorded Ollama responses, the request bounding, and the shared schemathesis configuration."""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from paths import RECORDINGS_DIR, SPEC_PATH
from schemathesis.openapi import from_path

from hiramu.fuzz import hooks
from hiramu.fuzz.config import NETWORK_OPERATIONS, FuzzSettings, schemathesis_toml
from hiramu.fuzz.target import normalize_host


@pytest.mark.parametrize(
    ("value", "url"),
    [
        ("127.0.0.1:11434", "http://127.0.0.1:11434"),
        ("127.0.0.1", "http://127.0.0.1:11434"),
        ("localhost:8080", "http://localhost:8080"),
        ("0.0.0.0", "http://127.0.0.1:11434"),
        (":9999", "http://127.0.0.1:9999"),
        ("", "http://127.0.0.1:11434"),
        ("http://example.test", "http://example.test:80"),
        ("https://example.test", "https://example.test:443"),
        ("https://example.test:8443/ollama/", "https://example.test:8443/ollama"),
        ("HTTP://gpu-box:11434", "http://gpu-box:11434"),
        ("[::1]:11434", "http://[::1]:11434"),
        ("[::]:11434", "http://[::1]:11434"),
        ("ollama.com", "https://ollama.com:443"),
        ("gpu-box:notaport", "http://gpu-box:11434"),
        ("  10.0.0.5:1234 ", "http://10.0.0.5:1234"),
    ],
)
def test_normalize_host(value: str, url: str) -> None:
    assert normalize_host(value) == url


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


def _response(status: int, content_type: str | None, content: bytes) -> schemathesis.Response:
    headers = {"content-type": [content_type]} if content_type else {}
    request = requests.Request("POST", "http://127.0.0.1:11434/").prepare()
    return schemathesis.Response(
        status_code=status, headers=headers, content=content, request=request, elapsed=0.01, verify=True
    )


def _before_call(case: hooks.AnyCase) -> None:
    hooks.before_call(schemathesis.HookContext(operation=case.operation), case, {})


def _body(case: hooks.AnyCase) -> dict[str, Any]:
    assert isinstance(case.body, dict)
    return case.body


def _ndjson(lines: list[Any]) -> bytes:
    return b"".join(json.dumps(line).encode() + b"\n" for line in lines)


def _recordings() -> list[Path]:
    if not RECORDINGS_DIR.is_dir():
        return []
    return sorted(RECORDINGS_DIR.glob("*/*.json"))


def _recorded_streams() -> list[Any]:
    found: list[Any] = []
    for path in _recordings():
        case = json.loads(path.read_text(encoding="utf-8"))
        if "ndjson" in case["response"]:
            found.append((f"{case['operation']}/{case['case']}", case))
    return found


def test_recorded_streams_exist() -> None:
    if not RECORDINGS_DIR.is_dir():
        pytest.skip(f"no recordings at {RECORDINGS_DIR}")
    operations = {name.split("/")[0] for name, _ in _recorded_streams()}
    assert operations == {"generate", "chat", "create", "pull", "push"}


@pytest.mark.parametrize(
    ("name", "recording"),
    _recorded_streams() or [pytest.param("none", {}, marks=pytest.mark.skip("no recordings"))],
)
def test_real_streams_pass_the_stream_check(name: str, recording: dict[str, Any]) -> None:
    case = _case(recording["operation"], recording["request"].get("json"))
    response = _response(200, "application/x-ndjson", _ndjson(recording["response"]["ndjson"]))
    assert hooks.stream_problems(case, response) == []
    # schemathesis' own schema check sees the last line through the deserializer.
    case.operation.validate_response(response, case=case)


@pytest.mark.parametrize(
    "path",
    [p for p in _recordings() if "json" in json.loads(p.read_text(encoding="utf-8"))["response"]]
    or [pytest.param(None, marks=pytest.mark.skip("no recordings"))],
    ids=lambda p: f"{p.parent.name}/{p.stem}" if p else "none",
)
def test_real_json_answers_pass_schemathesis_validation(path: Path) -> None:
    recording = json.loads(path.read_text(encoding="utf-8"))
    if recording["operation"] == "_router":
        pytest.skip("router answers belong to no operation")
    response_data = recording["response"]
    case = _case(recording["operation"], recording["request"].get("json"))
    if case.operation.method.upper() != recording["request"]["method"]:
        pytest.skip("a wrong-method probe (405) of this path")
    content = json.dumps(response_data["json"]).encode()
    response = _response(response_data["status"], response_data["headers"]["content-type"], content)
    case.operation.validate_response(response, case=case)
    if response_data["status"] >= 400:
        assert hooks.error_bodies_are_ollama_errors(None, response, case) is True  # type: ignore[arg-type]


def _generate_lines() -> list[dict[str, Any]]:
    return [
        {"model": "m", "created_at": "2026-01-01T00:00:00Z", "response": "a", "done": False},
        {
            "model": "m",
            "created_at": "2026-01-01T00:00:01Z",
            "response": "",
            "done": True,
            "done_reason": "stop",
        },
    ]


def test_stream_check_flags_a_bad_line() -> None:
    lines = _generate_lines()
    del lines[0]["done"]
    problems = hooks.stream_problems(
        _case("generate", {}), _response(200, "application/x-ndjson", _ndjson(lines))
    )
    assert len(problems) == 1 and problems[0].startswith("line 1 violates the line schema")


def test_stream_check_flags_a_stream_cut_before_done() -> None:
    lines = _generate_lines()[:1]
    problems = hooks.stream_problems(
        _case("generate", {}), _response(200, "application/x-ndjson", _ndjson(lines))
    )
    assert problems == ["the stream ended without a `done: true` line"]


def test_stream_check_flags_broken_framing() -> None:
    content = _ndjson(_generate_lines()).rstrip(b"\n") + b"\n{not json"
    problems = hooks.stream_problems(_case("generate", {}), _response(200, "application/x-ndjson", content))
    assert any(p.startswith("line 3 is not JSON") for p in problems)
    assert "the last NDJSON line is not terminated by a newline" in problems


def test_error_lines_fail_inference_streams_and_are_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "errors.jsonl"
    monkeypatch.setenv("HIRAMU_FUZZ_ERROR_LINES", str(log))
    monkeypatch.delenv("HIRAMU_FUZZ_FAIL_ON_ERROR_LINES", raising=False)
    lines: list[Any] = [_generate_lines()[0], {"error": "runner crashed"}]
    generate = _case("generate", {"model": "m"})
    problems = hooks.stream_problems(generate, _response(200, "application/x-ndjson", _ndjson(lines)))
    assert problems == ["line 2 carries an error: 'runner crashed'"]
    pull = _case("pull", {"model": "x"})
    progress = [{"status": "pulling manifest"}, {"error": "pull model manifest: file does not exist"}]
    assert hooks.stream_problems(pull, _response(200, "application/x-ndjson", _ndjson(progress))) == []
    logged = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [(e["operation"], e["line"], e["error"]) for e in logged] == [
        ("generate", 2, "runner crashed"),
        ("pull", 2, "pull model manifest: file does not exist"),
    ]


def test_an_error_line_must_end_the_stream() -> None:
    progress = [{"status": "pulling manifest"}, {"error": "boom"}, {"status": "success"}]
    problems = hooks.stream_problems(
        _case("pull", {}), _response(200, "application/x-ndjson", _ndjson(progress))
    )
    assert problems == ["error lines must end the stream; found at lines [2] of 3"]


def test_error_body_check() -> None:
    case = _case("show", {"model": "x"})
    ok = _response(404, "application/json; charset=utf-8", b'{"error":"model \'x\' not found"}')
    assert hooks.error_bodies_are_ollama_errors(None, ok, case) is True  # type: ignore[arg-type]
    crash = _response(500, "text/plain", b"Internal Server Error")
    with pytest.raises(AssertionError, match="content type 'text/plain'"):
        hooks.error_bodies_are_ollama_errors(None, crash, case)  # type: ignore[arg-type]
    wrong = _response(400, "application/json", b'{"message":"bad"}')
    with pytest.raises(AssertionError, match="is not"):
        hooks.error_bodies_are_ollama_errors(None, wrong, case)  # type: ignore[arg-type]
    router = _response(405, "text/plain", b"405 method not allowed")
    assert hooks.error_bodies_are_ollama_errors(None, router, case) is None  # type: ignore[arg-type]


def test_generation_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HIRAMU_FUZZ_PROTECT", "0")
    bare = _case("generate", {"model": "m", "prompt": "hi"})
    _before_call(bare)
    assert _body(bare)["options"] == {"num_predict": hooks.MAX_PREDICT}
    unlimited = _case("chat", {"model": "m", "options": {"num_predict": -1, "seed": 3}})
    _before_call(unlimited)
    assert _body(unlimited)["options"] == {"num_predict": hooks.MAX_PREDICT, "seed": 3}
    small = _case("chat", {"model": "m", "options": {"num_predict": 2}})
    _before_call(small)
    assert _body(small)["options"] == {"num_predict": 2}
    negative = _case("generate", {"model": "m", "options": {"num_predict": "many"}})
    _before_call(negative)
    assert _body(negative)["options"] == {"num_predict": "many"}


def test_foreign_servers_are_protected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HIRAMU_FUZZ_PROTECT", "1")
    delete = _case("delete", {"model": "llama3:8b", "name": "other"})
    _before_call(delete)
    assert _body(delete) == {"model": "hiramu-fuzz-llama3:8b", "name": "hiramu-fuzz-other"}
    copy = _case("copy", {"source": "llama3", "destination": "llama3"})
    _before_call(copy)
    assert _body(copy) == {"source": "llama3", "destination": "hiramu-fuzz-llama3"}
    cloud = _case("chat", {"model": "gpt-oss:120b-cloud"})
    _before_call(cloud)
    assert _body(cloud)["model"] == "gpt-oss:120b-cloud-off"
    stub = _case("create", {"model": "x", "from": "kimi:cloud", "remote_host": "https://ollama.com"})
    _before_call(stub)
    assert _body(stub) == {"model": "hiramu-fuzz-x", "from": "kimi:cloud-off"}
    monkeypatch.setenv("HIRAMU_FUZZ_PROTECT", "0")
    bundled = _case("delete", {"model": "llama3"})
    _before_call(bundled)
    assert _body(bundled) == {"model": "llama3"}


def test_blob_uploads_get_matching_digests_half_of_the_time() -> None:
    matched = 0
    for index in range(64):
        data = f"blob {index}".encode()
        digest = "sha256:" + f"{index:064x}"
        case = _case("create_blob")
        case.path_parameters = {"digest": digest}
        case.body = data
        hooks.match_blob_digest(case)
        if case.path_parameters["digest"] != digest:
            assert case.path_parameters["digest"] == "sha256:" + hashlib.sha256(data).hexdigest()
            matched += 1
    assert 10 < matched < 54
    malformed = _case("create_blob")
    malformed.path_parameters = {"digest": "md5:1234"}
    malformed.body = b"x"
    hooks.match_blob_digest(malformed)
    assert malformed.path_parameters == {"digest": "md5:1234"}


@pytest.mark.parametrize("strict", [False, True])
def test_configuration_loads(strict: bool) -> None:
    settings = FuzzSettings(
        models=["tiny-llama:latest"],
        seed=7,
        max_time=30,
        strict=strict,
        excluded_operations=NETWORK_OPERATIONS,
    )
    config = schemathesis.Config.from_str(schemathesis_toml(settings))
    project = config.projects.default
    checks = project.checks
    assert checks.not_a_server_error.enabled is strict
    assert checks.negative_data_rejection.enabled is strict
    assert checks.use_after_free.enabled is False
    assert project.seed == 7
    disabled = [op for op in project.operations.operations if op.enabled is False]
    assert len(disabled) == 1
