"""A pytest plugin that chooses the HTTP path of every client the package builds itself.

    .venv/bin/pytest -p transport.plugin --transport=httpx tests/integration

`--transport=fast` (the default) checks that the fast stack is installed and leaves the choice to
the clients: urllib3 for `Client`, aiohttp for `AsyncClient`, for every `http://` host.
`--transport=httpx` sets `HIRAMU_TRANSPORT=httpx`, so the same suites run over httpx's own
transport. Clients given their own `http_client=` or `transport=` keep it either way.
"""

from __future__ import annotations

import importlib.util
import os

import pytest

_ENV = "HIRAMU_TRANSPORT"
_saved: list[str | None] = []


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--transport",
        choices=("fast", "httpx"),
        default="fast",
        help="HTTP path of the package's clients: fast (urllib3 / aiohttp) or httpx's own",
    )


def pytest_configure(config: pytest.Config) -> None:
    choice = config.getoption("--transport")
    _saved.append(os.environ.get(_ENV))
    if choice == "httpx":
        os.environ[_ENV] = "httpx"
        return
    missing = [name for name in ("urllib3", "aiohttp") if importlib.util.find_spec(name) is None]
    if missing:
        raise pytest.UsageError(f"--transport=fast needs the fast extra; missing: {', '.join(missing)}")
    os.environ.pop(_ENV, None)


def pytest_unconfigure(config: pytest.Config) -> None:
    if _saved:
        previous = _saved.pop()
        if previous is None:
            os.environ.pop(_ENV, None)
        else:
            os.environ[_ENV] = previous


def pytest_report_header(config: pytest.Config) -> str:
    if config.getoption("--transport") == "httpx":
        return "transport: httpx's own (HIRAMU_TRANSPORT=httpx)"
    return "transport: fast (urllib3 sync, aiohttp async)"
