from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.web_search_result import WebSearchResult


@_attrs_define(slots=False)
class WebSearchResponse(WireMapping):
    """
    Example:
        {'results': []}

    Attributes:
        results (list[WebSearchResult] | None):
    """

    results: list[WebSearchResult] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("results", "results", _wire.list_of(_wire.model("WebSearchResult")), False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
