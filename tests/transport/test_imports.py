"""The fast stack costs nothing until a client sends: `import hiramu.ollama` loads neither library."""

from __future__ import annotations

import json
import os
import subprocess
import sys

FAST = ("urllib3", "aiohttp", "hiramu.ollama._urllib3_transport", "hiramu.ollama._aiohttp_transport")


def _modules_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nimport json\nprint(json.dumps(sorted(sys.modules)))"
    # A fresh interpreter choosing as a user's would: no `--transport=httpx` from this run.
    env = {key: value for key, value in os.environ.items() if key != "HIRAMU_TRANSPORT"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env
    )
    loaded: list[str] = json.loads(result.stdout)
    return set(loaded)


def test_importing_and_building_clients_loads_no_fast_stack() -> None:
    loaded = _modules_after(
        "import hiramu.ollama\nhiramu.ollama.Client('http://127.0.0.1:1')\n"
        "hiramu.ollama.AsyncClient('http://127.0.0.1:1')"
    )
    assert "hiramu.ollama._client" in loaded
    assert not loaded & set(FAST)


def test_a_sync_client_loads_urllib3_only_on_first_use() -> None:
    loaded = _modules_after(
        "import hiramu.ollama\n_ = hiramu.ollama.Client('http://127.0.0.1:1').transport_name"
    )
    assert {"urllib3", "hiramu.ollama._urllib3_transport"} <= loaded
    assert "aiohttp" not in loaded


def test_an_async_client_loads_aiohttp_only_on_first_use() -> None:
    loaded = _modules_after(
        "import hiramu.ollama\n_ = hiramu.ollama.AsyncClient('http://127.0.0.1:1').transport_name"
    )
    assert {"aiohttp", "hiramu.ollama._aiohttp_transport"} <= loaded
    assert "hiramu.ollama._urllib3_transport" not in loaded
