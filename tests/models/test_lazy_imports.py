"""`import hiramu.ollama` loads no model and no helper module: they load when first used."""

from __future__ import annotations

import json
import subprocess
import sys


def _modules_after(code: str) -> list[str]:
    script = f"import sys\n{code}\nimport json\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    loaded: list[str] = json.loads(result.stdout)
    return loaded


def test_importing_the_package_loads_no_model_and_no_helper() -> None:
    loaded = _modules_after("import hiramu.ollama")
    assert "hiramu.ollama._client" in loaded
    assert not [name for name in loaded if name.startswith("hiramu.ollama.models.")]
    for heavy in (
        "hiramu.ollama._tools",
        "hiramu.ollama._structured",
        "hiramu.ollama._schema",
        "attrs",
        "inspect",
    ):
        if heavy == "inspect" and "inspect" in _modules_after("import httpx"):
            continue  # loaded by httpx itself in this environment
        assert heavy not in loaded, f"{heavy} is loaded at import time"


def test_models_and_helpers_load_on_first_use() -> None:
    loaded = _modules_after(
        "from hiramu.ollama import ChatResponse, tool_schema\nfrom hiramu.ollama.models import ShowResponse"
    )
    assert {"hiramu.ollama.models.chat_response", "hiramu.ollama.models.show_response"} <= set(loaded)
    assert "hiramu.ollama._tools" in loaded
    # Only what those models refer to, not every model of the spec.
    assert "hiramu.ollama.models.web_fetch_request" not in loaded
