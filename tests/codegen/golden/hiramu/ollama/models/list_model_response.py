from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.model_details import ModelDetails


T = TypeVar("T", bound="ListModelResponse")


@_attrs_define
class ListModelResponse(WireMapping):
    """
    Attributes:
        name (str):
        model (str):
        modified_at (str):
        size (int):
        digest (str):
        details (ModelDetails):
        capabilities (list[str] | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "model": "model",
        "modified_at": "modified_at",
        "size": "size",
        "digest": "digest",
        "details": "details",
        "capabilities": "capabilities",
    }

    name: str
    model: str
    modified_at: str
    size: int
    digest: str
    details: ModelDetails
    capabilities: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        model = self.model

        modified_at = self.modified_at

        size = self.size

        digest = self.digest

        details = self.details.to_dict()

        capabilities: list[str] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = self.capabilities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "model": model,
                "modified_at": modified_at,
                "size": size,
                "digest": digest,
                "details": details,
            }
        )
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_details import ModelDetails  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        model = d.pop("model")

        modified_at = d.pop("modified_at")

        size = d.pop("size")

        digest = d.pop("digest")

        details = ModelDetails.from_dict(d.pop("details"))

        capabilities = cast(list[str], d.pop("capabilities", UNSET))

        list_model_response = cls(
            name=name,
            model=model,
            modified_at=modified_at,
            size=size,
            digest=digest,
            details=details,
            capabilities=capabilities,
        )

        list_model_response.additional_properties = d
        return list_model_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
