"""Where the fuzzer sends its requests: a server named on the command line, or the bundled one."""

from __future__ import annotations

import ipaddress
import json
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.util import find_spec
from pathlib import Path

DEFAULT_PORT = 11434
START_TIMEOUT = 60.0


def normalize_host(value: str) -> str:
    """The base URL a client should use for an `OLLAMA_HOST` value, read the way Ollama reads it.

    No scheme means `http` and port 11434; `http://` and `https://` without a port mean 80 and 443;
    a missing host means loopback; unspecified bind addresses (`0.0.0.0`, `::`) are reached through
    loopback; a path is kept.
    """
    value = value.strip()
    scheme, sep, rest = value.partition("://")
    if not sep:
        scheme, rest = "http", value
        if value == "ollama.com":
            scheme, rest = "https", "ollama.com:443"
    scheme = scheme.lower()
    default_port = {"http": 80, "https": 443}[scheme] if sep else DEFAULT_PORT
    hostport, _, path = rest.partition("/")
    host, port = _split_host_port(hostport, default_port)
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        if address.is_unspecified:
            address = ipaddress.ip_address("::1" if address.version == 6 else "127.0.0.1")
        host = str(address)
    netloc = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    base = f"{scheme}://{netloc}"
    return f"{base}/{path.rstrip('/')}" if path.strip("/") else base


def _split_host_port(hostport: str, default_port: int) -> tuple[str, int]:
    if hostport.startswith("["):
        host, _, tail = hostport[1:].partition("]")
        port_text = tail[1:] if tail.startswith(":") else ""
    elif hostport.count(":") == 1:
        host, _, port_text = hostport.partition(":")
    else:
        # A bare IPv6 address (several colons) or a host without port.
        host, port_text = hostport, ""
    port = default_port
    if port_text:
        try:
            parsed = int(port_text)
        except ValueError:
            parsed = -1
        # Ollama falls back to the default port for an unusable one.
        if 0 <= parsed <= 65535:
            port = parsed
    return host or "127.0.0.1", port


# What `python -m hiramu.testing` imports beyond the client.
BUNDLED_SERVER_NEEDS = ("hiramu.testing", "uvicorn", "gguf", "numpy")


def bundled_server_available() -> bool:
    """Whether the bundled server can be started (`python -m hiramu.testing`)."""
    try:
        return all(find_spec(name) is not None for name in BUNDLED_SERVER_NEEDS)
    except ModuleNotFoundError:
        return False


@contextmanager
def bundled_server(extra_args: tuple[str, ...] = ()) -> Iterator[str]:
    """Start a fresh bundled server on a free loopback port; yields its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "hiramu.testing", "--port", "0", *extra_args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    stderr_tail: list[str] = []
    # Drain stderr so a chatty server never blocks on a full pipe.
    drain = threading.Thread(target=_drain, args=(process.stderr, stderr_tail), daemon=True)
    drain.start()
    try:
        url = _first_line(process)
        if not url.startswith("http"):
            raise RuntimeError(
                f"bundled server printed {url!r} instead of its URL: {''.join(stderr_tail[-20:])}"
            )
        _wait_until_up(url)
        yield url.rstrip("/")
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()


def _drain(stream: object, sink: list[str]) -> None:
    if stream is None:
        return
    for line in stream:  # type: ignore[attr-defined]
        sink.append(line)
        del sink[:-200]


def _first_line(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    result: list[str] = []
    reader = threading.Thread(target=lambda: result.append(process.stdout.readline()), daemon=True)  # type: ignore[union-attr]
    reader.start()
    reader.join(START_TIMEOUT)
    if not result or not result[0]:
        code = process.poll()
        raise RuntimeError(f"bundled server did not print its URL (exit code {code})")
    return result[0].strip()


def _wait_until_up(url: str) -> None:
    with urllib.request.urlopen(f"{url.rstrip('/')}/api/version", timeout=START_TIMEOUT) as response:
        body = json.load(response)
    if not isinstance(body, dict) or "version" not in body:
        raise RuntimeError(f"{url} does not answer like Ollama: {body!r}")


def local_models(url: str) -> list[str]:
    """Names of the models the server has (for realistic request values)."""
    with urllib.request.urlopen(f"{url.rstrip('/')}/api/tags", timeout=30) as response:
        body = json.load(response)
    return [
        str(model["name"]) for model in body.get("models", []) if isinstance(model, dict) and "name" in model
    ]


def display_path(path: Path) -> str:
    """``path`` relative to the working folder when it lies inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
