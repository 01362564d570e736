from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_responses_input_tokens_details import OpenAIResponsesInputTokensDetails
    from ..models.open_ai_responses_output_tokens_details import OpenAIResponsesOutputTokensDetails


T = TypeVar("T", bound="OpenAIResponsesUsage")


@_attrs_define(slots=False)
class OpenAIResponsesUsage(WireMapping):
    """
    Example:
        {'input_tokens': 24, 'output_tokens': 4, 'total_tokens': 28, 'input_tokens_details': {'cached_tokens': 0},
            'output_tokens_details': {'reasoning_tokens': 0}}

    Attributes:
        input_tokens (int):
        output_tokens (int):
        total_tokens (int):
        input_tokens_details (OpenAIResponsesInputTokensDetails):  Example: {'cached_tokens': 0}.
        output_tokens_details (OpenAIResponsesOutputTokensDetails):  Example: {'reasoning_tokens': 0}.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "input_tokens": "input_tokens",
        "output_tokens": "output_tokens",
        "total_tokens": "total_tokens",
        "input_tokens_details": "input_tokens_details",
        "output_tokens_details": "output_tokens_details",
    }

    input_tokens: int
    output_tokens: int
    total_tokens: int
    input_tokens_details: OpenAIResponsesInputTokensDetails
    output_tokens_details: OpenAIResponsesOutputTokensDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        total_tokens = self.total_tokens

        input_tokens_details = self.input_tokens_details.to_dict()

        output_tokens_details = self.output_tokens_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
                "total_tokens": total_tokens,
                "input_tokens_details": input_tokens_details,
                "output_tokens_details": output_tokens_details,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "input_tokens": "input_tokens",
        "output_tokens": "output_tokens",
        "total_tokens": "total_tokens",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "input_tokens",
            "output_tokens",
            "total_tokens",
            "input_tokens_details",
            "output_tokens_details",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "input_tokens_details":
            input_tokens_details = OpenAIResponsesInputTokensDetails.from_dict(value)

            return input_tokens_details
        elif key == "output_tokens_details":
            output_tokens_details = OpenAIResponsesOutputTokensDetails.from_dict(value)

            return output_tokens_details
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_responses_usage = object.__new__(cls)
        values = open_ai_responses_usage.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "input_tokens_details":
                values["input_tokens_details"] = cls._convert(key, value)
            elif key == "output_tokens_details":
                values["output_tokens_details"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return open_ai_responses_usage

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.open_ai_responses_input_tokens_details import OpenAIResponsesInputTokensDetails  # noqa: E402
from ..models.open_ai_responses_output_tokens_details import OpenAIResponsesOutputTokensDetails  # noqa: E402
