from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.model_recommendation import ModelRecommendation


T = TypeVar("T", bound="ModelRecommendationsResponse")


@_attrs_define(slots=False)
class ModelRecommendationsResponse(WireMapping):
    """
    Example:
        {'recommendations': []}

    Attributes:
        recommendations (list[ModelRecommendation]):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "recommendations": "recommendations",
    }

    recommendations: list[ModelRecommendation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recommendations = []
        for recommendations_item_data in self.recommendations:
            recommendations_item = recommendations_item_data.to_dict()
            recommendations.append(recommendations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recommendations": recommendations,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {}
    _required_fields: ClassVar[frozenset[str]] = frozenset(("recommendations",))

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "recommendations":
            recommendations = []
            _recommendations = value
            for recommendations_item_data in _recommendations:
                recommendations_item = ModelRecommendation.from_dict(recommendations_item_data)

                recommendations.append(recommendations_item)

            return recommendations
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        model_recommendations_response = object.__new__(cls)
        values = model_recommendations_response.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "recommendations":
                values["recommendations"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return model_recommendations_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.model_recommendation import ModelRecommendation  # noqa: E402
