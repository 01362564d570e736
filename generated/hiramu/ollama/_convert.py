"""Decoded JSON to typed Python values, checked against the type hints on the way.

`convert(tp, value)` accepts exactly the values `_schema.type_schema(tp)` describes and builds the
annotated types: records (dataclasses, attrs classes), enums, tuples, sets, dates and so on.
pydantic models are validated by pydantic itself. A mismatch raises `ConversionError`, which names
the place in the document (`$.items[2].name`) and what was expected.

`lenient=True` also accepts the spellings small models tend to produce for tool arguments: numbers
and booleans as text (`"3"`, `"true"`) and enum members by name.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import datetime
import decimal
import enum
import math
import pathlib
import types
import typing
import uuid
from typing import Any, Literal

from ._typeinfo import is_attrs_class, is_pydantic_model, is_typeddict, record_fields, unwrap_annotated

__all__ = ["ConversionError", "convert"]

_UNION_ORIGINS: frozenset[Any] = frozenset({typing.Union, types.UnionType})
_LIST_ORIGINS: frozenset[Any] = frozenset(
    {
        list,
        collections.abc.Sequence,
        collections.abc.MutableSequence,
        collections.abc.Iterable,
        collections.abc.Collection,
    }
)
_SET_ORIGINS: frozenset[Any] = frozenset({set, collections.abc.Set, collections.abc.MutableSet})
_MAPPING_ORIGINS: frozenset[Any] = frozenset({dict, collections.abc.Mapping, collections.abc.MutableMapping})


class ConversionError(ValueError):
    """A JSON value does not fit the annotated type.

    `path` locates the value (`$` is the whole document, `$.a[0]` the first item of its `a`),
    `reason` says what was expected.
    """

    path: str
    reason: str

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _type_name(tp: Any) -> str:
    return tp.__qualname__ if isinstance(tp, type) else repr(tp)


class _Converter:
    def __init__(self, lenient: bool) -> None:
        self.lenient = lenient

    def fail(self, path: str, expected: str, value: Any) -> ConversionError:
        return ConversionError(path, f"expected {expected}, got {_describe(value)}")

    def convert(self, tp: Any, value: Any, path: str) -> Any:
        tp, _ = unwrap_annotated(tp)
        if tp is Any or tp is object:
            return value
        if tp is None or tp is type(None):
            if value is not None:
                raise self.fail(path, "null", value)
            return None
        if isinstance(tp, typing.TypeVar):
            return value if tp.__bound__ is None else self.convert(tp.__bound__, value, path)
        supertype = getattr(tp, "__supertype__", None)
        if supertype is not None:
            return self.convert(supertype, value, path)
        if type(tp).__name__ == "TypeAliasType":
            return self.convert(tp.__value__, value, path)
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin is Literal:
            return self._literal(args, value, path)
        if origin in _UNION_ORIGINS:
            return self._union(args, value, path)
        if origin is not None:
            return self._generic(tp, origin, args, value, path)
        if not isinstance(tp, type):
            raise TypeError(f"cannot convert JSON to {tp!r}")
        return self._class(tp, value, path)

    def _literal(self, options: tuple[Any, ...], value: Any, path: str) -> Any:
        for option in options:
            wire = option.value if isinstance(option, enum.Enum) else option
            # `type(...) is` keeps True from matching 1 and 1 from matching 1.0.
            if type(wire) is type(value) and wire == value:
                return option
        if self.lenient and isinstance(value, str):
            for option in options:
                wire = option.value if isinstance(option, enum.Enum) else option
                if not isinstance(wire, str) and _scalar_text(wire) == value.strip():
                    return option
        allowed = ", ".join(
            repr(option.value if isinstance(option, enum.Enum) else option) for option in options
        )
        raise ConversionError(path, f"expected one of {allowed}, got {value!r}")

    def _union(self, members: tuple[Any, ...], value: Any, path: str) -> Any:
        if value is None and any(member in (None, type(None)) for member in members):
            return None
        errors: list[ConversionError] = []
        # Exact matches first, so `int | str` keeps "3" a string even when lenient.
        strict = _Converter(lenient=False)
        for member in members:
            try:
                return strict.convert(member, value, path)
            except ConversionError as error:
                errors.append(error)
        if self.lenient:
            for member in members:
                try:
                    return self.convert(member, value, path)
                except ConversionError:
                    pass
        deepest = max(errors, key=lambda error: len(error.path))
        if deepest.path != path:
            raise deepest
        names = " or ".join(_type_name(typing.get_origin(m) or m) for m in members)
        raise ConversionError(path, f"expected {names}, got {_describe(value)}")

    def _items(self, item_type: Any, value: Any, path: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(path, "an array", value)
        return [self.convert(item_type, item, f"{path}[{index}]") for index, item in enumerate(value)]

    def _generic(self, tp: Any, origin: Any, args: tuple[Any, ...], value: Any, path: str) -> Any:
        if origin is tuple:
            if len(args) == 2 and args[1] is Ellipsis:
                return tuple(self._items(args[0], value, path))
            if not isinstance(value, list):
                raise self.fail(path, "an array", value)
            expected = [] if args == ((),) else list(args)
            if len(value) != len(expected):
                raise ConversionError(path, f"expected an array of {len(expected)} items, got {len(value)}")
            return tuple(
                self.convert(arg, item, f"{path}[{index}]")
                for index, (arg, item) in enumerate(zip(expected, value, strict=True))
            )
        item_type = args[0] if args else Any
        if origin in _LIST_ORIGINS:
            return self._items(item_type, value, path)
        if origin in _SET_ORIGINS:
            return set(self._items(item_type, value, path))
        if origin is frozenset:
            return frozenset(self._items(item_type, value, path))
        if origin in _MAPPING_ORIGINS:
            if not isinstance(value, dict):
                raise self.fail(path, "an object", value)
            key_type = args[0] if args else str
            value_type = args[1] if len(args) > 1 else Any
            return {
                self.convert(key_type, key, path): self.convert(value_type, item, f"{path}.{key}")
                for key, item in value.items()
            }
        if isinstance(origin, type):
            return self._class(origin, value, path)
        raise TypeError(f"cannot convert JSON to {tp!r}")

    def _class(self, tp: type, value: Any, path: str) -> Any:
        if issubclass(tp, enum.Enum):
            return self._enum(tp, value, path)
        if tp is bool or issubclass(tp, bool):
            return self._bool(value, path)
        if issubclass(tp, int):
            return tp(self._int(value, path))
        if issubclass(tp, float):
            return tp(self._float(value, path))
        if issubclass(tp, decimal.Decimal):
            if isinstance(value, int) and not isinstance(value, bool):
                return tp(value)
            return tp(repr(self._float(value, path)))
        if issubclass(tp, datetime.datetime | datetime.date | datetime.time | uuid.UUID | pathlib.PurePath):
            return self._from_text(tp, value, path)
        if issubclass(tp, str):
            if not isinstance(value, str):
                raise self.fail(path, "a string", value)
            return tp(value)
        if tp in (list, tuple, set, frozenset, dict):
            return self._generic(tp, tp, (), value, path)
        if is_pydantic_model(tp):
            return self._pydantic(tp, value, path)
        if dataclasses.is_dataclass(tp) or is_attrs_class(tp) or is_typeddict(tp):
            return self._record(tp, value, path)
        raise TypeError(f"cannot convert JSON to {tp.__qualname__}")

    def _enum(self, tp: type[enum.Enum], value: Any, path: str) -> Any:
        for member in tp:
            if type(member.value) is type(value) and member.value == value:
                return member
        if self.lenient and isinstance(value, str):
            for member in tp:
                if value in (member.name, _scalar_text(member.value)):
                    return member
        allowed = ", ".join(repr(member.value) for member in tp)
        raise ConversionError(path, f"expected one of {allowed}, got {value!r}")

    def _bool(self, value: Any, path: str) -> bool:
        if isinstance(value, bool):
            return value
        if self.lenient and isinstance(value, str) and value.strip().lower() in ("true", "false"):
            return value.strip().lower() == "true"
        raise self.fail(path, "a boolean", value)

    def _int(self, value: Any, path: str) -> int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)  # JSON does not tell 3 from 3.0
        if self.lenient and isinstance(value, str):
            try:
                return int(value.strip())
            except ValueError:
                pass
        raise self.fail(path, "an integer", value)

    def _float(self, value: Any, path: str) -> float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        if self.lenient and isinstance(value, str):
            try:
                number = float(value.strip())
            except ValueError:
                pass
            else:
                if math.isfinite(number):
                    return number
        raise self.fail(path, "a number", value)

    def _from_text(self, tp: type[Any], value: Any, path: str) -> Any:
        if not isinstance(value, str):
            raise self.fail(path, f"a string ({tp.__name__})", value)
        try:
            if issubclass(tp, datetime.datetime | datetime.date | datetime.time):
                return tp.fromisoformat(value)  # ISO 8601, "Z" included (Python 3.11+)
            return tp(value)
        except ValueError as error:
            raise ConversionError(path, f"expected {tp.__name__} text, got {value!r}: {error}") from None

    def _record(self, tp: type, value: Any, path: str) -> Any:
        if not isinstance(value, dict):
            raise self.fail(path, f"an object ({tp.__qualname__})", value)
        fields = record_fields(tp)
        known = {item.key for item in fields}
        unknown = [key for key in value if key not in known]
        if unknown:
            raise ConversionError(
                path, f"unexpected key(s) {', '.join(map(repr, unknown))} for {tp.__qualname__}"
            )
        arguments: dict[str, Any] = {}
        for item in fields:
            if item.key in value:
                arguments[item.key] = self.convert(item.annotation, value[item.key], f"{path}.{item.key}")
            elif item.required:
                raise ConversionError(path, f"missing required key {item.key!r} for {tp.__qualname__}")
        if is_typeddict(tp):
            return arguments
        return tp(**arguments)

    def _pydantic(self, tp: type, value: Any, path: str) -> Any:
        import pydantic

        try:
            return tp.model_validate(value)  # type: ignore[attr-defined]
        except pydantic.ValidationError as error:
            raise ConversionError(path, _pydantic_reason(error)) from None


def _scalar_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _pydantic_reason(error: Any) -> str:
    """pydantic's first problem, located like ours: `a.0.b: Field required`."""
    problems = error.errors()
    if not problems:
        return str(error)
    first = problems[0]
    location = ".".join(str(part) for part in first.get("loc", ()))
    message = str(first.get("msg", "invalid"))
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{location}: {message}{more}" if location else f"{message}{more}"


def convert(tp: Any, value: Any, *, lenient: bool = False) -> Any:
    """`value` (decoded JSON) as an instance of `tp`; raises `ConversionError` when it does not fit."""
    return _Converter(lenient).convert(tp, value, "$")
