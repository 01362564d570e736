from __future__ import annotations

from typing import Any, ClassVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class UserResponse(WireMapping):
    """An ollama.com account. Optional fields are omitted when empty.

    Example:
        {'id': '3f1c2a4e-8b7d-4c2f-9a51-6d0e7b8c9f10', 'email': 'ada@example.com', 'name': 'ada', 'plan': 'free'}

    Attributes:
        id (UUID):
        email (str):
        name (str):
        bio (str | None):
        avatarurl (str | None):
        firstname (str | None):
        lastname (str | None):
        plan (str | None): Subscription plan (`free` when unset).
    """

    id: UUID
    email: str
    name: str
    bio: str | None = None
    avatarurl: str | None = None
    firstname: str | None = None
    lastname: str | None = None
    plan: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("id", "id", _wire.UUID_STR, True),
        _wire.Field("email", "email", _wire.STR, True),
        _wire.Field("name", "name", _wire.STR, True),
        _wire.Field("bio", "bio", _wire.STR, False),
        _wire.Field("avatarurl", "avatarurl", _wire.STR, False),
        _wire.Field("firstname", "firstname", _wire.STR, False),
        _wire.Field("lastname", "lastname", _wire.STR, False),
        _wire.Field("plan", "plan", _wire.STR, False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
