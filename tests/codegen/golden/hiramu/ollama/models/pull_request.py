from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="PullRequest")


@_attrs_define(slots=False)
class PullRequest(WireMapping):
    """
    Attributes:
        model (str | Unset):
        insecure (bool | Unset):
        stream (bool | Unset):
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "insecure": "insecure",
        "stream": "stream",
    }

    model: str | Unset = UNSET
    insecure: bool | Unset = UNSET
    stream: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        insecure = self.insecure

        stream = self.stream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if insecure is not UNSET:
            field_dict["insecure"] = insecure
        if stream is not UNSET:
            field_dict["stream"] = stream

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "insecure": "insecure",
        "stream": "stream",
    }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        pull_request = object.__new__(cls)
        values = pull_request.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return pull_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in (
    "model",
    "insecure",
    "stream",
):
    setattr(PullRequest, _name, UNSET)
