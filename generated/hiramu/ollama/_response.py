"""`RawResponse`: an HTTP answer together with its parsed body.

`client.with_raw_response.<operation>(...)` sends the same request as `client.<operation>(...)`
through the same engine (host rules, retries, error mapping) and returns one of these instead of
the parsed body alone, for callers that need the status or a header as well.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    import httpx

__all__ = ["RawResponse"]

T = TypeVar("T")


class RawResponse(Generic[T]):
    """The HTTP answer of one call and the value the plain method returns for it.

    `status_code`, `headers` and `http_response` (the `httpx.Response`) describe the answer;
    `parse()` (or `parsed`) decodes the body once and returns what the plain method returns.
    """

    __slots__ = ("_parse", "_parsed", "http_response")

    http_response: httpx.Response

    def __init__(self, http_response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: list[T] = []  # empty until parsed: None is a valid parsed value

    @property
    def status_code(self) -> int:
        """The HTTP status of the answer."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers (case-insensitive)."""
        return self.http_response.headers

    @property
    def url(self) -> httpx.URL:
        """The URL the request went to (after any redirect)."""
        return self.http_response.url

    def parse(self) -> T:
        """The parsed body, decoded on the first call (raises `DecodeError` for a body that is not
        the JSON expected)."""
        if not self._parsed:
            self._parsed.append(self._parse(self.http_response))
        return self._parsed[0]

    @property
    def parsed(self) -> T:
        """The parsed body (see `parse()`)."""
        return self.parse()

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse {request.method} {request.url} [{self.status_code}]>"
