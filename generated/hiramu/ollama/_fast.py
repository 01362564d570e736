"""Which HTTP stack a client sends over: the fast one (`hiramu[fast]`) or httpx's own.

With urllib3 (sync) and aiohttp (async) installed, a client the package builds itself sends plain
`http://` requests through `Urllib3Transport` / `AiohttpTransport`. httpx's own transport stays in
use for `https://` hosts, when a proxy from the environment (`HTTP_PROXY`, `ALL_PROXY`, which httpx
reads) applies to the host, when the caller gave an `http_client=` or `transport=`, and when
`HIRAMU_TRANSPORT=httpx` is set. The stacks are imported here, when the first client is built,
never at `import hiramu.ollama`.
"""

from __future__ import annotations

import os
import urllib.request
from typing import Literal

import httpx

from ._host import ParsedHost

__all__ = ["ENV_VAR", "TransportName", "async_transport", "sync_transport", "transport_name"]

ENV_VAR = "HIRAMU_TRANSPORT"
TransportName = Literal["urllib3", "aiohttp", "httpx", "custom"]


def _fast_wanted(parsed: ParsedHost) -> bool:
    if parsed.scheme != "http" or os.environ.get(ENV_VAR, "auto").strip().lower() == "httpx":
        return False
    proxies = urllib.request.getproxies()
    if not (proxies.get("http") or proxies.get("all")):
        return True
    # A proxy is configured: stay on httpx (which mounts it) unless NO_PROXY exempts this host.
    return bool(urllib.request.proxy_bypass(parsed.host))


def sync_transport(parsed: ParsedHost) -> httpx.BaseTransport | None:
    """A fast sync transport for this host, or None for httpx's own."""
    if not _fast_wanted(parsed):
        return None
    try:
        from ._urllib3_transport import Urllib3Transport
    except ImportError:  # plain `pip install hiramu`
        return None
    return Urllib3Transport()


def async_transport(parsed: ParsedHost) -> httpx.AsyncBaseTransport | None:
    """A fast async transport for this host, or None for httpx's own."""
    if not _fast_wanted(parsed):
        return None
    try:
        from ._aiohttp_transport import AiohttpTransport
    except ImportError:
        return None
    return AiohttpTransport()


def transport_name(client: httpx.Client | httpx.AsyncClient) -> TransportName:
    """What sends the requests of an httpx client: "urllib3", "aiohttp", "httpx" or "custom"."""
    transport = client._transport  # httpx keeps the transport given to (or built by) the client here
    if isinstance(transport, httpx.HTTPTransport | httpx.AsyncHTTPTransport):
        return "httpx"
    module = type(transport).__module__
    if module == __name__.rpartition(".")[0] + "._urllib3_transport":
        return "urllib3"
    if module == __name__.rpartition(".")[0] + "._aiohttp_transport":
        return "aiohttp"
    return "custom"
