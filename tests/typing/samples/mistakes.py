"""Deliberate mistakes. mypy must report each on its own line; the `# E:` comment names the code.

Checked by tests/typing/test_mypy.py, and left out of `make typecheck` (see pyproject.toml).
"""

from __future__ import annotations

import dataclasses

import hiramu.ollama as ollama
from hiramu.ollama import AsyncClient, Client


@dataclasses.dataclass
class City:
    name: str


def double(x: int) -> int:
    """Double a number."""
    return 2 * x


def misspelt_keywords(client: Client) -> None:
    client.chat("m", [], temprature=1)  # E: call-arg
    client.chat_parse("m", [], format=City, temprature=1)  # E: call-arg
    client.generate_parse("m", "Why?", format=City, sead=1)  # E: call-arg
    client.run_tools("m", [], [double], max_round=3)  # E: call-arg
    client.create_from_files("m", ["model.gguf"], quantise="q4_K_M")  # E: call-arg
    client.pull_with_progress("m", insecur=True)  # E: call-arg
    client.with_raw_response.chat("m", [], keepalive="5m")  # E: call-arg
    ollama.chat("m", [], temprature=1)  # E: call-arg
    ollama.embed("m", ["a"], dimension=3)  # E: call-arg


def wrong_types(client: Client) -> None:
    client.chat("m", [], options=3)  # E: arg-type
    client.generate("m", 42)  # E: arg-type
    client.embed("m", 3.5)  # E: arg-type
    client.chat("m", [], timeout="10s")  # E: arg-type
    client.chat_parse("m", [], format=City, think="loudly")  # E: arg-type
    client.run_tools("m", [], [double], on_error="ignore")  # E: arg-type
    client.copy("a")  # E: call-arg


def wrong_attributes(client: Client) -> None:
    answer = client.chat("m", [])
    print(answer.mesage)  # E: attr-defined
    print(client.with_raw_response.version().status)  # E: attr-defined
    parsed = client.chat_parse("m", [], format=City)
    size: int = parsed.value.name  # E: assignment
    print(size)


async def missing_awaits(aclient: AsyncClient) -> None:
    answer = aclient.chat("m", [])
    print(answer.message)  # E: attr-defined
    aclient.version()  # E: unused-coroutine
    for chunk in aclient.chat_stream("m", []):  # E: attr-defined
        print(chunk)
    with aclient.generate_stream("m", "Why?") as stream:  # E: attr-defined
        print(stream)
