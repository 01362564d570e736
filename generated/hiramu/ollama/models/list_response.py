from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.list_model_response import ListModelResponse


T = TypeVar("T", bound="ListResponse")


@_attrs_define(slots=False)
class ListResponse(WireMapping):
    """The local models.

    Example:
        {'models': []}

    Attributes:
        models (list[ListModelResponse]):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "models": "models",
    }

    models: list[ListModelResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        models = []
        for models_item_data in self.models:
            models_item = models_item_data.to_dict()
            models.append(models_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "models": models,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {}
    _required_fields: ClassVar[frozenset[str]] = frozenset(("models",))

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "models":
            models = []
            _models = value
            for models_item_data in _models:
                models_item = ListModelResponse.from_dict(models_item_data)

                models.append(models_item)

            return models
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        list_response = object.__new__(cls)
        values = list_response.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "models":
                values["models"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return list_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.list_model_response import ListModelResponse  # noqa: E402
