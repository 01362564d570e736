"""``POST /v1/messages``, the Anthropic-compatible route (``middleware/anthropic.go``, ``anthropic/anthropic.go``).

Differences from Anthropic's API that Ollama's source and the recordings show, kept here: a stop
sequence ends with ``stop_reason: "end_turn"`` (the runner reports ``stop``), ``stop_sequence`` is
never written, ``thinking`` on a model without it is dropped instead of rejected, there are no
``ping`` events, and ``message_start`` counts input tokens as characters / 4.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from . import compat_wire, gojson
from .app import CT_JSON_BARE, Request, Resp, StreamError
from .compat import (
    CLOUD_INFERENCE,
    AnthropicFlavour,
    bind_or_abort,
    call_native,
    cloud_model,
    cloud_offline,
    first_item,
    go_encode,
    last_chunk,
)
from .names import RefError, parse_ref
from .sse import SSEResponse, named_frame

if TYPE_CHECKING:
    from .app import OllamaApp

STREAM_HEADERS = (("cache-control", "no-cache"), ("connection", "keep-alive"))


def stop_reason(reason: str, tool_calls: bool) -> str:
    """``mapStopReason``."""
    if tool_calls:
        return "tool_use"
    if reason == "stop":
        return "end_turn"
    if reason == "length":
        return "max_tokens"
    return "stop_sequence" if reason else ""


def _image(source: dict[str, Any] | None) -> str:
    if source is None:
        raise ValueError("invalid image source")
    if source.get("type") != "base64":
        raise ValueError(
            f"invalid image source type: {source.get('type') or ''}. Only base64 images are supported."
        )
    data = source.get("data") or ""
    try:
        base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError) as e:
        raise ValueError(f"invalid base64 image data: {e}") from None
    return str(data)


def _tool_result(content: Any) -> tuple[str, list[str]]:
    if content is None:
        return "", []
    if isinstance(content, str):
        return content, []
    text = ""
    images: list[str] = []
    if isinstance(content, list):
        for block in content:
            if not isinstance(block, dict):
                continue
            if block.get("type") == "text" and isinstance(block.get("text"), str):
                text += block["text"]
            elif block.get("type") == "image":
                source = block.get("source")
                if not isinstance(source, dict):
                    raise ValueError("invalid tool_result image source")
                images.append(_image(source))
        return text, images
    return gojson.dumps(content), []


def convert_message(msg: dict[str, Any]) -> list[dict[str, Any]]:
    """``convertMessage``: one Anthropic message as native messages (tool results split out)."""
    role = (msg.get("role") or "").lower()
    text = ""
    images: list[str] = []
    calls: list[dict[str, Any]] = []
    thinking = ""
    results: list[dict[str, Any]] = []
    for block in msg.get("content") or []:
        kind = block.get("type")
        if kind == "text":
            text += block.get("text") or ""
        elif kind == "image":
            images.append(_image(block.get("source")))
        elif kind == "tool_use":
            if not block.get("id"):
                raise ValueError("tool_use block missing required 'id' field")
            if not block.get("name"):
                raise ValueError("tool_use block missing required 'name' field")
            calls.append(
                {
                    "id": block["id"],
                    "function": {"name": block["name"], "arguments": block.get("input") or {}},
                }
            )
        elif kind == "tool_result":
            content, result_images = _tool_result(block.get("content"))
            results.append(
                {
                    "role": "tool",
                    "content": content,
                    "images": result_images,
                    "tool_call_id": block.get("tool_use_id") or "",
                }
            )
        elif kind == "thinking":
            thinking = block.get("thinking") or thinking
        elif kind == "server_tool_use":
            calls.append(
                {
                    "id": block.get("id") or "",
                    "function": {"name": block.get("name") or "", "arguments": block.get("input") or {}},
                }
            )
        elif kind == "web_search_tool_result":
            content = block.get("content")
            results.append(
                {
                    "role": "tool",
                    "content": content if isinstance(content, str) else gojson.dumps(content),
                    "tool_call_id": block.get("tool_use_id") or "",
                }
            )
    out: list[dict[str, Any]] = []
    if role == "user" and results:
        out += results
    if text or images or calls or thinking:
        out.append(
            {"role": role, "content": text, "images": images, "tool_calls": calls, "thinking": thinking}
        )
    if role != "user" or not results:
        out += results
    return out


def from_messages_request(r: dict[str, Any], messages: list[dict[str, Any]]) -> dict[str, Any]:
    """``FromMessagesRequest``: the native chat request."""
    native_messages: list[dict[str, Any]] = []
    system = r.get("system")
    if isinstance(system, str) and system:
        native_messages.append({"role": "system", "content": system})
    elif isinstance(system, list):
        joined = "".join(
            b["text"]
            for b in system
            if isinstance(b, dict) and b.get("type") == "text" and isinstance(b.get("text"), str)
        )
        if joined:
            native_messages.append({"role": "system", "content": joined})
    for msg in messages:
        native_messages += convert_message(msg)
    options: dict[str, Any] = {"num_predict": r.get("max_tokens") or 0}
    for key, option in (("temperature", "temperature"), ("top_p", "top_p"), ("top_k", "top_k")):
        if r.get(key) is not None:
            options[option] = r[key]
    if r.get("stop_sequences"):
        options["stop"] = r["stop_sequences"]
    tools = []
    builtin_search = any((t.get("type") or "").startswith("web_search") for t in r.get("tools") or [])
    for t in r.get("tools") or []:
        kind = t.get("type") or ""
        if kind.startswith("web_search"):
            tools.append(
                {
                    "type": "function",
                    "function": {
                        "name": "web_search",
                        "description": "Search the web for current information. Use this to find up-to-date information about any topic.",
                        "parameters": {
                            "type": "object",
                            "required": ["query"],
                            "properties": {
                                "query": {
                                    "type": "string",
                                    "description": "The search query to look up on the web",
                                }
                            },
                        },
                    },
                }
            )
            continue
        if builtin_search and t.get("name") == "web_search":
            continue
        schema = t.get("input_schema")
        if schema is not None and not isinstance(schema, dict):
            raise ValueError(
                f"invalid input_schema for tool {json.dumps(t.get('name') or '')}: json: cannot unmarshal "
                f"{gojson.kind_of(schema)} into Go value of type api.ToolFunctionParameters"
            )
        tools.append(
            {
                "type": "function",
                "function": {
                    "name": t.get("name") or "",
                    "description": t.get("description") or "",
                    "parameters": schema or {},
                },
            }
        )
    think: Any = None
    effort = ((r.get("output_config") or {}).get("effort") or "").strip().lower()
    if effort == "xhigh":
        effort = "high"
    thinking = r.get("thinking") or {}
    if thinking.get("type") == "enabled":
        think = True
    if thinking.get("type") == "disabled":
        think = False
    if think is None and effort in ("high", "medium", "low", "max"):
        think = effort
    body: dict[str, Any] = {
        "model": r.get("model") or "",
        "messages": native_messages,
        "options": options,
        "stream": bool(r.get("stream")),
    }
    if tools:
        body["tools"] = tools
    if think is not None:
        body["think"] = think
    return body


def estimate_input_tokens(r: dict[str, Any], messages: list[dict[str, Any]]) -> int:
    """``EstimateInputTokens``: characters / 4, at least 1 when there is anything."""
    total = _count(r.get("system"))
    for msg in messages:
        total += len((msg.get("role") or "").encode()) + _count_blocks(msg.get("content") or [])
    for t in r.get("tools") or []:
        schema = t.get("input_schema")
        total += len((t.get("name") or "").encode()) + len((t.get("description") or "").encode())
        total += len(gojson.dumpb(schema)) if schema is not None else 0
    tokens = total // 4
    if tokens == 0 and (messages or r.get("system") is not None):
        tokens = 1
    return tokens


def _count(value: Any) -> int:
    if isinstance(value, str):
        return len(value.encode())
    if isinstance(value, list):
        return _count_blocks(value)
    return 0


def _count_blocks(blocks: list[Any]) -> int:
    total = 0
    for block in blocks:
        if not isinstance(block, dict):
            continue
        for key in ("text", "thinking"):
            if isinstance(block.get(key), str):
                total += len(block[key].encode())
        if block.get("input"):
            total += len(gojson.dumpb(block["input"]))
        if isinstance(block.get("content"), str | list):
            total += _count(block["content"])
    return total


def to_messages_response(mid: str, model: str, r: dict[str, Any]) -> dict[str, Any]:
    msg = r.get("message") or {}
    content: list[dict[str, Any]] = []
    if msg.get("thinking"):
        content.append({"type": "thinking", "thinking": msg["thinking"]})
    if msg.get("content"):
        content.append({"type": "text", "text": msg["content"]})
    for call in msg.get("tool_calls") or []:
        function = call.get("function") or {}
        content.append(
            {
                "type": "tool_use",
                "id": call.get("id") or "",
                "name": function.get("name") or "",
                "input": function.get("arguments") or {},
            }
        )
    out: dict[str, Any] = {
        "id": mid,
        "type": "message",
        "role": "assistant",
        "model": r.get("model") or model,
        "content": content or None,
    }
    reason = stop_reason(r.get("done_reason") or "", bool(msg.get("tool_calls")))
    if reason:
        out["stop_reason"] = reason
    out["usage"] = {
        "input_tokens": int(r.get("prompt_eval_count") or 0),
        "output_tokens": int(r.get("eval_count") or 0),
    }
    return out


class MessagesStream:
    """``StreamConverter``: message_start, content blocks, message_delta, message_stop."""

    def __init__(self, mid: str, model: str, estimated: int) -> None:
        self.id = mid
        self.model = model
        self.estimated = estimated
        self.first = True
        self.index = 0
        self.thinking_started = False
        self.thinking_done = False
        self.text_started = False
        self.calls_sent: set[str] = set()

    def stop_block(self) -> bytes:
        return named_frame("content_block_stop", {"type": "content_block_stop", "index": self.index})

    def process(self, r: dict[str, Any]) -> list[bytes]:
        msg = r.get("message") or {}
        out: list[bytes] = []
        if self.first:
            self.first = False
            tokens = int(r.get("prompt_eval_count") or 0) or self.estimated
            start = {
                "id": self.id,
                "type": "message",
                "role": "assistant",
                "model": self.model,
                "content": [],
                "usage": {"input_tokens": tokens, "output_tokens": 0},
            }
            out.append(named_frame("message_start", {"type": "message_start", "message": start}))
        if msg.get("thinking") and not self.thinking_done:
            if self.text_started:
                out.append(self.stop_block())
                self.index += 1
                self.text_started = False
            if not self.thinking_started:
                self.thinking_started = True
                out.append(self.block_start({"type": "thinking", "thinking": ""}))
            out.append(self.delta({"type": "thinking_delta", "thinking": msg["thinking"]}))
        if msg.get("content"):
            self.end_thinking(out)
            if not self.text_started:
                self.text_started = True
                out.append(self.block_start({"type": "text", "text": ""}))
            out.append(self.delta({"type": "text_delta", "text": msg["content"]}))
        for call in msg.get("tool_calls") or []:
            cid = call.get("id") or ""
            if cid in self.calls_sent:
                continue
            self.end_thinking(out)
            if self.text_started:
                out.append(self.stop_block())
                self.index += 1
                self.text_started = False
            function = call.get("function") or {}
            out.append(
                self.block_start(
                    {"type": "tool_use", "id": cid, "name": function.get("name") or "", "input": {}}
                )
            )
            out.append(
                self.delta(
                    {
                        "type": "input_json_delta",
                        "partial_json": gojson.dumps(function.get("arguments") or {}),
                    }
                )
            )
            out.append(self.stop_block())
            self.calls_sent.add(cid)
            self.index += 1
        if r.get("done"):
            if self.text_started or (self.thinking_started and not self.thinking_done):
                out.append(self.stop_block())
            delta: dict[str, Any] = {}
            reason = stop_reason(r.get("done_reason") or "", bool(self.calls_sent))
            if reason:
                delta["stop_reason"] = reason
            usage = {
                "input_tokens": int(r.get("prompt_eval_count") or 0),
                "output_tokens": int(r.get("eval_count") or 0),
            }
            out.append(
                named_frame("message_delta", {"type": "message_delta", "delta": delta, "usage": usage})
            )
            out.append(named_frame("message_stop", {"type": "message_stop"}))
        return out

    def end_thinking(self, out: list[bytes]) -> None:
        if self.thinking_started and not self.thinking_done:
            self.thinking_done = True
            out.append(self.stop_block())
            self.index += 1

    def block_start(self, block: dict[str, Any]) -> bytes:
        return named_frame(
            "content_block_start",
            {"type": "content_block_start", "index": self.index, "content_block": block},
        )

    def delta(self, delta: dict[str, Any]) -> bytes:
        return named_frame(
            "content_block_delta", {"type": "content_block_delta", "index": self.index, "delta": delta}
        )


def anthropic_fault_frame(message: str) -> bytes:
    """An injected error: the ``error`` event of ``anthropic.StreamErrorEvent`` (what the anthropic SDK raises on)."""
    return named_frame("error", {"type": "error", "error": {"type": "api_error", "message": message}})


class AnthropicRoutes:
    def __init__(self, app: OllamaApp, flavour: AnthropicFlavour) -> None:
        self.app = app
        self.flavour = flavour

    def thinking_capable(self, model: str) -> bool | None:
        """Whether the model can think; None when it cannot be looked up (the native handler answers)."""
        try:
            ref = parse_ref(model)
        except RefError:
            return None
        found = self.app.lookup(ref.name)
        return None if found is None else "thinking" in found.capabilities()

    async def messages(self, req: Request) -> Resp | SSEResponse:
        if cloud_model(req.body):
            return cloud_offline(self.app, "POST", "/v1/messages", CLOUD_INFERENCE)
        flavour = self.flavour
        r = bind_or_abort(flavour, lambda: compat_wire.bind(compat_wire.MESSAGES, "anthropic", req.body))
        try:
            messages = compat_wire.anthropic_messages(r.get("messages") or [])
        except gojson.GoJSONError as e:
            raise flavour.abort(400, str(e)) from None
        model = r.get("model") or ""
        if not model:
            raise flavour.abort(400, "model is required")
        if (r.get("max_tokens") or 0) <= 0:
            raise flavour.abort(400, "max_tokens is required and must be positive")
        if not messages:
            raise flavour.abort(400, "messages is required")
        try:
            native = from_messages_request(r, messages)
        except ValueError as e:
            raise flavour.abort(400, str(e)) from None
        # c.Set("relax_thinking", true): thinking asked of a model without it is dropped, not refused
        if native.get("think") is True and self.thinking_capable(model) is False:
            del native["think"]
        mid = flavour.message_id()
        streaming = bool(r.get("stream"))
        headers = list(STREAM_HEADERS) if streaming else []
        result = await call_native(self.app.chat, req, "/api/chat", native)
        if isinstance(result, Resp):
            if result.status != 200:
                err = flavour.rewrite_error(result)
                err.headers += headers
                return err
            chunks: list[dict[str, Any]] = [json.loads(result.body)]
            rest: AsyncIterator[dict[str, Any]] | None = None
        else:
            first, remaining = await first_item(result)
            if isinstance(first, StreamError):
                await remaining.aclose()
                err = flavour.rewrite_error(
                    Resp(first.status or 500, [], go_encode({"error": first.message}))
                )
                err.headers += headers
                return err
            chunks = [first] if first is not None else []
            rest = remaining
        if not streaming:
            last = chunks[-1] if chunks else {}
            if rest is not None:
                last = await last_chunk(rest, last)
            return Resp(
                200, [("content-type", CT_JSON_BARE)], go_encode(to_messages_response(mid, model, last))
            )
        converter = MessagesStream(mid, model, estimate_input_tokens(r, messages))

        async def frames() -> AsyncIterator[bytes]:
            for chunk in chunks:
                for frame in converter.process(chunk):
                    yield frame
            if rest is not None:
                async for chunk in rest:
                    for frame in converter.process(chunk):
                        yield frame

        return SSEResponse(frames(), fault_frame=anthropic_fault_frame, headers=headers)
