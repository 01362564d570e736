from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="StreamErrorLine")


@_attrs_define(slots=False)
class StreamErrorLine(WireMapping):
    """The last line of an NDJSON stream that failed after it started. The HTTP status stays 200; the
    line carries only `error`.

        Example:
            {'error': 'pull model manifest: file does not exist'}

        Attributes:
            error (str): What went wrong.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "error": "error",
    }

    error: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "error": "error",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("error",))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        stream_error_line = object.__new__(cls)
        values = stream_error_line.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return stream_error_line

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
