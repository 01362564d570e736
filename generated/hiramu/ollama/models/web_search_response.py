from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.web_search_result import WebSearchResult


T = TypeVar("T", bound="WebSearchResponse")


@_attrs_define(slots=False)
class WebSearchResponse(WireMapping):
    """
    Example:
        {'results': []}

    Attributes:
        results (list[WebSearchResult] | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "results": "results",
    }

    results: list[WebSearchResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {}

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "results":
            _results = value
            results: list[WebSearchResult] | Unset = UNSET
            if _results is not UNSET:
                results = []
                for results_item_data in _results:
                    results_item = WebSearchResult.from_dict(results_item_data)

                    results.append(results_item)

            return results
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        web_search_response = object.__new__(cls)
        values = web_search_response.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "results":
                values["results"] = cls._convert(key, value)
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return web_search_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.web_search_result import WebSearchResult  # noqa: E402

for _name in ("results",):
    setattr(WebSearchResponse, _name, UNSET)
