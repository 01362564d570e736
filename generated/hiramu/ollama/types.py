"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, ClassVar, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


class WireMapping:
    """Read a model like the JSON it came from: `r["message"]["content"]`, `r.get("thinking")`.

    Keys are wire names. A field the server left out reads as missing (KeyError, `get` default),
    and keys the spec does not know are served from `additional_properties`.
    """

    __slots__ = ()
    _wire_fields: ClassVar[dict[str, str]] = {}
    additional_properties: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        attribute = self._wire_fields.get(key)
        if attribute is None:
            return self.additional_properties[key]
        value = getattr(self, attribute)
        if isinstance(value, Unset):
            raise KeyError(key)
        return value

    def __setitem__(self, key: str, value: Any) -> None:
        attribute = self._wire_fields.get(key)
        if attribute is None:
            self.additional_properties[key] = value
        else:
            setattr(self, attribute, value)

    def __delitem__(self, key: str) -> None:
        attribute = self._wire_fields.get(key)
        if attribute is None:
            del self.additional_properties[key]
        elif isinstance(getattr(self, attribute), Unset):
            raise KeyError(key)
        else:
            setattr(self, attribute, UNSET)

    def __contains__(self, key: object) -> bool:
        attribute = self._wire_fields.get(key) if isinstance(key, str) else None
        if attribute is None:
            return key in self.additional_properties
        return not isinstance(getattr(self, attribute), Unset)

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self) -> list[str]:
        """The wire names present, declared fields first."""
        present = [
            key
            for key, attribute in self._wire_fields.items()
            if not isinstance(getattr(self, attribute), Unset)
        ]
        return present + list(self.additional_properties)


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "WireMapping"]
