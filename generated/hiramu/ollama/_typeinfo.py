"""What a Python type looks like to JSON: shared by schema building and value conversion.

Record-like classes (dataclasses, attrs classes, pydantic models, TypedDicts) are described by
`record_fields`; attrs and pydantic are looked up only when a class might be one of them, so
neither is imported unless the caller uses it.
"""

from __future__ import annotations

import dataclasses
import sys
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._docstrings import parse_docstring

__all__ = [
    "MISSING",
    "RecordField",
    "annotated_description",
    "is_attrs_class",
    "is_pydantic_model",
    "is_record",
    "is_typeddict",
    "record_fields",
    "resolve_hints",
    "unwrap_annotated",
]


class _Missing:
    """No default value (a required field)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


@dataclass(frozen=True)
class RecordField:
    """One field of a record class, as JSON sees it."""

    key: str  # the JSON property name (and the constructor's keyword)
    annotation: Any
    required: bool
    default: Any  # MISSING when there is none or when it comes from a factory
    description: str


def unwrap_annotated(tp: Any) -> tuple[Any, list[Any]]:
    """`Annotated[T, a, b]` -> (T, [a, b]); any other type -> (type, [])."""
    metadata: list[Any] = []
    while typing.get_origin(tp) is typing.Annotated:
        args = typing.get_args(tp)
        tp = args[0]
        metadata.extend(args[1:])
    return tp, metadata


def annotated_description(metadata: list[Any]) -> str:
    """A description carried by `Annotated` metadata: a plain string or an object with `description`."""
    for item in metadata:
        if isinstance(item, str) and item.strip():
            return item.strip()
        description = getattr(item, "description", None)
        if isinstance(description, str) and description.strip():
            return description.strip()
    return ""


def resolve_hints(owner: Any) -> dict[str, Any]:
    """The type hints of a function or class with `Annotated` kept and string annotations resolved.

    Names that cannot be resolved (a class defined inside a function, say) are looked up in the
    module of the owner; if that fails too, the raw annotations are used.
    """
    try:
        return typing.get_type_hints(owner, include_extras=True)
    except (NameError, TypeError):
        module = sys.modules.get(getattr(owner, "__module__", ""), None)
        namespace = dict(vars(module)) if module is not None else {}
        raw: dict[str, Any] = {}
        for klass in reversed(getattr(owner, "__mro__", [owner])):
            raw.update(getattr(klass, "__annotations__", {}) or {})
        resolved: dict[str, Any] = {}
        for name, value in raw.items():
            if isinstance(value, str):
                try:
                    value = eval(value, namespace)  # annotations are code by definition
                except Exception:
                    value = Any
            resolved[name] = value
        return resolved


def is_attrs_class(tp: Any) -> bool:
    if not isinstance(tp, type) or getattr(tp, "__attrs_attrs__", None) is None:
        return False
    import attrs

    return attrs.has(tp)


def is_pydantic_model(tp: Any) -> bool:
    if not isinstance(tp, type) or not callable(getattr(tp, "model_json_schema", None)):
        return False
    pydantic = sys.modules.get("pydantic")
    return pydantic is not None and issubclass(tp, pydantic.BaseModel)


def is_typeddict(tp: Any) -> bool:
    return typing.is_typeddict(tp)


def is_record(tp: Any) -> bool:
    """A class whose instances are JSON objects with named fields."""
    return isinstance(tp, type) and (
        dataclasses.is_dataclass(tp) or is_attrs_class(tp) or is_typeddict(tp) or is_pydantic_model(tp)
    )


def class_description(cls: type) -> str:
    """The prose of a class's own docstring (not the signature dataclasses invent when there is none)."""
    doc = cls.__dict__.get("__doc__")
    if not isinstance(doc, str):
        return ""
    if dataclasses.is_dataclass(cls) and doc.startswith(f"{cls.__name__}(") and doc.rstrip().endswith(")"):
        return ""
    return parse_docstring(doc).description


def _attribute_docs(cls: type) -> dict[str, str]:
    doc = cls.__dict__.get("__doc__")
    return parse_docstring(doc).params if isinstance(doc, str) else {}


def _metadata_description(metadata: Any) -> str:
    description = metadata.get("description") if hasattr(metadata, "get") else None
    return description.strip() if isinstance(description, str) else ""


def _field_description(annotation: Any, metadata: Any, docs: dict[str, str], *names: str) -> str:
    _, annotated = unwrap_annotated(annotation)
    for text in (_metadata_description(metadata), annotated_description(annotated)):
        if text:
            return text
    for name in names:
        if docs.get(name):
            return docs[name]
    return ""


def record_fields(cls: type) -> list[RecordField]:
    """The fields of a dataclass, attrs class or TypedDict that its constructor takes, in order."""
    hints = resolve_hints(cls)
    docs = _attribute_docs(cls)
    fields: list[RecordField] = []
    if dataclasses.is_dataclass(cls):
        for item in dataclasses.fields(cls):
            if not item.init:
                continue
            annotation = hints.get(item.name, item.type)
            has_default = item.default is not dataclasses.MISSING
            has_factory = item.default_factory is not dataclasses.MISSING
            fields.append(
                RecordField(
                    key=item.name,
                    annotation=annotation,
                    required=not (has_default or has_factory),
                    default=item.default if has_default else MISSING,
                    description=_field_description(annotation, item.metadata, docs, item.name),
                )
            )
        return fields
    if is_attrs_class(cls):
        import attrs

        for attribute in attrs.fields(cls):
            if not attribute.init:
                continue
            key = attribute.alias or attribute.name
            annotation = hints.get(attribute.name, attribute.type if attribute.type is not None else Any)
            default = attribute.default
            is_factory = isinstance(default, attrs.Factory)  # type: ignore[arg-type]
            fields.append(
                RecordField(
                    key=key,
                    annotation=annotation,
                    required=default is attrs.NOTHING,
                    default=MISSING if default is attrs.NOTHING or is_factory else default,
                    description=_field_description(annotation, attribute.metadata, docs, attribute.name, key),
                )
            )
        return fields
    if is_typeddict(cls):
        required_keys: frozenset[str] = getattr(cls, "__required_keys__", frozenset())
        for name, annotation in hints.items():
            inner, _ = unwrap_annotated(annotation)
            origin = typing.get_origin(inner)
            required = name in required_keys
            if origin is typing.NotRequired:
                required, annotation = False, typing.get_args(inner)[0]
            elif origin is typing.Required:
                required, annotation = True, typing.get_args(inner)[0]
            fields.append(
                RecordField(
                    key=name,
                    annotation=annotation,
                    required=required,
                    default=MISSING,
                    description=_field_description(annotation, None, docs, name),
                )
            )
        return fields
    raise TypeError(f"{cls!r} is not a dataclass, attrs class or TypedDict")


def callable_name(func: Callable[..., Any]) -> str:
    """The name a tool is called by: the function's `__name__`, else its class's name."""
    name = getattr(func, "__name__", None)
    if isinstance(name, str) and name and name != "<lambda>":
        return name
    inner = getattr(func, "func", None)  # functools.partial
    if inner is not None and inner is not func:
        return callable_name(inner)
    return type(func).__name__
