"""Every operation of `Client` and `AsyncClient` is called somewhere in this suite."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from hiramu.ollama import AsyncClient, Client

HERE = Path(__file__).parent


def operations(cls: type) -> set[str]:
    """The methods generated from the spec: those defined in the class body itself."""
    return {
        name for name, value in vars(cls).items() if inspect.isfunction(value) and not name.startswith("_")
    }


def test_both_clients_have_the_same_operations() -> None:
    assert operations(Client) == operations(AsyncClient)
    assert len(operations(Client)) >= 31


def test_every_operation_is_exercised_sync_and_async() -> None:
    source = "\n".join(path.read_text("utf-8") for path in sorted(HERE.glob("test_*.py")))
    sync_calls = set(re.findall(r"\b(?:client|quick|short|target_quick)\.(\w+)\(", source))
    async_calls = set(re.findall(r"\bawait (?:aclient|client)\.(\w+)\(", source))
    ops = operations(Client)
    assert sorted(ops - sync_calls) == []
    assert sorted(ops - async_calls) == []
