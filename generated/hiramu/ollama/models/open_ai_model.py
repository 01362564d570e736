from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="OpenAIModel")


@_attrs_define(slots=False)
class OpenAIModel(WireMapping):
    """`openai.Model`.

    Example:
        {'id': 'tiny-llama:latest', 'object': 'model', 'created': 1796285448, 'owned_by': 'library'}

    Attributes:
        id (str):
        object_ (str): `model`.
        created (int): Modification time, Unix seconds.
        owned_by (str): The namespace of the name (`library` for official models).
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "object": "object_",
        "created": "created",
        "owned_by": "owned_by",
    }

    id: str
    object_: str
    created: int
    owned_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        created = self.created

        owned_by = self.owned_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created": created,
                "owned_by": owned_by,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "object": "object_",
        "created": "created",
        "owned_by": "owned_by",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object_",
            "created",
            "owned_by",
        )
    )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_model = object.__new__(cls)
        values = open_ai_model.__dict__
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
        return open_ai_model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
