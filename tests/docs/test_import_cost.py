"""What `from hiramu.ollama import Client` costs: httpx and the package metadata load on first use."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import metadata

import pytest

import hiramu

# Loaded by `import httpx` (httpcore, and its command line's click/rich where installed), or by
# reading the package metadata: most of what importing the package used to cost.
HEAVY = ("httpx", "httpcore", "click", "rich", "importlib.metadata", "email")


def _modules_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running `code`."""
    script = f"import sys\n{code}\nimport json\nprint(json.dumps(sorted(sys.modules)))"
    env = {key: value for key, value in os.environ.items() if key != "HIRAMU_TRANSPORT"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env
    )
    loaded: list[str] = json.loads(result.stdout)
    return set(loaded)


@pytest.mark.parametrize(
    "code",
    [
        "from hiramu.ollama import Client",
        "from hiramu.ollama import AsyncClient, OllamaError, ResponseError, Stream",
        "import hiramu.ollama",
    ],
)
def test_importing_the_client_loads_neither_httpx_nor_the_metadata(code: str) -> None:
    loaded = _modules_after(code)
    assert "hiramu.ollama._client" in loaded
    assert not loaded & set(HEAVY)


def test_building_a_client_does_not_load_httpx_its_first_use_does() -> None:
    # An async client is often built on the event loop: importing httpx there would block it.
    build = (
        "from hiramu.ollama import AsyncClient, Client\n"
        "clients = [Client('http://127.0.0.1:1', api_key='k', timeout=3), AsyncClient('http://127.0.0.1:1')]"
    )
    assert not _modules_after(build) & set(HEAVY)
    used = _modules_after(build + "\nassert clients[0].timeout.read == 3")
    assert "httpx" in used


def test_version_is_read_on_first_access() -> None:
    loaded = _modules_after("import hiramu")
    assert "importlib.metadata" not in loaded
    loaded = _modules_after("from hiramu import __version__")
    assert "importlib.metadata" in loaded
    # Read once, then an ordinary module attribute.
    assert hiramu.__version__ == metadata.version("hiramu")
    assert vars(hiramu)["__version__"] == hiramu.__version__


def test_unknown_attribute_of_the_top_package_raises() -> None:
    name = "nothing"
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        getattr(hiramu, name)
