from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.open_ai_responses_input_tokens_details import OpenAIResponsesInputTokensDetails
    from ..models.open_ai_responses_output_tokens_details import OpenAIResponsesOutputTokensDetails


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

    input_tokens: int
    output_tokens: int
    total_tokens: int
    input_tokens_details: OpenAIResponsesInputTokensDetails
    output_tokens_details: OpenAIResponsesOutputTokensDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("input_tokens", "input_tokens", _wire.INT, True),
        _wire.Field("output_tokens", "output_tokens", _wire.INT, True),
        _wire.Field("total_tokens", "total_tokens", _wire.INT, True),
        _wire.Field(
            "input_tokens_details",
            "input_tokens_details",
            _wire.model("OpenAIResponsesInputTokensDetails"),
            True,
        ),
        _wire.Field(
            "output_tokens_details",
            "output_tokens_details",
            _wire.model("OpenAIResponsesOutputTokensDetails"),
            True,
        ),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
