from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.model_details import ModelDetails


T = TypeVar("T", bound="ListModelResponse")


@_attrs_define(slots=False)
class ListModelResponse(WireMapping):
    """One local model.

    Example:
        {'name': 'tiny-llama:latest', 'model': 'tiny-llama:latest', 'modified_at': '2026-11-26T12:08:19.304194103Z',
            'size': 3457703, 'digest': '8637037554f6a82de26b2209d7c4108371bd69c8a9b4ef21ab406bb7cbc3ee89', 'details':
            {'parent_model': '', 'format': 'gguf', 'family': 'llama', 'families': ['llama'], 'parameter_size': '1.71M',
            'quantization_level': 'F16'}, 'capabilities': ['completion']}

    Attributes:
        name (str): Short name (for example `tiny-llama:latest`).
        model (str): Same as `name`.
        modified_at (str):
        size (int): Total size of the model's layers in bytes.
        digest (str): SHA-256 of the manifest, 64 hex digits **without** a `sha256:` prefix.
        details (ModelDetails): Format and size facts of a model. The first six keys are always present. Example:
            {'parent_model': '', 'format': 'gguf', 'family': 'llama', 'families': ['llama'], 'parameter_size': '1.71M',
            'quantization_level': 'F16'}.
        remote_model (str | Unset): For a stub model, the upstream model's name.
        remote_host (str | Unset): For a stub model, the upstream host's URL.
        capabilities (list[str] | Unset): Known values as in `ShowResponse.capabilities` (omitted when empty).
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "model": "model",
        "modified_at": "modified_at",
        "size": "size",
        "digest": "digest",
        "details": "details",
        "remote_model": "remote_model",
        "remote_host": "remote_host",
        "capabilities": "capabilities",
    }

    name: str
    model: str
    modified_at: str
    size: int
    digest: str
    details: ModelDetails
    remote_model: str | Unset = UNSET
    remote_host: str | Unset = UNSET
    capabilities: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        model = self.model

        modified_at = self.modified_at

        size = self.size

        digest = self.digest

        details = self.details.to_dict()

        remote_model = self.remote_model

        remote_host = self.remote_host

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
        if remote_model is not UNSET:
            field_dict["remote_model"] = remote_model
        if remote_host is not UNSET:
            field_dict["remote_host"] = remote_host
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "model": "model",
        "modified_at": "modified_at",
        "size": "size",
        "digest": "digest",
        "remote_model": "remote_model",
        "remote_host": "remote_host",
        "capabilities": "capabilities",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "model",
            "modified_at",
            "size",
            "digest",
            "details",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "details":
            details = ModelDetails.from_dict(value)

            return details
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        list_model_response = object.__new__(cls)
        values = list_model_response.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "details":
                values["details"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return list_model_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.model_details import ModelDetails  # noqa: E402

for _name in (
    "remote_model",
    "remote_host",
    "capabilities",
):
    setattr(ListModelResponse, _name, UNSET)
