"""The OpenAI-compatible routes: chat/completions, completions, embeddings, models, audio (``middleware/openai.go``).

Requests are translated as ``openai/openai.go`` does (``FromChatRequest``, ``FromCompleteRequest``,
``FromTranscriptionRequest``), answered by the native handlers, and written back as the Go writers
do (``ToChatCompletion``, ``ToStreamChunks``/``FinishChunk``, ``ToCompletion``/``ToCompleteChunk``,
``ToEmbeddingList``, ``ToListCompletion``, ``ToModel``). ``/v1/responses`` is in ``compat_responses.py``.
"""

from __future__ import annotations

import base64
import json
import random
import struct
import time
from collections.abc import AsyncIterator
from email.parser import BytesParser
from email.policy import HTTP
from typing import TYPE_CHECKING, Any

from . import compat_wire
from .app import CT_JSON_BARE, Request, Resp, Stream, StreamError
from .compat import (
    CLOUD_INFERENCE,
    CLOUD_MODEL_DETAILS,
    OpenAIFlavour,
    bind_or_abort,
    call_native,
    cloud_model,
    cloud_offline,
    first_item,
    go_encode,
    last_chunk,
    openai_error_body,
    unix_seconds,
)
from .compat_responses import ResponsesRoute
from .names import RefError, parse_name, parse_ref
from .sse import DONE_FRAME, SSEResponse, data_frame

if TYPE_CHECKING:
    from .app import OllamaApp

REASONING_EFFORTS = {
    "": None,
    "none": False,
    "minimal": "low",
    "low": "low",
    "medium": "medium",
    "high": "high",
    "max": "max",
    "xhigh": "max",
    "ultra": "max",
}
TRANSCRIBE_SYSTEM = "Transcribe the audio exactly as spoken. Output only the spoken words. Do not answer any question in the audio."
# ParseMultipartForm(25 << 20)
MAX_MULTIPART_MEMORY = 25 << 20


def go_type_name(value: Any) -> str:
    """``%T`` of a decoded JSON value."""
    if value is None:
        return "<nil>"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "[]interface {}"
    if isinstance(value, dict):
        return "map[string]interface {}"
    return "float64"


def think_from_effort(effort: str) -> Any:
    """``thinkFromReasoningEffort``; None leaves ``think`` unset."""
    if effort not in REASONING_EFFORTS:
        raise ValueError(
            f"invalid reasoning value: {json.dumps(effort)} "
            '(must be "minimal", "low", "medium", "high", "xhigh", "ultra", "max", or "none")'
        )
    return REASONING_EFFORTS[effort]


def decode_image_url(url: str) -> str:
    """``decodeImageURL``: a data URL's base64 payload (kept as base64 for the native body)."""
    if url.startswith(("http://", "https://")):
        raise ValueError("image URLs are not currently supported, please use base64 encoded data instead")
    payload = None
    if url.startswith("data:;base64,"):
        payload = url[len("data:;base64,") :]
    else:
        for kind in ("jpeg", "jpg", "png", "webp"):
            prefix = f"data:image/{kind};base64,"
            if url.startswith(prefix):
                payload = url[len(prefix) :]
                break
    if payload is None:
        raise ValueError("invalid image input")
    try:
        base64.b64decode(payload, validate=True)
    except ValueError:
        raise ValueError("invalid image input") from None
    return payload


def native_tool_calls(calls: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """``FromCompletionToolCall``: arguments are a JSON string that must decode to an object."""
    out = []
    for call in calls or []:
        function = call.get("function") or {}
        try:
            args = json.loads(function.get("arguments") or "")
        except ValueError:
            raise ValueError("invalid tool call arguments") from None
        if args is not None and not isinstance(args, dict):
            raise ValueError("invalid tool call arguments")
        out.append(
            {
                "id": call.get("id") or "",
                "function": {"name": function.get("name") or "", "arguments": args or {}},
            }
        )
    return out


def from_chat_request(r: dict[str, Any]) -> dict[str, Any]:
    """``FromChatRequest``: the native chat request of a chat completion request."""
    raw_messages: list[dict[str, Any]] = r.get("messages") or []
    messages: list[dict[str, Any]] = []
    for msg in raw_messages:
        role = msg.get("role") or ""
        tool_name = ""
        if role.lower() == "tool":
            tool_name = msg.get("name") or ""
            if not tool_name and msg.get("tool_call_id"):
                tool_name = _name_from_tool_call_id(raw_messages, msg["tool_call_id"])
        content = msg.get("content")
        if isinstance(content, str):
            messages.append(
                {
                    "role": role,
                    "content": content,
                    "thinking": msg.get("reasoning") or "",
                    "tool_calls": native_tool_calls(msg.get("tool_calls")),
                    "tool_name": tool_name,
                    "tool_call_id": msg.get("tool_call_id") or "",
                }
            )
        elif isinstance(content, list):
            for part in content:
                if not isinstance(part, dict):
                    raise ValueError("invalid message format")
                kind = part.get("type")
                if kind == "text":
                    if not isinstance(part.get("text"), str):
                        raise ValueError("invalid message format")
                    messages.append({"role": role, "content": part["text"]})
                elif kind == "image_url":
                    image = part.get("image_url")
                    url = image.get("url") if isinstance(image, dict) else image
                    if not isinstance(url, str):
                        raise ValueError("invalid message format")
                    messages.append({"role": role, "images": [decode_image_url(url)]})
                elif kind == "input_audio":
                    audio = part.get("input_audio")
                    if not isinstance(audio, dict):
                        raise ValueError("invalid input_audio format")
                    data = audio.get("data")
                    if not isinstance(data, str):
                        raise ValueError("invalid input_audio format: missing data")
                    try:
                        base64.b64decode(data, validate=True)
                    except ValueError as e:
                        raise ValueError(f"invalid input_audio base64 data: {e}") from None
                    messages.append({"role": role, "images": [data]})
                else:
                    raise ValueError("invalid message format")
            if messages and msg.get("tool_calls"):
                messages[-1]["tool_calls"] = native_tool_calls(msg["tool_calls"])
                messages[-1]["tool_name"] = tool_name
                messages[-1]["tool_call_id"] = msg.get("tool_call_id") or ""
                messages[-1]["thinking"] = msg.get("reasoning") or ""
        else:
            if msg.get("tool_calls") is None:
                raise ValueError(f"invalid message content type: {go_type_name(content)}")
            messages.append(
                {
                    "role": role,
                    "thinking": msg.get("reasoning") or "",
                    "tool_calls": native_tool_calls(msg.get("tool_calls")),
                    "tool_call_id": msg.get("tool_call_id") or "",
                }
            )

    options: dict[str, Any] = {}
    stop = r.get("stop")
    if isinstance(stop, str):
        options["stop"] = [stop]
    elif isinstance(stop, list):
        options["stop"] = [s for s in stop if isinstance(s, str)]
    if r.get("max_tokens") is not None:
        options["num_predict"] = r["max_tokens"]
    options["temperature"] = r["temperature"] if r.get("temperature") is not None else 1.0
    if r.get("seed") is not None:
        options["seed"] = r["seed"]
    if r.get("frequency_penalty") is not None:
        options["frequency_penalty"] = r["frequency_penalty"]
    if r.get("presence_penalty") is not None:
        options["presence_penalty"] = r["presence_penalty"]
    options["top_p"] = r["top_p"] if r.get("top_p") is not None else 1.0

    fmt: Any = None
    response_format = r.get("response_format")
    if response_format is not None:
        kind = (response_format.get("type") or "").strip().lower()
        if kind == "json_object":
            fmt = "json"
        elif kind == "json_schema" and response_format.get("json_schema") is not None:
            fmt = response_format["json_schema"].get("schema")

    reasoning = r.get("reasoning")
    effort = (reasoning.get("effort") or "") if reasoning is not None else (r.get("reasoning_effort") or "")
    body: dict[str, Any] = {
        "model": r.get("model") or "",
        "messages": messages,
        "stream": bool(r.get("stream")),
        "options": options,
        "logprobs": bool(r.get("logprobs")),
        "top_logprobs": r.get("top_logprobs") or 0,
        "_debug_render_only": bool(r.get("_debug_render_only")),
    }
    if fmt is not None:
        body["format"] = fmt
    if r.get("tools"):
        body["tools"] = r["tools"]
    think = think_from_effort(effort)
    if think is not None:
        body["think"] = think
    return body


def _name_from_tool_call_id(messages: list[dict[str, Any]], call_id: str) -> str:
    for msg in reversed(messages):
        for call in msg.get("tool_calls") or []:
            if call.get("id") == call_id:
                return str((call.get("function") or {}).get("name") or "")
    return ""


def from_complete_request(r: dict[str, Any]) -> dict[str, Any]:
    """``FromCompleteRequest``: the native generate request of a completion request."""
    options: dict[str, Any] = {}
    stop = r.get("stop")
    if isinstance(stop, str):
        options["stop"] = [stop]
    elif isinstance(stop, list):
        for s in stop:
            if not isinstance(s, str):
                raise ValueError(f"invalid type for 'stop' field: {go_type_name(s)}")
        options["stop"] = list(stop)
    if r.get("max_tokens") is not None:
        options["num_predict"] = r["max_tokens"]
    options["temperature"] = r["temperature"] if r.get("temperature") is not None else 1.0
    if r.get("seed") is not None:
        options["seed"] = r["seed"]
    options["frequency_penalty"] = r.get("frequency_penalty") or 0.0
    options["presence_penalty"] = r.get("presence_penalty") or 0.0
    options["top_p"] = r.get("top_p") or 1.0
    logprobs = r.get("logprobs")
    return {
        "model": r.get("model") or "",
        "prompt": r.get("prompt") or "",
        "options": options,
        "stream": bool(r.get("stream")),
        "suffix": r.get("suffix") or "",
        "logprobs": bool(logprobs and logprobs > 0),
        "top_logprobs": logprobs if logprobs and logprobs > 0 else 0,
        "_debug_render_only": bool(r.get("_debug_render_only")),
    }


def to_tool_calls(calls: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """``ToToolCalls``: arguments back to a JSON string."""
    from . import gojson

    out = []
    for call in calls or []:
        function = call.get("function") or {}
        out.append(
            {
                "id": call.get("id") or "",
                "index": function.get("index") or 0,
                "type": "function",
                "function": {
                    "name": function.get("name") or "",
                    "arguments": gojson.dumps(function.get("arguments") or {}),
                },
            }
        )
    return out


def usage_of(chunk: dict[str, Any]) -> dict[str, int]:
    prompt = int(chunk.get("prompt_eval_count") or 0)
    completion = int(chunk.get("eval_count") or 0)
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def to_chat_completion(cid: str, r: dict[str, Any]) -> dict[str, Any]:
    msg = r.get("message") or {}
    calls = to_tool_calls(msg.get("tool_calls"))
    message: dict[str, Any] = {"role": msg.get("role") or "", "content": msg.get("content") or ""}
    if msg.get("thinking"):
        message["reasoning"] = msg["thinking"]
    if calls:
        message["tool_calls"] = calls
    reason = r.get("done_reason") or ""
    if reason == "stop" and calls:
        reason = "tool_calls"
    choice: dict[str, Any] = {"index": 0, "message": message, "finish_reason": reason or None}
    if r.get("logprobs"):
        choice["logprobs"] = {"content": r["logprobs"]}
    out: dict[str, Any] = {
        "id": cid,
        "object": "chat.completion",
        "created": unix_seconds(r.get("created_at")),
        "model": r.get("model") or "",
        "system_fingerprint": "fp_ollama",
        "choices": [choice],
        "usage": usage_of(r),
    }
    if r.get("_debug_info") is not None:
        out["_debug_info"] = r["_debug_info"]
    return out


class ChatStream:
    """``ChatWriter`` in stream mode: chunks, a finish chunk, optional usage, ``[DONE]``."""

    def __init__(self, cid: str, include_usage: bool) -> None:
        self.id = cid
        self.include_usage = include_usage
        self.first_sent = False
        self.tool_call_sent = False
        self.created: int | None = None

    def chunk(
        self, r: dict[str, Any], include_role: bool, *, content: bool = True, reasoning: bool = True
    ) -> dict[str, Any]:
        msg = r.get("message") or {}
        delta: dict[str, Any] = {}
        if include_role:
            delta["role"] = "assistant"
        if content:
            delta["content"] = msg.get("content") or ""
        if reasoning and msg.get("thinking"):
            delta["reasoning"] = msg["thinking"]
        calls = to_tool_calls(msg.get("tool_calls")) if content else []
        if calls:
            delta["tool_calls"] = calls
        choice: dict[str, Any] = {"index": 0, "delta": delta, "finish_reason": None}
        if r.get("logprobs") and reasoning:
            choice["logprobs"] = {"content": r["logprobs"]}
        return {
            "id": self.id,
            "object": "chat.completion.chunk",
            "created": self.created,
            "model": r.get("model") or "",
            "system_fingerprint": "fp_ollama",
            "choices": [choice],
        }

    def frames(self, r: dict[str, Any]) -> list[bytes]:
        if self.created is None:
            self.created = unix_seconds(r.get("created_at"))
        msg = r.get("message") or {}
        out: list[bytes] = []
        empty_trailer = (
            bool(r.get("done"))
            and self.first_sent
            and not msg.get("content")
            and not msg.get("thinking")
            and not msg.get("tool_calls")
            and not r.get("logprobs")
        )
        if not empty_trailer:
            include_role = not self.first_sent
            if msg.get("thinking") and (msg.get("content") or msg.get("tool_calls")):
                chunks = [
                    self.chunk(r, include_role, content=False),
                    self.chunk(r, False, reasoning=False),
                ]
            else:
                chunks = [self.chunk(r, include_role)]
            for c in chunks:
                if c["choices"][0]["delta"].get("tool_calls"):
                    self.tool_call_sent = True
                out.append(data_frame(c))
            self.first_sent = True
        if r.get("done"):
            reason = r.get("done_reason") or "stop"
            if reason == "stop" and self.tool_call_sent:
                reason = "tool_calls"
            finish: dict[str, Any] = {
                "id": self.id,
                "object": "chat.completion.chunk",
                "created": self.created,
                "model": r.get("model") or "",
                "system_fingerprint": "fp_ollama",
                "choices": [{"index": 0, "delta": {}, "finish_reason": reason}],
            }
            out.append(data_frame(finish))
            if self.include_usage:
                finish["choices"] = []
                finish["usage"] = usage_of(r)
                out.append(data_frame(finish))
            out.append(DONE_FRAME)
        return out


def completion_chunk(cid: str, r: dict[str, Any], include_usage: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": cid,
        "object": "text_completion",
        "created": int(time.time()),
        "choices": [
            {"text": r.get("response") or "", "index": 0, "finish_reason": r.get("done_reason") or None}
        ],
        "model": r.get("model") or "",
        "system_fingerprint": "fp_ollama",
    }
    if include_usage:
        out["usage"] = {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}
    return out


def to_completion(cid: str, r: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": cid,
        "object": "text_completion",
        "created": unix_seconds(r.get("created_at")),
        "model": r.get("model") or "",
        "system_fingerprint": "fp_ollama",
        "choices": [
            {"text": r.get("response") or "", "index": 0, "finish_reason": r.get("done_reason") or None}
        ],
        "usage": usage_of(r),
    }


def openai_fault_frame(message: str) -> bytes:
    """An error inside a data-only stream, in OpenAI's error shape (what the openai SDK raises on)."""
    return data_frame(openai_error_body(500, message))


def native_json(resp: Resp) -> dict[str, Any]:
    value = json.loads(resp.body)
    if not isinstance(value, dict):
        raise ValueError("a native answer that is not an object")
    return value


async def _single(value: dict[str, Any]) -> AsyncIterator[dict[str, Any]]:
    yield value


class OpenAIRoutes:
    def __init__(self, app: OllamaApp, flavour: OpenAIFlavour, rng: random.Random) -> None:
        self.app = app
        self.flavour = flavour
        self.rng = rng
        self.responses_route = ResponsesRoute(app, flavour, rng)

    def ok(self, body: Any) -> Resp:
        return Resp(200, [("content-type", CT_JSON_BARE)], go_encode(body))

    async def native_chunks(
        self, result: Resp | Stream, streaming: bool
    ) -> Resp | AsyncIterator[dict[str, Any]]:
        """The native answer as an error to rewrite, or its chunks (one for a plain 200 answer)."""
        if isinstance(result, Resp):
            if result.status != 200:
                return self.flavour.rewrite_error(result)
            return _single(native_json(result))
        first, rest = await first_item(result)
        if isinstance(first, StreamError):
            await rest.aclose()
            return self.flavour.rewrite_error(
                Resp(first.status or 500, [], go_encode({"error": first.message}))
            )

        async def chunks() -> AsyncIterator[dict[str, Any]]:
            try:
                if first is not None:
                    yield first
                async for item in rest:
                    yield item
            finally:
                await rest.aclose()

        return chunks()

    # ---- POST /v1/chat/completions

    async def chat_completions(self, req: Request) -> Resp | SSEResponse:
        if cloud_model(req.body):
            return cloud_offline(self.app, "POST", "/v1/chat/completions", CLOUD_INFERENCE)
        r = bind_or_abort(
            self.flavour, lambda: compat_wire.bind(compat_wire.CHAT_COMPLETION, "openai", req.body)
        )
        if not r.get("messages"):
            raise self.flavour.abort(400, "[] is too short - 'messages'")
        try:
            native = from_chat_request(r)
        except ValueError as e:
            raise self.flavour.abort(400, str(e)) from None
        cid = f"chatcmpl-{self.rng.randrange(999)}"
        streaming = bool(r.get("stream"))
        answer = await self.native_chunks(
            await call_native(self.app.chat, req, "/api/chat", native), streaming
        )
        if isinstance(answer, Resp):
            return answer
        if not streaming:
            last = await last_chunk(answer, {})
            return self.ok(to_chat_completion(cid, last))
        include_usage = bool((r.get("stream_options") or {}).get("include_usage"))
        writer = ChatStream(cid, include_usage)

        async def frames() -> AsyncIterator[bytes]:
            async for chunk in answer:
                for frame in writer.frames(chunk):
                    yield frame

        return SSEResponse(frames(), fault_frame=openai_fault_frame)

    # ---- POST /v1/completions

    async def completions(self, req: Request) -> Resp | SSEResponse:
        if cloud_model(req.body):
            return cloud_offline(self.app, "POST", "/v1/completions", CLOUD_INFERENCE)
        r = bind_or_abort(self.flavour, lambda: compat_wire.bind(compat_wire.COMPLETION, "openai", req.body))
        try:
            native = from_complete_request(r)
        except ValueError as e:
            raise self.flavour.abort(400, str(e)) from None
        cid = f"cmpl-{self.rng.randrange(999)}"
        streaming = bool(r.get("stream"))
        answer = await self.native_chunks(
            await call_native(self.app.generate, req, "/api/generate", native), streaming
        )
        if isinstance(answer, Resp):
            return answer
        if not streaming:
            last = await last_chunk(answer, {})
            return self.ok(to_completion(cid, last))
        include_usage = bool((r.get("stream_options") or {}).get("include_usage"))

        async def frames() -> AsyncIterator[bytes]:
            async for chunk in answer:
                c = completion_chunk(cid, chunk, include_usage)
                yield data_frame(c)
                if chunk.get("done"):
                    if include_usage:
                        c["choices"] = []
                        c["usage"] = usage_of(chunk)
                        yield data_frame(c)
                    yield DONE_FRAME

        return SSEResponse(frames(), fault_frame=openai_fault_frame)

    # ---- POST /v1/embeddings

    async def embeddings(self, req: Request) -> Resp:
        if cloud_model(req.body):
            return cloud_offline(self.app, "POST", "/v1/embeddings", CLOUD_INFERENCE)
        r = bind_or_abort(self.flavour, lambda: compat_wire.bind(compat_wire.EMBED, "openai", req.body))
        encoding = r.get("encoding_format") or ""
        if encoding and encoding.lower() not in ("float", "base64"):
            raise self.flavour.abort(
                400,
                f"Invalid value for 'encoding_format' = {encoding}. Supported values: ['float', 'base64'].",
            )
        value = r.get("input")
        if value == "":
            value = [""]
        if value is None or value == []:
            raise self.flavour.abort(400, "invalid input")
        model = r.get("model") or ""
        native: dict[str, Any] = {"model": model, "input": value}
        if r.get("dimensions"):
            native["dimensions"] = r["dimensions"]
        result = await call_native(self.app.embed, req, "/api/embed", native)
        if not isinstance(result, Resp):  # pragma: no cover - embed never streams
            raise TypeError("embed answered a stream")
        if result.status != 200:
            return self.flavour.rewrite_error(result)
        body = native_json(result)
        vectors = body.get("embeddings")
        if vectors is None:
            return self.ok(
                {"object": "", "data": None, "model": "", "usage": {"prompt_tokens": 0, "total_tokens": 0}}
            )
        data = []
        for i, vector in enumerate(vectors):
            embedding: Any = vector
            if encoding.lower() == "base64":
                embedding = base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode("ascii")
            data.append({"object": "embedding", "embedding": embedding, "index": i})
        tokens = int(body.get("prompt_eval_count") or 0)
        return self.ok(
            {
                "object": "list",
                "data": data or None,
                "model": model,
                "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
            }
        )

    # ---- GET /v1/models, GET /v1/models/{model}

    async def list_models(self, req: Request) -> Resp:
        result = await call_native(self.app.tags, req, "/api/tags", {})
        if not isinstance(result, Resp) or result.status != 200:
            return self.flavour.rewrite_error(result) if isinstance(result, Resp) else self.ok({})
        data = []
        for m in native_json(result).get("models") or []:
            mid = m.get("model") or m.get("name") or ""
            data.append(
                {
                    "id": mid,
                    "object": "model",
                    "created": unix_seconds(m.get("modified_at")),
                    "owned_by": parse_name(mid).namespace,
                }
            )
        return self.ok({"object": "list", "data": data or None})

    async def retrieve_model(self, req: Request) -> Resp:
        model = req.params["model"]
        stripped = model.strip()
        if stripped:
            try:
                ref = parse_ref(stripped)
            except RefError:  # an invalid ref goes on to the show handler, which words the error
                ref = None
            if ref is not None and ref.source == "cloud":
                return cloud_offline(self.app, "GET", "/v1/models/" + ref.base, CLOUD_MODEL_DETAILS)
        result = await call_native(self.app.show, req, "/api/show", {"model": model})
        if not isinstance(result, Resp):  # pragma: no cover - show never streams
            raise TypeError("show answered a stream")
        if result.status != 200:
            return self.flavour.rewrite_error(result)
        shown = native_json(result)
        return self.ok(
            {
                "id": model,
                "object": "model",
                "created": unix_seconds(shown.get("modified_at")),
                "owned_by": parse_name(model).namespace,
            }
        )

    # ---- POST /v1/responses

    async def responses(self, req: Request) -> Resp | SSEResponse:
        return await self.responses_route.handle(req)

    # ---- POST /v1/audio/transcriptions

    async def audio_transcriptions(self, req: Request) -> Resp:
        fields, files = self.parse_multipart(req)
        model = fields.get("model", "")
        if not model:
            raise self.flavour.abort(400, "model is required")
        if "file" not in files:
            raise self.flavour.abort(400, "file is required: http: no such file")
        audio = files["file"]
        if not audio:
            raise self.flavour.abort(400, "audio file is empty")
        system = TRANSCRIBE_SYSTEM
        if fields.get("language"):
            system += " The audio is in " + fields["language"] + "."
        if fields.get("prompt"):
            system += " Context: " + fields["prompt"]
        native = {
            "model": model,
            "messages": [
                {"role": "system", "content": system},
                {
                    "role": "user",
                    "content": "What exact words are spoken in this audio?",
                    "images": [base64.b64encode(audio).decode("ascii")],
                },
            ],
            "stream": True,
            "options": {"temperature": 0},
        }
        answer = await self.native_chunks(await call_native(self.app.chat, req, "/api/chat", native), True)
        if isinstance(answer, Resp):
            return answer
        text = ""
        async for chunk in answer:
            text += (chunk.get("message") or {}).get("content") or ""
        if fields.get("response_format") == "text":
            return Resp(200, [("content-type", "text/plain")], text.strip().encode())
        return self.ok({"text": text.strip()})

    def parse_multipart(self, req: Request) -> tuple[dict[str, str], dict[str, bytes]]:
        """``ParseMultipartForm``: text fields and file parts, or the middleware's 400."""
        content_type = req.headers.get("content-type", "")
        media = content_type.split(";", 1)[0].strip().lower()
        if media != "multipart/form-data":
            raise self.flavour.abort(
                400, "failed to parse multipart form: request Content-Type isn't multipart/form-data"
            )
        if "boundary=" not in content_type:
            raise self.flavour.abort(
                400, "failed to parse multipart form: no multipart boundary param in Content-Type"
            )
        if len(req.body) > MAX_MULTIPART_MEMORY * 4:
            raise self.flavour.abort(400, "failed to parse multipart form: multipart: message too large")
        message = BytesParser(policy=HTTP).parsebytes(
            b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + req.body
        )
        if not message.is_multipart():
            raise self.flavour.abort(400, "failed to parse multipart form: multipart: NextPart: EOF")
        fields: dict[str, str] = {}
        files: dict[str, bytes] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if not isinstance(name, str):
                continue
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
            if part.get_filename() is not None:
                files.setdefault(name, data)
            else:
                fields.setdefault(name, data.decode("utf-8", "replace"))
        return fields, files
