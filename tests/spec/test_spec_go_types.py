"""Field parity with Ollama's wire structs: every JSON tag of a Go struct in `api/types.go` is a property
of the schema of the same name, and the other way round.

Needs an Ollama source tree: set `OLLAMA_SOURCE` to a checkout (or a bare git directory) of
ollama/ollama at the commit the spec describes. Skipped when it is not set.
"""

from __future__ import annotations

import os
import re
import subprocess
from functools import cache
from pathlib import Path

import pytest

from spec.support import load_spec

STRUCT = re.compile(r"^type (\w+) struct \{\n(.*?)^\}", re.S | re.M)
JSON_TAG = re.compile(r'json:"([^",]*)')
EMBEDDED = re.compile(r"^\s*([A-Z]\w*)\s*$", re.M)
# Go types the spec models differently on purpose (errors, custom marshalers, free-form maps).
NOT_SCHEMAS = {
    "AuthorizationError",
    "StatusError",
    "Duration",
    "ThinkValue",
    "ToolCallFunctionArguments",
    "ToolPropertiesMap",
    "TokenResponse",
    "Metrics",
    "Runner",
}


def _types_go() -> str:
    source = os.environ.get("OLLAMA_SOURCE")
    if not source:
        pytest.skip("set OLLAMA_SOURCE to an ollama/ollama checkout to compare with its Go types")
    root = Path(source)
    if (root / "api" / "types.go").is_file():
        return (root / "api" / "types.go").read_text(encoding="utf-8")
    shown = subprocess.run(
        ["git", "-C", str(root), "show", "HEAD:api/types.go"], capture_output=True, text=True, check=True
    )
    return shown.stdout


@cache
def _structs(text: str) -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    found = {}
    for match in STRUCT.finditer(text):
        body = match.group(2)
        tags = frozenset(tag for tag in JSON_TAG.findall(body) if tag and tag != "-")
        found[match.group(1)] = (tags, tuple(EMBEDDED.findall(body)))
    return found


def _tags(structs: dict[str, tuple[frozenset[str], tuple[str, ...]]], name: str) -> set[str]:
    tags, embedded = structs[name]
    result = set(tags)
    for inner in embedded:
        if inner in structs:
            result |= _tags(structs, inner)
    return result


def test_go_structs_and_schemas_have_the_same_fields() -> None:
    structs = _structs(_types_go())
    assert len(structs) > 40
    schemas = load_spec()["components"]["schemas"]
    missing = sorted(name for name in structs if name not in schemas and name not in NOT_SCHEMAS)
    assert missing == [], "Go wire structs without a schema"
    compared = 0
    for name in structs:
        if name in NOT_SCHEMAS:
            continue
        go_fields = _tags(structs, name)
        spec_fields = set(schemas[name].get("properties", {}))
        assert go_fields == spec_fields, (
            f"{name}: Go only {go_fields - spec_fields}, spec only {spec_fields - go_fields}"
        )
        compared += 1
    assert compared > 40
