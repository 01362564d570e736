from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping


@_attrs_define(slots=False)
class WebSearchRequest(WireMapping):
    """Forwarded to ollama.com as sent.

    Example:
        {'query': 'what is ollama', 'max_results': 3}

    Attributes:
        query (str): What to search for.
        max_results (int | Unset): How many results ollama.com should return (it documents 1 to 10, default 5).
    """

    query: str
    max_results: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("query", "query", _wire.STR, True),
        _wire.Field("max_results", "max_results", _wire.INT, False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
