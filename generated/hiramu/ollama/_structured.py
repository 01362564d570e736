"""Structured output: a class (or a JSON Schema) in `format=`, a validated instance out.

`schema_of` turns a dataclass, attrs class, TypedDict, pydantic model or any supported type hint
(`list[Point]`, `Literal[...]`, ...) into the JSON Schema Ollama constrains the output with;
`parse_as` reads the answer text back into that type. An answer that is not JSON, or JSON that
does not fit, raises `StructuredOutputError` with the raw text attached.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ._encode import loads, to_jsonable
from ._exceptions import StructuredOutputError

__all__ = ["Parsed", "encode_format", "parse_as", "schema_of"]

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Parsed(Generic[T, R]):
    """A parsed answer: `value` (an instance of the requested type) and the `response` it came from."""

    value: T
    response: R


def schema_of(format: Any) -> dict[str, Any]:
    """The JSON Schema for `format=`: a schema given as a mapping (or a model with `to_dict()`) is
    returned as a plain dict; a class or type hint is described with `type_schema`."""
    if isinstance(format, Mapping):
        schema: dict[str, Any] = to_jsonable(format)
        return schema
    to_dict = getattr(format, "to_dict", None)
    if callable(to_dict) and not isinstance(format, type):
        described: dict[str, Any] = to_jsonable(to_dict())
        return described
    if isinstance(format, str):
        raise TypeError(f"{format!r} is a format keyword, not a JSON Schema")
    from ._schema import type_schema  # schema building is imported on first use

    return type_schema(format, mode="format")


def encode_format(value: Any) -> Any:
    """The wire value of a `format=` argument: text (`"json"`) and schemas pass through, classes and
    type hints become their JSON Schema; None stays None (the field is left out)."""
    if value is None or isinstance(value, str | Mapping):
        return value
    if callable(getattr(value, "to_dict", None)) and not isinstance(value, type):
        return value
    return schema_of(value)


def parse_as(cls: type[T], text: str, *, response: Any = None) -> T:
    """`text` (a JSON answer) as an instance of `cls`, checked field by field.

    pydantic models are validated by pydantic (`model_validate_json`); every other supported type
    is built recursively with strict type checks (no coercion from strings, no unknown keys).
    """
    from ._convert import ConversionError, convert
    from ._typeinfo import is_pydantic_model

    if is_pydantic_model(cls):
        import pydantic

        try:
            return cls.model_validate_json(text)  # type: ignore[attr-defined, no-any-return]
        except pydantic.ValidationError as error:
            problems = error.errors()
            location = ".".join(str(part) for part in problems[0]["loc"]) if problems else ""
            message = problems[0]["msg"] if problems else str(error)
            if problems and problems[0]["type"] == "json_invalid":
                raise StructuredOutputError(
                    text, cls, f"invalid JSON: {message}", response=response
                ) from error
            path = f"$.{location}" if location else "$"
            raise StructuredOutputError(text, cls, message, path=path, response=response) from error
    if not text.strip():
        raise StructuredOutputError(text, cls, "the answer is empty", response=response)
    try:
        document = loads(text)
    except ValueError as error:
        raise StructuredOutputError(text, cls, f"invalid JSON: {error}", response=response) from error
    try:
        value: T = convert(cls, document)
    except ConversionError as error:
        raise StructuredOutputError(text, cls, error.reason, path=error.path, response=response) from error
    return value
