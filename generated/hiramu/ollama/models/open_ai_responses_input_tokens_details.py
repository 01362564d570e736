from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class OpenAIResponsesInputTokensDetails(WireMapping):
    """
    Example:
        {'cached_tokens': 0}

    Attributes:
        cached_tokens (int): Always 0.
    """

    cached_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("cached_tokens", "cached_tokens", _wire.INT, True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
