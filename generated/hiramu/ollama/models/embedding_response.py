from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="EmbeddingResponse")


@_attrs_define(slots=False)
class EmbeddingResponse(WireMapping):
    """A legacy embedding (not normalised).

    Example:
        {'embedding': [0.4261746406555176, -0.6824173927307129, -0.30986228585243225]}

    Attributes:
        embedding (list[float]): The vector (empty when there was no prompt).
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "embedding": "embedding",
    }

    embedding: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        embedding = self.embedding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "embedding": embedding,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "embedding": "embedding",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("embedding",))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        embedding_response = object.__new__(cls)
        values = embedding_response.__dict__
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
        return embedding_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
