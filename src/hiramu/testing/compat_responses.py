"""``POST /v1/responses``: ``ResponsesMiddleware``, ``FromResponsesRequest``, ``ToResponse`` and the stream converter.

The response object echoes fixed values whatever the request said (``tool_choice: "auto"``,
``parallel_tool_calls: true``, ``store: false``, ``metadata: {}``) and always says ``completed``,
even when ``max_output_tokens`` cut the answer. Streamed events are Go maps, so their keys come
out sorted. Web search (the ``web_search`` tool) needs ollama.com and is not emulated.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from . import compat_wire, gojson
from .app import CT_JSON_BARE, Request, Resp, StreamError
from .compat import (
    CLOUD_INFERENCE,
    Flavour,
    bind_or_abort,
    call_native,
    cloud_model,
    cloud_offline,
    first_item,
    go_encode,
    last_chunk,
    unix_seconds,
)
from .sse import SSEResponse, named_frame, sorted_deep

if TYPE_CHECKING:
    from .app import OllamaApp

STREAM_HEADERS = (("cache-control", "no-cache"), ("connection", "keep-alive"))


def responses_items(value: Any) -> tuple[str, list[dict[str, Any]]]:
    """``ResponsesInput.UnmarshalJSON``: the input as text, or as typed items."""
    if value is None:
        return "", []
    if isinstance(value, str):
        return value, []
    if not isinstance(value, list):
        raise ValueError(
            f"input must be a string or array: json: cannot unmarshal {gojson.kind_of(value)} "
            "into Go value of type []json.RawMessage"
        )
    items = []
    for i, raw in enumerate(value):
        if not isinstance(raw, dict):
            raise ValueError(
                f"input[{i}]: json: cannot unmarshal {gojson.kind_of(raw)} into Go value of type "
                'struct { Type string "json:\\"type\\""; Role string "json:\\"role\\"" }'
            )
        kind = raw.get("type") or ""
        if not kind and raw.get("role"):
            kind = "message"
        if kind not in ("message", "function_call", "function_call_output", "reasoning", "web_search_call"):
            if not kind:
                raise ValueError(f"input[{i}]: input item missing required 'type' field")
            raise ValueError(f"input[{i}]: unknown input item type: {json.dumps(kind)}")
        item = dict(raw)
        item["type"] = kind
        if kind == "message":
            item["content"] = _contents(i, raw.get("content"))
        items.append(item)
    return "", items


def _contents(index: int, content: Any) -> list[dict[str, Any]]:
    if content is None:
        return []
    if isinstance(content, str):
        return [{"type": "input_text", "text": content}]
    if not isinstance(content, list):
        raise ValueError(f"input[{index}]: content must be a string or array")
    out = []
    for j, part in enumerate(content):
        kind = part.get("type") if isinstance(part, dict) else None
        if kind not in ("input_text", "input_image", "output_text", "input_file"):
            raise ValueError(f"input[{index}]: content[{j}]: unknown content type: {kind or ''}")
        out.append(part)
    return out


def _content_text(parts: list[dict[str, Any]]) -> tuple[str, list[str]]:
    from .compat_openai import decode_image_url

    text = ""
    images: list[str] = []
    for part in parts:
        kind = part.get("type")
        if kind in ("input_text", "output_text"):
            text += str(part.get("text") or "")
        elif kind == "input_image":
            url = part.get("image_url") or ""
            if url:
                images.append(decode_image_url(str(url)))
        elif kind == "input_file":
            raise ValueError("file inputs are not currently supported")
    return text, images


def from_responses_request(r: dict[str, Any]) -> dict[str, Any]:
    """``FromResponsesRequest``: the native chat request."""
    from .compat_openai import think_from_effort

    text_input, items = responses_items(r.get("input"))
    messages: list[dict[str, Any]] = []
    if r.get("instructions"):
        messages.append({"role": "system", "content": r["instructions"]})
    if text_input:
        messages.append({"role": "user", "content": text_input})
    pending_thinking = ""
    for i, item in enumerate(items):
        kind = item["type"]
        if kind == "reasoning":
            pending_thinking = str(item.get("encrypted_content") or "")
        elif kind == "message":
            content, images = _content_text(item["content"])
            msg: dict[str, Any] = {"role": item.get("role") or "", "content": content, "images": images}
            if msg["role"] == "assistant" and pending_thinking:
                msg["thinking"] = pending_thinking
                pending_thinking = ""
            nxt = items[i + 1] if i + 1 < len(items) else None
            output_call = (
                nxt.get("call_id") if nxt is not None and nxt["type"] == "function_call_output" else ""
            )
            last = messages[-1] if messages else None
            merge = (
                msg["role"] == "assistant"
                and output_call
                and last is not None
                and last["role"] == "assistant"
                and any(c.get("id") == output_call for c in last.get("tool_calls") or [])
            )
            if merge and last is not None:
                # the assistant text of a tool call joins the message that made the call
                if last.get("content") and content:
                    last["content"] += "\n"
                last["content"] = (last.get("content") or "") + content
                last["images"] = (last.get("images") or []) + images
                if msg.get("thinking"):
                    last["thinking"] = msg["thinking"]
                continue
            messages.append(msg)
        elif kind == "function_call":
            args: Any = {}
            if item.get("arguments"):
                try:
                    args = json.loads(str(item["arguments"]))
                except ValueError as e:
                    raise ValueError(f"failed to parse function call arguments: {e}") from None
            call = {
                "id": item.get("call_id") or "",
                "function": {"name": item.get("name") or "", "arguments": args},
            }
            if messages and messages[-1]["role"] == "assistant":
                messages[-1].setdefault("tool_calls", []).append(call)
                if pending_thinking:
                    messages[-1]["thinking"] = pending_thinking
                    pending_thinking = ""
            else:
                msg = {"role": "assistant", "tool_calls": [call]}
                if pending_thinking:
                    msg["thinking"] = pending_thinking
                    pending_thinking = ""
                messages.append(msg)
        elif kind == "function_call_output":
            output = item.get("output")
            images = []
            if isinstance(output, list):
                output, images = _content_text(output)
            messages.append(
                {
                    "role": "tool",
                    "content": output or "",
                    "images": images,
                    "tool_call_id": item.get("call_id") or "",
                }
            )
    if pending_thinking:
        messages.append({"role": "assistant", "thinking": pending_thinking})

    options: dict[str, Any] = {"temperature": r["temperature"] if r.get("temperature") is not None else 1.0}
    if r.get("top_p") is not None:
        options["top_p"] = r["top_p"]
    if r.get("max_output_tokens") is not None:
        options["num_predict"] = r["max_output_tokens"]
    body: dict[str, Any] = {"model": r.get("model") or "", "messages": messages, "options": options}
    think = think_from_effort((r.get("reasoning") or {}).get("effort") or "")
    if think is not None:
        body["think"] = think
    tools: list[dict[str, Any]] = []
    request_tools = r.get("tools") or []
    has_search = any(t.get("type") == "web_search" for t in request_tools)
    for t in request_tools:
        if t.get("type") == "web_search":
            tools.append(WEB_SEARCH_TOOL)
            continue
        tools += [x for x in _tools(t) if not (has_search and x["function"]["name"] == "web_search")]
    if tools:
        body["tools"] = tools
    fmt = (r.get("text") or {}).get("format") or {}
    if fmt.get("type") == "json_schema" and fmt.get("schema") is not None:
        body["format"] = fmt["schema"]
    return body


# ``WebSearchFunctionTool``: what a ``web_search`` tool becomes for the model.
WEB_SEARCH_TOOL: dict[str, Any] = {
    "type": "function",
    "function": {
        "name": "web_search",
        "description": "Search the web for current information.",
        "parameters": {
            "type": "object",
            "required": ["query"],
            "properties": {"query": {"type": "string", "description": "The search query."}},
        },
    },
}


def _tools(t: dict[str, Any]) -> list[dict[str, Any]]:
    """``convertTools``: a ``namespace`` tool expands to its members, named ``namespace.member``."""
    if t.get("type") != "namespace":
        return [_tool(t)]
    out = []
    prefix = f"{t['name']}." if t.get("name") else ""
    for member in t.get("tools") or []:
        for tool in _tools(member if isinstance(member, dict) else {}):
            name = tool["function"]["name"]
            if prefix and not name.startswith(prefix):
                tool["function"]["name"] = prefix + name
            out.append(tool)
    return out


def _tool(t: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": t.get("type") or "",
        "function": {
            "name": t.get("name") or "",
            "description": t.get("description") or "",
            "parameters": t.get("parameters") or {},
        },
    }


class ResponseShape:
    """What every response object of one request echoes."""

    def __init__(self, r: dict[str, Any], response_id: str) -> None:
        self.r = r
        self.id = response_id

    def text_format(self) -> dict[str, Any]:
        fmt = (self.r.get("text") or {}).get("format")
        if fmt is None:
            return {"type": "text"}
        out: dict[str, Any] = {"type": fmt.get("type") or ""}
        for key in ("name", "schema", "strict"):
            if fmt.get(key) not in (None, ""):
                out[key] = fmt[key]
        return out

    def reasoning(self) -> dict[str, Any] | None:
        reasoning = self.r.get("reasoning") or {}
        if not reasoning.get("effort") and not reasoning.get("summary"):
            return None
        return {"effort": reasoning.get("effort") or None, "summary": reasoning.get("summary") or None}

    def tools(self) -> list[dict[str, Any]]:
        return [
            {
                "type": t.get("type") or "",
                "name": t.get("name") or "",
                "description": t.get("description"),
                "strict": t.get("strict"),
                "parameters": t.get("parameters"),
            }
            for t in self.r.get("tools") or []
        ]

    def response(
        self,
        status: str,
        created: int,
        output: list[Any],
        usage: dict[str, Any] | None,
        completed: int | None,
        *,
        streamed: bool = False,
    ) -> dict[str, Any]:
        """``ToResponse`` (struct order), or ``buildResponseObject`` for events (sorted afterwards).

        The two differ in ``reasoning``: the struct omits an unset effort or summary, the event's
        map writes it as null."""
        reasoning = self.reasoning()
        if reasoning is not None and not streamed:
            reasoning = {k: v for k, v in reasoning.items() if v is not None}
        top_p = self.r.get("top_p")
        temperature = self.r.get("temperature")
        return {
            "id": self.id,
            "object": "response",
            "created_at": created,
            "completed_at": completed,
            "status": status,
            "incomplete_details": None,
            "model": self.r.get("model") or "",
            "previous_response_id": None,
            "instructions": self.r.get("instructions") or None,
            "output": output,
            "error": None,
            "tools": self.tools(),
            "tool_choice": "auto",
            "truncation": self.r.get("truncation") if self.r.get("truncation") is not None else "disabled",
            "parallel_tool_calls": True,
            "text": {"format": self.text_format()},
            "top_p": top_p if top_p is not None else 1.0,
            "presence_penalty": 0,
            "frequency_penalty": 0,
            "top_logprobs": 0,
            "temperature": temperature if temperature is not None else 1.0,
            "reasoning": reasoning,
            "usage": usage,
            "max_output_tokens": self.r.get("max_output_tokens"),
            "max_tool_calls": None,
            "store": False,
            "background": bool(self.r.get("background")),
            "service_tier": "default",
            "metadata": {},
            "safety_identifier": None,
            "prompt_cache_key": None,
        }


def usage_of(chunk: dict[str, Any]) -> dict[str, Any]:
    prompt = int(chunk.get("prompt_eval_count") or 0)
    output = int(chunk.get("eval_count") or 0)
    return {
        "input_tokens": prompt,
        "output_tokens": output,
        "total_tokens": prompt + output,
        "input_tokens_details": {"cached_tokens": 0},
        "output_tokens_details": {"reasoning_tokens": 0},
    }


def _text_part(text: str) -> dict[str, Any]:
    return {"type": "output_text", "text": text, "annotations": [], "logprobs": []}


def to_output(response_id: str, item_id: str, r: dict[str, Any]) -> list[dict[str, Any]]:
    from .compat_openai import to_tool_calls

    msg = r.get("message") or {}
    output: list[dict[str, Any]] = []
    if msg.get("thinking"):
        output.append(
            {
                "id": f"rs_{response_id}",
                "type": "reasoning",
                "summary": [{"type": "summary_text", "text": msg["thinking"]}],
                "encrypted_content": msg["thinking"],
            }
        )
    calls = to_tool_calls(msg.get("tool_calls"))
    if calls:
        for i, call in enumerate(calls):
            output.append(
                {
                    "id": f"fc_{response_id}_{i}",
                    "type": "function_call",
                    "status": "completed",
                    "call_id": call["id"],
                    "name": call["function"]["name"],
                    "arguments": call["function"]["arguments"],
                }
            )
    else:
        output.append(
            {
                "id": item_id,
                "type": "message",
                "status": "completed",
                "role": "assistant",
                "content": [_text_part(msg.get("content") or "")],
            }
        )
    return output


class ResponsesStream:
    """``ResponsesStreamConverter`` for text, reasoning and function calls."""

    def __init__(self, shape: ResponseShape, item_id: str, rng: random.Random) -> None:
        self.shape = shape
        self.item_id = item_id
        self.rng = rng
        self.seq = 0
        self.first = True
        self.output_index = 0
        self.content_started = False
        self.tool_calls_sent = False
        self.text = ""
        self.thinking = ""
        self.reasoning_started = False
        self.reasoning_id = ""
        self.completed: list[dict[str, Any]] = []

    def event(self, name: str, data: dict[str, Any]) -> bytes:
        data["type"] = name
        data["sequence_number"] = self.seq
        self.seq += 1
        return named_frame(name, sorted_deep(data))

    def process(self, r: dict[str, Any]) -> list[bytes]:
        msg = r.get("message") or {}
        out: list[bytes] = []
        if self.first:
            self.first = False
            for name in ("response.created", "response.in_progress"):
                obj = self.shape.response("in_progress", int(time.time()), [], None, None, streamed=True)
                out.append(self.event(name, {"response": obj}))
        if msg.get("thinking"):
            out += self.reasoning(msg["thinking"])
        if msg.get("tool_calls"):
            out += self.finish_reasoning()
            out += self.function_calls(msg["tool_calls"])
            self.tool_calls_sent = True
        if not msg.get("tool_calls") and not self.tool_calls_sent and msg.get("content"):
            out += self.finish_reasoning()
            out += self.text_delta(msg["content"])
        if r.get("done"):
            out += self.completion(r)
        return out

    def reasoning(self, thinking: str) -> list[bytes]:
        out = []
        if not self.reasoning_started:
            self.reasoning_started = True
            self.reasoning_id = f"rs_{self.rng.randrange(999999)}"
            out.append(
                self.event(
                    "response.output_item.added",
                    {
                        "output_index": self.output_index,
                        "item": {"id": self.reasoning_id, "type": "reasoning", "summary": []},
                    },
                )
            )
        self.thinking += thinking
        out.append(
            self.event(
                "response.reasoning_summary_text.delta",
                {
                    "item_id": self.reasoning_id,
                    "output_index": self.output_index,
                    "summary_index": 0,
                    "delta": thinking,
                },
            )
        )
        return out

    def finish_reasoning(self) -> list[bytes]:
        if not self.reasoning_started:
            return []
        item = {
            "id": self.reasoning_id,
            "type": "reasoning",
            "summary": [{"type": "summary_text", "text": self.thinking}],
            "encrypted_content": self.thinking,
        }
        self.completed.append(item)
        index = self.output_index
        self.output_index += 1
        self.thinking = ""
        self.reasoning_started = False
        return [
            self.event(
                "response.reasoning_summary_text.done",
                {
                    "item_id": item["id"],
                    "output_index": index,
                    "summary_index": 0,
                    "text": item["encrypted_content"],
                },
            ),
            self.event("response.output_item.done", {"output_index": index, "item": item}),
        ]

    def function_calls(self, calls: list[dict[str, Any]]) -> list[bytes]:
        from .compat_openai import to_tool_calls

        out = []
        converted = to_tool_calls(calls)
        for i, call in enumerate(converted):
            index = self.output_index + i
            fid = f"fc_{self.rng.randrange(999999)}_{i}"
            done = {
                "id": fid,
                "type": "function_call",
                "status": "completed",
                "call_id": call["id"],
                "name": call["function"]["name"],
                "arguments": call["function"]["arguments"],
            }
            self.completed.append(done)
            added = dict(done, status="in_progress", arguments="")
            out += [
                self.event("response.output_item.added", {"output_index": index, "item": added}),
                self.event(
                    "response.function_call_arguments.delta",
                    {"item_id": fid, "output_index": index, "delta": done["arguments"]},
                ),
                self.event(
                    "response.function_call_arguments.done",
                    {"item_id": fid, "output_index": index, "arguments": done["arguments"]},
                ),
                self.event("response.output_item.done", {"output_index": index, "item": done}),
            ]
        self.output_index += len(converted)
        return out

    def text_delta(self, content: str) -> list[bytes]:
        out = []
        if not self.content_started:
            self.content_started = True
            out.append(
                self.event(
                    "response.output_item.added",
                    {
                        "output_index": self.output_index,
                        "item": {
                            "id": self.item_id,
                            "type": "message",
                            "status": "in_progress",
                            "role": "assistant",
                            "content": [],
                        },
                    },
                )
            )
            out.append(
                self.event(
                    "response.content_part.added",
                    {
                        "item_id": self.item_id,
                        "output_index": self.output_index,
                        "content_index": 0,
                        "part": _text_part(""),
                    },
                )
            )
        self.text += content
        out.append(
            self.event(
                "response.output_text.delta",
                {
                    "item_id": self.item_id,
                    "output_index": self.output_index,
                    "content_index": 0,
                    "delta": content,
                    "logprobs": [],
                },
            )
        )
        return out

    def completion(self, r: dict[str, Any]) -> list[bytes]:
        """``processCompletion`` and ``buildFinalOutput``: the message item closes last."""
        out = self.finish_reasoning()
        output = list(self.completed)
        if self.content_started:
            item = {
                "id": self.item_id,
                "type": "message",
                "status": "completed",
                "role": "assistant",
                "content": [_text_part(self.text)],
            }
            output.append(item)
            if not self.tool_calls_sent:
                index = self.output_index
                out += [
                    self.event(
                        "response.output_text.done",
                        {
                            "item_id": self.item_id,
                            "output_index": index,
                            "content_index": 0,
                            "text": self.text,
                            "logprobs": [],
                        },
                    ),
                    self.event(
                        "response.content_part.done",
                        {
                            "item_id": self.item_id,
                            "output_index": index,
                            "content_index": 0,
                            "part": _text_part(self.text),
                        },
                    ),
                    self.event("response.output_item.done", {"output_index": index, "item": item}),
                ]
        now = int(time.time())
        obj = self.shape.response("completed", now, output, usage_of(r), now, streamed=True)
        out.append(self.event("response.completed", {"response": obj}))
        return out


def responses_fault_frame(shape: ResponseShape) -> Any:
    """An injected error: ``response.failed`` with the failed response, as the web-search writer sends it."""

    def frame(message: str) -> bytes:
        failed: dict[str, Any] = {
            "id": shape.id,
            "object": "response",
            "status": "failed",
            "model": shape.r.get("model") or "",
            "output": [],
            "error": {"code": "api_error", "message": message},
            "usage": {"input_tokens": 0, "output_tokens": 0, "total_tokens": 0},
        }
        return named_frame(
            "response.failed",
            sorted_deep({"type": "response.failed", "sequence_number": 0, "response": failed}),
        )

    return frame


class ResponsesRoute:
    def __init__(self, app: OllamaApp, flavour: Flavour, rng: random.Random) -> None:
        self.app = app
        self.flavour = flavour
        self.rng = rng

    async def handle(self, req: Request) -> Resp | SSEResponse:
        if cloud_model(req.body):
            return cloud_offline(self.app, "POST", "/v1/responses", CLOUD_INFERENCE)
        r = bind_or_abort(self.flavour, lambda: compat_wire.bind(compat_wire.RESPONSES, "openai", req.body))
        try:
            native = from_responses_request(r)
        except ValueError as e:
            raise self.flavour.abort(400, str(e)) from None
        streaming = bool(r.get("stream"))
        native["stream"] = streaming
        response_id = f"resp_{self.rng.randrange(999999)}"
        item_id = f"msg_{self.rng.randrange(999999)}"
        shape = ResponseShape(r, response_id)
        headers = list(STREAM_HEADERS) if streaming else []
        result = await call_native(self.app.chat, req, "/api/chat", native)
        if isinstance(result, Resp):
            if result.status != 200:
                err = self.flavour.rewrite_error(result)
                err.headers += headers
                return err
            chunks: list[dict[str, Any]] = [json.loads(result.body)]
            rest: AsyncIterator[dict[str, Any]] | None = None
        else:
            first, remaining = await first_item(result)
            if isinstance(first, StreamError):
                await remaining.aclose()
                err = self.flavour.rewrite_error(
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
            now = int(time.time())
            body = shape.response(
                "completed",
                unix_seconds(last.get("created_at")),
                to_output(response_id, item_id, last),
                usage_of(last),
                now,
            )
            return Resp(200, [("content-type", CT_JSON_BARE)], go_encode(body))
        converter = ResponsesStream(shape, item_id, self.rng)

        async def frames() -> AsyncIterator[bytes]:
            for chunk in chunks:
                for frame in converter.process(chunk):
                    yield frame
            if rest is not None:
                async for chunk in rest:
                    for frame in converter.process(chunk):
                        yield frame

        return SSEResponse(frames(), fault_frame=responses_fault_frame(shape), headers=headers)
