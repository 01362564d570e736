"""Merge a stream's raw lines into the object Ollama returns for the same request with `stream: false`.

The server builds its `stream: false` answer from the same chunks (server/routes.go,
GenerateHandler and writeChatResponse): text, thinking, log probabilities and tool calls are
concatenated, every other field comes from the last chunk. Fields the server leaves out when
empty (`thinking`, `logprobs`, `tool_calls`) are left out here too.

The compatible routes' event streams merge the same way into their own answer shapes
(middleware/openai.go, middleware/anthropic.go): a chat completion from its chunks' deltas, a
text completion from its chunks' text, a Responses answer from its final `response.completed`
event, an Anthropic message from its `message_start`, content block and `message_delta` events.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from ._exceptions import DecodeError

__all__ = [
    "merge_anthropic_message",
    "merge_chat",
    "merge_generate",
    "merge_openai_chat",
    "merge_openai_completion",
    "merge_openai_response",
    "merge_progress",
]


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


def _usage(lines: Sequence[Mapping[str, Any]]) -> dict[str, Any] | None:
    """The last chunk's `usage` that counts tokens: with `include_usage` Ollama puts a zero usage
    on every completion chunk and the real one on a last chunk without choices."""
    found: dict[str, Any] | None = None
    for line in lines:
        usage = line.get("usage")
        if isinstance(usage, Mapping) and (found is None or any(usage.values())):
            found = dict(usage)
    return found


def _head(lines: Sequence[Mapping[str, Any]], obj: str) -> dict[str, Any]:
    first = dict(_last(lines[:1]))
    # The keys in the order Go writes the stream: false answer.
    merged: dict[str, Any] = {"id": first.get("id", ""), "object": obj}
    merged.update({key: first[key] for key in ("created", "model", "system_fingerprint") if key in first})
    return merged


def _choices(lines: Sequence[Mapping[str, Any]]) -> dict[int, list[Mapping[str, Any]]]:
    by_index: dict[int, list[Mapping[str, Any]]] = {}
    for line in lines:
        choices = line.get("choices")
        for choice in choices if isinstance(choices, list) else ():
            if isinstance(choice, Mapping):
                index = choice.get("index")
                by_index.setdefault(index if isinstance(index, int) else 0, []).append(choice)
    return by_index


def _finish_reason(parts: Sequence[Mapping[str, Any]]) -> Any:
    reason = None
    for part in parts:
        if part.get("finish_reason") is not None:
            reason = part["finish_reason"]
    return reason


def _tool_calls(deltas: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Tool calls assembled from deltas: a call's first delta gives its id, type and name, later
    deltas with the same `index` add to its `arguments` text (OpenAI's streaming convention; Ollama
    sends each call whole)."""
    calls: dict[int, dict[str, Any]] = {}
    for delta in deltas:
        for call in delta.get("tool_calls") or ():
            if not isinstance(call, Mapping):
                continue
            index = call.get("index")
            key = index if isinstance(index, int) else len(calls)
            given = call.get("function")
            function: Mapping[str, Any] = given if isinstance(given, Mapping) else {}
            if key not in calls:
                calls[key] = {**call, "function": dict(function)}
                continue
            target = calls[key]["function"]
            target["arguments"] = str(target.get("arguments") or "") + str(function.get("arguments") or "")
    return [calls[key] for key in sorted(calls)]


def merge_openai_chat(lines: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """One `/v1/chat/completions` answer (`chat.completion`) from its stream's chunks."""
    merged = _head(lines, "chat.completion")
    choices: list[dict[str, Any]] = []
    for index, parts in sorted(_choices(lines).items()):
        deltas = [delta for part in parts if isinstance(delta := part.get("delta"), Mapping)]
        role = next((d["role"] for d in deltas if isinstance(d.get("role"), str)), "assistant")
        message: dict[str, Any] = {"role": role, "content": _join_text(deltas, "content")}
        _set_or_drop(message, "reasoning", _join_text(deltas, "reasoning"))
        _set_or_drop(message, "tool_calls", _tool_calls(deltas))
        choice: dict[str, Any] = {"index": index, "message": message, "finish_reason": _finish_reason(parts)}
        _set_or_drop(choice, "logprobs", _joined_logprobs(parts))
        choices.append(choice)
    merged["choices"] = choices
    usage = _usage(lines)
    if usage is not None:
        merged["usage"] = usage
    return merged


def _joined_logprobs(parts: Sequence[Mapping[str, Any]]) -> dict[str, Any] | None:
    content: list[Any] = []
    for part in parts:
        logprobs = part.get("logprobs")
        if isinstance(logprobs, Mapping) and isinstance(logprobs.get("content"), list):
            content.extend(logprobs["content"])
    return {"content": content} if content else None


def merge_openai_completion(lines: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """One `/v1/completions` answer (`text_completion`) from its stream's chunks."""
    merged = _head(lines, "text_completion")
    choices: list[dict[str, Any]] = []
    for index, parts in sorted(_choices(lines).items()):
        choice: dict[str, Any] = {
            "text": _join_text(parts, "text"),
            "index": index,
            "finish_reason": _finish_reason(parts),
        }
        _set_or_drop(choice, "logprobs", _joined_logprobs(parts))
        choices.append(choice)
    merged["choices"] = choices
    usage = _usage(lines)
    if usage is not None:
        merged["usage"] = usage
    return merged


def merge_openai_response(lines: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """One `/v1/responses` answer: the `response` of the final `response.completed` event, which
    the server builds the way it builds the `stream: false` answer."""
    for line in reversed(lines):
        response = line.get("response")
        if line.get("type") == "response.completed" and isinstance(response, Mapping):
            return dict(response)
    raise RuntimeError(
        "nothing to collect: the response.completed event was already iterated (collect() merges "
        "only the events not yet taken)"
    )


def merge_anthropic_message(lines: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """One `/v1/messages` answer from its events: `message_start` gives the message, the content
    block events its `content` (text, thinking and tool input joined), `message_delta` the
    `stop_reason` and the real `usage`."""
    message: dict[str, Any] = {}
    blocks: dict[int, dict[str, Any]] = {}
    tool_input: dict[int, str] = {}
    for line in lines:
        kind = line.get("type")
        if kind == "message_start" and isinstance(line.get("message"), Mapping):
            message = dict(line["message"])
        elif kind == "content_block_start" and isinstance(line.get("content_block"), Mapping):
            blocks[_index(line)] = dict(line["content_block"])
        elif kind == "content_block_delta" and isinstance(line.get("delta"), Mapping):
            block = blocks.setdefault(_index(line), {"type": "text", "text": ""})
            delta = line["delta"]
            for key in ("text", "thinking", "signature"):
                if isinstance(delta.get(key), str):
                    block[key] = str(block.get(key) or "") + delta[key]
            if isinstance(delta.get("partial_json"), str):
                tool_input[_index(line)] = tool_input.get(_index(line), "") + delta["partial_json"]
        elif kind == "message_delta":
            delta = line.get("delta")
            if isinstance(delta, Mapping):
                message.update({key: value for key, value in delta.items() if value is not None})
            if isinstance(line.get("usage"), Mapping):
                message["usage"] = dict(line["usage"])
    for index, text in tool_input.items():
        if text:
            try:
                blocks[index]["input"] = json.loads(text)
            except ValueError as error:
                raise DecodeError.from_text(
                    text, line_number=1, reason=f"the input_json_delta parts of block {index} are not JSON"
                ) from error
    if not message:
        raise RuntimeError(
            "nothing to collect: the message_start event was already iterated (collect() merges "
            "only the events not yet taken)"
        )
    # No blocks: Go's nil slice, `null`, as in the stream: false answer.
    message["content"] = [blocks[index] for index in sorted(blocks)] if blocks else None
    return message


def _index(line: Mapping[str, Any]) -> int:
    index = line.get("index")
    return index if isinstance(index, int) else 0
