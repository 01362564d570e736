"""Model names of the bundled server and helpers to drive it."""

from __future__ import annotations

from typing import Any

import httpx
from hiramu.ollama import Client

CHAT_MODEL = "tiny-llama"
EMBED_MODEL = "tiny-llama-embed"
# A catalogue model of the bundled server whose template supports tools and thinking; tests pull it.
TOOLS_MODEL = "tiny-llama-think"


def register_fault(url: str, fault: str, *, path: str, times: int = 1, method: str | None = None) -> None:
    """Make the bundled server misbehave on the next `times` requests to `path` (see hiramu/testing/faults.py)."""
    body: dict[str, Any] = {"fault": fault, "path": path, "times": times}
    if method is not None:
        body["method"] = method
    response = httpx.post(f"{url}/_local/faults", json=body)
    response.raise_for_status()


def pull_model(url: str, model: str) -> None:
    """Make a catalogue model local (the server copies it in from its offline registry)."""
    with Client(url) as client:
        result = client.pull(model)
    assert result.status == "success"
