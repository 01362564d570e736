"""Merge a stream's raw lines into the object Ollama returns for the same request with `stream: false`.

The server builds its `stream: false` answer from the same chunks (server/routes.go,
GenerateHandler and writeChatResponse): text, thinking, log probabilities and tool calls are
concatenated, every other field comes from the last chunk. Fields the server leaves out when
empty (`thinking`, `logprobs`, `tool_calls`) are left out here too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["merge_chat", "merge_generate", "merge_progress"]


def _last(lines: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    if not lines:
        raise ValueError("cannot merge an empty stream")
    return dict(lines[-1])


def _join_text(parts: Sequence[Mapping[str, Any]], key: str) -> str:
    return "".join(value for part in parts if isinstance(value := part.get(key), str))


def _join_lists(parts: Sequence[Mapping[str, Any]], key: str) -> list[Any]:
    joined: list[Any] = []
    for part in parts:
        value = part.get(key)
        if isinstance(value, list):
            joined.extend(value)
    return joined


def _set_or_drop(target: dict[str, Any], key: str, value: Any) -> None:
    if value:
        target[key] = value
    else:
        target.pop(key, None)


def merge_generate(lines: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """One `/api/generate` answer from its stream lines."""
    merged = _last(lines)
    merged["response"] = _join_text(lines, "response")
    _set_or_drop(merged, "thinking", _join_text(lines, "thinking"))
    _set_or_drop(merged, "tool_calls", _join_lists(lines, "tool_calls"))
    _set_or_drop(merged, "logprobs", _join_lists(lines, "logprobs"))
    return merged


def merge_chat(lines: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """One `/api/chat` answer from its stream lines (the message's parts are joined)."""
    merged = _last(lines)
    parts = [part for line in lines if isinstance(part := line.get("message"), Mapping)]
    last = merged.get("message")
    message: dict[str, Any] = dict(last) if isinstance(last, Mapping) else {}
    message["content"] = _join_text(parts, "content")
    _set_or_drop(message, "thinking", _join_text(parts, "thinking"))
    _set_or_drop(message, "tool_calls", _join_lists(parts, "tool_calls"))
    merged["message"] = message
    _set_or_drop(merged, "logprobs", _join_lists(lines, "logprobs"))
    return merged


def merge_progress(lines: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """One `/api/pull`, `/api/push` or `/api/create` answer: the server returns the last line."""
    return _last(lines)
