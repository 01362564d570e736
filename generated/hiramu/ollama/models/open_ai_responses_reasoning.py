from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_ai_reasoning_effort import OpenAIReasoningEffort, check_open_ai_reasoning_effort
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="OpenAIResponsesReasoning")


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

    _wire_fields: ClassVar[dict[str, str]] = {
        "effort": "effort",
        "generate_summary": "generate_summary",
        "summary": "summary",
    }

    effort: OpenAIReasoningEffort | Unset = UNSET
    generate_summary: str | Unset = UNSET
    summary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effort: str | Unset = UNSET
        if not isinstance(self.effort, Unset):
            effort = self.effort

        generate_summary = self.generate_summary

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort
        if generate_summary is not UNSET:
            field_dict["generate_summary"] = generate_summary
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "generate_summary": "generate_summary",
        "summary": "summary",
    }

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "effort":
            _effort = value
            effort: OpenAIReasoningEffort | Unset
            if isinstance(_effort, Unset):
                effort = UNSET
            else:
                effort = check_open_ai_reasoning_effort(_effort)

            return effort
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_responses_reasoning = object.__new__(cls)
        values = open_ai_responses_reasoning.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "effort":
                values["effort"] = cls._convert(key, value)
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return open_ai_responses_reasoning

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in (
    "effort",
    "generate_summary",
    "summary",
):
    setattr(OpenAIResponsesReasoning, _name, UNSET)
