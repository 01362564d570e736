"""Every operation of `Client` and `AsyncClient` is called somewhere in this suite."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from hiramu.ollama import AsyncClient, AsyncClientWithRawResponse, Client, ClientWithRawResponse

HERE = Path(__file__).parent


def operations(cls: type) -> set[str]:
    """The public methods defined in the class body itself."""
    return {
        name for name, value in vars(cls).items() if inspect.isfunction(value) and not name.startswith("_")
    }


def test_both_clients_have_the_same_operations() -> None:
    assert operations(Client) == operations(AsyncClient)
    # The raw-response forms hold exactly the operations generated from the spec (and their
    # `_stream` twins); the clients add the helpers.
    assert operations(ClientWithRawResponse) == operations(AsyncClientWithRawResponse)
    assert len(operations(ClientWithRawResponse)) >= 31
    assert operations(ClientWithRawResponse) < operations(Client)


def test_every_operation_is_exercised_sync_and_async() -> None:
    source = "\n".join(path.read_text("utf-8") for path in sorted(HERE.glob("test_*.py")))
    sync_calls = set(re.findall(r"\b(?:client|quick|short|target_quick)\.(\w+)\(", source))
    async_calls = set(re.findall(r"\b(?:await|async with|in) (?:aclient|client)\.(\w+)\(", source))
    ops = operations(ClientWithRawResponse)
    assert sorted(ops - sync_calls) == []
    assert sorted(ops - async_calls) == []
