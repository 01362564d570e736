"""schemathesis extensions for Ollama.

* `application/x-ndjson` bodies are understood: the deserializer hands the last line to the built-in
  schema check, and `ndjson_stream_conformance` validates every line against the operation's line
  schema, checks the stream's framing and reports `{"error": ...}` lines.
* `text/event-stream` bodies likewise: the deserializer hands the last event's data to the built-in
  check, and `sse_stream_conformance` validates every event's data against its schema (the named
  event's for `x-sse: {events}` streams), checks the `[DONE]` terminator, the event names and the
  terminal event (`sse.py`), and reports error events like NDJSON error lines.
* `error_bodies_are_ollama_errors` replaces schemathesis' "no 5xx" rule: Ollama answers many
  well-formed requests with a documented 500 (wrong option types, failed pulls, bad quantization), so
  an error status is a failure only when its body is not one of Ollama's error objects: native
  `{"error": "..."}`, and on the compatible routes also the OpenAI or Anthropic flavour.
* `before_call` keeps requests bounded (few generated tokens) and, when aimed at a server that is not
  the bundled one, keeps destructive operations on fuzz-owned model names and off ollama.com.

Configuration comes from the environment, so the CLI (`SCHEMATHESIS_HOOKS=hiramu.fuzz.hooks`) and
pytest share it:

* `HIRAMU_FUZZ_PROTECT=1`: the target is someone's real server (see `before_call`).
* `HIRAMU_FUZZ_ERROR_LINES=<file>`: append every observed stream error line to this file (JSON lines).
* `HIRAMU_FUZZ_FAIL_ON_ERROR_LINES=<operationIds>`: operations whose error lines (or error events)
  count as failures (default: generate, chat and the four streamed compatible operations; for
  create, pull and push an error line is an ordinary outcome).
* `HIRAMU_FUZZ_CREATED=<file>`: append the name of every model a request may create (create, the copy
  destination, pull), so that the run can delete what it made (`cleanup.py`).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import threading
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis import Case, CheckContext, DeserializationContext, HookContext, Response
from schemathesis.transport.serialization import Binary

from . import sse
from .cleanup import record_created

NDJSON = "application/x-ndjson"
# Streams whose last line (without an error) must say `done: true`.
DONE_TERMINATED = frozenset({"generate", "chat"})
MAX_PREDICT = 8
FUZZ_PREFIX = "hiramu-fuzz-"
# The streams of inference: an error in them is a failed answer, not an ordinary outcome.
DEFAULT_STRICT_ERROR_LINES = (
    "generate,chat,openai_chat_completions,openai_completions,openai_responses,anthropic_messages"
)
# Compatible operations that run a model, and the request field that bounds the tokens generated.
COMPAT_TOKEN_LIMITS = {
    "openai_chat_completions": "max_tokens",
    "openai_completions": "max_tokens",
    "openai_responses": "max_output_tokens",
    "anthropic_messages": "max_tokens",
}
BLOB_DIGEST = re.compile(r"^sha256[:-][0-9a-fA-F]{64}$")

_write_lock = threading.Lock()
AnyCase = Case[Any]


def operation_id(case: AnyCase) -> str:
    raw = case.operation.definition.raw
    return (
        str(raw.get("operationId", case.operation.label)) if isinstance(raw, dict) else case.operation.label
    )


def _content_type(response: Response) -> str | None:
    values = response.headers.get("content-type")
    if not values:
        return None
    return values[0].split(";", 1)[0].strip().lower()


def ndjson_lines(content: bytes) -> list[bytes]:
    return [line for line in content.split(b"\n") if line.strip()]


@schemathesis.deserializer(NDJSON)
def deserialize_ndjson(ctx: DeserializationContext, response: Response) -> Any:
    # The media type's schema describes one line; the last one is where a stream's outcome is.
    lines = ndjson_lines(response.content)
    if not lines:
        raise ValueError("empty application/x-ndjson body")
    return json.loads(lines[-1])


@schemathesis.deserializer(sse.SSE)
def deserialize_sse(ctx: DeserializationContext, response: Response) -> Any:
    # Replaces schemathesis' own reading, for which the media type's schema describes the event
    # object (`{"event", "data", ...}`, data a string). Here it describes one event's JSON data:
    # schemathesis validates each item of the returned list against it.
    media = response_media(ctx.operation.definition.raw, ctx.operation.schema.raw_schema, response)
    framing = media.get("x-sse") if media else None
    terminator = framing.get("terminator") if isinstance(framing, dict) else None
    return sse.event_payloads(response.content, terminator)


def _strict_operations() -> set[str]:
    value = os.environ.get("HIRAMU_FUZZ_FAIL_ON_ERROR_LINES", DEFAULT_STRICT_ERROR_LINES)
    return {item.strip() for item in value.split(",") if item.strip()}


def _record_error_line(case: AnyCase, number: int, message: object) -> None:
    target = os.environ.get("HIRAMU_FUZZ_ERROR_LINES")
    if not target:
        return
    entry = {"operation": operation_id(case), "line": number, "error": message, "body": _jsonable(case.body)}
    with _write_lock, open(target, "a", encoding="utf-8") as sink:
        sink.write(json.dumps(entry, ensure_ascii=False, default=repr) + "\n")


def _jsonable(body: object) -> object:
    try:
        json.dumps(body)
    except (TypeError, ValueError):
        return repr(body)
    return body


def stream_problems(case: AnyCase, response: Response) -> list[str]:
    """What is wrong with an NDJSON response, line by line (empty when it conforms)."""
    content = response.content
    lines = ndjson_lines(content)
    if not lines:
        return ["the NDJSON stream is empty"]
    problems = []
    if not content.endswith(b"\n"):
        problems.append("the last NDJSON line is not terminated by a newline")
    error_at: list[int] = []
    parsed_lines: list[object] = []
    for number, raw in enumerate(lines, 1):
        try:
            parsed = json.loads(raw)
        except ValueError as exc:
            problems.append(f"line {number} is not JSON ({exc}): {raw[:200]!r}")
            continue
        parsed_lines.append(parsed)
        single = Response(
            status_code=response.status_code,
            headers=response.headers,
            content=raw + b"\n",
            request=response.request,
            elapsed=response.elapsed,
            verify=response.verify,
        )
        try:
            case.operation.validate_response(single, case=case)
        except Exception as exc:  # schemathesis raises its own failure types (or groups of them)
            problems.append(f"line {number} violates the line schema: {exc}")
        if isinstance(parsed, dict) and "error" in parsed:
            error_at.append(number)
            _record_error_line(case, number, parsed["error"])
            if operation_id(case) in _strict_operations():
                problems.append(f"line {number} carries an error: {parsed['error']!r}")
    if error_at and error_at != [len(lines)]:
        problems.append(f"error lines must end the stream; found at lines {error_at} of {len(lines)}")
    if not error_at and operation_id(case) in DONE_TERMINATED and parsed_lines:
        last = parsed_lines[-1]
        if not (isinstance(last, dict) and last.get("done") is True):
            problems.append("the stream ended without a `done: true` line")
    return problems


@schemathesis.check
def ndjson_stream_conformance(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    """Every NDJSON line conforms to the line schema; the stream is framed as Ollama frames it."""
    if _content_type(response) != NDJSON:
        return None
    problems = stream_problems(case, response)
    if problems:
        raise AssertionError("\n".join(problems))
    return True


def _resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s (`#/components/responses/...`) to the object they name."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def response_media(
    operation: dict[str, Any], document: dict[str, Any], response: Response
) -> dict[str, Any] | None:
    """The spec's media type object for this response's status and content type (None if undeclared)."""
    responses = operation.get("responses", {})
    declared = _resolve(document, responses.get(str(response.status_code), responses.get("default")))
    if not isinstance(declared, dict):
        return None
    media = declared.get("content", {}).get(_content_type(response) or "")
    return media if isinstance(media, dict) else None


_validators: dict[int, sse.SchemaValidators] = {}


def _validators_for(document: dict[str, Any]) -> sse.SchemaValidators:
    found = _validators.get(id(document))
    if found is None:
        found = _validators[id(document)] = sse.SchemaValidators(document)
    return found


def sse_problems(case: AnyCase, response: Response) -> list[str]:
    """What is wrong with a `text/event-stream` response, event by event (empty when it conforms)."""
    document = case.operation.schema.raw_schema
    media = response_media(case.operation.definition.raw, document, response)
    if media is None:
        return [f"status {response.status_code} declares no {sse.SSE} answer"]
    report = sse.check_stream(response.content, media, _validators_for(document))
    problems = report.problems
    strict = operation_id(case) in _strict_operations()
    for number, message in report.errors:
        _record_error_line(case, number, message)
        if strict:
            problems.append(f"event {number} carries an error: {message!r}")
    return problems


@schemathesis.check
def sse_stream_conformance(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    """Every event's data conforms to its schema; the stream is framed as its `x-sse` says."""
    if _content_type(response) != sse.SSE:
        return None
    problems = sse_problems(case, response)
    if problems:
        raise AssertionError("\n".join(problems))
    return True


def _flavour(case: AnyCase) -> str | None:
    raw = case.operation.definition.raw
    tags = raw.get("tags", []) if isinstance(raw, dict) else []
    return next((tag for tag in ("openai", "anthropic") if tag in tags), None)


def _is_error_object(body: object, flavour: str | None) -> bool:
    if not isinstance(body, dict):
        return False
    detail = body.get("error")
    if isinstance(detail, str):
        # Ollama's native shape: every route can answer with it (the `:cloud` pass-through runs
        # before the compat layer); schemathesis' schema check says on which statuses.
        return True
    if not isinstance(detail, dict) or not isinstance(detail.get("message"), str):
        return False
    if flavour == "openai":
        # `{"error": {...}}` and nothing beside it (the Anthropic shape adds `type` and `request_id`).
        return set(body) == {"error"} and isinstance(detail.get("type"), str)
    if flavour == "anthropic":
        return body.get("type") == "error" and isinstance(detail.get("type"), str)
    return False


@schemathesis.check
def error_bodies_are_ollama_errors(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    """An error status carries `{"error": "<message>"}`, or on the compatible routes the OpenAI
    `{"error": {"message", "type", ...}}` or Anthropic `{"type": "error", "error": {"type",
    "message"}}` object (405 and HEAD answers excepted: the router writes plain text for wrong
    methods, and HEAD answers have no body)."""
    if response.status_code < 400 or response.status_code == 405 or case.operation.method.upper() == "HEAD":
        return None
    if _content_type(response) != "application/json":
        raise AssertionError(
            f"status {response.status_code} answered with content type {_content_type(response)!r}, "
            "not an application/json error object"
        )
    try:
        body = json.loads(response.content)
    except ValueError as exc:
        raise AssertionError(f"status {response.status_code} body is not JSON: {exc}") from exc
    flavour = _flavour(case)
    if not _is_error_object(body, flavour):
        shape = {None: '{"error": "..."}', "openai": "an OpenAI or native error object"}.get(
            flavour, "an Anthropic or native error object"
        )
        raise AssertionError(f"status {response.status_code} body is not {shape}: {body!r}")
    return True


def _bound_generation(body: dict[str, Any]) -> None:
    options = body.get("options")
    if "options" not in body:
        body["options"] = {"num_predict": MAX_PREDICT}
    elif isinstance(options, dict):
        value = options.get("num_predict")
        # A value of another type is the point of a negative case; leave it.
        if value is None or (type(value) is int and not 0 <= value <= MAX_PREDICT):
            options["num_predict"] = MAX_PREDICT


def bound_compat_tokens(operation: str, body: dict[str, Any]) -> None:
    """Cap the tokens a compatible operation may generate, as `_bound_generation` does natively."""
    field = COMPAT_TOKEN_LIMITS.get(operation)
    if field is None:
        return
    value = body.get(field)
    if operation == "anthropic_messages":
        # `max_tokens` is required and must be positive there: a missing or non-positive value is a
        # negative case the middleware rejects before any generation; only a large one is capped.
        if type(value) is int and value > MAX_PREDICT:
            body[field] = MAX_PREDICT
    elif value is None or (type(value) is int and not 0 <= value <= MAX_PREDICT):
        # Absent or negative means "until the model stops" once translated to `num_predict`.
        body[field] = MAX_PREDICT


def _defuse_cloud(name: object) -> object:
    # `:cloud` and `-cloud` tags are proxied to ollama.com; a further suffix makes them local names.
    if isinstance(name, str) and name.lower().endswith("cloud"):
        return f"{name}-off"
    return name


def _fuzz_owned(name: object) -> object:
    if isinstance(name, str) and not name.startswith(FUZZ_PREFIX):
        return FUZZ_PREFIX + name
    return name


PROTECTED_FIELDS = {
    "create": ("model", "name"),
    "copy": ("destination",),
    "delete": ("model", "name"),
    "push": ("model", "name"),
}
CLOUD_CAPABLE = {
    "generate",
    "chat",
    "embed",
    "embeddings",
    "show",
    "create",
    # The compatible routes pass `:cloud` models through to ollama.com before any translation.
    "openai_chat_completions",
    "openai_completions",
    "openai_embeddings",
    "openai_responses",
    "anthropic_messages",
}


def protect_body(operation: str, body: dict[str, Any]) -> None:
    """Keep a request away from models and services the fuzzer does not own."""
    for field in PROTECTED_FIELDS.get(operation, ()):
        if field in body:
            body[field] = _fuzz_owned(body[field])
    if operation in CLOUD_CAPABLE:
        for field in ("model", "from"):
            if field in body:
                body[field] = _defuse_cloud(body[field])
        if operation == "create":
            body.pop("remote_host", None)


def _body_bytes(body: object) -> bytes | None:
    data = getattr(body, "data", body)  # schemathesis wraps generated binary bodies
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        return data.encode("utf-8")
    return None


def match_blob_digest(case: AnyCase) -> None:
    """Give about half of the uploads the digest of their body, so that both the stored (201) and
    the mismatch (400) paths are exercised; malformed digests are left to test the 400."""
    digest = case.path_parameters.get("digest") if case.path_parameters else None
    data = _body_bytes(case.body)
    if not isinstance(digest, str) or data is None or not BLOB_DIGEST.match(digest):
        return
    if hashlib.sha256(digest.encode()).digest()[0] % 2 == 0:
        case.path_parameters["digest"] = "sha256:" + hashlib.sha256(data).hexdigest()


def silent_wav(samples: int = 160, rate: int = 16000) -> bytes:
    """A valid 16-bit mono PCM WAV file of silence (10 ms by default)."""
    data = bytes(2 * samples)
    header = b"RIFF" + (36 + len(data)).to_bytes(4, "little") + b"WAVE"
    fmt = (1).to_bytes(2, "little") + (1).to_bytes(2, "little") + rate.to_bytes(4, "little")
    fmt += (2 * rate).to_bytes(4, "little") + (2).to_bytes(2, "little") + (16).to_bytes(2, "little")
    chunk = b"fmt " + len(fmt).to_bytes(4, "little") + fmt
    return header + chunk + b"data" + len(data).to_bytes(4, "little") + data


def give_real_audio(case: AnyCase) -> None:
    """schemathesis fills the transcription's `file` part with empty, random or other formats' bytes
    (PNG, GIF, ZIP...); about half of the non-empty ones become a real WAV file, so that the route
    also sees what it is made for. Which ones depends only on the generated bytes (reproducible)."""
    body = case.body
    if not isinstance(body, dict) or "file" not in body:
        return
    data = _body_bytes(body["file"])
    if data and hashlib.sha256(data).digest()[0] % 2 == 0:
        body["file"] = Binary(silent_wav())


@schemathesis.hook
def before_call(context: HookContext, case: AnyCase, kwargs: dict[str, Any]) -> None:
    operation = operation_id(case)
    if operation == "create_blob":
        match_blob_digest(case)
        return
    if operation == "openai_audio_transcriptions":
        give_real_audio(case)
    protect = os.environ.get("HIRAMU_FUZZ_PROTECT") == "1"
    if operation == "openai_retrieve_model" and protect and "model" in (case.path_parameters or {}):
        case.path_parameters["model"] = _defuse_cloud(case.path_parameters["model"])
    body = case.body
    if not isinstance(body, dict):
        return
    if operation in DONE_TERMINATED:
        _bound_generation(body)
    bound_compat_tokens(operation, body)
    if os.environ.get("HIRAMU_FUZZ_PROTECT") == "1":
        protect_body(operation, body)
    ledger = os.environ.get("HIRAMU_FUZZ_CREATED")
    if ledger:
        # before the request goes out: a model created by a request that then times out counts too
        record_created(Path(ledger), operation, body)


@schemathesis.hook
def after_network_error(context: HookContext, case: AnyCase, request: Any) -> None:
    # schemathesis reports a timeout without the request; keep it reproducible.
    body = request.body.decode("utf-8", "replace") if isinstance(request.body, bytes) else request.body
    entry = {"operation": operation_id(case), "method": request.method, "url": request.url, "body": body}
    target = os.environ.get("HIRAMU_FUZZ_NETWORK_ERRORS")
    if target:
        with _write_lock, open(target, "a", encoding="utf-8") as sink:
            sink.write(json.dumps(entry, ensure_ascii=False, default=repr) + "\n")
    print(f"network error: {json.dumps(entry, ensure_ascii=False, default=repr)[:2000]}", file=sys.stderr)
