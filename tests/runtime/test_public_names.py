"""Every runtime module declares its public names, and they all exist."""

from __future__ import annotations

import importlib

import pytest

MODULES = [
    "_base_client",
    "_collect",
    "_encode",
    "_exceptions",
    "_host",
    "_ndjson",
    "_response",
    "_streaming",
    "_types",
]


@pytest.mark.parametrize("name", MODULES)
def test_all_is_complete(name: str) -> None:
    # Its order is ruff's business (RUF022).
    module = importlib.import_module(f"hiramu.ollama.{name}")
    exported = list(module.__all__)
    assert len(set(exported)) == len(exported)
    missing = [item for item in exported if not hasattr(module, item)]
    assert missing == []
    assert all(not item.startswith("_") for item in exported)
