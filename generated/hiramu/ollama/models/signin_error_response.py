from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _wire
from ..types import WireMapping


@_attrs_define(slots=False)
class SigninErrorResponse(WireMapping):
    """A 401 for requests that need this server to be signed in to ollama.com.

    Example:
        {'error': 'unauthorized', 'signin_url':
            'https://ollama.com/connect?name=workstation&key=c3NoLWVkMjU1MTkgQUFBQUMzTnphQzFsWkRJMU5URTVBQUFBSUxv'}

    Attributes:
        error (str): `unauthorized` when `signin_url` is present, otherwise the reason.
        signin_url (str | None): The ollama.com page that connects this server's public key to an account.
    """

    error: str
    signin_url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields: ClassVar[tuple[_wire.Field, ...]] = (
        _wire.Field("error", "error", _wire.STR, True),
        _wire.Field("signin_url", "signin_url", _wire.STR, False),
    )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())
