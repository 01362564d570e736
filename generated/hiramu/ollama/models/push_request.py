from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="PushRequest")


@_attrs_define(slots=False)
class PushRequest(WireMapping):
    """What to push. `model` (or the deprecated `name`) is needed (400 otherwise).

    Example:
        {'model': 'myname/tiny-llama:latest'}

    Attributes:
        model (str | Unset): Local model name, including the namespace it is pushed to (`<user>/<model>[:tag]`).
        insecure (bool | Unset): Allow a registry reached over plain `http://`.
        username (str | Unset): Ignored.
        password (str | Unset): Ignored.
        stream (bool | Unset): Stream NDJSON progress. Default: true (only `false` turns streaming off).
        name (str | Unset): Deprecated alias of `model` (used when `model` is empty).
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "insecure": "insecure",
        "username": "username",
        "password": "password",
        "stream": "stream",
        "name": "name",
    }

    model: str | Unset = UNSET
    insecure: bool | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    stream: bool | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        insecure = self.insecure

        username = self.username

        password = self.password

        stream = self.stream

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if insecure is not UNSET:
            field_dict["insecure"] = insecure
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if stream is not UNSET:
            field_dict["stream"] = stream
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "model": "model",
        "insecure": "insecure",
        "username": "username",
        "password": "password",
        "stream": "stream",
        "name": "name",
    }

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        push_request = object.__new__(cls)
        values = push_request.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            else:
                extra[key] = value
        values["additional_properties"] = extra
        return push_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in (
    "model",
    "insecure",
    "username",
    "password",
    "stream",
    "name",
):
    setattr(PushRequest, _name, UNSET)
