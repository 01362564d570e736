from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.model_details import ModelDetails


T = TypeVar("T", bound="ProcessModelResponse")


@_attrs_define(slots=False)
class ProcessModelResponse(WireMapping):
    """One loaded model.

    Example:
        {'name': 'tiny-llama:latest', 'model': 'tiny-llama:latest', 'size': 11827936, 'digest':
            '8637037554f6a82de26b2209d7c4108371bd69c8a9b4ef21ab406bb7cbc3ee89', 'details': {'parent_model': '', 'format':
            'gguf', 'family': 'llama', 'families': ['llama'], 'parameter_size': '1.71M', 'quantization_level': 'F16'},
            'expires_at': '2319-03-08T12:03:52.825528573Z', 'size_vram': 0, 'context_length': 2048}

    Attributes:
        name (str): Short name.
        model (str): Same as `name`.
        size (int): Memory used in bytes.
        digest (str): SHA-256 of the manifest, 64 hex digits **without** a `sha256:` prefix.
        details (ModelDetails): Format and size facts of a model. The first six keys are always present. Example:
            {'parent_model': '', 'format': 'gguf', 'family': 'llama', 'families': ['llama'], 'parameter_size': '1.71M',
            'quantization_level': 'F16'}.
        expires_at (str): When it will be unloaded (far in the future when kept loaded forever).
        size_vram (int): Of `size`, the bytes in GPU memory.
        context_length (int): Context length it was loaded with.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "model": "model",
        "size": "size",
        "digest": "digest",
        "details": "details",
        "expires_at": "expires_at",
        "size_vram": "size_vram",
        "context_length": "context_length",
    }

    name: str
    model: str
    size: int
    digest: str
    details: ModelDetails
    expires_at: str
    size_vram: int
    context_length: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        model = self.model

        size = self.size

        digest = self.digest

        details = self.details.to_dict()

        expires_at = self.expires_at

        size_vram = self.size_vram

        context_length = self.context_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "model": model,
                "size": size,
                "digest": digest,
                "details": details,
                "expires_at": expires_at,
                "size_vram": size_vram,
                "context_length": context_length,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "name": "name",
        "model": "model",
        "size": "size",
        "digest": "digest",
        "expires_at": "expires_at",
        "size_vram": "size_vram",
        "context_length": "context_length",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "model",
            "size",
            "digest",
            "details",
            "expires_at",
            "size_vram",
            "context_length",
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
        process_model_response = object.__new__(cls)
        values = process_model_response.__dict__
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
        return process_model_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


from ..models.model_details import ModelDetails  # noqa: E402
