"""Turn a host string (the `host=` argument or `OLLAMA_HOST`) into a base URL.

The rules follow the official Python client's `OLLAMA_HOST` handling, so the same value reaches the
same server:

* nothing or an empty string: `http://127.0.0.1:11434`;
* no scheme: `http`, port 11434 unless given (`:PORT` alone means `127.0.0.1:PORT`);
* `http://` without a port: port 80; `https://` without a port: port 443;
* IPv6 in brackets (`[::1]:8080`); a path is kept as a base path, without its outer slashes;
* the port is always written out in `base_url`.

Beyond it: surrounding whitespace and the scheme's case are ignored; `user:pass@` becomes basic
auth (kept out of the URL); the bind-all addresses `0.0.0.0` and `::` connect to loopback; a bare
IPv6 address without port is accepted (as Ollama's Go client does); a bare `ollama.com` means
`https://ollama.com:443` (also as the Go client does); anything else that is not a usable
http(s) host, such as `http://`, `:::`, `host:notaport`, `ftp://x` or a blank string, raises
`InvalidHostError`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import NamedTuple

from ._exceptions import InvalidHostError

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "ParsedHost", "parse_host", "resolve_host"]

DEFAULT_PORT = 11434
DEFAULT_HOST = f"http://127.0.0.1:{DEFAULT_PORT}"

_SCHEME_PORTS = {"http": 80, "https": 443}
# Characters that cannot be part of a host name (delimiters, whitespace, quoting).
_BAD_HOST_NAME = re.compile(r"[\s\[\]@/\\?#<>\"{}|^`%:]")
_BAD_PATH = re.compile(r"[\s\\]")


class ParsedHost(NamedTuple):
    """Where a client sends its requests, and the credentials found in the host string."""

    scheme: str
    host: str  # a name, an IPv4 address, or an IPv6 address without brackets
    port: int
    path: str = ""  # "" or "/base/path"
    auth: tuple[str, str] | None = None

    @property
    def base_url(self) -> str:
        """`scheme://host:port[/path]`, without a trailing slash."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}{self.path}"

    def __repr__(self) -> str:
        # Credentials stay out of logs and tracebacks.
        hidden = ", auth=(...)" if self.auth is not None else ""
        return f"ParsedHost({self.base_url!r}{hidden})"


def _default() -> ParsedHost:
    return ParsedHost("http", "127.0.0.1", DEFAULT_PORT)


def parse_host(host: str | None, *, source: str = "host") -> ParsedHost:
    """Parse a host string; `source` names it in error messages (e.g. "OLLAMA_HOST")."""
    if host is None or host == "":
        return _default()

    def invalid(reason: str) -> InvalidHostError:
        return InvalidHostError(host, reason, source=source)

    text = host.strip()
    if not text:
        raise invalid("it is blank")

    scheme_end = text.find("://")
    if scheme_end >= 0:
        scheme = text[:scheme_end].lower()
        rest = text[scheme_end + 3 :]
        if scheme not in _SCHEME_PORTS:
            raise invalid(f"unsupported scheme {scheme!r} (use http or https)")
        default_port = _SCHEME_PORTS[scheme]
    elif text.lower() == "ollama.com":
        return ParsedHost("https", "ollama.com", 443)
    else:
        scheme, rest, default_port = "http", text, DEFAULT_PORT

    authority_end = len(rest)
    for delimiter in "/?#":
        position = rest.find(delimiter)
        if 0 <= position < authority_end:
            authority_end = position
    authority, tail = rest[:authority_end], rest[authority_end:]
    if "?" in tail or "#" in tail:
        raise invalid("a host cannot have a query or a fragment")
    if _BAD_PATH.search(tail):
        raise invalid("the path contains whitespace or a backslash")
    path = tail.strip("/")

    auth: tuple[str, str] | None = None
    if "@" in authority:
        userinfo, _, authority = authority.rpartition("@")
        if userinfo:
            from urllib.parse import unquote

            user, _, password = userinfo.partition(":")
            auth = (unquote(user), unquote(password))

    name, port_text, is_ipv6 = _split_host_port(authority, invalid)

    if port_text:
        if not (port_text.isascii() and port_text.isdecimal()):
            raise invalid(f"{port_text!r} is not a port number")
        port = int(port_text)
        if not 1 <= port <= 65535:
            raise invalid(f"port {port} is out of range (1-65535)")
    else:
        port = default_port

    if not name:
        if not port_text:
            raise invalid("it has no host name")
        name = "127.0.0.1"  # ":PORT" alone means this machine
    elif not is_ipv6 and _BAD_HOST_NAME.search(name):
        raise invalid(f"{name!r} is not a valid host name")
    name = _connectable(name.lower())

    return ParsedHost(scheme, name, port, f"/{path}" if path else "", auth)


def _split_host_port(authority: str, invalid: Callable[[str], InvalidHostError]) -> tuple[str, str, bool]:
    """(host, port text, is IPv6) from `host`, `host:port`, `[v6]`, `[v6]:port` or a bare IPv6."""
    if authority.startswith("["):
        close = authority.find("]")
        if close < 0:
            raise invalid("'[' without a closing ']'")
        name, after = authority[1:close], authority[close + 1 :]
        if after and not after.startswith(":"):
            raise invalid(f"unexpected {after!r} after the IPv6 address")
        if not _is_ipv6(name):
            raise invalid(f"{name!r} is not an IPv6 address")
        return name, after[1:], True
    if authority.count(":") > 1:
        # Without brackets an IPv6 address cannot carry a port; accept it whole, as Go does.
        if not _is_ipv6(authority):
            raise invalid("not a host name or IPv6 address (write IPv6 with a port as [::1]:11434)")
        return authority, "", True
    name, _, port_text = authority.partition(":")
    return name, port_text, False


def _is_ipv6(text: str) -> bool:
    import ipaddress

    try:
        ipaddress.IPv6Address(text)
    except ValueError:
        return False
    return True


def _connectable(name: str) -> str:
    """Bind-all addresses (0.0.0.0, ::) are where a server listens, not where a client connects."""
    if name and (name[0].isdigit() or ":" in name):
        import ipaddress

        try:
            address = ipaddress.ip_address(name)
        except ValueError:
            return name
        if address.is_unspecified:
            return "::1" if address.version == 6 else "127.0.0.1"
    return name


def resolve_host(host: str | None = None) -> ParsedHost:
    """The `host` argument if given, else `OLLAMA_HOST` (read now), else `http://127.0.0.1:11434`."""
    if host:
        return parse_host(host)
    from_env = os.environ.get("OLLAMA_HOST")
    if from_env:
        return parse_host(from_env, source="OLLAMA_HOST")
    return _default()
