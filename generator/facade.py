"""Describe each operation for the `Client`/`AsyncClient` facade template.

The facade takes the request body's fields as keyword arguments (named as the models name
their attributes: `models.field_name`) and sends a plain dict, so callers may pass model
instances or mappings alike. Everything the template prints is computed here.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass, field
from typing import Any

from .models import field_name

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

# Which runtime merge function turns a stream's lines into the `stream: false` answer.
MERGES = {"generate": "merge_generate", "chat": "merge_chat"}
DEFAULT_MERGE = "merge_progress"

# Optional fields that may still be passed positionally, as the official client allows.
POSITIONAL_FIELDS = {"model"}

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


@dataclass(frozen=True)
class FieldRule:
    """How the facade widens a request field beyond its wire type, and what converts it."""

    accepts: str  # added to the annotation (inside Sequence[...] for array fields)
    encoder: Import | None = None
    imports: tuple[Import, ...] = ()


# Python values some fields accept besides their wire form: functions as tools, classes as
# output schemas, raw bytes and paths as images.
FIELD_RULES = {
    "tools": FieldRule(
        accepts="Callable[..., Any]",
        encoder=Import(module="._encode", name="encode_tools"),
        imports=(Import(module="collections.abc", name="Callable"),),
    ),
    "format": FieldRule(accepts="type[Any]", encoder=Import(module="._encode", name="encode_format")),
    "images": FieldRule(accepts="bytes | PurePath", imports=(Import(module="pathlib", name="PurePath"),)),
}


@dataclass
class PathParameter:
    wire: str
    name: str
    annotation: str


@dataclass
class StreamInfo:
    chunk_class: str
    merge: str


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
        """Required fields, in spec order, then `model` when optional (`client.show("llama3")`)."""
        required = [argument for argument in self.arguments if argument.required]
        optional_model = [a for a in self.arguments if not a.required and a.wire in POSITIONAL_FIELDS]
        return required + optional_model

    @property
    def keyword_only(self) -> list[Argument]:
        positional = self.positional
        return [argument for argument in self.arguments if argument not in positional]


def _is_runtime(item: Import) -> bool:
    return item.module.startswith("._")


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
        argument.encoder = rule.encoder.name
        imports.add(rule.encoder)
    imports.update(rule.imports)


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
    data: Any, document: dict[str, Any], stream_models: dict[str, Any], field_prefix: str
) -> list[Operation]:
    """One Operation per endpoint; stream_models maps endpoint names to chunk class infos.

    Endpoint names are the generator's identifiers for operationIds (`list` becomes `list_`).
    """
    from openapi_python_client.strings import PythonIdentifier

    by_identifier = {
        str(PythonIdentifier(op_id, field_prefix)): raw for op_id, raw in raw_operations(document).items()
    }
    operations: list[Operation] = []
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            raw = by_identifier[str(endpoint.name)]
            operations.append(_describe_endpoint(endpoint, raw, stream_models.get(str(endpoint.name))))
    names = [operation.name for operation in operations]
    if len(set(names)) != len(names):
        raise ValueError(f"duplicate operation names: {sorted(names)}")
    return operations


def _describe_endpoint(endpoint: Any, raw: dict[str, Any], chunk_info: Any) -> Operation:
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
        if body == "json":
            model = request.prop
            if type(model).__name__ != "ModelProperty":
                raise ValueError(f"{name}: a JSON request body must be an object schema")
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
                rule = FIELD_RULES.get(wire)
                if rule is not None:
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

    runtime_imports: list[Import] = []
    if result_class is not None:
        runtime_imports.append(
            next(item for item in imports if item.name == result_class and item.module.startswith(".models."))
        )
    if stream is not None and stream.chunk_class != result_class:
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
    )
