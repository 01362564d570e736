"""Every JSON body a real Ollama sent parses through the generated models and writes back unchanged.

For each recording, the model is the one the spec names for the operation, status and content type
(for NDJSON, per line: the chunk schema, or `StreamErrorLine` for an error line). `to_dict()` of the
parsed model must equal the recorded JSON exactly: no field lost, renamed, re-typed or invented,
null kept apart from absent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest
import yaml
from hiramu.ollama import models
from paths import RECORDINGS_DIR, SPEC_PATH

SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
RESPONSES: dict[str, Any] = SPEC["components"].get("responses", {})


@dataclass(frozen=True)
class Body:
    case: str
    schema: str  # component schema name for the body or for each line
    documents: tuple[Any, ...]  # the JSON body, or every NDJSON line


def _operations() -> dict[str, dict[str, Any]]:
    found = {}
    for item in SPEC["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = operation
    return found


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _media_schema(operation: dict[str, Any], status: int, content_type: str) -> str | None:
    response = operation["responses"].get(str(status)) or operation["responses"].get(status)
    if response is None:
        return None
    if "$ref" in response:
        response = RESPONSES[_ref_name(response["$ref"])]
    media = response.get("content", {}).get(content_type)
    if media is None or "$ref" not in media.get("schema", {}):
        return None
    return _ref_name(media["schema"]["$ref"])


def _line_schema(name: str, line: Any) -> str:
    """The object schema one NDJSON line parses as: the error variant for an error line."""
    variants = SCHEMAS[name].get("oneOf") or SCHEMAS[name].get("anyOf")
    if not variants:
        return name
    names = [_ref_name(variant["$ref"]) for variant in variants]
    if isinstance(line, dict) and set(line) == {"error"}:
        return next(n for n in names if "error" in SCHEMAS[n].get("required", []))
    return names[0]


def _bodies() -> list[Body]:
    if not RECORDINGS_DIR.is_dir():
        return []
    operations = _operations()
    bodies = []
    for path in sorted(RECORDINGS_DIR.glob("*/*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        operation = operations.get(record["operation"])
        response = record["response"]
        content_type = str(response["headers"].get("content-type", "")).split(";")[0].strip()
        if operation is None or not content_type:
            continue
        name = _media_schema(operation, response["status"], content_type)
        case = f"{record['operation']}/{record['case']}"
        if name is None:
            continue
        if "ndjson" in response:
            lines = tuple(response["ndjson"])
            for index, line in enumerate(lines):
                bodies.append(Body(f"{case}#{index}", _line_schema(name, line), (line,)))
        elif isinstance(response.get("json"), dict):
            bodies.append(Body(case, name, (response["json"],)))
    return bodies


BODIES = _bodies()


def test_recordings_are_checked() -> None:
    if not RECORDINGS_DIR.is_dir():
        pytest.skip(f"no recordings at {RECORDINGS_DIR}")
    cases = {body.case.split("#")[0] for body in BODIES}
    assert len(cases) > 100, f"only {len(cases)} recorded bodies matched a model"
    stream_lines = [body for body in BODIES if "#" in body.case]
    assert len(stream_lines) > 30, f"only {len(stream_lines)} NDJSON lines matched a chunk model"


@pytest.mark.parametrize("body", BODIES, ids=[body.case for body in BODIES])
def test_recorded_body_round_trips(body: Body) -> None:
    model = getattr(models, body.schema)
    for document in body.documents:
        parsed = model.from_dict(document)
        assert parsed.to_dict() == document
        # Lossless also through a JSON text, as a cache or a log would store it.
        assert json.loads(json.dumps(parsed.to_dict())) == document


def test_unknown_fields_survive() -> None:
    line = {
        "model": "m",
        "created_at": "2026-01-01T00:00:00Z",
        "response": "",
        "done": True,
        "new": {"x": [1]},
    }
    parsed = models.GenerateResponse.from_dict(line)
    assert parsed.additional_properties == {"new": {"x": [1]}}
    assert parsed["new"] == {"x": [1]}
    assert parsed.to_dict() == line
