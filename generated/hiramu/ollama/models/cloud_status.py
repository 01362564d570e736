from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="CloudStatus")


@_attrs_define(slots=False)
class CloudStatus(WireMapping):
    """
    Example:
        {'disabled': False, 'source': 'none'}

    Attributes:
        disabled (bool): Whether cloud features are disabled.
        source (str): What disabled them. Known values `none`, `env` (`OLLAMA_NO_CLOUD`), `config` (server config file),
            `both`.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "disabled": "disabled",
        "source": "source",
    }

    disabled: bool
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disabled = self.disabled

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "disabled": disabled,
                "source": source,
            }
        )

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "disabled": "disabled",
        "source": "source",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "disabled",
            "source",
        )
    )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        cloud_status = object.__new__(cls)
        values = cloud_status.__dict__
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
        return cloud_status

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
