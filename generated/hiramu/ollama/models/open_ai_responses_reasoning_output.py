from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class OpenAIResponsesReasoningOutput(WireMapping):
    """Present when the request set `reasoning.effort` or `reasoning.summary`.

    Example:
        {'effort': 'low', 'summary': None}

    Attributes:
        effort (str | None | None):
        summary (str | None | None):
    """

    effort: str | None | None = None
    summary: str | None | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("effort", "effort", _wire.one_of(_wire.STR, _wire.NULL), False),
        _wire.Field("summary", "summary", _wire.one_of(_wire.STR, _wire.NULL), False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
