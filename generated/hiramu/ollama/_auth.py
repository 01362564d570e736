"""The Authorization a client adds to its requests, kept to the host it was configured for.

Its own module because it subclasses `httpx.Auth`: the request engine imports it when a client
with credentials is built, so that `import hiramu.ollama` does not load httpx.
"""

from __future__ import annotations

from collections.abc import Generator

import httpx

from ._host import _SCHEME_PORTS, ParsedHost

__all__ = ["HostScopedAuth"]


class HostScopedAuth(httpx.Auth):
    """Adds one Authorization value, and only to requests for the configured scheme, host and port.

    httpx also drops Authorization when a redirect leaves the origin; this covers every other way
    a request could reach another host. An Authorization header set by the caller is kept.
    """

    def __init__(self, parsed: ParsedHost, authorization: str) -> None:
        self._scheme = parsed.scheme
        self._host = parsed.host
        self._port = parsed.port
        self._authorization = authorization

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        url = request.url
        if (
            "authorization" not in request.headers
            and url.scheme == self._scheme
            and url.host.lower() == self._host
            and (url.port or _SCHEME_PORTS.get(url.scheme)) == self._port
        ):
            request.headers["Authorization"] = self._authorization
        yield request
