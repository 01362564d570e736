from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..models.open_ai_reasoning_effort import OpenAIReasoningEffort
from ..types import UNSET, Unset, WireMapping


@_attrs_define(slots=False)
class OpenAIReasoning(WireMapping):
    """Takes precedence over `reasoning_effort`.

    Example:
        {'effort': 'low'}

    Attributes:
        effort (OpenAIReasoningEffort | Unset): Becomes the native `think`: `none` → false, `minimal` → `low`,
            `low`/`medium`/`high`/`max` as
            is, `xhigh`/`ultra` → `max`; `""` leaves it unset. Other values are `400 invalid reasoning
            value`; a model without thinking answers 400 for any value but `""`.
    """

    effort: OpenAIReasoningEffort | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field(
            "effort",
            "effort",
            _wire.literal("", "high", "low", "max", "medium", "minimal", "none", "ultra", "xhigh"),
            False,
        ),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
