from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class AnthropicUsage(WireMapping):
    """
    Example:
        {'input_tokens': 44, 'output_tokens': 4}

    Attributes:
        input_tokens (int):
        output_tokens (int):
    """

    input_tokens: int
    output_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("input_tokens", "input_tokens", _wire.INT, True),
        _wire.Field("output_tokens", "output_tokens", _wire.INT, True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
