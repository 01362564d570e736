from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_model import OpenAIModel


T = TypeVar("T", bound="OpenAIModelList")


@_attrs_define(slots=False)
class OpenAIModelList(WireMapping):
    """`openai.ListCompletion`.

    Example:
        {'object': 'list', 'data': [{'id': 'tiny-llama:latest', 'object': 'model', 'created': 1796285448, 'owned_by':
            'library'}]}

    Attributes:
        object_ (str): `list`.
        data (list[OpenAIModel] | None): `null` when there are no models.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "object": "object_",
        "data": "data",
    }

    object_: str
    data: list[OpenAIModel] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        data: list[dict[str, Any]] | None
        if isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "data": data,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "object": "object_",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "object_",
            "data",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "data":

            def _parse_data(data: object) -> list[OpenAIModel] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    data_type_0 = []
                    _data_type_0 = data
                    for data_type_0_item_data in _data_type_0:
                        data_type_0_item = OpenAIModel.from_dict(data_type_0_item_data)

                        data_type_0.append(data_type_0_item)

                    return data_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[OpenAIModel] | None, data)

            data = _parse_data(value)

            return data
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_model_list = object.__new__(cls)
        values = open_ai_model_list.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "data":
                values["data"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_model_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.open_ai_model import OpenAIModel  # noqa: E402
