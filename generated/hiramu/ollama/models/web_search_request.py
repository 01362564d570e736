from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="WebSearchRequest")


@_attrs_define(slots=False)
class WebSearchRequest(WireMapping):
    """Forwarded to ollama.com as sent.

    Example:
        {'query': 'what is ollama', 'max_results': 3}

    Attributes:
        query (str): What to search for.
        max_results (int | Unset): How many results ollama.com should return (it documents 1 to 10, default 5).
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "query": "query",
        "max_results": "max_results",
    }

    query: str
    max_results: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        max_results = self.max_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if max_results is not UNSET:
            field_dict["max_results"] = max_results

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "query": "query",
        "max_results": "max_results",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("query",))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        web_search_request = object.__new__(cls)
        values = web_search_request.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return web_search_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in ("max_results",):
    setattr(WebSearchRequest, _name, UNSET)
