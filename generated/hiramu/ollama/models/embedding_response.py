from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class EmbeddingResponse(WireMapping):
    """A legacy embedding (not normalised).

    Example:
        {'embedding': [0.4261746406555176, -0.6824173927307129, -0.30986228585243225]}

    Attributes:
        embedding (list[float]): The vector (empty when there was no prompt).
    """

    embedding: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("embedding", "embedding", _wire.list_of(_wire.FLOAT), True),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
