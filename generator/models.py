"""What `templates/model.py.jinja` writes for each field of a model: name, type, default, kind.

Two styles of model come out of one spec:

- Models that an answer can contain (found from the responses of the spec, nested models included)
  read like Ollama's Go client reads them: a required field (a Go field without `omitempty`) has a
  plain type and decodes to its zero value when a server leaves it out; an optional field is
  `T | None`, `None` when absent. Free-form objects are `dict[str, Any]`.
- Request-only models keep upstream's `T | Unset = UNSET`: "not given" differs from `None` there.

One naming rule for fields, shared with the facade's arguments (`field_name`): the wire name in
snake case without leading underscores (`_debug_info` -> `debug_info`, `anyOf` -> `any_of`), and a
trailing underscore only for a Python keyword (`from` -> `from_`). Builtin names stay as they are
(`format`, `type`, `input`): they are fine as attribute and argument names, and they are the names
the official client uses.
"""

from __future__ import annotations

import json
import keyword
from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import snake_case

# Kinds are written as attributes of the runtime module `_wire`, imported under that name, so that
# no field name (`model`, `literal`, ...) can shadow them in the class body.
_SCALARS: dict[type, tuple[str, str]] = {
    StringProperty: ("_wire.STR", "str"),
    IntProperty: ("_wire.INT", "int"),
    FloatProperty: ("_wire.FLOAT", "float"),
    BooleanProperty: ("_wire.BOOL", "bool"),
    AnyProperty: ("_wire.ANY", "Any"),
    NoneProperty: ("_wire.NULL", "None"),
    UuidProperty: ("_wire.UUID_STR", "UUID"),
    # A binary part of a multipart form (the audio file of /v1/audio/transcriptions): never JSON,
    # so the model only carries it to the form encoder.
    FileProperty: ("_wire.ANY", "Any"),
}


class FieldError(ValueError):
    """A field the templates cannot express (the generation fails with it)."""


# Names a model already uses for itself (the `Mapping` protocol, decoding): a field takes `items_`.
MODEL_NAMES = frozenset(
    {
        "additional_keys",
        "additional_properties",
        "from_dict",
        "get",
        "items",
        "keys",
        "to_dict",
        "values",
        "zero",
    }
)


def field_name(wire: str, taken: frozenset[str] = frozenset()) -> str:
    """The Python name of a wire field, for model attributes and facade arguments alike.

    `taken` are names the place of use already has (`MODEL_NAMES` for models, the facade's own
    keyword arguments for its methods): such a name gets a trailing underscore, as a keyword does.
    """
    name = snake_case(wire.lstrip("_"))
    if keyword.iskeyword(name) or name in taken:
        name += "_"
    if not name.isidentifier():
        raise FieldError(f"field {wire!r} has no usable Python name")
    return name


def is_free_form(prop: Any) -> bool:
    """An object schema with no declared fields that takes any keys: `model_info`, tool arguments."""
    return (
        isinstance(prop, ModelProperty)
        and isinstance(prop.additional_properties, AnyProperty)
        and not prop.required_properties
        and not prop.optional_properties
    )


@dataclass(frozen=True)
class FieldInfo:
    wire: str
    literal: str  # the wire name as a Python string literal
    attribute: str
    annotation: str  # the attribute's type
    default: str | None  # the `__init__` default (None: a required argument)
    kind: str  # the `_wire` kind expression
    required: bool
    docstring: str  # the line of the class docstring's `Attributes:` section


def _kind(prop: Any, answer: bool, free_form: frozenset[str]) -> tuple[str, str]:
    """The `_wire` kind expression and the Python type of one property (without "not given")."""
    if isinstance(prop, ListProperty):
        kind, annotation = _kind(prop.inner_property, answer, free_form)
        return f"_wire.list_of({kind})", f"list[{annotation}]"
    if isinstance(prop, ModelProperty):
        name = str(prop.class_info.name)
        if answer and name in free_form:
            return "_wire.OBJECT", "dict[str, Any]"
        return f'_wire.model("{name}")', name
    if isinstance(prop, UnionProperty):
        parts = [_kind(inner, answer, free_form) for inner in prop.inner_properties]
        kinds = ", ".join(kind for kind, _ in parts)
        return f"_wire.one_of({kinds})", " | ".join(annotation for _, annotation in parts)
    if isinstance(prop, LiteralEnumProperty):
        values = ", ".join(repr(value) for value in sorted(prop.values))
        return f"_wire.literal({values})", str(prop.class_info.name)
    for cls, (kind, annotation) in _SCALARS.items():
        if isinstance(prop, cls):
            return kind, annotation
    raise FieldError(f"{_text(prop.name)}: properties of type {type(prop).__name__} are not supported")


def _text(value: Any) -> str:
    """A name from the spec (upstream wraps them as `UntrustedString`)."""
    return str(value.get_untrusted_value() if isinstance(value, UntrustedString) else value)


def additional_kind(model: Any, answer: bool, free_form: frozenset[str]) -> str | None:
    """The `_wire` kind expression of the values under undeclared keys, None for any JSON value."""
    extra = model.additional_properties
    if extra is None or isinstance(extra, bool):
        return None
    kind = _kind(extra, answer, free_form)[0]
    return None if kind == "_wire.ANY" else kind


def model_fields(model: Any, answer: bool, free_form: frozenset[str]) -> list[FieldInfo]:
    """The fields of a model in declaration order: required ones first (they have no default).

    `free_form` names the classes of free-form objects (`is_free_form` of the parsed models: a
    property that refers to one may not carry the referred schema's fields).
    """
    # A multipart body's model describes its form fields like any request model (the file field is
    # `Any`); the client sends such a body from its keyword arguments (`_encode.build_form`).
    fields = []
    names: dict[str, str] = {}
    for prop in [*model.required_properties, *model.optional_properties]:
        wire = _text(prop.name)
        attribute = field_name(wire, MODEL_NAMES)
        if attribute in names:
            raise FieldError(f"{model.class_info.name}: {wire!r} and {names.get(attribute)!r} clash")
        names[attribute] = wire
        kind, annotation = _kind(prop, answer, free_form)
        if prop.required:
            default = None
        elif answer:
            annotation, default = f"{annotation} | None", "None"
        else:
            annotation, default = f"{annotation} | Unset", "UNSET"
        fields.append(
            FieldInfo(
                wire=wire,
                literal=json.dumps(wire),
                attribute=attribute,
                annotation=annotation,
                default=default,
                kind=kind,
                required=bool(prop.required),
                docstring=f"{attribute} ({annotation}):" + prop.to_docstring().split("):", 1)[1],
            )
        )
    return fields
