from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import UNSET, Unset, WireMapping


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

    model: str | Unset = UNSET
    insecure: bool | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    stream: bool | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("model", "model", _wire.STR, False),
        _wire.Field("insecure", "insecure", _wire.BOOL, False),
        _wire.Field("username", "username", _wire.STR, False),
        _wire.Field("password", "password", _wire.STR, False),
        _wire.Field("stream", "stream", _wire.BOOL, False),
        _wire.Field("name", "name", _wire.STR, False),
    )
    _absent: ClassVar[Any] = UNSET

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
