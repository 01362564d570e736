"""schemathesis extensions for Ollama.

* `application/x-ndjson` bodies are understood: the deserializer hands the last line to the built-in
  schema check, and `ndjson_stream_conformance` validates every line against the operation's line
  schema, checks the stream's framing and reports `{"error": ...}` lines.
* `error_bodies_are_ollama_errors` replaces schemathesis' "no 5xx" rule: Ollama answers many
  well-formed requests with a documented 500 (wrong option types, failed pulls, bad quantization), so
  an error status is a failure only when its body is not Ollama's `{"error": "..."}` object.
* `before_call` keeps requests bounded (few generated tokens) and, when aimed at a server that is not
  the bundled one, keeps destructive operations on fuzz-owned model names and off ollama.com.

Configuration comes from the environment, so the CLI (`SCHEMATHESIS_HOOKS=hiramu.fuzz.hooks`) and
pytest share it:

* `HIRAMU_FUZZ_PROTECT=1`: the target is someone's real server (see `before_call`).
* `HIRAMU_FUZZ_ERROR_LINES=<file>`: append every observed stream error line to this file (JSON lines).
* `HIRAMU_FUZZ_FAIL_ON_ERROR_LINES=<operationIds>`: operations whose error lines count as failures
  (default `generate,chat`; for create, pull and push an error line is an ordinary outcome).
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

from .cleanup import record_created

NDJSON = "application/x-ndjson"
# Streams whose last line (without an error) must say `done: true`.
DONE_TERMINATED = frozenset({"generate", "chat"})
MAX_PREDICT = 8
FUZZ_PREFIX = "hiramu-fuzz-"
DEFAULT_STRICT_ERROR_LINES = "generate,chat"
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


@schemathesis.check
def error_bodies_are_ollama_errors(ctx: CheckContext, response: Response, case: AnyCase) -> bool | None:
    """An error status carries `{"error": "<message>"}` (405 and HEAD answers excepted: the router
    writes plain text for wrong methods, and HEAD answers have no body)."""
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
    if not isinstance(body, dict) or not isinstance(body.get("error"), str):
        raise AssertionError(f'status {response.status_code} body is not {{"error": "..."}}: {body!r}')
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
CLOUD_CAPABLE = {"generate", "chat", "embed", "embeddings", "show", "create"}


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


@schemathesis.hook
def before_call(context: HookContext, case: AnyCase, kwargs: dict[str, Any]) -> None:
    operation = operation_id(case)
    if operation == "create_blob":
        match_blob_digest(case)
        return
    body = case.body
    if not isinstance(body, dict):
        return
    if operation in DONE_TERMINATED:
        _bound_generation(body)
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
