from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="OpenAIEmbedding")


@_attrs_define(slots=False)
class OpenAIEmbedding(WireMapping):
    """
    Example:
        {'object': 'embedding', 'embedding': [0.25892547, -0.36028922], 'index': 0}

    Attributes:
        object_ (str): `embedding`.
        embedding (list[float] | str): Floats, or with `encoding_format: base64` the little-endian float32 bytes in
            base64.
        index (int):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "object": "object_",
        "embedding": "embedding",
        "index": "index",
    }

    object_: str
    embedding: list[float] | str
    index: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        embedding: list[float] | str
        if isinstance(self.embedding, list):
            embedding = self.embedding

        else:
            embedding = self.embedding

        index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "embedding": embedding,
                "index": index,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "object": "object_",
        "index": "index",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "object_",
            "embedding",
            "index",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "embedding":

            def _parse_embedding(data: object) -> list[float] | str:
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    embedding_type_0 = cast(list[float], data)

                    return embedding_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[float] | str, data)

            embedding = _parse_embedding(value)

            return embedding
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_embedding = object.__new__(cls)
        values = open_ai_embedding.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "embedding":
                values["embedding"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_embedding

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
