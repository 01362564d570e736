"""Drive the pinned openapi-python-client: spec in, `hiramu.ollama` out.

The upstream generator renders a fixed set of files. We use it as a library so that the same parsed
spec and Jinja environment also render our own modules (the `Client`/`AsyncClient` facade) and so
that the hand-written runtime is copied in before the formatter runs. Programmatic use is not a
public API upstream, hence the exact version pin checked below.
"""

from __future__ import annotations

import copy
import filecmp
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from . import facade, models

PINNED_VERSION = "0.29.1"
GENERATOR_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = GENERATOR_DIR / "templates"
RUNTIME_DIR = GENERATOR_DIR / "runtime"
# The package resource holding a copy of the spec it was generated from.
SPEC_RESOURCE = "openapi.yaml"
CONFIG_PATH = GENERATOR_DIR / "config.yaml"

# Modules rendered from our own templates, beside the ones upstream renders.
EXTRA_MODULES = {"_client.py": "facade.py.jinja", "_events.py": "events.py.jinja"}

NDJSON = "application/x-ndjson"
SSE = "text/event-stream"

# Operations with these tags are left out of the client (none at present; the mechanism stays for a
# flavour whose methods are not generated yet). Their component schemas still generate models.
DEFERRED_TAGS: frozenset[str] = frozenset()


class GenerationError(Exception):
    """The spec or the generator produced an error or a warning."""


@dataclass(frozen=True)
class StreamChunk:
    """The component schema that types one NDJSON line of a streaming operation."""

    operation_id: str
    schema_name: str


def load_spec(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        document = yaml.safe_load(handle)
    if not isinstance(document, dict):
        raise GenerationError(f"{path}: not an OpenAPI document")
    return document


# Fields that Ollama's Go structs always send (no `omitempty`) in schemas that requests use too,
# where the server accepts them missing, so the spec cannot list them as `required`
# (api/types.go: Message, ToolCall, ToolCallFunction). The models read them as required: a plain
# type, the zero value when an answer lacks them.
ALWAYS_SENT = {
    "Message": ("role", "content"),
    "ToolCall": ("function",),
    "ToolCallFunction": ("index", "name", "arguments"),
}


def prepare_spec(document: dict[str, Any]) -> dict[str, Any]:
    """The spec as the generator should see it.

    Timestamps stay text: Ollama sends nanosecond fractions and `Z` or local offsets, which
    `datetime` would truncate and re-spell, so a parsed response could not be written back as
    received. The spec keeps `format: date-time` for validators and fuzzers.

    Operations tagged with a `DEFERRED_TAGS` flavour are dropped (and a path left without operations).
    The fields of `ALWAYS_SENT` become required.
    """
    prepared = copy.deepcopy(document)
    paths = prepared.get("paths", {})
    for path, item in list(paths.items()):
        for method in facade.HTTP_METHODS:
            if DEFERRED_TAGS.intersection(item.get(method, {}).get("tags", ())):
                del item[method]
        if not any(method in item for method in facade.HTTP_METHODS):
            del paths[path]
    for node in _walk(prepared):
        if node.get("format") == "date-time" and node.get("type") in ("string", ["string", "null"]):
            del node["format"]
    schemas = prepared.get("components", {}).get("schemas", {})
    for name, fields in ALWAYS_SENT.items():
        schema = schemas.get(name)
        if schema is None:
            continue
        unknown = set(fields) - set(schema.get("properties", {}))
        if unknown:
            raise GenerationError(f"{name} has no properties {sorted(unknown)} (see ALWAYS_SENT)")
        required = list(schema.get("required", []))
        schema["required"] = required + [field for field in fields if field not in required]
    return prepared


def answer_schemas(document: dict[str, Any]) -> set[str]:
    """The component schemas an answer can contain: those of every response, and what they refer to."""
    found: set[str] = set()
    pending = [
        node["$ref"]
        for item in document.get("paths", {}).values()
        for operation in item.values()
        if isinstance(operation, dict)
        for node in _walk(operation.get("responses", {}))
        if isinstance(node.get("$ref"), str)
    ]
    components = document.get("components", {})
    while pending:
        ref = pending.pop()
        section, _, name = ref.removeprefix("#/components/").partition("/")
        if name in found and section == "schemas":
            continue
        target = components.get(section, {}).get(name)
        if section == "schemas":
            found.add(name)
        pending.extend(node["$ref"] for node in _walk(target) if isinstance(node.get("$ref"), str))
    return found


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _resolve(document: dict[str, Any], ref: str) -> tuple[str, dict[str, Any]]:
    prefix = "#/components/schemas/"
    if not ref.startswith(prefix):
        raise GenerationError(f"unsupported $ref {ref!r}: only {prefix}* is supported")
    name = ref[len(prefix) :]
    schema = document.get("components", {}).get("schemas", {}).get(name)
    if not isinstance(schema, dict):
        raise GenerationError(f"$ref {ref!r} does not resolve")
    return name, schema


def stream_chunks(document: dict[str, Any]) -> dict[str, StreamChunk]:
    """Find the chunk schema of every operation whose 200 response can be NDJSON.

    The NDJSON media type refers to a line schema: either the chunk object itself or a
    `oneOf`/`anyOf` whose first entry is the chunk (the others describe the error line).
    """
    found: dict[str, StreamChunk] = {}
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            if method not in facade.HTTP_METHODS:
                continue
            response = operation.get("responses", {}).get("200") or operation.get("responses", {}).get(200)
            media = (response or {}).get("content", {}).get(NDJSON)
            if media is None:
                continue
            operation_id = operation.get("operationId")
            if not operation_id:
                raise GenerationError(f"{method.upper()} {path}: streaming operation without operationId")
            schema = media.get("schema", {})
            if "$ref" not in schema:
                raise GenerationError(f"{operation_id}: the {NDJSON} schema must be a $ref")
            name, line = _resolve(document, schema["$ref"])
            variants = line.get("oneOf") or line.get("anyOf")
            if variants:
                first = variants[0]
                if "$ref" not in first:
                    raise GenerationError(f"{operation_id}: the first variant of {name} must be a $ref")
                name, _ = _resolve(document, first["$ref"])
            found[operation_id] = StreamChunk(operation_id=operation_id, schema_name=name)
    return found


@dataclass(frozen=True)
class SSEStream:
    """The `text/event-stream` answer of an operation, as its `x-sse` extension describes it."""

    operation_id: str
    schema_name: str  # the chunk schema (data-only) or the `oneOf` of event payloads (named events)
    terminator: str | None
    events: dict[str, str]  # event name -> schema name


def sse_streams(document: dict[str, Any]) -> dict[str, SSEStream]:
    """Find every operation whose 200 response can be Server-Sent Events (see spec/README.md)."""
    found: dict[str, SSEStream] = {}
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            if method not in facade.HTTP_METHODS:
                continue
            responses = operation.get("responses", {})
            media = (responses.get("200") or responses.get(200) or {}).get("content", {}).get(SSE)
            if media is None:
                continue
            operation_id = operation.get("operationId")
            schema = media.get("schema", {})
            if not operation_id or "$ref" not in schema:
                raise GenerationError(
                    f"{method.upper()} {path}: an {SSE} answer needs an operationId and a $ref"
                )
            name, _ = _resolve(document, schema["$ref"])
            framing = media.get("x-sse") or {}
            events = {
                event: _resolve(document, target["$ref"])[0]
                for event, target in framing.get("events", {}).items()
            }
            terminator = framing.get("terminator")
            if (terminator is None) == (not events):
                raise GenerationError(f"{operation_id}: x-sse needs either a terminator or events")
            found[operation_id] = SSEStream(operation_id, name, terminator, events)
    return found


def _check_pinned_version() -> None:
    from importlib.metadata import version

    installed = version("openapi-python-client")
    if installed != PINNED_VERSION:
        raise GenerationError(
            f"openapi-python-client {installed} is installed; the templates need {PINNED_VERSION}"
        )


def _render_package(spec_path: Path, package_dir: Path) -> None:
    """Render hiramu/ollama into package_dir (which must not exist)."""
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError
    from openapi_python_client.strings import PythonIdentifier

    _check_pinned_version()
    document = load_spec(spec_path)
    chunks = stream_chunks(document)
    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG_PATH),
        MetaType.NONE,
        str(spec_path),
        "utf-8",
        False,
        package_dir,
    )
    data = GeneratorData.from_dict(prepare_spec(document), config=config)
    if isinstance(data, GeneratorError):
        raise GenerationError(f"{data.header}: {data.detail}")

    models_by_schema = {
        str(model.name.get_untrusted_value()).rsplit("/", 1)[-1]: model for model in data.models
    }
    stream_models: dict[str, Any] = {}
    for operation_id, chunk in chunks.items():
        model = models_by_schema.get(chunk.schema_name)
        if model is None:
            raise GenerationError(f"{operation_id}: chunk schema {chunk.schema_name} is not an object model")
        stream_models[str(PythonIdentifier(operation_id, config.field_prefix))] = model.class_info

    def class_info(schema_name: str) -> Any:
        model = models_by_schema.get(schema_name)
        if model is None:
            raise GenerationError(f"event schema {schema_name} is not an object model")
        return model.class_info

    sse = {
        str(PythonIdentifier(operation_id, config.field_prefix)): facade.SSEDescription(
            chunk_info=class_info(stream.schema_name) if stream.terminator is not None else None,
            terminator=stream.terminator,
            union_name=stream.schema_name if stream.events else None,
            event_infos={event: class_info(schema) for event, schema in stream.events.items()},
        )
        for operation_id, stream in sse_streams(document).items()
    }
    operations = facade.describe(data, document, stream_models, config.field_prefix, sse)

    class HiramuProject(Project):
        def _build_api(self) -> None:
            # Upstream's low-level layer (client.py, errors.py, api/) is not rendered: every
            # operation is a method of the one Client, on the one request engine (see README.md).
            for target, template in EXTRA_MODULES.items():
                rendered = self.env.get_template(template).render()
                (self.package_dir / target).write_text(rendered, encoding="utf-8")
            for source in sorted(RUNTIME_DIR.glob("*.py")):
                shutil.copyfile(source, self.package_dir / source.name)
            (self.package_dir / "py.typed").write_text("", encoding="utf-8")
            # The spec ships with the package: `python -m hiramu.fuzz` loads it from an installed wheel.
            shutil.copyfile(spec_path, self.package_dir / SPEC_RESOURCE)

    project = HiramuProject(openapi=data, config=config, custom_template_path=TEMPLATES_DIR)
    answers = answer_schemas(document)
    project.env.globals["answer_models"] = {
        str(model.class_info.name) for name, model in models_by_schema.items() if name in answers
    }
    project.env.globals["free_form_models"] = frozenset(
        str(model.class_info.name) for model in data.models if models.is_free_form(model)
    )
    project.env.globals["model_fields"] = models.model_fields
    project.env.globals["additional_kind"] = models.additional_kind
    project.env.globals["stream_models"] = stream_models
    project.env.globals["operations"] = operations
    project.env.globals["event_unions"] = [
        (operation.stream.chunk_class, operation.stream.event_parser, sse[operation.name].event_infos)
        for operation in operations
        if operation.stream and operation.stream.event_parser
    ]
    project.env.globals.update(facade.jinja_globals())
    project.env.globals["operation_named"] = {operation.name: operation for operation in operations}
    project.env.globals["stream_merges"] = {
        str(PythonIdentifier(op.name, config.field_prefix)): op.stream.merge for op in operations if op.stream
    }

    # Post hooks look ruff up on PATH: the one pinned beside this interpreter.
    env_path = os.environ.get("PATH", "")
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env_path}"
    try:
        errors = project.build()
    finally:
        os.environ["PATH"] = env_path
    if errors:
        details = "\n".join(f"{error.level.value}: {error.header}: {error.detail}" for error in errors)
        raise GenerationError(f"generation reported problems:\n{details}")


def generate(spec_path: Path, output_root: Path) -> Path:
    """Wipe and regenerate output_root/hiramu/ollama.

    Only the `ollama` subpackage is generated; `hiramu/__init__.py` and the hand-written
    subpackages live in `src/hiramu/`, and the wheel merges the two folders.
    """
    hiramu_dir = output_root / "hiramu"
    package_dir = hiramu_dir / "ollama"
    with tempfile.TemporaryDirectory(prefix="hiramu-gen-") as scratch:
        staged = Path(scratch) / "ollama"
        _render_package(spec_path, staged)
        shutil.rmtree(package_dir, ignore_errors=True)
        hiramu_dir.mkdir(parents=True, exist_ok=True)
        shutil.copytree(staged, package_dir)
    return package_dir


def _tree(root: Path) -> set[Path]:
    return {
        path.relative_to(root)
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


def differences(expected_root: Path, actual_root: Path) -> list[str]:
    """What differs between two generated trees (relative paths with a reason)."""
    expected, actual = _tree(expected_root), _tree(actual_root)
    problems = [f"missing: {path}" for path in sorted(expected - actual)]
    problems += [f"unexpected: {path}" for path in sorted(actual - expected)]
    for path in sorted(expected & actual):
        if not filecmp.cmp(expected_root / path, actual_root / path, shallow=False):
            problems.append(f"differs: {path}")
    return problems


def check(spec_path: Path, committed_root: Path) -> list[str]:
    """Regenerate into a scratch folder and compare with the committed tree."""
    with tempfile.TemporaryDirectory(prefix="hiramu-check-") as scratch:
        fresh_root = Path(scratch)
        generate(spec_path, fresh_root)
        return differences(fresh_root / "hiramu", committed_root / "hiramu")
