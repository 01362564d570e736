"""Describe each operation for the `Client`/`AsyncClient` facade template.

The facade takes the request body's fields as keyword arguments (named as the models name
their attributes: `models.field_name`) and sends a plain dict, so callers may pass model
instances or mappings alike. Everything the template prints is computed here.
"""

from __future__ import annotations

import keyword
import re
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .models import field_name

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

# Which runtime merge function turns a stream's lines into the `stream: false` answer.
MERGES = {
    "generate": "merge_generate",
    "chat": "merge_chat",
    "openai_chat_completions": "merge_openai_chat",
    "openai_completions": "merge_openai_completion",
    "openai_responses": "merge_openai_response",
    "anthropic_messages": "merge_anthropic_message",
}
DEFAULT_MERGE = "merge_progress"

# Operations that may answer `text/plain` instead of their JSON model (`response_format: text`):
# the text is read into the named field of the model, so the method has one return type.
TEXT_ANSWERS = {"openai_audio_transcriptions": "text"}

# The events that end a named-event stream (the spec's `x-sse.events` lists every event, not which
# one is last; middleware/openai.go and middleware/anthropic.go end with these). `response.failed`
# and `error` are error events: the decoder raises `StreamError` for them.
FINAL_EVENTS = {
    "openai_responses": ("response.completed",),
    "anthropic_messages": ("message_stop",),
}

# The official client's positional order (ollama-python's `Client`), by wire name; code written
# against it, e.g. `embed("m", ["a"])` or `copy("a", "b")`, runs unchanged. Operations not listed
# take their required fields positionally, then `model`.
POSITIONAL_ORDER = {
    "generate": ("model", "prompt", "suffix"),
    "chat": ("model", "messages"),
    "embed": ("model", "input", "truncate", "options", "keep_alive", "dimensions"),
    "embeddings": ("model", "prompt", "options", "keep_alive"),
    "create": (
        "model",
        "quantize",
        "from",
        "files",
        "adapters",
        "template",
        "license",
        "system",
        "parameters",
        "messages",
    ),
    "pull": ("model",),
    "push": ("model",),
    "show": ("model",),
    "delete": ("model",),
    "copy": ("source", "destination"),
    "web_search": ("query", "max_results"),
    "web_fetch": ("url",),
    # The compatible routes: the model first, then what the request is about (the official SDKs
    # take keywords only, so keyword calls written for them work too).
    "openai_chat_completions": ("model", "messages"),
    "openai_completions": ("model", "prompt"),
    "openai_embeddings": ("model", "input"),
    "openai_responses": ("model", "input"),
    "openai_audio_transcriptions": ("model", "file"),
    "anthropic_messages": ("model", "messages", "max_tokens"),
}
POSITIONAL_FIELDS = {"model"}

# The arguments every method takes besides the request's fields, with what their docstrings say.
EXTRA_BODY_DOC = (
    "Fields merged into the JSON body as given, after the arguments above (for server features "
    "newer than this package)."
)
STANDARD_DOCS = (
    ("extra_headers", "HTTP headers added to this request only."),
    ("timeout", "This request's timeout in seconds, or an `httpx.Timeout`, instead of the client's."),
    (
        "max_retries",
        "How many times this request is retried after a failed connection or a 408, 429, 502, 503 "
        "or 504 answer, instead of the client's `max_retries`.",
    ),
)

# Request fields the facade decides itself.
RESERVED_FIELDS = {"stream"}


@dataclass(frozen=True)
class Import:
    module: str  # relative to the package, e.g. ".models.chat_response"
    name: str


@dataclass
class Argument:
    wire: str
    name: str
    annotation: str
    required: bool
    description: str
    deprecated: bool
    encoder: str | None = None  # a runtime function applied to the value before it is sent
    upload: bool = False  # a multipart file field


@dataclass(frozen=True)
class FieldRule:
    """How the facade widens a request field beyond its wire type, and what converts it."""

    accepts: str  # added to the annotation (inside Sequence[...] for array fields)
    encoder: Import | None = None
    imports: tuple[Import, ...] = ()


# Python values some fields accept besides their wire form: functions as tools, classes as
# output schemas, raw bytes and paths as images.
# An encoder names a function of a feature module; the client module wraps it so that the
# feature loads only when a value needs it (schema building imports inspect, typing & co.).
FIELD_RULES = {
    "tools": FieldRule(
        accepts="Callable[..., Any]",
        encoder=Import(module="._tools", name="encode_tools"),
        imports=(Import(module="collections.abc", name="Callable"),),
    ),
    "format": FieldRule(accepts="type[Any]", encoder=Import(module="._structured", name="encode_format")),
    "images": FieldRule(accepts="bytes | PurePath", imports=(Import(module="pathlib", name="PurePath"),)),
}


UPLOAD_IMPORTS = (Import(module="pathlib", name="PurePath"), Import(module="typing", name="IO"))


# Operations whose field of that name has another wire shape, so the rule does not apply: the
# Responses and Anthropic APIs describe a tool flat (`name`, `parameters` / `input_schema`), not as
# Ollama's and chat completions' `{"type": "function", "function": {...}}`.
RULE_EXCEPTIONS = {"tools": frozenset({"openai_responses", "anthropic_messages"})}


@dataclass
class PathParameter:
    wire: str
    name: str
    annotation: str


@dataclass
class StreamInfo:
    chunk_class: str  # a model class, or the name of an event union in `_events`
    merge: str
    sse: bool = False  # Server-Sent Events: an `EventStream` whose `collect()` gives `result_class`
    terminator: str | None = None  # the data of the last event (`[DONE]`), for data-only streams
    final_events: tuple[str, ...] = ()  # the names of the last events, for named-event streams
    event_parser: str | None = None  # the `_events` function that types one event of a union

    @property
    def parse(self) -> str:
        """The expression that types one line or event."""
        return self.event_parser or f"{self.chunk_class}.from_dict"

    @property
    def decoder(self) -> str:
        """The expression building the stream's decoder (None: NDJSON)."""
        if not self.sse:
            return "None"
        if self.terminator is not None:
            return "SSEEventDecoder(done_sentinel=True)"
        return f"SSEEventDecoder(final_events={self.final_events!r})"


@dataclass(frozen=True)
class SSEDescription:
    """What the driver found about an SSE operation (from `x-sse`), with the generator's class infos."""

    chunk_info: Any | None  # the chunk model of a data-only stream
    terminator: str | None
    union_name: str | None  # the `oneOf` schema of a named-event stream
    event_infos: dict[str, Any]  # event name -> model class info, for named-event streams


@dataclass
class Operation:
    name: str
    http_method: str
    path: str
    summary: str
    description: str
    deprecated: bool
    path_parameters: list[PathParameter]
    body: str | None  # "json", "content" or None
    arguments: list[Argument]
    result: str  # "model", "text", "bool", "none"
    result_class: str | None
    stream: StreamInfo | None
    imports: set[Import] = field(default_factory=set)  # names the signatures mention
    text_field: str | None = None  # the model field a `text/plain` answer fills (TEXT_ANSWERS)
    runtime_imports: list[Import] = field(default_factory=list)  # classes the body calls

    @property
    def annotation_imports(self) -> list[Import]:
        """Names only the signatures use: imported for type checkers, not at run time."""
        return sorted((i for i in self.imports if not _is_runtime(i)), key=_import_key)

    @property
    def code_imports(self) -> list[Import]:
        """Runtime helpers the method bodies call (the encoders)."""
        return sorted((i for i in self.imports if _is_runtime(i)), key=_import_key)

    @property
    def positional(self) -> list[Argument]:
        """The official client's order where it has one, else required fields in spec order, then
        `model` when optional (`client.show("llama3")`)."""
        order = POSITIONAL_ORDER.get(self.name)
        if order is not None:
            # A field the spec does not have (a smaller or older spec) is skipped.
            by_wire = {argument.wire: argument for argument in self.arguments}
            required_rest = [a for a in self.arguments if a.required and a.wire not in order]
            return [by_wire[wire] for wire in order if wire in by_wire] + required_rest
        required = [argument for argument in self.arguments if argument.required]
        optional_model = [a for a in self.arguments if not a.required and a.wire in POSITIONAL_FIELDS]
        return required + optional_model

    @property
    def keyword_only(self) -> list[Argument]:
        positional = self.positional
        return [argument for argument in self.arguments if argument not in positional]


def _is_runtime(item: Import) -> bool:
    # Encoders (`._tools`, ...) are called by the methods; `._events` holds types for signatures.
    return item.module.startswith("._") and item.module != "._events"


def event_parser_name(operation: str) -> str:
    """The `_events` function that types one event of `operation`'s stream."""
    return f"parse_{operation}_event"


def _import_key(item: Import) -> tuple[str, str]:
    return (item.module, item.name)


def _text(value: Any) -> str:
    if value is None:
        return ""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


def _code(value: Any) -> str:
    return str(value.as_unembedded_code())


def docstring_text(value: str) -> str:
    """Text safe to place inside a triple-quoted docstring."""
    return value.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()


# The facade's own argument names: a request field with one of these names takes a trailing "_".
FACADE_NAMES = frozenset({"self", "timeout", "extra_headers", "extra_body", "max_retries"})


def parameter_name(wire: str) -> str:
    """The argument name of a request field: the models' naming rule (`models.field_name`)."""
    return field_name(wire, FACADE_NAMES)


def _class_import(prop: Any) -> Import:
    info = prop.class_info
    return Import(module=f".models.{info.module_name}", name=str(info.name))


def annotation(prop: Any, imports: set[Import]) -> str:
    """The type a facade argument accepts for this property."""
    kind = type(prop).__name__
    if kind == "ModelProperty":
        imports.add(_class_import(prop))
        return f"{prop.class_info.name} | Mapping[str, Any]"
    if kind == "ListProperty":
        return f"Sequence[{annotation(prop.inner_property, imports)}]"
    if kind == "UnionProperty":
        parts: list[str] = []
        for inner in prop.inner_properties:
            if type(inner).__name__ == "NoneProperty":
                continue  # None already means "leave the field out"
            for part in annotation(inner, imports).split(" | "):
                if part not in parts:
                    parts.append(part)
        return " | ".join(parts) if parts else "Any"
    if kind in ("LiteralEnumProperty", "EnumProperty"):
        imports.add(_class_import(prop))
        return str(prop.class_info.name)
    if kind == "AnyProperty":
        return "Any"
    if kind == "NoneProperty":
        return "None"
    return _code(prop.get_type_string(no_optional=True))


def _apply_rule(argument: Argument, rule: FieldRule, imports: set[Import]) -> None:
    if argument.annotation.startswith("Sequence[") and argument.annotation.endswith("]"):
        argument.annotation = f"{argument.annotation[:-1]} | {rule.accepts}]"
    else:
        argument.annotation = f"{argument.annotation} | {rule.accepts}"
    if rule.encoder is not None:
        argument.encoder = encoder_name(argument.wire)
    imports.update(rule.imports)


def encoder_name(wire: str) -> str:
    """The client module's lazy wrapper around a field rule's encoder."""
    return f"_encode_{wire}"


def field_encoders() -> list[tuple[str, Import]]:
    """(wrapper name, feature function) for every field rule with an encoder."""
    return [(encoder_name(wire), rule.encoder) for wire, rule in FIELD_RULES.items() if rule.encoder]


def _result(endpoint: Any, imports: set[Import]) -> tuple[str, str | None]:
    successes = [r for r in endpoint.responses.patterns if 200 <= r.status_code.range[0] < 300]
    if _text(endpoint.method) == "head":
        return "bool", None
    for response in successes:
        kind = type(response.prop).__name__
        if kind == "ModelProperty":
            imports.add(_class_import(response.prop))
            return "model", str(response.prop.class_info.name)
        if kind == "StringProperty" and response.source["attribute"] == "response.text":
            return "text", None
    return "none", None


def raw_operations(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The spec's operation objects by operationId."""
    found: dict[str, dict[str, Any]] = {}
    for item in document.get("paths", {}).values():
        for method, operation in item.items():
            if method in HTTP_METHODS and isinstance(operation, dict) and "operationId" in operation:
                found[str(operation["operationId"])] = operation
    return found


def describe(
    data: Any,
    document: dict[str, Any],
    stream_models: dict[str, Any],
    field_prefix: str,
    sse_streams: Mapping[str, SSEDescription] | None = None,
) -> list[Operation]:
    """One Operation per endpoint; stream_models maps endpoint names to NDJSON chunk class infos,
    sse_streams to the description of their Server-Sent Events answer.

    Endpoint names are the generator's identifiers for operationIds (`list` becomes `list_`).
    """
    sse_streams = sse_streams or {}
    from openapi_python_client.strings import PythonIdentifier

    by_identifier = {
        str(PythonIdentifier(op_id, field_prefix)): raw for op_id, raw in raw_operations(document).items()
    }
    operations: list[Operation] = []
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            raw = by_identifier[str(endpoint.name)]
            operations.append(
                _describe_endpoint(
                    endpoint,
                    raw,
                    stream_models.get(str(endpoint.name)),
                    sse_streams.get(str(endpoint.name)),
                )
            )
    names = [operation.name for operation in operations]
    if len(set(names)) != len(names):
        raise ValueError(f"duplicate operation names: {sorted(names)}")
    return operations


def _describe_endpoint(
    endpoint: Any, raw: dict[str, Any], chunk_info: Any, sse: SSEDescription | None = None
) -> Operation:
    imports: set[Import] = set()
    name = str(raw.get("operationId", ""))
    if not name.isidentifier() or keyword.iskeyword(name):
        raise ValueError(f"operationId {name!r} is not usable as a method name")
    if endpoint.query_parameters or endpoint.header_parameters or endpoint.cookie_parameters:
        raise ValueError(f"{name}: query, header and cookie parameters are not supported by the facade")

    path_parameters = [
        PathParameter(
            wire=_text(parameter.name),
            name=str(parameter.python_name),
            annotation=_code(parameter.get_type_string(no_optional=True)),
        )
        for parameter in endpoint.path_parameters
    ]

    body: str | None = None
    arguments: list[Argument] = []
    if len(endpoint.bodies) > 1:
        raise ValueError(f"{name}: several request body types are not supported by the facade")
    if endpoint.bodies:
        request = endpoint.bodies[0]
        body = str(request.body_type.value)
        if body == "files":
            body = "multipart"
        if body in ("json", "multipart"):
            model = request.prop
            if type(model).__name__ != "ModelProperty":
                raise ValueError(f"{name}: a {body} request body must be an object schema")
            for prop in model.required_properties + model.optional_properties:
                wire = _text(prop.name)
                if wire in RESERVED_FIELDS:
                    continue
                argument = Argument(
                    wire=wire,
                    name=parameter_name(wire),
                    annotation=annotation(prop, imports),
                    required=bool(prop.required),
                    description=docstring_text(_text(prop.description)),
                    deprecated=bool(getattr(prop, "deprecated", False)),
                )
                if type(prop).__name__ == "FileProperty":
                    # A multipart file: sent as read from bytes, a path or a binary file object.
                    argument.annotation = "bytes | PurePath | IO[bytes]"
                    argument.upload = True
                    imports.update(UPLOAD_IMPORTS)
                rule = FIELD_RULES.get(wire)
                if rule is not None and name not in RULE_EXCEPTIONS.get(wire, ()):
                    _apply_rule(argument, rule, imports)
                arguments.append(argument)
        elif body != "content":
            raise ValueError(f"{name}: unsupported request body type {body}")

    result, result_class = _result(endpoint, imports)
    stream: StreamInfo | None = None
    if chunk_info is not None:
        info = chunk_info
        imports.add(Import(module=f".models.{info.module_name}", name=str(info.name)))
        stream = StreamInfo(chunk_class=str(info.name), merge=MERGES.get(name, DEFAULT_MERGE))
    elif sse is not None:
        if name not in MERGES:
            raise ValueError(f"{name}: an event stream needs a merge function in facade.MERGES")
        if sse.chunk_info is not None:
            info = sse.chunk_info
            imports.add(Import(module=f".models.{info.module_name}", name=str(info.name)))
            stream = StreamInfo(
                chunk_class=str(info.name), merge=MERGES[name], sse=True, terminator=sse.terminator
            )
        else:
            if name not in FINAL_EVENTS or sse.union_name is None:
                raise ValueError(
                    f"{name}: a named-event stream needs its final events in facade.FINAL_EVENTS"
                )
            imports.add(Import(module="._events", name=sse.union_name))
            stream = StreamInfo(
                chunk_class=sse.union_name,
                merge=MERGES[name],
                sse=True,
                final_events=FINAL_EVENTS[name],
                event_parser=event_parser_name(name),
            )

    runtime_imports: list[Import] = []
    if result_class is not None:
        runtime_imports.append(
            next(item for item in imports if item.name == result_class and item.module.startswith(".models."))
        )
    if stream is not None and stream.event_parser is not None:
        runtime_imports.append(Import(module="._events", name=stream.event_parser))
    elif stream is not None and stream.chunk_class != result_class:
        runtime_imports.append(
            next(
                item
                for item in imports
                if item.name == stream.chunk_class and item.module.startswith(".models.")
            )
        )
    return Operation(
        runtime_imports=runtime_imports,
        name=name,
        http_method=_text(endpoint.method).upper(),
        path=_text(endpoint.path),
        summary=docstring_text(_text(endpoint.summary)),
        description=docstring_text(_text(endpoint.description)),
        deprecated=bool(raw.get("deprecated", False)),
        path_parameters=path_parameters,
        body=body,
        arguments=arguments,
        result=result,
        result_class=result_class,
        stream=stream,
        imports=imports,
        text_field=_text_field(name, raw, result),
    )


def _text_field(name: str, raw: dict[str, Any], result: str) -> str | None:
    content = raw.get("responses", {}).get("200", {}).get("content", {})
    if result != "model" or "text/plain" not in content:
        return None
    if name not in TEXT_ANSWERS:
        raise ValueError(f"{name}: a text/plain answer beside a JSON model needs an entry in TEXT_ANSWERS")
    return TEXT_ANSWERS[name]


# --- What the template prints: signatures, forwarded calls and docstrings ---------------------


def signature(
    operation: Operation,
    is_async: bool,
    *,
    drop: Sequence[str] = (),
    required: Sequence[str] = (),
    keep_positional: Sequence[str] | None = None,
    extra_positional: Sequence[str] = (),
    extra_keyword: Sequence[str] = (),
) -> list[str]:
    """The parameter lines of a method for `operation` (after `self`).

    `drop` leaves request fields out (by wire name), `required` makes positional fields required,
    `keep_positional` (when given) keeps only those fields positional, the rest keyword-only;
    `extra_*` are lines the caller adds (a helper's own parameters).
    """
    lines = [f"{parameter.name}: {parameter.annotation}," for parameter in operation.path_parameters]
    if operation.body == "content":
        iterable = "AsyncIterable" if is_async else "Iterable"
        lines.append(f"content: bytes | {iterable}[bytes],")
    positional = [a for a in operation.positional if a.wire not in drop]
    if keep_positional is not None:
        positional = [a for a in positional if a.wire in keep_positional]
    optional_seen = False
    for argument in positional:
        if (argument.required or argument.wire in required) and not optional_seen:
            lines.append(f"{argument.name}: {argument.annotation},")
        elif argument.required or argument.wire in required:
            raise ValueError(f"{operation.name}: required {argument.wire!r} follows an optional field")
        else:
            optional_seen = True
            lines.append(f"{argument.name}: {argument.annotation} | None = None,")
    lines.extend(extra_positional)
    lines.append("*,")
    lines.extend(extra_keyword)
    lines.extend(
        f"{argument.name}: {argument.annotation} | None = None,"
        for argument in operation.arguments
        if argument not in positional and argument.wire not in drop
    )
    if operation.body == "json":
        lines.append("extra_body: Mapping[str, Any] | None = None,")
    lines += [
        "extra_headers: Mapping[str, str] | None = None,",
        "timeout: TimeoutTypes | NotGiven = NOT_GIVEN,",
        "max_retries: int | NotGiven = NOT_GIVEN,",
    ]
    return lines


def forward(
    operation: Operation, *, drop: Sequence[str] = (), values: Mapping[str, str] | None = None
) -> list[str]:
    """`name=value,` lines passing every parameter of `operation` on by keyword.

    `drop` leaves request fields out (by wire name); `values` replaces the value passed for a
    field (by wire name) with an expression.
    """
    values = values or {}
    lines = [f"{parameter.name}={parameter.name}," for parameter in operation.path_parameters]
    if operation.body == "content":
        lines.append("content=content,")
    lines.extend(
        f"{argument.name}={values.get(argument.wire, argument.name)},"
        for argument in operation.arguments
        if argument.wire not in drop
    )
    if operation.body == "json":
        lines.append("extra_body=extra_body,")
    lines += ["extra_headers=extra_headers,", "timeout=timeout,", "max_retries=max_retries,"]
    return lines


_STREAMS_BY_DEFAULT = re.compile(r"Streams(?:\s+progress)?\s+by\s+default[.;][ \t]*")


def _without_wire_streaming(text: str) -> str:
    """The description without "Streams (progress) by default": the spec describes the wire, where
    these routes stream unless `stream: false`, while each method here decides `stream` itself and
    says which way in a paragraph of its own."""
    parts = _STREAMS_BY_DEFAULT.split(text)
    # A clause that followed "...by default;" now starts its sentence.
    return parts[0] + "".join(part[:1].upper() + part[1:] for part in parts[1:])


def _wrap(text: str, indent: str, width: int = 100) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n\n"):
        paragraph = " ".join(paragraph.split())
        if not paragraph:
            continue
        if lines:
            lines.append("")
        lines.extend(
            textwrap.wrap(
                paragraph,
                width=width,
                initial_indent=indent,
                subsequent_indent=indent,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
    return lines


def _entry(name: str, text: str, indent: str) -> list[str]:
    return textwrap.wrap(
        f"{name}: {' '.join(text.split())}",
        width=100,
        initial_indent=indent,
        subsequent_indent=indent + "    ",
        break_long_words=False,
        break_on_hyphens=False,
    )


def _result_text(operation: Operation) -> str:
    if operation.result == "model" and operation.text_field:
        return (
            f"The server's answer as a `{operation.result_class}` (a `text/plain` answer fills its "
            f"`{operation.text_field}`)."
        )
    if operation.result == "model":
        return f"The server's answer as a `{operation.result_class}`."
    if operation.result == "text":
        return "The body of the answer as text."
    if operation.result == "bool":
        return "True when the server answers with a success status, False when it answers 404."
    return "None; a success status is the whole answer."


ERRORS_DOC = (
    (
        "ResponseError",
        "The server answered with an error status, as the subclass for it (`BadRequestError` 400, "
        "`NotFoundError` 404, `ServerError` 5xx, ...); 408, 429, 502, 503 and 504 only once the "
        "retries are used up.",
    ),
    ("APIConnectionError", "The server could not be reached (`APITimeoutError` when a timeout expired)."),
)
DECODE_DOC = ("DecodeError", "The answer is not the JSON the operation returns.")
STREAM_ERRORS_DOC = (
    ("StreamError", "While iterating: the server reported an error inside the stream."),
    ("IncompleteStreamError", "While iterating: the stream ended before its final line."),
)


EVENT_STREAM_ERRORS_DOC = (
    ("StreamError", "While iterating: the server sent an error event."),
    ("IncompleteStreamError", "While iterating: the stream ended before its last event."),
)


def _stream_class(operation: Operation, is_async: bool) -> str:
    sse = bool(operation.stream and operation.stream.sse)
    return ("Async" if is_async else "") + ("EventStream" if sse else "Stream")


def _unit(operation: Operation) -> str:
    return "event" if operation.stream and operation.stream.sse else "chunk"


def _event_stream_text(operation: Operation, is_async: bool) -> str:
    """What a `_stream` twin of an SSE operation sends, yields and collects."""
    assert operation.stream is not None
    stream_name = f"{operation.name}_stream"
    if operation.stream.terminator is not None:
        end = f"the server's `data: {operation.stream.terminator}` event ends it (it is not yielded)"
    else:
        names = " or ".join(f"`{event}`" for event in operation.stream.final_events)
        end = f"the {names} event is the last one yielded"
    if is_async:
        how = (
            f"Sends `stream: true`. Returns an `AsyncEventStreamRequest`: `async with "
            f"client.{stream_name}(...) as stream:`, `async for event in client.{stream_name}(...):` and "
            f"`stream = await client.{stream_name}(...)` all send the request; an error status or a "
            "failed connection raises there, after the retries."
        )
        collect = "`await stream.collect()`"
    else:
        how = (
            "Sends `stream: true` now and returns an `EventStream`; an error status or a failed "
            "connection raises here, after the retries. Use the stream in a `with` block (or call "
            "`close()`) so that the connection is released when you stop early."
        )
        collect = "`stream.collect()`"
    return (
        f"{how}\n\nThe stream yields one `{operation.stream.chunk_class}` per Server-Sent Event; {end}. "
        f"{collect} reads the rest and returns the `{operation.result_class}` that `{operation.name}` "
        "returns for the same request (text and tool calls joined, the finish reason and usage from "
        "the end)."
    )


def docstring(
    operation: Operation,
    kind: str,
    is_async: bool,
    *,
    extra_args: Sequence[tuple[str, str]] = (),
    drop: Sequence[str] = (),
    intro: str = "",
    returns: str = "",
    raises: Sequence[tuple[str, str]] = (),
) -> str:
    """The docstring of a method, indented for a class body, quotes included.

    `kind` is "plain" (the operation, `stream: false` when it can stream), "stream" (the
    `<operation>_stream` twin), "raw" / "raw_stream" (their `with_raw_response` forms) or
    "helper" (a method built on the operation: `intro` and `returns` say what it does).
    """
    indent = " " * 8
    chunk = operation.stream.chunk_class if operation.stream else ""
    stream_name = f"{operation.name}_stream"
    lines = [
        f'{indent}"""{operation.summary or operation.name}.' if kind != "helper" else f'{indent}"""{intro}'
    ]
    if kind == "helper":
        lines[0] = f'{indent}"""{intro.split(chr(10) + chr(10))[0]}'
        rest = intro.split("\n\n", 1)[1] if "\n\n" in intro else ""
        if rest:
            lines += ["", *_wrap(rest, indent)]
    if operation.deprecated and kind != "helper":
        lines += ["", f"{indent}Deprecated by the server."]
    description = (
        _without_wire_streaming(operation.description) if operation.stream else operation.description
    )
    if description and kind in ("plain", "stream"):
        lines += ["", *_wrap(description, indent)]
    if kind in ("raw", "raw_stream"):
        target = operation.name if kind == "raw" else stream_name
        lines += [
            "",
            *_wrap(
                f"Sends the same request as `{'AsyncClient' if is_async else 'Client'}.{target}` and "
                "returns the HTTP answer (status, headers) together with its parsed body.",
                indent,
            ),
        ]
    elif kind == "plain" and operation.stream:
        lines += [
            "",
            *_wrap(
                f"Sends `stream: false`: the whole answer arrives at once. `{stream_name}` sends the "
                "same request and yields the answer while it is generated.",
                indent,
            ),
        ]
    elif kind == "stream" and operation.stream and operation.stream.sse:
        lines += ["", *_wrap(_event_stream_text(operation, is_async), indent)]
    elif kind == "stream":
        merged = (
            "the text, thinking and tool calls joined and the final statistics"
            if operation.stream and operation.stream.merge != "merge_progress"
            else "the last progress line"
        )
        if is_async:
            how = (
                f"Sends `stream: true`. Returns an `AsyncStreamRequest`: `async with client.{stream_name}(...) "
                f"as stream:`, `async for chunk in client.{stream_name}(...):` and `stream = await "
                f"client.{stream_name}(...)` all send the request; an error status or a failed "
                "connection raises there, after the retries."
            )
            collect = "`await stream.collect()`"
        else:
            how = (
                "Sends `stream: true` now and returns a `Stream`; an error status or a failed connection "
                "raises here, after the retries. Use the stream in a `with` block (or call `close()`) "
                "so that the connection is released when you stop early."
            )
            collect = "`stream.collect()`"
        lines += [
            "",
            *_wrap(how, indent),
            "",
            *_wrap(
                f"The stream yields one `{chunk}` per line the server sends. {collect} reads the rest "
                f"and returns one `{chunk}` as `{operation.name}` would ({merged}).",
                indent,
            ),
        ]
    documented = [a for a in operation.arguments if a.wire not in drop]
    lines += ["", f"{indent}Args:"]
    for parameter in operation.path_parameters:
        lines += _entry(parameter.name, f"The `{parameter.wire}` path segment (escaped).", indent + "    ")
    if operation.body == "content":
        lines += _entry("content", "The request body: bytes, or an iterable of byte chunks.", indent + "    ")
    for name, text in extra_args:
        lines += _entry(name, text, indent + "    ")
    for argument in documented:
        first = argument.description.split("\n\n")[0] or "See the server's API documentation."
        lines += _entry(
            argument.name, first + (" (Deprecated.)" if argument.deprecated else ""), indent + "    "
        )
    if operation.body == "json":
        lines += _entry("extra_body", EXTRA_BODY_DOC, indent + "    ")
    for name, text in STANDARD_DOCS:
        lines += _entry(name, text, indent + "    ")
    lines += ["", f"{indent}Returns:"]
    if kind == "helper":
        result = returns
    elif kind in ("raw", "raw_stream"):
        plain = (
            _result_text(operation)
            if kind == "raw"
            else (f"the `{_stream_class(operation, is_async)}` of `{chunk}` {_unit(operation)}s")
        )
        result = (
            "A `RawResponse`: `status_code`, `headers` and `http_response` of the answer; `parsed` "
            f"(or `parse()`) gives {plain[0].lower() + plain[1:] if kind == 'raw' else plain}"
        )
        if kind == "raw" and not result.endswith("."):
            result += "."
        elif kind == "raw_stream":
            result += ", read from the open response."
    elif kind == "stream" and operation.stream and operation.stream.sse:
        result = (
            f"An `AsyncEventStreamRequest` that opens an `AsyncEventStream` of `{chunk}` events."
            if is_async
            else f"An `EventStream` of `{chunk}` events."
        )
    elif kind == "stream":
        result = (
            f"An `AsyncStreamRequest` that opens an `AsyncStream` of `{chunk}` chunks."
            if is_async
            else f"A `Stream` of `{chunk}` chunks."
        )
    else:
        result = _result_text(operation)
    lines += _wrap(result, indent + "    ")
    errors: list[tuple[str, str]] = list(raises)
    errors += [item for item in ERRORS_DOC]
    if operation.result == "model" or kind in ("stream", "raw_stream") or (kind == "helper"):
        errors.append(DECODE_DOC)
    if kind in ("stream", "raw_stream") and operation.stream and operation.stream.sse:
        errors += list(EVENT_STREAM_ERRORS_DOC)
    elif kind in ("stream", "raw_stream"):
        errors += list(STREAM_ERRORS_DOC)
    if operation.result == "bool" and kind != "helper":
        errors[len(raises)] = (
            "ResponseError",
            "The server answered with an error status other than 404 (see the `ResponseError` "
            "subclasses); 408, 429, 502, 503 and 504 only once the retries are used up.",
        )
    lines += ["", f"{indent}Raises:"]
    for name, text in errors:
        lines += _entry(name, text, indent + "    ")
    lines.append(f'{indent}"""')
    return "\n".join(lines)


def jinja_globals() -> dict[str, Any]:
    """The functions and tables the templates call."""
    return {
        "signature": signature,
        "forward": forward,
        "docstring": docstring,
        "field_encoders": field_encoders(),
    }
