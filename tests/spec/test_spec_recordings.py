"""Every response recorded from a real Ollama 0.33.0-rc2 must be described by the spec: its status is
documented for the operation, its content type is declared, its JSON body (or each NDJSON line)
validates, and it carries no field the spec does not name. Requests the server accepted must be
valid requests."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from paths import RECORDINGS_DIR

from spec.router import (
    check_guard_rejection,
    check_router_case,
    check_wrong_method,
    has_body,
    is_guard_rejection,
    path_regex,
)
from spec.support import (
    NDJSON,
    deref,
    errors,
    join,
    media_type,
    operation_by_id,
    operations,
    undocumented_keys,
)

MISSING = "recordings not available"


@cache
def _index() -> list[dict[str, Any]]:
    with (RECORDINGS_DIR / "index.json").open(encoding="utf-8") as f:
        entries = json.load(f)
    assert isinstance(entries, list)
    return entries


def _case_ids() -> list[str]:
    if not RECORDINGS_DIR.is_dir():
        return [MISSING]
    return [f"{e['operation']}/{e['case']}" for e in _index()]


def _load(case_id: str) -> dict[str, Any]:
    if case_id == MISSING:
        pytest.skip(f"no recordings at {RECORDINGS_DIR} (shared data not present)")
    with (RECORDINGS_DIR / f"{case_id}.json").open(encoding="utf-8") as f:
        case = json.load(f)
    assert isinstance(case, dict)
    return case


def _response_pointer(operation_id: str, status: int) -> tuple[str, dict[str, Any]]:
    _, _, op_pointer, op = operation_by_id(operation_id)
    documented = sorted(op["responses"])
    assert str(status) in op["responses"], (
        f"status {status} is not documented for {operation_id} ({documented})"
    )
    pointer, response = deref(join(op_pointer, "responses", str(status)))
    return pointer, response


def _check_request(operation_id: str, case: dict[str, Any]) -> None:
    """A request the server carried out (2xx, and no stream error line) must be valid, case-folding the
    top-level keys, which Go matches case-insensitively."""
    body = case["request"].get("json")
    if not isinstance(body, dict) or not 200 <= case["response"]["status"] < 300:
        return
    if any("error" in line for line in case["response"].get("ndjson", [])):
        return
    _, _, op_pointer, _ = operation_by_id(operation_id)
    body_pointer, _ = deref(join(op_pointer, "requestBody"))
    schema_pointer = join(body_pointer, "content", "application/json", "schema")
    folded = {key.lower(): value for key, value in body.items()}
    assert errors(schema_pointer, folded) == [], "an accepted request does not validate"


@pytest.mark.parametrize("case_id", _case_ids())
def test_recording_matches_spec(case_id: str) -> None:
    case = _load(case_id)
    operation_id, request, response = case["operation"], case["request"], case["response"]
    if operation_id == "_router":
        check_router_case(case)
        return
    if is_guard_rejection(case):
        check_guard_rejection(case)
        return

    method, template, _, _ = operation_by_id(operation_id)
    if request["method"].lower() != method:
        check_wrong_method(case)
        return
    assert path_regex(template).match(request["path"]), f"{request['path']} does not match {template}"
    _check_request(operation_id, case)

    status = response["status"]
    pointer, documented = _response_pointer(operation_id, status)
    content = documented.get("content", {})
    content_type = response["headers"].get("content-type")

    if not has_body(response):
        # HEAD answers announce the GET's content type but never carry a body.
        assert content == {}, f"{operation_id} {status} has no body but the spec declares {list(content)}"
        if method != "head":
            assert content_type is None, (
                f"{operation_id} {status}: content type {content_type} without a body"
            )
        return

    assert content_type is not None, "a body without a content type"
    mt = media_type(content_type)
    assert mt in content, f"{operation_id} {status}: {mt} not declared (declared: {list(content)})"
    schema = join(pointer, "content", mt, "schema")

    if "ndjson" in response:
        assert mt == NDJSON
        lines = response["ndjson"]
        assert lines, "an empty NDJSON stream"
        for number, line in enumerate(lines, 1):
            assert errors(schema, line) == [], f"NDJSON line {number}: {line!r}"
            assert undocumented_keys(schema, line) == [], f"NDJSON line {number}"
        # Only the last line may be an error line.
        assert all("error" not in line for line in lines[:-1])
    elif "json" in response:
        assert errors(schema, response["json"]) == []
        assert undocumented_keys(schema, response["json"]) == []
    else:
        assert errors(schema, response["text"]) == []


def test_recordings_are_all_checked() -> None:
    if not RECORDINGS_DIR.is_dir():
        pytest.skip(f"no recordings at {RECORDINGS_DIR} (shared data not present)")
    on_disk = {
        str(p.relative_to(RECORDINGS_DIR).with_suffix("")) for p in Path(RECORDINGS_DIR).glob("*/*.json")
    }
    indexed = set(_case_ids())
    assert on_disk == indexed
    assert len(indexed) > 100
    # Every native (untagged) operation of the spec has at least one recording; the compatible routes
    # have theirs in test_spec_compat_recordings.
    recorded = {case.split("/")[0] for case in indexed}
    assert {op["operationId"] for _, _, _, op in operations() if not op.get("tags")} <= recorded


def test_undocumented_field_detection_works() -> None:
    # The field check must be able to fail.
    line = {"model": "m", "created_at": "2026-01-01T00:00:00Z", "response": "", "done": True, "extra": 1}
    assert undocumented_keys("/components/schemas/GenerateStreamLine", line) == ["/extra"]
    nested = {"models": [{"name": "a", "details": {"new_detail": 1}}]}
    assert undocumented_keys("/components/schemas/ListResponse", nested) == ["/models/0/details/new_detail"]
