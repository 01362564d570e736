"""The generator on small specs: golden output, determinism, pins and the conventions it enforces."""

from __future__ import annotations

import copy
import hashlib
import importlib.util
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import driver
from generator.facade import parameter_name
from generator.models import MODEL_NAMES, field_name

HERE = Path(__file__).resolve().parent
MINI_SPEC = HERE / "specs" / "mini.yaml"
GOLDEN = HERE / "golden"
RUNTIME_NAMES = {path.name for path in driver.RUNTIME_DIR.glob("*.py")}


def _rendered(root: Path) -> dict[str, str]:
    """Every generated file except the runtime copies, which have their own tests."""
    files: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        relative = path.relative_to(root)
        if len(relative.parts) == 3 and relative.parts[1] == "ollama" and relative.name in RUNTIME_NAMES:
            continue
        files[relative.as_posix()] = path.read_text(encoding="utf-8")
    return files


@pytest.fixture(scope="module")
def mini_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("mini")
    driver.generate(MINI_SPEC, out)
    return out


def test_mini_spec_matches_golden_output(mini_output: Path) -> None:
    """Regenerate the goldens with `python -m generator --spec tests/codegen/specs/mini.yaml
    --output tests/codegen/golden` after an intended template change, and review the diff."""
    actual = _rendered(mini_output)
    expected = _rendered(GOLDEN)
    assert len(expected) > 10, "the golden tree is missing"
    assert sorted(actual) == sorted(expected)
    for name, text in expected.items():
        assert actual[name] == text, f"{name} differs from its golden copy"


def test_generation_is_deterministic(mini_output: Path, tmp_path: Path) -> None:
    driver.generate(MINI_SPEC, tmp_path)
    assert driver.differences(mini_output / "hiramu", tmp_path / "hiramu") == []


def test_differences_reports_edits(mini_output: Path, tmp_path: Path) -> None:
    driver.generate(MINI_SPEC, tmp_path)
    (tmp_path / "hiramu" / "ollama" / "_client.py").write_text("# edited by hand\n", encoding="utf-8")
    (tmp_path / "hiramu" / "ollama" / "stray.py").write_text("", encoding="utf-8")
    (tmp_path / "hiramu" / "ollama" / "types.py").unlink()
    problems = driver.differences(mini_output / "hiramu", tmp_path / "hiramu")
    assert problems == [
        "missing: ollama/types.py",
        "unexpected: ollama/stray.py",
        "differs: ollama/_client.py",
    ]


def test_upstream_templates_are_the_ones_the_overrides_patch() -> None:
    """Our overrides are patched copies of the pinned upstream templates; an upgrade must re-base them."""
    spec = importlib.util.find_spec("openapi_python_client")
    assert spec is not None and spec.origin is not None
    upstream = Path(spec.origin).parent / "templates"
    recorded = {}
    for line in (driver.TEMPLATES_DIR / "UPSTREAM.sha256").read_text().splitlines():
        digest, name = line.split()
        recorded[name] = digest
    assert recorded, "UPSTREAM.sha256 lists no templates"
    for name, digest in recorded.items():
        assert hashlib.sha256((upstream / name).read_bytes()).hexdigest() == digest, (
            f"upstream {name} changed"
        )
    overrides = {path.name for path in driver.TEMPLATES_DIR.glob("*.jinja")}
    own = {"facade.py.jinja", "events.py.jinja"}
    assert overrides - own == set(recorded), "every override must record the upstream template it replaces"


def test_timestamps_stay_text_for_the_generator() -> None:
    document = driver.load_spec(MINI_SPEC)
    prepared = driver.prepare_spec(document)
    created = prepared["components"]["schemas"]["GenerateResponse"]["properties"]["created_at"]
    assert created == {"type": "string"}
    original = document["components"]["schemas"]["GenerateResponse"]["properties"]["created_at"]
    assert original["format"] == "date-time", "the spec itself keeps the format"


def test_stream_chunks_come_from_the_first_line_variant() -> None:
    chunks = driver.stream_chunks(driver.load_spec(MINI_SPEC))
    assert {op: chunk.schema_name for op, chunk in chunks.items()} == {
        "generate": "GenerateResponse",
        "pull": "ProgressResponse",
    }


def _with_ndjson_schema(schema: dict[str, Any]) -> dict[str, Any]:
    document = copy.deepcopy(driver.load_spec(MINI_SPEC))
    content = document["paths"]["/api/generate"]["post"]["responses"]["200"]["content"]
    content["application/x-ndjson"]["schema"] = schema
    return document


@pytest.mark.parametrize(
    ("schema", "message"),
    [
        ({"type": "object"}, "must be a $ref"),
        ({"$ref": "#/components/schemas/Missing"}, "does not resolve"),
        ({"$ref": "other.yaml#/Thing"}, "unsupported $ref"),
    ],
)
def test_stream_chunk_conventions_are_enforced(schema: dict[str, Any], message: str) -> None:
    with pytest.raises(driver.GenerationError, match=message.replace("$", r"\$")):
        driver.stream_chunks(_with_ndjson_schema(schema))


def test_generator_problems_fail_generation(tmp_path: Path) -> None:
    document = driver.load_spec(MINI_SPEC)
    # A media type the generator cannot handle makes it warn; warnings must fail the run.
    document["paths"]["/api/version"]["get"]["responses"]["200"]["content"] = {
        "application/x-unknown": {"schema": {"type": "string"}}
    }
    spec = tmp_path / "broken.yaml"
    spec.write_text(yaml.safe_dump(document), encoding="utf-8")
    with pytest.raises(driver.GenerationError, match="generation reported problems"):
        driver.generate(spec, tmp_path / "out")


@pytest.mark.parametrize(
    ("wire", "name"),
    [
        ("model", "model"),
        ("from", "from_"),
        ("format", "format"),
        ("_debug_render_only", "debug_render_only"),
        ("timeout", "timeout_"),
    ],
)
def test_facade_arguments_follow_the_naming_rule(wire: str, name: str) -> None:
    assert parameter_name(wire) == name


@pytest.mark.parametrize(
    ("wire", "name"),
    [
        ("model", "model"),
        ("from", "from_"),
        ("format", "format"),
        ("type", "type"),
        ("_debug_info", "debug_info"),
        ("anyOf", "any_of"),
        ("$defs", "defs"),
        ("items", "items_"),
        ("keys", "keys_"),
        ("timeout", "timeout"),
    ],
)
def test_model_attributes_follow_the_naming_rule(wire: str, name: str) -> None:
    assert field_name(wire, MODEL_NAMES) == name


def test_one_name_for_a_field_in_models_and_facade(mini_output: Path) -> None:
    request = (mini_output / "hiramu" / "ollama" / "models" / "generate_request.py").read_text(
        encoding="utf-8"
    )
    facade = (mini_output / "hiramu" / "ollama" / "_client.py").read_text(encoding="utf-8")
    assert "    debug_render_only: bool | Unset = UNSET" in request
    assert "        debug_render_only: bool | None = None," in facade
    assert "field_debug" not in request + facade


def test_facade_of_the_mini_spec(mini_output: Path) -> None:
    source = (mini_output / "hiramu" / "ollama" / "_client.py").read_text(encoding="utf-8")
    for method in ("generate", "generate_stream", "pull", "pull_stream", "list", "delete", "blob_exists"):
        assert f"    def {method}(" in source
        assert f"    async def {method}(" in source
    assert "def version_stream(" not in source, "only NDJSON operations get a stream twin"
    assert 'body["stream"] = False' in source and 'body["stream"] = True' in source


def test_answer_schemas_include_nested_ones_and_no_requests() -> None:
    found = driver.answer_schemas(driver.load_spec(MINI_SPEC))
    assert {
        "GenerateResponse",
        "ListResponse",
        "ListModelResponse",
        "ModelDetails",
        "StreamErrorLine",
    } <= found
    assert not {name for name in found if name.endswith("Request")}


def test_fields_go_always_sends_become_required() -> None:
    document: dict[str, Any] = {
        "components": {"schemas": {"Message": {"properties": {"role": {}, "content": {}, "thinking": {}}}}}
    }
    prepared = driver.prepare_spec(document)
    assert prepared["components"]["schemas"]["Message"]["required"] == ["role", "content"]
    assert "required" not in document["components"]["schemas"]["Message"], "the spec itself is unchanged"
    document["components"]["schemas"]["Message"]["properties"].pop("content")
    with pytest.raises(driver.GenerationError, match="ALWAYS_SENT"):
        driver.prepare_spec(document)


def test_answer_and_request_models_of_the_mini_spec(mini_output: Path) -> None:
    root = mini_output / "hiramu" / "ollama" / "models"
    answer = (root / "generate_response.py").read_text(encoding="utf-8")
    request = (root / "generate_request.py").read_text(encoding="utf-8")
    details = (root / "model_details.py").read_text(encoding="utf-8")
    assert "    response: str\n" in answer and "    thinking: str | None = None\n" in answer
    assert "Unset" not in answer
    assert "    prompt: str | Unset = UNSET\n" in request
    assert "    families: list[str] | None\n" in details
    # No per-class decoding code and no attribute loop after the class: the table is the whole patch.
    for text in (answer, request, details):
        assert "def from_dict" not in text and "setattr(" not in text
