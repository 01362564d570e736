"""Checking a `text/event-stream` answer against the spec, event by event.

The spec describes one event's JSON `data` under the media type's `schema` and the framing in the
vendor extension `x-sse` (see spec/README.md):

* `x-sse: {terminator: "[DONE]"}`: data-only events (no `event:` line), each one's data valid
  against the media type's schema, the last one the sentinel; nothing may follow it.
* `x-sse: {events: {name: schema}}`: every event is named, the name is in the map, the data is valid
  against the mapped schema and its `type` repeats the name; the stream ends with a terminal event
  and nothing may follow it.

Events are cut with the runtime's WHATWG decoder (`hiramu.ollama._sse`), so the fuzzer reads a
stream exactly as the client does.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import jsonschema_rs

from hiramu.ollama._exceptions import DecodeError
from hiramu.ollama._sse import ERROR_EVENTS, SSEDecoder

SSE = "text/event-stream"
# The events after which a named-event stream is over: the Responses API's two outcomes and the
# Anthropic `message_stop`; an error event (`ERROR_EVENTS`) ends a stream too.
TERMINAL_EVENTS = frozenset({"response.completed", "message_stop"}) | ERROR_EVENTS


@dataclass(frozen=True)
class StreamEvent:
    number: int  # 1-based position in the stream
    name: str | None  # None when the event has no `event:` line
    data: str


@dataclass
class SSEReport:
    """What a stream check found: the problems (empty when the stream conforms) and the error events
    the stream carried (event number, message), which the caller may count as failures or not."""

    problems: list[str] = field(default_factory=list)
    errors: list[tuple[int, object]] = field(default_factory=list)


def parse_events(content: bytes) -> tuple[list[StreamEvent], list[str]]:
    """The events of a complete body, and what is wrong with its framing at the byte level."""
    decoder = SSEDecoder()
    problems: list[str] = []
    try:
        raw = decoder.feed_raw(content)
        decoder.flush()
    except DecodeError as exc:
        return [], [f"the event stream cannot be decoded: {exc}"]
    if decoder.pending:
        problems.append("the event stream ends in the middle of an event (no closing blank line)")
    events = [
        StreamEvent(number, name.decode("utf-8", "replace") or None, data.decode("utf-8", "replace"))
        for number, (name, data, _, _) in enumerate(raw, 1)
    ]
    return events, problems


def error_message(data: object) -> object:
    """The message of an error event in any flavour: Anthropic's `{"type": "error", "error":
    {...}}`, OpenAI's `{"error": {...}}`, Ollama's `{"error": "..."}`, or a `response.failed`
    event's `response.error`."""
    if not isinstance(data, dict):
        return data
    detail = data.get("error")
    if detail is None and isinstance(data.get("response"), dict):
        detail = data["response"].get("error")
    if isinstance(detail, dict) and "message" in detail:
        return detail["message"]
    return detail if detail is not None else data


Validate = Callable[[object], list[str]]


def check_stream(
    content: bytes,
    media: Mapping[str, Any],
    validator_for: Callable[[Mapping[str, Any]], Validate],
) -> SSEReport:
    """Check a whole event stream against the media type object `media` (with `schema`, `x-sse`).

    `validator_for(schema)` returns a function giving the validation errors of one instance (the
    schema may be a `$ref` into the document)."""
    report = SSEReport()
    events, report.problems = parse_events(content)
    if not events:
        report.problems.append("the event stream has no events")
        return report
    framing = media.get("x-sse")
    schema = media.get("schema")
    if not isinstance(framing, Mapping) or not isinstance(schema, Mapping):
        report.problems.append("the spec gives this event stream no `schema` and `x-sse` framing")
        return report
    if "terminator" in framing:
        _check_terminated(events, str(framing["terminator"]), validator_for(schema), report)
    elif isinstance(framing.get("events"), Mapping):
        named = {str(name): validator_for(sub) for name, sub in framing["events"].items()}
        _check_named(events, named, report)
    else:
        report.problems.append(f"unknown x-sse framing: {dict(framing)!r}")
    return report


def _load(event: StreamEvent, report: SSEReport) -> tuple[bool, Any]:
    try:
        return True, json.loads(event.data)
    except ValueError as exc:
        report.problems.append(f"event {event.number}: data is not JSON ({exc}): {event.data[:200]!r}")
        return False, None


def _validate(event: StreamEvent, data: Any, validate: Validate, label: str, report: SSEReport) -> None:
    for message in validate(data)[:3]:
        report.problems.append(f"event {event.number}{label} violates its schema: {message}")


def _check_terminated(
    events: list[StreamEvent], terminator: str, validate: Validate, report: SSEReport
) -> None:
    ended_at: int | None = None
    for event in events:
        if ended_at is not None:
            report.problems.append(
                f"event {event.number} comes after the end of the stream (event {ended_at})"
            )
            break
        if event.name is not None:
            report.problems.append(f"event {event.number} is named {event.name!r} in a data-only stream")
        if event.data == terminator:
            ended_at = event.number
            continue
        ok, data = _load(event, report)
        if not ok:
            continue
        if isinstance(data, dict) and "error" in data:
            # An error event ends the stream in place of the terminator (OpenAI's convention).
            report.errors.append((event.number, error_message(data)))
            ended_at = event.number
            continue
        _validate(event, data, validate, "", report)
    if ended_at is None:
        report.problems.append(f"the stream ended without its terminator `data: {terminator}`")


def _check_named(events: list[StreamEvent], named: Mapping[str, Validate], report: SSEReport) -> None:
    ended_at: int | None = None
    for event in events:
        label = f" ({event.name})" if event.name else ""
        if ended_at is not None:
            report.problems.append(
                f"event {event.number}{label} comes after the end of the stream (event {ended_at})"
            )
            break
        if event.name is None:
            report.problems.append(f"event {event.number} has no event name")
        elif event.name not in named:
            report.problems.append(
                f"event {event.number} has an undocumented name {event.name!r} (documented: {sorted(named)})"
            )
        ok, data = _load(event, report)
        if not ok or event.name is None or event.name not in named:
            continue
        if not (isinstance(data, dict) and data.get("type") == event.name):
            kind = data.get("type") if isinstance(data, dict) else type(data).__name__
            report.problems.append(f"event {event.number}{label}: data.type is {kind!r}, not the event name")
        _validate(event, data, named[event.name], label, report)
        if event.name in ERROR_EVENTS:
            report.errors.append((event.number, error_message(data)))
        if event.name in TERMINAL_EVENTS:
            ended_at = event.number
    if ended_at is None:
        terminal = sorted(TERMINAL_EVENTS & set(named))
        report.problems.append(f"the stream ended without a terminal event (one of {terminal})")


def event_payloads(content: bytes, terminator: str | None) -> list[Any]:
    """Every event's data as JSON, without the terminator: what schemathesis' own response-schema
    check validates one by one against the media type's schema (the stream's union)."""
    events, _ = parse_events(content)
    return [json.loads(event.data) for event in events if terminator is None or event.data != terminator]


class SchemaValidators:
    """JSON Schema validators for schemas of one OpenAPI 3.1 document (`$ref`s resolve against it).

    `jsonschema_rs`, the validator schemathesis itself depends on: it is there wherever the fuzzer
    is installed."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._components = document.get("components", {})
        self._cache: dict[str, Validate] = {}

    def __call__(self, schema: Mapping[str, Any]) -> Validate:
        key = json.dumps(schema, sort_keys=True, default=str)
        found = self._cache.get(key)
        if found is None:
            # OpenAPI 3.1 schemas are JSON Schema 2020-12; carrying the components in the root
            # lets `#/components/schemas/...` resolve.
            root = {**schema, "components": self._components}
            validator = jsonschema_rs.Draft202012Validator(root)

            def found(instance: object, _validator: Any = validator) -> list[str]:
                return [
                    f"{'/'.join(map(str, error.instance_path)) or '(root)'}: {error.message}"
                    for error in _validator.iter_errors(instance)
                ]

            self._cache[key] = found
        return found
