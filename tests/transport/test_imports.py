"""The transports cost nothing until used, and the sync one does not load asyncio."""

from __future__ import annotations

import json
import subprocess
import sys


def _modules_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nimport json\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    loaded: list[str] = json.loads(result.stdout)
    return set(loaded)


def test_the_package_does_not_import_the_transport() -> None:
    loaded = _modules_after("import hiramu.ollama\nhiramu.ollama.Client('http://127.0.0.1:1')")
    assert "hiramu.ollama._client" in loaded
    assert "hiramu.ollama._transport" not in loaded


def test_the_sync_transport_does_not_import_asyncio() -> None:
    if "asyncio" in _modules_after("import httpx"):
        return  # httpx itself loads it in this environment: nothing to save
    loaded = _modules_after(
        "import httpx\nfrom hiramu.ollama._transport import FastTransport\n"
        "httpx.Client(transport=FastTransport()).close()"
    )
    assert "hiramu.ollama._transport" in loaded
    assert "asyncio" not in loaded
