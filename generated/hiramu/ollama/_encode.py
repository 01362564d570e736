"""Request bodies from Python values; JSON from response bodies.

The facade sends plain dicts: arguments may be model instances (anything with `to_dict()`),
mappings, sequences, dataclasses or scalars. Bytes and path objects (`os.PathLike`) become standard
base64 text, the form Ollama expects for images; a `str` is always sent as given, never read as a
file name.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ._exceptions import DecodeError
from ._ndjson import fast_loads, may_hold_long_integer

__all__ = ["build_body", "decode_json", "loads", "path_param", "to_jsonable"]


_SCALARS = (str, int, float, bool, type(None))


def loads(data: bytes | str) -> Any:
    """Decode one JSON text (raises ValueError subclasses on bad input).

    orjson decodes several times faster when installed; the standard library takes what it
    refuses and texts that may hold integers beyond 64 bits (orjson would round them).
    """
    fast = fast_loads()
    if fast is not None:
        raw = data.encode() if isinstance(data, str) else data
        if not may_hold_long_integer(raw):
            try:
                return fast(raw)
            except ValueError:
                pass
    return json.loads(data)


def to_jsonable(value: Any) -> Any:
    """A JSON-ready copy of value (see the module docstring for what is accepted)."""
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, Mapping):
        return {str(key): to_jsonable(item) for key, item in value.items()}
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_jsonable(to_dict())
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, os.PathLike):
        with open(value, "rb") as handle:
            return base64.b64encode(handle.read()).decode("ascii")
    if hasattr(value, "__dataclass_fields__") and not isinstance(value, type):
        import dataclasses  # only here: it imports inspect, which costs milliseconds at start-up

        return {field.name: to_jsonable(getattr(value, field.name)) for field in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [to_jsonable(item) for item in value]
    if isinstance(value, Iterable) and not isinstance(value, str):
        return [to_jsonable(item) for item in value]
    raise TypeError(f"cannot send a value of type {type(value).__name__} as JSON")


def build_body(fields: Iterable[tuple[str, Any]], extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The JSON request body: fields whose value is None are left out; `extra` is merged last."""
    body = {name: to_jsonable(value) for name, value in fields if value is not None}
    if extra:
        body.update(to_jsonable(extra))
    return body


def decode_json(response: httpx.Response) -> Any:
    """The JSON document in a (read) response body."""
    content = response.content
    try:
        return loads(content)
    except ValueError as error:
        raise DecodeError.from_text(content, line_number=1, reason=str(error)) from error


def path_param(value: object) -> str:
    """A path segment with every reserved character escaped."""
    return quote(str(value), safe="")
