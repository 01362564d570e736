"""JSON Schema from Python type hints, for tool parameters and structured output.

Two flavours, because the two consumers read schemas differently:

* `"tool"`: Ollama keeps only `type`, `description`, `enum`, `items`, `properties`, `required`
  and `anyOf` of a tool's parameter schema and drops the rest (`$ref` included), so nested types
  are written out in place. A type that contains itself is cut at the repetition to `{"type":
  "object"}` or `{"type": "array"}`.
* `"format"`: the whole schema reaches the grammar that constrains the output. Records forbid
  extra keys (`additionalProperties: false`, so a parsed answer has no surprises; pydantic models
  keep the schema pydantic writes). A type that contains itself is written once under `$defs` and
  referred to with `$ref`; everything else is written out in place, so no `$ref` support is
  needed to read it.

Supported: `bool`, `int`, `float`, `str`, `None`, `Any`, `Literal[...]`, `Enum` subclasses,
`list`/`Sequence`/`set`/`frozenset`/`tuple`, `dict`/`Mapping` with `str` keys, unions (including
`Optional`), `Annotated[T, "description"]`, `NewType`, `datetime`/`date`/`time`/`UUID`/`Decimal`/
`Path`, dataclasses, attrs classes, TypedDicts and pydantic models (through their
`model_json_schema()`).
"""

from __future__ import annotations

import collections.abc
import datetime
import decimal
import enum
import functools
import inspect
import pathlib
import types
import typing
import uuid
from collections.abc import Callable
from typing import Any, Literal

from ._docstrings import parse_docstring
from ._typeinfo import (
    MISSING,
    annotated_description,
    callable_name,
    class_description,
    is_pydantic_model,
    is_record,
    record_fields,
    resolve_hints,
    unwrap_annotated,
)

__all__ = ["SchemaMode", "annotated_target", "function_schema", "type_schema"]

SchemaMode = Literal["tool", "format"]

_ARRAY_ORIGINS: frozenset[Any] = frozenset(
    {
        list,
        set,
        frozenset,
        collections.abc.Sequence,
        collections.abc.MutableSequence,
        collections.abc.Set,
        collections.abc.MutableSet,
        collections.abc.Iterable,
        collections.abc.Collection,
    }
)
_OBJECT_ORIGINS: frozenset[Any] = frozenset({dict, collections.abc.Mapping, collections.abc.MutableMapping})
_STRING_FORMATS: dict[type, str] = {
    datetime.datetime: "date-time",
    datetime.date: "date",
    datetime.time: "time",
    uuid.UUID: "uuid",
}
_UNION_ORIGINS: frozenset[Any] = frozenset({typing.Union, types.UnionType})


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    raise TypeError(f"{value!r} cannot be a JSON enum value")


def _enum_schema(values: list[Any]) -> dict[str, Any]:
    kinds: list[str] = []
    for value in values:
        kind = _json_type(value)
        if kind not in kinds:
            kinds.append(kind)
    return {"type": kinds[0] if len(kinds) == 1 else kinds, "enum": values}


def _json_default(value: Any) -> tuple[bool, Any]:
    """(True, JSON form) for a default worth writing into a schema, else (False, None)."""
    if isinstance(value, enum.Enum):
        value = value.value
    if value is None or isinstance(value, bool | int | float | str):
        return True, value
    if isinstance(value, list | tuple) and all(
        v is None or isinstance(v, bool | int | float | str) for v in value
    ):
        return True, list(value)
    return False, None


def _strip_titles(node: Any) -> Any:
    """pydantic titles every node; they only repeat the names, so tool schemas leave them out."""
    if isinstance(node, dict):
        # A string `title` is pydantic's; a property named "title" has a schema (a dict) as its value.
        return {
            key: _strip_titles(value)
            for key, value in node.items()
            if not (key == "title" and isinstance(value, str))
        }
    if isinstance(node, list):
        return [_strip_titles(item) for item in node]
    return node


def _inline_refs(node: Any, defs: dict[str, Any], cut: list[str], seen: tuple[str, ...] = ()) -> Any:
    """Replace local `$ref`s by the definitions they name; a cycle becomes its bare JSON type
    (and the definition's name is added to `cut`)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            name = ref[len("#/$defs/") :]
            target = defs.get(name, {})
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            if name in seen:
                cut.append(name)
                kind = target.get("type", "object") if isinstance(target, dict) else "object"
                return {"type": kind, **_inline_refs(siblings, defs, cut, seen)}
            return {
                **_inline_refs(target, defs, cut, (*seen, name)),
                **_inline_refs(siblings, defs, cut, seen),
            }
        return {key: _inline_refs(value, defs, cut, seen) for key, value in node.items() if key != "$defs"}
    if isinstance(node, list):
        return [_inline_refs(item, defs, cut, seen) for item in node]
    return node


class _Builder:
    def __init__(self, mode: SchemaMode) -> None:
        self.mode = mode
        self.stack: list[type] = []
        self.recursive: set[type] = set()
        self.def_names: dict[type, str] = {}
        self.defs: dict[str, Any] = {}

    def finish(self, schema: dict[str, Any]) -> dict[str, Any]:
        if self.defs:
            return {**schema, "$defs": dict(sorted(self.defs.items()))}
        return schema

    def build(self, tp: Any) -> dict[str, Any]:
        tp, metadata = unwrap_annotated(tp)
        schema = self._build(tp)
        description = annotated_description(metadata)
        if description:
            schema = {**schema, "description": description}
        return schema

    def _build(self, tp: Any) -> dict[str, Any]:
        if tp is Any or tp is object:
            return {}
        if tp is None or tp is type(None):
            return {"type": "null"}
        if isinstance(tp, typing.TypeVar):
            if tp.__bound__ is not None:
                return self.build(tp.__bound__)
            if tp.__constraints__:
                return self._union(list(tp.__constraints__))
            return {}
        supertype = getattr(tp, "__supertype__", None)
        if supertype is not None:  # typing.NewType
            return self.build(supertype)
        if type(tp).__name__ == "TypeAliasType":  # a `type X = ...` alias (Python 3.12+)
            return self.build(tp.__value__)
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin is Literal:
            return _enum_schema([value.value if isinstance(value, enum.Enum) else value for value in args])
        if origin in _UNION_ORIGINS:
            return self._union(list(args))
        if origin is not None:
            return self._generic(tp, origin, args)
        if not isinstance(tp, type):
            raise TypeError(f"cannot describe {tp!r} as JSON Schema")
        return self._class(tp)

    def _union(self, members: list[Any]) -> dict[str, Any]:
        schemas: list[dict[str, Any]] = []
        for member in members:
            schema = self.build(member)
            if schema == {}:
                return {}  # Any absorbs the union
            if schema not in schemas:
                schemas.append(schema)
        if len(schemas) == 1:
            return schemas[0]
        if all(set(schema) == {"type"} and isinstance(schema["type"], str) for schema in schemas):
            return {"type": [schema["type"] for schema in schemas]}
        return {"anyOf": schemas}

    def _generic(self, tp: Any, origin: Any, args: tuple[Any, ...]) -> dict[str, Any]:
        if origin is tuple:
            if len(args) == 2 and args[1] is Ellipsis:
                return {"type": "array", "items": self.build(args[0])}
            if args == ((),) or not args:
                return {"type": "array", "maxItems": 0}
            return {
                "type": "array",
                "prefixItems": [self.build(arg) for arg in args],
                "minItems": len(args),
                "maxItems": len(args),
            }
        if origin in _ARRAY_ORIGINS:
            schema: dict[str, Any] = {"type": "array"}
            if args:
                schema["items"] = self.build(args[0])
            if origin in (set, frozenset, collections.abc.Set, collections.abc.MutableSet):
                schema["uniqueItems"] = True
            return schema
        if origin in _OBJECT_ORIGINS:
            schema = {"type": "object"}
            if args:
                key, _ = unwrap_annotated(args[0])
                if key not in (str, Any) and not (isinstance(key, type) and issubclass(key, str | enum.Enum)):
                    raise TypeError(f"JSON object keys are strings; cannot describe {tp!r}")
                schema["additionalProperties"] = self.build(args[1])
            return schema
        if isinstance(origin, type) and is_record(origin):
            return self._class(origin)  # a parametrised generic record: its parameters are not tracked
        raise TypeError(f"cannot describe {tp!r} as JSON Schema")

    def _class(self, tp: type) -> dict[str, Any]:
        if issubclass(tp, enum.Enum):
            return _enum_schema([member.value for member in tp])
        if tp is bool:
            return {"type": "boolean"}
        if issubclass(tp, bool):
            return {"type": "boolean"}
        if issubclass(tp, int):
            return {"type": "integer"}
        if issubclass(tp, float | decimal.Decimal):
            return {"type": "number"}
        for klass, string_format in _STRING_FORMATS.items():
            if issubclass(tp, klass):
                return {"type": "string", "format": string_format}
        if issubclass(tp, str | pathlib.PurePath):
            return {"type": "string"}
        if tp in (list, tuple, set, frozenset):
            return self._generic(tp, tp, ())
        if tp is dict:
            return {"type": "object"}
        if is_record(tp):
            return self._record(tp)
        raise TypeError(f"cannot describe {tp.__qualname__} as JSON Schema")

    def _def_name(self, tp: type) -> str:
        name = self.def_names.get(tp)
        if name is None:
            name = tp.__name__
            taken = set(self.def_names.values())
            counter = 2
            while name in taken:
                name = f"{tp.__name__}{counter}"
                counter += 1
            self.def_names[tp] = name
        return name

    def _record(self, tp: type) -> dict[str, Any]:
        if tp in self.stack:
            if self.mode == "tool":
                return {"type": "object"}
            self.recursive.add(tp)
            return {"$ref": f"#/$defs/{self._def_name(tp)}"}
        self.stack.append(tp)
        try:
            schema = self._pydantic(tp) if is_pydantic_model(tp) else self._fields(tp)
        finally:
            self.stack.pop()
        if tp in self.recursive:
            name = self._def_name(tp)
            self.defs[name] = schema
            return {"$ref": f"#/$defs/{name}"}
        return schema

    def _fields(self, tp: type) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        required: list[str] = []
        for item in record_fields(tp):
            prop = self.build(item.annotation)
            if item.description and "description" not in prop:
                prop = {**prop, "description": item.description}
            if item.required:
                required.append(item.key)
            elif item.default is not MISSING:
                usable, value = _json_default(item.default)
                if usable:
                    prop = {**prop, "default": value}
            properties[item.key] = prop
        schema: dict[str, Any] = {"type": "object"}
        description = class_description(tp)
        if description:
            schema["description"] = description
        schema["properties"] = properties
        schema["required"] = required
        if self.mode == "format":
            schema["additionalProperties"] = False
        return schema

    def _pydantic(self, tp: type) -> dict[str, Any]:
        raw: dict[str, Any] = tp.model_json_schema()  # type: ignore[attr-defined]
        cut: list[str] = []
        inlined: dict[str, Any] = _inline_refs(raw, raw.get("$defs", {}), cut)
        if self.mode == "tool":
            stripped: dict[str, Any] = _strip_titles(inlined)
            return stripped
        if cut and self.stack == [tp]:
            return raw  # a recursive model at the top level keeps pydantic's `$defs` and `$ref`s
        return inlined


def type_schema(tp: Any, *, mode: SchemaMode = "format") -> dict[str, Any]:
    """The JSON Schema of values of type `tp` (see the module docstring for the two modes)."""
    builder = _Builder(mode)
    return builder.finish(builder.build(tp))


def annotated_target(func: Callable[..., Any]) -> Any:
    """Where the annotations of a callable live: the function, a partial's function or `__call__`."""
    if isinstance(func, functools.partial):
        return annotated_target(func.func)
    if inspect.isroutine(func):
        return func
    return type(func).__call__


def function_schema(func: Callable[..., Any], *, mode: SchemaMode = "tool") -> dict[str, Any]:
    """Ollama's tool definition for a Python callable: name, description and parameter schema.

    Parameters come from the signature and the type hints (an unannotated parameter accepts any
    JSON value); a parameter with a default is not required; `*args`/`**kwargs` are left out.
    Descriptions come from the docstring: its leading prose describes the function and its
    `Args:`/`Parameters`/`:param:` entries describe the parameters. `Annotated[T, "text"]` also
    describes a parameter and wins over the docstring.
    """
    signature = inspect.signature(func)
    target = annotated_target(func)
    hints = resolve_hints(target)
    # The called function's own docstring first: a partial's or an instance's class docstring
    # describes the wrapper, not the tool.
    doc = parse_docstring(
        inspect.getdoc(target) or (None if isinstance(func, functools.partial) else inspect.getdoc(func))
    )
    builder = _Builder(mode)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for name, parameter in signature.parameters.items():
        if parameter.kind in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD):
            continue
        annotation = hints.get(name, Any)
        prop = builder.build(annotation)
        if doc.params.get(name) and "description" not in prop:
            prop = {**prop, "description": doc.params[name]}
        if parameter.default is inspect.Parameter.empty:
            required.append(name)
        else:
            usable, value = _json_default(parameter.default)
            if usable:
                prop = {**prop, "default": value}
        properties[name] = prop
    parameters = builder.finish({"type": "object", "properties": properties, "required": required})
    function: dict[str, Any] = {"name": callable_name(func)}
    if doc.description:
        function["description"] = doc.description
    function["parameters"] = parameters
    return {"type": "function", "function": function}
