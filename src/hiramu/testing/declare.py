"""Models declared by name and capabilities, without GGUF files of their own.

A declared model is created the way ``/api/create`` would create it: from one of the tiny start-up
models (``tiny-llama-embed`` for an embedding-only model, else ``tiny-llama``), with the capabilities
and context length set through ``info``. So it appears in list/show/ps and answers chat, generate
and embed like any other local model, its capabilities checked as Ollama checks them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .names import parse_name
from .state import ServerState
from .store import CreateError

CAPABILITIES = frozenset({"completion", "embedding", "tools", "thinking", "insert", "vision", "audio"})


class ModelDeclarationError(ValueError):
    """A declared model that cannot exist (unknown capability, bad name or context length)."""


def declare_model(
    state: ServerState,
    name: str,
    *,
    capabilities: Sequence[str] = ("completion",),
    context_length: int | None = None,
    parameters: Mapping[str, Any] | None = None,
    system: str | None = None,
) -> None:
    if isinstance(capabilities, str):
        raise ModelDeclarationError("capabilities must be a sequence of names, not one string")
    unknown = sorted(set(capabilities) - CAPABILITIES)
    if unknown:
        raise ModelDeclarationError(f"unknown capabilities {unknown}: use {', '.join(sorted(CAPABILITIES))}")
    if not capabilities:
        raise ModelDeclarationError("a model needs at least one capability")
    if context_length is not None and context_length < 1:
        raise ModelDeclarationError(f"context_length must be >= 1, got {context_length!r}")
    parsed = parse_name(name)
    if not parsed.is_valid():
        raise ModelDeclarationError(f"invalid model name {name!r}")
    base = (
        "tiny-llama-embed"
        if "embedding" in capabilities and "completion" not in capabilities
        else "tiny-llama"
    )
    info: dict[str, Any] = {"capabilities": list(capabilities)}
    if context_length is not None:
        info["context_length"] = float(context_length)  # as decoded from JSON
    req: dict[str, Any] = {"from": base, "info": info}
    if parameters:
        req["parameters"] = dict(parameters)
    if system is not None:
        req["system"] = system
    try:
        state.creator.run(req, parsed, lambda _: None)
    except CreateError as e:
        raise ModelDeclarationError(f"cannot declare {name!r}: {e.message}") from None
