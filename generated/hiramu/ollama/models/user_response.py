from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="UserResponse")


@_attrs_define(slots=False)
class UserResponse(WireMapping):
    """An ollama.com account. Optional fields are omitted when empty.

    Example:
        {'id': '3f1c2a4e-8b7d-4c2f-9a51-6d0e7b8c9f10', 'email': 'ada@example.com', 'name': 'ada', 'plan': 'free'}

    Attributes:
        id (UUID):
        email (str):
        name (str):
        bio (str | Unset):
        avatarurl (str | Unset):
        firstname (str | Unset):
        lastname (str | Unset):
        plan (str | Unset): Subscription plan (`free` when unset).
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "id": "id",
        "email": "email",
        "name": "name",
        "bio": "bio",
        "avatarurl": "avatarurl",
        "firstname": "firstname",
        "lastname": "lastname",
        "plan": "plan",
    }

    id: UUID
    email: str
    name: str
    bio: str | Unset = UNSET
    avatarurl: str | Unset = UNSET
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    plan: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        email = self.email

        name = self.name

        bio = self.bio

        avatarurl = self.avatarurl

        firstname = self.firstname

        lastname = self.lastname

        plan = self.plan

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "name": name,
            }
        )
        if bio is not UNSET:
            field_dict["bio"] = bio
        if avatarurl is not UNSET:
            field_dict["avatarurl"] = avatarurl
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if plan is not UNSET:
            field_dict["plan"] = plan

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "email": "email",
        "name": "name",
        "bio": "bio",
        "avatarurl": "avatarurl",
        "firstname": "firstname",
        "lastname": "lastname",
        "plan": "plan",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "email",
            "name",
        )
    )

    @staticmethod
    def _convert(key: str, value: Any) -> Any:
        if key == "id":
            id = UUID(value)

            return id
        raise KeyError(key)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        user_response = object.__new__(cls)
        values = user_response.__dict__
        extra: dict[str, Any] = {}
        plain = cls._plain_fields
        for key, value in src_dict.items():
            name = plain.get(key)
            if name is not None:
                values[name] = value
            elif key == "id":
                values["id"] = cls._convert(key, value)
            else:
                extra[key] = value
        if not cls._required_fields <= values.keys():
            missing = sorted(cls._required_fields - values.keys())
            raise KeyError(missing[0])
        values["additional_properties"] = extra
        return user_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in (
    "bio",
    "avatarurl",
    "firstname",
    "lastname",
    "plan",
):
    setattr(UserResponse, _name, UNSET)
