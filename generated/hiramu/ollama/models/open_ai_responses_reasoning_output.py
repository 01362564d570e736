from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="OpenAIResponsesReasoningOutput")


@_attrs_define(slots=False)
class OpenAIResponsesReasoningOutput(WireMapping):
    """Present when the request set `reasoning.effort` or `reasoning.summary`.

    Example:
        {'effort': 'low', 'summary': None}

    Attributes:
        effort (None | str | Unset):
        summary (None | str | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "effort": "effort",
        "summary": "summary",
    }

    effort: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effort: None | str | Unset
        if isinstance(self.effort, Unset):
            effort = UNSET
        else:
            effort = self.effort

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {}

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "effort":

            def _parse_effort(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            effort = _parse_effort(value)

            return effort
        elif key == "summary":

            def _parse_summary(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            summary = _parse_summary(value)

            return summary
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        open_ai_responses_reasoning_output = object.__new__(cls)
        values = open_ai_responses_reasoning_output.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "effort":
                values["effort"] = cls._convert(key, value)
            elif key == "summary":
                values["summary"] = cls._convert(key, value)
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return open_ai_responses_reasoning_output

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in (
    "effort",
    "summary",
):
    setattr(OpenAIResponsesReasoningOutput, _name, UNSET)
