from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="SigninErrorResponse")


@_attrs_define(slots=False)
class SigninErrorResponse(WireMapping):
    """A 401 for requests that need this server to be signed in to ollama.com.

    Example:
        {'error': 'unauthorized', 'signin_url':
            'https://ollama.com/connect?name=workstation&key=c3NoLWVkMjU1MTkgQUFBQUMzTnphQzFsWkRJMU5URTVBQUFBSUxv'}

    Attributes:
        error (str): `unauthorized` when `signin_url` is present, otherwise the reason.
        signin_url (str | Unset): The ollama.com page that connects this server's public key to an account.
    """

    _wire_fields: ClassVar[dict[str, str]] = {
        "error": "error",
        "signin_url": "signin_url",
    }

    error: str
    signin_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        signin_url = self.signin_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if signin_url is not UNSET:
            field_dict["signin_url"] = signin_url

        return field_dict

    _plain_fields: ClassVar[dict[str, str]] = {
        "error": "error",
        "signin_url": "signin_url",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(("error",))

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        signin_error_response = object.__new__(cls)
        values = signin_error_response.__dict__
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
        return signin_error_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())


for _name in ("signin_url",):
    setattr(SigninErrorResponse, _name, UNSET)
