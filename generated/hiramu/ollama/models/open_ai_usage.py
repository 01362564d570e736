from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class OpenAIUsage(WireMapping):
    """
    Example:
        {'prompt_tokens': 24, 'completion_tokens': 4, 'total_tokens': 28}

    Attributes:
        prompt_tokens (int):
        completion_tokens (int):
        total_tokens (int):
    """

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("prompt_tokens", "prompt_tokens", _wire.INT, True),
        _wire.Field("completion_tokens", "completion_tokens", _wire.INT, True),
        _wire.Field("total_tokens", "total_tokens", _wire.INT, True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
