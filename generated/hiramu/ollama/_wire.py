"""The base of every generated model: JSON in, attributes, JSON back out, and dict-style reading.

Each model class declares one table, `_fields`, of `Field(wire name, attribute, kind, required)`.
A kind says which JSON values a field accepts and how they become Python values (a nested model,
a list of them, ...). Everything else is here, once, instead of in every generated module:

- `from_dict` checks every value against its kind and raises `DecodeError` naming the model and
  the field (`ShowResponse.details.families: expected array, got int`) for anything else, so a
  malformed answer never escapes as `KeyError` or `TypeError`.
- A required field (sent by the server on every answer: a Go field without `omitempty`) that is
  missing reads as its Go zero value (`""`, `0`, `False`, `[]`, `{}`, a zero model); an optional
  field that is missing reads as its `absent` value (`None` on models of answers, `UNSET` on
  request models, where it means "not given"). Either way the key stays absent: `in`, `[]`, `get`
  and `to_dict()` report the JSON that was received, no more.
- `null` where the spec allows none is read as Go reads it: the field keeps its zero value (or
  stays absent when optional).
- A long array of objects (`DEFER_AT` elements or more: the tensors of `show`, the models of
  `list`) is checked by `from_dict` only for its outer shape, an array whose elements are all JSON
  objects, and kept as received; its elements become models on the first read of the attribute (or
  of its key, or by `to_dict()`, `==`, `repr`), once. A malformed element inside (`ShowResponse.
  tensors[3].shape: expected array of integer, got string`) raises the same `DecodeError`, with the
  same path, at that first read instead, and again at every later read; a value that is no array,
  or an element that is no object, still fails `from_dict`. Shorter arrays (tool calls, the choices
  of a stream chunk) are typed by `from_dict` as before.
"""

from __future__ import annotations

import operator
import sys
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, Self
from uuid import UUID

from ._exceptions import DecodeError

__all__ = [
    "ANY",
    "BOOL",
    "DEFER_AT",
    "FLOAT",
    "INT",
    "NULL",
    "OBJECT",
    "STR",
    "UUID_STR",
    "Field",
    "Kind",
    "WireMapping",
    "list_of",
    "literal",
    "model",
    "one_of",
]

_NONE_TYPE = type(None)
_JSON_TYPES: frozenset[type] = frozenset({str, int, float, bool, list, dict, _NONE_TYPE})
# The length from which an array of objects is typed on first read rather than by `from_dict`:
# short arrays (tool calls, a stream chunk's choices) are cheaper to type at once than to defer.
DEFER_AT = 16


class Kind:
    """What a field accepts on the wire.

    `types` are the exact Python types `json.loads` (or orjson) produces for the accepted values
    (exact, so that `true` is no integer); `convert`, when set, turns a value of one of `types` into
    the attribute's value and raises `DecodeError` for a value inside it that does not fit; `encode` is its inverse for
    `to_dict()`; `zero` builds the Go zero value. `resolve` binds names of model classes, which are
    only known once every model module can be imported.
    """

    __slots__ = ("convert", "encode", "name", "types", "usual", "zero")

    def __init__(
        self,
        name: str,
        types: frozenset[type],
        zero: Callable[[], Any],
        convert: Callable[[Any], Any] | None = None,
        encode: Callable[[Any], Any] | None = None,
    ) -> None:
        self.name = name
        self.types = types
        # The type checked first, with one `is`: the only one, or the one Ollama sends (float).
        self.usual = next(iter(types)) if len(types) == 1 else (float if float in types else None)
        self.zero = zero
        self.convert = convert
        self.encode = encode

    def resolve(self, models: Any) -> Kind:
        return self

    def decode(self, value: Any) -> Any:
        """The attribute value for a JSON value (checked against `types`)."""
        if type(value) not in self.types:
            raise DecodeError.mismatch(self.name, value)
        return value if self.convert is None else self.convert(value)


STR = Kind("string", frozenset({str}), str)
INT = Kind("integer", frozenset({int}), int)
FLOAT = Kind("number", frozenset({int, float}), float)
BOOL = Kind("boolean", frozenset({bool}), bool)
NULL = Kind("null", frozenset({_NONE_TYPE}), lambda: None)
ANY = Kind("any JSON value", _JSON_TYPES, lambda: None)


def _uuid(value: str) -> UUID:
    try:
        return UUID(value)
    except ValueError:
        raise DecodeError.mismatch("UUID", value) from None


UUID_STR = Kind("UUID", frozenset({str}), lambda: UUID(int=0), _uuid, str)
# A free-form JSON object (`model_info`, tool-call arguments, a JSON Schema): kept as the dict it is.
OBJECT = Kind("object", frozenset({dict}), dict)


def _encode(value: Any) -> Any:
    """The JSON form of an attribute value that may hold models."""
    if isinstance(value, WireMapping):
        return value.to_dict()
    if isinstance(value, list):
        return [_encode(item) for item in value]
    return value


class _ListOf(Kind):
    __slots__ = ("item",)

    def __init__(self, item: Kind) -> None:
        self.item = item
        # Lists of plain values (embeddings) go back out as they are; lists of models are encoded.
        encode = None if item.encode is None else _encode
        super().__init__(f"array of {item.name}", frozenset({list}), list, self._convert, encode)

    def resolve(self, models: Any) -> Kind:
        return _ListOf(self.item.resolve(models))

    def _convert(self, value: list[Any]) -> list[Any]:
        item = self.item
        if self._accepts_all(value):
            convert = item.convert
            if convert is None:
                return value
            try:
                return [convert(element) for element in value]
            except DecodeError:
                pass
        # Find the first bad element to say where it is.
        for index, element in enumerate(value):
            try:
                item.decode(element)
            except DecodeError as error:
                raise error.inside(index) from None
        raise AssertionError("unreachable: a rejected list has a rejected element")

    def _accepts_all(self, value: list[Any]) -> bool:
        """Whether every element has a type the item kind takes (converters check the rest)."""
        if len(value) < 8:
            # Short lists (tensor shapes, tool calls): a plain loop beats setting up the check in C.
            usual = self.item.usual
            for element in value:
                if type(element) is not usual:
                    break
            else:
                return True
        # Long lists (embeddings) are checked in C: first whether every element has the usual type
        # (`countOf` compares types by identity, cheaper than the set lookups below), then exactly.
        usual = self.item.usual
        if usual is not None and operator.countOf(map(type, value), usual) == len(value):
            return True
        return self.item.types.issuperset(map(type, value))


class _Model(Kind):
    __slots__ = ("class_name",)

    def __init__(self, class_name: str, cls: type[WireMapping] | None = None) -> None:
        self.class_name = class_name
        if cls is None:
            super().__init__("object", frozenset({dict}), dict)
        else:
            super().__init__("object", frozenset({dict}), cls.zero, cls.from_dict, _encode)

    def resolve(self, models: Any) -> Kind:
        return _Model(self.class_name, getattr(models, self.class_name))


class _OneOf(Kind):
    __slots__ = ("choices",)

    def __init__(self, choices: tuple[Kind, ...]) -> None:
        self.choices = choices
        types = frozenset[type]().union(*(choice.types for choice in choices))
        name = " or ".join(choice.name for choice in choices)
        # A nullable field's zero value is null (a Go nil slice or pointer).
        zero = NULL.zero if NULL in choices else choices[0].zero
        super().__init__(name, types, zero, self._convert, _encode)
        self.usual = choices[0].usual

    def resolve(self, models: Any) -> Kind:
        return _OneOf(tuple(choice.resolve(models) for choice in self.choices))

    def _convert(self, value: Any) -> Any:
        failure: DecodeError | None = None
        for choice in self.choices:
            if type(value) in choice.types:
                try:
                    return choice.decode(value)
                except DecodeError as error:
                    failure = failure or error
        raise failure or DecodeError.mismatch(self.name, value)


class _Literal(Kind):
    __slots__ = ("values",)

    def __init__(self, values: tuple[Any, ...]) -> None:
        self.values = values
        name = "one of " + ", ".join(repr(value) for value in values)
        types = frozenset(type(value) for value in values)
        super().__init__(name, types, lambda: values[0], self._convert)

    def _convert(self, value: Any) -> Any:
        if value not in self.values:
            raise DecodeError.mismatch(self.name, value)
        return value


def list_of(item: Kind) -> Kind:
    """A JSON array whose elements are all of kind `item`."""
    return _ListOf(item)


def model(class_name: str) -> Kind:
    """A JSON object read by the generated model class of that name."""
    return _Model(class_name)


def one_of(*choices: Kind) -> Kind:
    """A value of the first of `choices` that accepts it (`one_of(STR, NULL)` for a nullable string)."""
    return _OneOf(choices)


def literal(*values: Any) -> Kind:
    """One of a closed set of values."""
    return _Literal(values)


class Field(NamedTuple):
    """One row of a model's `_fields` table."""

    wire: str
    attribute: str
    kind: Kind
    required: bool


class _Never:
    """The absent value of required fields: no attribute ever holds it."""


_NEVER: Any = _Never()


class _ZeroValue:
    """Reads a required field whose key was missing: its Go zero value, made on first read and kept.

    Set on the class for each required field, so that `from_dict` needs no check for missing keys:
    an attribute that decoding did not set falls through to this. The key stays absent (`_missing`).
    """

    __slots__ = ("attribute", "wire", "zero")

    def __init__(self, wire: str, attribute: str, zero: Callable[[], Any]) -> None:
        self.wire = wire
        self.attribute = attribute
        self.zero = zero

    def __get__(self, instance: WireMapping | None, owner: type[WireMapping]) -> Any:
        if instance is None:
            return self
        value = self.zero()
        values = instance.__dict__
        values[self.attribute] = value
        values["_missing"] = instance._missing | {self.wire}
        return value


class _Deferred:
    """Reads a long list of models that `from_dict` kept as received (`_pending`): typed on first read.

    Set on the class for each field that holds a list of models. The typed list goes into the
    instance's `__dict__`, where later reads find it without this; `_pending` is replaced, never
    changed in place, so that a shallow copy sharing it is not affected. A field with nothing
    pending reads as a missing one: its zero value (`zero`, for a required field) or `absent`.
    Two threads reading the same pending list at once may both type it; each gets an equal list.
    """

    __slots__ = ("attribute", "kind", "wire", "zero")

    def __init__(self, wire: str, attribute: str, kind: Kind, zero: _ZeroValue | None) -> None:
        self.wire = wire
        self.attribute = attribute
        self.kind = kind
        self.zero = zero

    def __get__(self, instance: WireMapping | None, owner: type[WireMapping]) -> Any:
        if instance is None:
            return self
        pending = instance._pending
        wire = self.wire
        if wire not in pending:
            return owner._absent if self.zero is None else self.zero.__get__(instance, owner)
        try:
            value = self.kind.decode(pending[wire])
        except DecodeError as error:
            # The same error, and path, that `from_dict` raised before lists were deferred.
            raise error.inside(wire).within(owner.__name__) from None
        values = instance.__dict__
        values[self.attribute] = value
        instance._settle(wire)
        return value


class _Plan(NamedTuple):
    """A model's `_fields`, bound to the model classes and laid out for `from_dict` and `to_dict`."""

    # wire name -> (attribute, the usual type, convert): the fast path of `from_dict`
    decoders: dict[str, tuple[str, type | None, Callable[[Any], Any] | None]]
    # wire names of the required fields, and for each its attribute and Go zero value
    required: frozenset[str]
    zeros: dict[str, tuple[str, Callable[[], Any]]]
    # wire name -> (attribute, absent value, encode): the loop of `to_dict` and the mapping protocol
    encoders: tuple[tuple[str, str, Any, Callable[[Any], Any] | None], ...]
    attributes: dict[str, tuple[str, Any]]
    kinds: dict[str, Kind]
    # the kind of the values under keys the spec does not name (None: any JSON value, kept as is)
    additional: Kind | None
    # wire names of the optional fields whose kind accepts null
    nullable: frozenset[str]
    # wire names of the fields holding lists of models, typed on first read when long
    deferred: frozenset[str]


class WireMapping(Mapping[str, Any]):
    """A model read like the JSON it came from: `r["message"]["content"]`, `"thinking" in r`, `len(r)`.

    Keys are wire names; a key is present when the server sent it (or, on a model built in Python,
    when its attribute holds a value other than the field's `absent` value). Keys the spec does not
    know are served from `additional_properties` and written back by `to_dict()`.
    """

    __slots__ = ()
    _fields: ClassVar[tuple[Field, ...]] = ()
    # What the values under other keys are: any JSON value, or one kind (`{name: ToolProperty}` maps).
    _additional: ClassVar[Kind] = ANY
    # The value of a missing optional field: None on models of answers, UNSET on request models.
    _absent: ClassVar[Any] = None
    # Required fields missing from the decoded JSON that were read (and so hold their zero value).
    _missing: frozenset[str] = frozenset()
    # Optional nullable fields received as an explicit null (present, unlike a missing key).
    _nulls: frozenset[str] = frozenset()
    # Long lists of models kept as received (wire name -> the JSON array), typed on first read.
    _pending: Mapping[str, list[Any]] = MappingProxyType({})
    _plan: ClassVar[_Plan]
    # The parts of the plan that `from_dict` reads on every call, as class attributes.
    _decoders: ClassVar[dict[str, tuple[str, type | None, Callable[[Any], Any] | None]]]
    _required: ClassVar[frozenset[str]]
    additional_properties: dict[str, Any]

    @classmethod
    def _compile(cls) -> _Plan:
        """Bind the table to the model classes (found through the models package) and lay it out."""
        package = cls.__module__.rpartition(".")[0]
        models = sys.modules[package]
        decoders = {}
        zeros = {}
        encoders = []
        kinds = {}
        deferred = set()
        for field in cls._fields:
            kind = field.kind.resolve(models)
            kinds[field.wire] = kind
            decoders[field.wire] = (field.attribute, kind.usual, kind.convert)
            zero = _ZeroValue(field.wire, field.attribute, kind.zero) if field.required else None
            if field.required:
                zeros[field.wire] = (field.attribute, kind.zero)
            if isinstance(kind, _ListOf) and isinstance(kind.item, _Model):
                # No usual type: every array goes to `_decode_other`, which keeps the long ones.
                decoders[field.wire] = (field.attribute, None, None)
                deferred.add(field.wire)
                setattr(cls, field.attribute, _Deferred(field.wire, field.attribute, kind, zero))
            elif zero is not None:
                setattr(cls, field.attribute, zero)
            else:
                # A missing optional key leaves the attribute out of the instance: it reads the class's.
                # (attrs removes the defaults from the class; they go back here, once per class.)
                setattr(cls, field.attribute, cls._absent)
            absent = _NEVER if field.required else cls._absent
            encoders.append((field.wire, field.attribute, absent, kind.encode))
        plan = _Plan(
            decoders=decoders,
            required=frozenset(zeros),
            zeros=zeros,
            encoders=tuple(encoders),
            attributes={wire: (attribute, absent) for wire, attribute, absent, _ in encoders},
            kinds=kinds,
            additional=None if cls._additional is ANY else cls._additional.resolve(models),
            nullable=frozenset(
                field.wire
                for field in cls._fields
                if not field.required and _NONE_TYPE in kinds[field.wire].types
            ),
            deferred=frozenset(deferred),
        )
        cls._plan = plan
        cls._required = plan.required
        cls._decoders = plan.decoders
        return plan

    @classmethod
    def zero(cls) -> Self:
        """The model with every field at its Go zero value and every key absent."""
        return cls.from_dict({})

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object; raises `DecodeError` for any value its field cannot hold."""
        # The hot path of every stream (one call per line): locals, plain tuples, rare cases out of line.
        try:
            decoders = cls._decoders
        except AttributeError:
            decoders = cls._compile().decoders
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise DecodeError.mismatch("object", src_dict).within(cls.__name__)
        instance = object.__new__(cls)
        values = instance.__dict__
        extra: dict[str, Any] = {}
        nulls: set[str] = set()
        try:
            for key, value in src_dict.items():
                entry = decoders.get(key)
                if entry is None:
                    extra[key] = value
                elif type(value) is entry[1]:
                    convert = entry[2]
                    values[entry[0]] = value if convert is None else convert(value)
                elif value is not None or key in cls._required:
                    cls._decode_other(values, key, value)
                elif key in cls._plan.nullable:
                    # null in an optional nullable field: kept, so that `to_dict()` writes it back
                    values[entry[0]] = None
                    nulls.add(key)
                # else: null in an optional field the spec does not make nullable: Go reads "absent"
            if extra and cls._plan.additional is not None:
                decode = cls._plan.additional.decode
                for key, value in extra.items():
                    extra[key] = decode(value)
        except DecodeError as error:
            raise error.inside(key).within(cls.__name__) from None
        # A required key that was missing is read through `_ZeroValue` (set on the class).
        values["additional_properties"] = extra
        if nulls:
            values["_nulls"] = frozenset(nulls)
        return instance

    @classmethod
    def _decode_other(cls, values: dict[str, Any], key: str, value: Any) -> None:
        """A value off the fast path: another accepted type, a union, null in a required field, or
        a list of models (kept as received in `_pending` when long)."""
        plan = cls._plan
        kind = plan.kinds[key]
        attribute = plan.decoders[key][0]
        if value is None and _NONE_TYPE not in kind.types:
            # Go reads null into a field as its zero value.
            values[attribute] = plan.zeros[key][1]()
        elif key in plan.deferred and type(value) is list and len(value) >= DEFER_AT:
            # Only the outer shape now: an array of objects. Anything else fails here as it did
            # when the whole list was typed at once (`decode` finds the same first bad element).
            if operator.countOf(map(type, value), dict) != len(value):
                kind.decode(value)
            pending = values.get("_pending")
            if pending is None:
                values["_pending"] = {key: value}
            else:
                pending[key] = value  # the instance is still being built: nobody shares it yet
        else:
            values[attribute] = kind.decode(value)

    def _settle(self, wire: str) -> None:
        """Forget a pending list: typed by `_Deferred`, assigned, or deleted."""
        pending = self._pending
        if wire in pending:
            rest = {key: value for key, value in pending.items() if key != wire}
            if rest:
                self.__dict__["_pending"] = rest
            else:
                self.__dict__.pop("_pending", None)

    def _type_pending(self) -> None:
        """Type every pending list (for `to_dict()`, which writes the typed values)."""
        attributes = self._plan_or_compile().attributes
        for wire in tuple(self._pending):
            getattr(self, attributes[wire][0])

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the keys received (or set), unknown keys included."""
        plan = self._plan_or_compile()
        if self._pending:
            self._type_pending()
        values = self.__dict__
        missing = self._missing
        if plan.additional is None:
            out = dict(self.additional_properties)
        else:
            out = {key: _encode(value) for key, value in self.additional_properties.items()}
        nulls = self._nulls
        for wire, attribute, absent, encode in plan.encoders:
            value = values.get(attribute, absent)
            if value is absent:
                if wire in nulls:
                    out[wire] = None
                continue
            if wire in missing:
                continue
            out[wire] = value if encode is None else encode(value)
        return out

    def _attribute(self, key: object) -> tuple[str, Any] | None:
        """The attribute of a declared wire name and its absent value; None for other keys."""
        return self._plan_or_compile().attributes.get(key) if isinstance(key, str) else None

    def __getitem__(self, key: str) -> Any:
        found = self._attribute(key)
        if found is None:
            return self.additional_properties[key]
        attribute, absent = found
        value = self.__dict__.get(attribute, absent)
        if value is absent and key in self._pending:
            return getattr(self, attribute)
        if (value is absent and key not in self._nulls) or key in self._missing:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        found = self._attribute(key)
        if found is None:
            return key in self.additional_properties
        attribute, absent = found
        value = self.__dict__.get(attribute, absent)
        present = value is not absent or key in self._nulls or key in self._pending
        return present and key not in self._missing

    def __iter__(self) -> Iterator[str]:
        """The wire names present, declared fields first."""
        values, missing, nulls, pending = self.__dict__, self._missing, self._nulls, self._pending
        for wire, attribute, absent, _ in self._plan_or_compile().encoders:
            value = values.get(attribute, absent)
            if (value is not absent or wire in nulls or wire in pending) and wire not in missing:
                yield wire
        yield from self.additional_properties

    def __len__(self) -> int:
        return sum(1 for _ in self)

    if not TYPE_CHECKING:  # a declared __setattr__ would let type checkers accept any attribute name

        def __setattr__(self, name: str, value: Any) -> None:
            # Assigning a field that was missing from the JSON makes its key present.
            object.__setattr__(self, name, value)
            missing = self._missing
            if missing or self._pending:
                encoders = self._plan_or_compile().encoders
                wires = {wire for wire, attribute, _, _ in encoders if attribute == name}
                if wires & missing:
                    object.__setattr__(self, "_missing", missing - wires)
                for wire in wires:
                    # An assigned value replaces the list kept as received.
                    self._settle(wire)

    def __setitem__(self, key: str, value: Any) -> None:
        found = self._attribute(key)
        if found is None:
            self.additional_properties[key] = value
        else:
            setattr(self, found[0], value)

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(key)
        found = self._attribute(key)
        if found is None:
            del self.additional_properties[key]
            return
        attribute, absent = found
        self._settle(key)
        if absent is _NEVER:
            # A required field goes back to reading its zero value through `_ZeroValue`, absent.
            self.__dict__.pop(attribute, None)
            object.__setattr__(self, "_missing", self._missing - {key})
        else:
            setattr(self, attribute, absent)
            object.__setattr__(self, "_nulls", self._nulls - {key})

    def _plan_or_compile(self) -> _Plan:
        try:
            return self._plan
        except AttributeError:
            return self._compile()
