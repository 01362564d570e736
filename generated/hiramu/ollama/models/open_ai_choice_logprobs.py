from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.logprob import Logprob


@_attrs_define(slots=False)
class OpenAIChoiceLogprobs(WireMapping):
    """
    Example:
        {'content': [{'token': ' for', 'logprob': -0.6970592141151428, 'bytes': [32, 102, 111, 114], 'top_logprobs':
            []}]}

    Attributes:
        content (list[Logprob]):
    """

    content: list[Logprob]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("content", "content", _wire.list_of(_wire.model("Logprob")), True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
