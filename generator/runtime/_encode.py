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
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import quote

from ._exceptions import DecodeError
from ._ndjson import fast_loads, may_be_rounded

if TYPE_CHECKING:
    import httpx

__all__ = ["build_body", "build_form", "decode_json", "loads", "path_param", "read_upload", "to_jsonable"]


_SCALARS = (str, int, float, bool, type(None))


def loads(data: bytes | str) -> Any:
    """Decode one JSON text (raises ValueError subclasses on bad input).

    orjson decodes several times faster when installed; the standard library takes what it
    refuses and texts that may hold integers beyond 64 bits (orjson would round them).
    """
    fast = fast_loads()
    if fast is not None:
        raw = data.encode() if isinstance(data, str) else data
        try:
            value = fast(raw)
        except ValueError:
            pass
        else:
            if not may_be_rounded(raw, value):
                return value
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


# What an upload argument accepts: the bytes, a path to read, or an open binary file.
Upload = bytes | bytearray | memoryview | os.PathLike[str] | IO[bytes]


def read_upload(value: Upload, default_name: str) -> tuple[str, bytes, str]:
    """`(file name, content, content type)` of an upload, read whole.

    Read into memory so the request can be sent again on a retry (the server reads at most a
    few tens of MiB anyway). The name is the path's or the file object's base name, else
    `default_name`.
    """
    if isinstance(value, bytes | bytearray | memoryview):
        return default_name, bytes(value), "application/octet-stream"
    if isinstance(value, os.PathLike):
        with open(value, "rb") as handle:
            return os.path.basename(os.fspath(value)), handle.read(), "application/octet-stream"
    read = getattr(value, "read", None)
    if not callable(read):
        raise TypeError(
            f"cannot upload a value of type {type(value).__name__}: give bytes, a path or a binary file"
        )
    content = read()
    if not isinstance(content, bytes):
        raise TypeError("the file object must be opened in binary mode ('rb')")
    name = getattr(value, "name", None)
    return (
        (os.path.basename(name) if isinstance(name, str) and name else default_name),
        content,
        ("application/octet-stream"),
    )


def build_form(
    fields: Iterable[tuple[str, Any]], uploads: Iterable[tuple[str, Upload]]
) -> tuple[dict[str, str], dict[str, tuple[str, bytes, str]]]:
    """A `multipart/form-data` body as httpx takes it: the text fields (None left out; other
    values as text, JSON for objects) and the files."""
    data = {
        name: value if isinstance(value, str) else json.dumps(to_jsonable(value))
        for name, value in fields
        if value is not None
    }
    files = {name: read_upload(value, name) for name, value in uploads}
    return data, files


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
