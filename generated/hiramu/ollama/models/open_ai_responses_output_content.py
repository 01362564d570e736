from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class OpenAIResponsesOutputContent(WireMapping):
    """
    Example:
        {'type': 'output_text', 'text': 'S they e na', 'annotations': [], 'logprobs': []}

    Attributes:
        type (str): `output_text`.
        text (str):
        annotations (list[Any]): Always empty.
        logprobs (list[Any]): Always empty.
    """

    type: str
    text: str
    annotations: list[Any]
    logprobs: list[Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("type", "type", _wire.STR, True),
        _wire.Field("text", "text", _wire.STR, True),
        _wire.Field("annotations", "annotations", _wire.list_of(_wire.ANY), True),
        _wire.Field("logprobs", "logprobs", _wire.list_of(_wire.ANY), True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
