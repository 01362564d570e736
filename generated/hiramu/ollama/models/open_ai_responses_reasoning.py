from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.open_ai_reasoning_effort import OpenAIReasoningEffort
from ..types import UNSET, Unset, WireMapping


@_attrs_define(slots=False)
class OpenAIResponsesReasoning(WireMapping):
    """
    Example:
        {'effort': 'low'}

    Attributes:
        effort (OpenAIReasoningEffort | Unset): Becomes the native `think`: `none` → false, `minimal` → `low`,
            `low`/`medium`/`high`/`max` as
            is, `xhigh`/`ultra` → `max`; `""` leaves it unset. Other values are `400 invalid reasoning
            value`; a model without thinking answers 400 for any value but `""`.
        generate_summary (str | Unset): Read and ignored.
        summary (str | Unset): Echoed in the answer's `reasoning`.
    """

    effort: OpenAIReasoningEffort | Unset = UNSET
    generate_summary: str | Unset = UNSET
    summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field(
            "effort",
            "effort",
            _wire.literal("", "high", "low", "max", "medium", "minimal", "none", "ultra", "xhigh"),
            False,
        ),
        _wire.Field("generate_summary", "generate_summary", _wire.STR, False),
        _wire.Field("summary", "summary", _wire.STR, False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
