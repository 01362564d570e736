from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="PullRequest")


@_attrs_define
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model", UNSET)

        insecure = d.pop("insecure", UNSET)

        stream = d.pop("stream", UNSET)

        pull_request = cls(
            model=model,
            insecure=insecure,
            stream=stream,
        )

        pull_request.additional_properties = d
        return pull_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
