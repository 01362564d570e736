"""Host strings: the official Python client's OLLAMA_HOST table, plus hiramu's additions."""

from __future__ import annotations

import pytest
from hiramu.ollama._exceptions import InvalidHostError
from hiramu.ollama._host import ParsedHost, parse_host, resolve_host

V6 = "[0001:002:003:0004::1]"

# The 30 documented cases of ollama-python's `_parse_host` (input -> base URL).
OFFICIAL = [
    (None, "http://127.0.0.1:11434"),
    ("", "http://127.0.0.1:11434"),
    ("1.2.3.4", "http://1.2.3.4:11434"),
    (":56789", "http://127.0.0.1:56789"),
    ("1.2.3.4:56789", "http://1.2.3.4:56789"),
    ("http://1.2.3.4", "http://1.2.3.4:80"),
    ("https://1.2.3.4", "https://1.2.3.4:443"),
    ("https://1.2.3.4:56789", "https://1.2.3.4:56789"),
    ("example.com", "http://example.com:11434"),
    ("example.com:56789", "http://example.com:56789"),
    ("http://example.com", "http://example.com:80"),
    ("https://example.com", "https://example.com:443"),
    ("https://example.com:56789", "https://example.com:56789"),
    ("example.com/", "http://example.com:11434"),
    ("example.com:56789/", "http://example.com:56789"),
    ("example.com/path", "http://example.com:11434/path"),
    ("example.com:56789/path", "http://example.com:56789/path"),
    ("https://example.com:56789/path", "https://example.com:56789/path"),
    ("example.com:56789/path/", "http://example.com:56789/path"),
    (V6, f"http://{V6}:11434"),
    (f"{V6}:56789", f"http://{V6}:56789"),
    (f"http://{V6}", f"http://{V6}:80"),
    (f"https://{V6}", f"https://{V6}:443"),
    (f"https://{V6}:56789", f"https://{V6}:56789"),
    (f"{V6}/", f"http://{V6}:11434"),
    (f"{V6}:56789/", f"http://{V6}:56789"),
    (f"{V6}/path", f"http://{V6}:11434/path"),
    (f"{V6}:56789/path", f"http://{V6}:56789/path"),
    (f"https://{V6}:56789/path", f"https://{V6}:56789/path"),
    (f"{V6}:56789/path/", f"http://{V6}:56789/path"),
]

OURS = [
    ("  example.com:8080  ", "http://example.com:8080"),
    ("\thttp://example.com\n", "http://example.com:80"),
    ("HTTP://Example.COM", "http://example.com:80"),
    ("HTTPS://example.com/Base/Path/", "https://example.com:443/Base/Path"),
    ("0.0.0.0", "http://127.0.0.1:11434"),
    ("0.0.0.0:8080", "http://127.0.0.1:8080"),
    ("http://0.0.0.0", "http://127.0.0.1:80"),
    ("::", "http://[::1]:11434"),
    ("[::]", "http://[::1]:11434"),
    ("[::]:8080", "http://[::1]:8080"),
    ("https://[::]", "https://[::1]:443"),
    ("[0:0:0:0:0:0:0:0]:1", "http://[::1]:1"),
    ("::1", "http://[::1]:11434"),
    ("fe80::1", "http://[fe80::1]:11434"),
    ("localhost", "http://localhost:11434"),
    ("my_host.internal:1", "http://my_host.internal:1"),
    ("host:", "http://host:11434"),
    ("http://:8080", "http://127.0.0.1:8080"),
    ("ollama.com", "https://ollama.com:443"),
    ("http://ollama.com", "http://ollama.com:80"),
    ("example.com//a//b//", "http://example.com:11434/a//b"),
]


@pytest.mark.parametrize(("given", "base_url"), OFFICIAL)
def test_official_table(given: str | None, base_url: str) -> None:
    parsed = parse_host(given)
    assert parsed.base_url == base_url
    assert parsed.auth is None


@pytest.mark.parametrize(("given", "base_url"), OURS)
def test_additions(given: str, base_url: str) -> None:
    assert parse_host(given).base_url == base_url


@pytest.mark.parametrize(
    ("given", "base_url", "auth"),
    [
        ("http://user:pass@example.com", "http://example.com:80", ("user", "pass")),
        ("user:pass@example.com:8080/p", "http://example.com:8080/p", ("user", "pass")),
        ("https://u%40x:p%3Aw%20@[::1]:9", "https://[::1]:9", ("u@x", "p:w ")),
        ("https://user@example.com", "https://example.com:443", ("user", "")),
        ("https://us:p@ss@example.com", "https://example.com:443", ("us", "p@ss")),
        ("http://@example.com", "http://example.com:80", None),
    ],
)
def test_userinfo_becomes_basic_auth(given: str, base_url: str, auth: tuple[str, str] | None) -> None:
    parsed = parse_host(given)
    assert parsed.base_url == base_url
    assert parsed.auth == auth
    assert "pass" not in repr(parsed)


@pytest.mark.parametrize(
    ("given", "words"),
    [
        ("http://", "no host name"),
        ("https:///path", "no host name"),
        (":::", "IPv6"),
        ("1:2:3", "IPv6"),
        ("host:notaport", "'notaport' is not a port number"),
        ("host:80x", "not a port number"),
        ("host:-1", "not a port number"),
        ("host:0", "out of range"),
        ("host:65536", "out of range"),
        ("host:١٢", "not a port number"),
        ("ftp://x", "unsupported scheme 'ftp'"),
        ("unix:///var/run/ollama.sock", "unsupported scheme 'unix'"),
        ("://host", "unsupported scheme ''"),
        ("   ", "blank"),
        ("\n", "blank"),
        ("a b", "not a valid host name"),
        ("[::1", "closing"),
        ("[::1]x", "after the IPv6 address"),
        ("[1.2.3.4]", "not an IPv6 address"),
        ("[zz::1]:80", "not an IPv6 address"),
        ("http://x?y=1", "query"),
        ("http://x/#frag", "fragment"),
        ("http://x/a b", "whitespace"),
        ("http://us:pw@", "no host name"),
        ("ho%st", "not a valid host name"),
    ],
)
def test_garbage_is_rejected(given: str, words: str) -> None:
    with pytest.raises(InvalidHostError) as caught:
        parse_host(given)
    assert words in str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert repr(given) in str(caught.value)


def test_parsed_host_fields() -> None:
    parsed = parse_host("https://[::1]:8443/ollama/")
    assert parsed == ParsedHost("https", "::1", 8443, "/ollama")
    with pytest.raises(AttributeError):
        parsed.port = 1  # type: ignore[misc]


def test_resolve_host_order(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_host().base_url == "http://127.0.0.1:11434"
    monkeypatch.setenv("OLLAMA_HOST", "0.0.0.0:9999")
    assert resolve_host().base_url == "http://127.0.0.1:9999"
    assert resolve_host(None).base_url == "http://127.0.0.1:9999"
    assert resolve_host("").base_url == "http://127.0.0.1:9999"  # empty means "not given"
    assert resolve_host("example.com").base_url == "http://example.com:11434"
    monkeypatch.setenv("OLLAMA_HOST", "")
    assert resolve_host().base_url == "http://127.0.0.1:11434"


def test_resolve_host_reads_the_environment_at_call_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OLLAMA_HOST", "a.example:1")
    first = resolve_host()
    monkeypatch.setenv("OLLAMA_HOST", "b.example:2")
    assert (first.base_url, resolve_host().base_url) == ("http://a.example:1", "http://b.example:2")


def test_bad_environment_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OLLAMA_HOST", "ftp://nope")
    with pytest.raises(InvalidHostError, match="invalid OLLAMA_HOST 'ftp://nope'"):
        resolve_host()
