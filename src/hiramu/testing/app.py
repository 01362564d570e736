"""The ASGI application: gin's router and middlewares, and one handler per Ollama route."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from . import engine, gojson, prompt, scripting, wire
from .faults import HEADER as FAULT_HEADER
from .faults import Fault, FaultBook, FaultSpecError, InjectedCut, parse_fault
from .gojson import F32, GoJSONError, MissingBody
from .journal import Journal
from .names import (
    ConflictingSource,
    ModelRef,
    ModelRequired,
    Name,
    RefError,
    Unqualified,
    parse_name,
    parse_ref,
)
from .registry import pull_model, push_model
from .script import Answer, Embeddings, Reply
from .state import RESOLVER, VERSION, ServerState, rfc3339
from .store import (
    CreateError,
    InvalidDigest,
    Model,
    NotFound,
    files_request_error,
)

log = logging.getLogger("hiramu.testing")


class ClientGone(ConnectionError):
    """The client closed its connection while a stream was being written."""


class _QuietCuts(logging.Filter):
    # uvicorn logs any exception escaping the app; an injected cut is not a failure
    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], InjectedCut))


logging.getLogger("uvicorn.error").addFilter(_QuietCuts())

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

CT_JSON = "application/json; charset=utf-8"
CT_JSON_BARE = "application/json"
CT_NDJSON = "application/x-ndjson"
CT_TEXT = "text/plain; charset=utf-8"
# Go's net/http sets Content-Length when the whole body fits its buffer, else it chunks.
CHUNKING_THRESHOLD = 2048

CORS_ALLOW_HEADERS = (
    "Authorization,Content-Type,User-Agent,Accept,X-Requested-With,Openai-Beta,X-Stainless-Arch,"
    "X-Stainless-Async,X-Stainless-Custom-Poll-Interval,X-Stainless-Helper-Method,X-Stainless-Lang,"
    "X-Stainless-Os,X-Stainless-Package-Version,X-Stainless-Poll-Helper,X-Stainless-Retry-Count,"
    "X-Stainless-Runtime,X-Stainless-Runtime-Version,X-Stainless-Timeout"
)
CORS_ORIGINS = tuple(
    [f"{s}://{h}" for h in ("localhost", "127.0.0.1", "0.0.0.0") for s in ("http", "https")]
    + [f"{s}://{h}:*" for h in ("localhost", "127.0.0.1", "0.0.0.0") for s in ("http", "https")]
    + ["app://*", "file://*", "tauri://*", "vscode-webview://*", "vscode-file://*"]
)
BROWSER_EXTENSIONS = (
    "chrome-extension://",
    "safari-extension://",
    "moz-extension://",
    "ms-browser-extension://",
)

# Ollama's built-in list, served when ollama.com cannot be reached.
MODEL_RECOMMENDATIONS: list[dict[str, Any]] = [
    {
        "model": "kimi-k2.6:cloud",
        "description": "State-of-the-art coding, long-horizon execution, and multimodal agent swarm capability",
        "context_length": 262144,
        "max_output_tokens": 262144,
    },
    {
        "model": "glm-5.1:cloud",
        "description": "Reasoning and code generation",
        "context_length": 202752,
        "max_output_tokens": 131072,
    },
    {
        "model": "qwen3.5:cloud",
        "description": "Reasoning, coding, and agentic tool use with vision",
        "context_length": 262144,
        "max_output_tokens": 32768,
    },
    {
        "model": "minimax-m2.7:cloud",
        "description": "Fast, efficient coding and real-world productivity",
        "context_length": 204800,
        "max_output_tokens": 128000,
    },
    {"model": "gemma4", "description": "Reasoning and code generation locally", "vram_bytes": 12000000000},
    {
        "model": "qwen3.5",
        "description": "Reasoning, coding, and visual understanding locally",
        "vram_bytes": 14000000000,
    },
]

# Options.FromMap: json tag -> Go kind
OPTION_KINDS: dict[str, str] = {
    "num_ctx": "int",
    "num_batch": "int",
    "num_gpu": "int",
    "main_gpu": "ptrint",
    "use_mmap": "ptrbool",
    "num_thread": "int",
    "draft_num_predict": "int",
    "num_keep": "int",
    "seed": "int",
    "num_predict": "int",
    "top_k": "int",
    "top_p": "float32",
    "min_p": "float32",
    "typical_p": "float32",
    "repeat_last_n": "int",
    "temperature": "float32",
    "repeat_penalty": "float32",
    "presence_penalty": "float32",
    "frequency_penalty": "float32",
    "stop": "slice",
}
DEFAULT_OPTIONS: dict[str, Any] = {
    "num_ctx": 4096,
    "num_batch": 512,
    "num_gpu": -1,
    "num_thread": 0,
    "draft_num_predict": 4,
    "num_keep": 4,
    "seed": -1,
    "num_predict": -1,
    "top_k": 40,
    "top_p": 0.9,
    "min_p": 0.0,
    "typical_p": 1.0,
    "repeat_last_n": 64,
    "temperature": 0.8,
    "repeat_penalty": 1.0,
    "presence_penalty": 0.0,
    "frequency_penalty": 0.0,
    "stop": [],
}


# --------------------------------------------------------------------------------------------------
# responses


@dataclass
class Resp:
    status: int
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    # Go sets Content-Length for small bodies and chunks large ones; None = decide from the size
    length: bool | None = None


@dataclass
class StreamError:
    message: str
    status: int | None = None  # used only when nothing has been written yet


Item = dict[str, Any] | StreamError


@dataclass
class Stream:
    items: AsyncIterator[Item]


class Streamed:
    """A response that writes itself, faults included (the compatible routes' event streams)."""

    async def write(self, send: Send, fault: Fault | None, extra: Sequence[tuple[str, str]]) -> None:
        raise NotImplementedError


def json_resp(status: int, obj: Any, *, content_type: str = CT_JSON) -> Resp:
    return Resp(status, [("content-type", content_type)], gojson.dumpb(obj))


def error(status: int, message: str, *, content_type: str = CT_JSON) -> Resp:
    return json_resp(status, {"error": message}, content_type=content_type)


def empty(status: int) -> Resp:
    return Resp(status, [], b"", length=True)


class HTTPError(Exception):
    def __init__(self, resp: Resp) -> None:
        super().__init__(resp.status)
        self.resp = resp


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    params: dict[str, str]
    client_host: str
    # what a test scripted for this request (hiramu.testing.script), None = generate as usual
    scripted: Answer | None = None

    def bind(self, spec: gojson.Struct) -> dict[str, Any]:
        """gin's ShouldBindJSON with the handlers' 400 answers."""
        try:
            return gojson.bind(spec, self.body)
        except MissingBody:
            raise HTTPError(error(400, "missing request body")) from None
        except GoJSONError as e:
            raise HTTPError(error(400, str(e))) from None


def now_utc() -> str:
    return rfc3339(time.time_ns(), local=False)


def go_quote(s: str) -> str:
    """Go's %q for the strings that appear in error messages."""
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def go_value(v: Any) -> str:
    """``%#v`` of a decoded JSON value (show's ``parameters``) and ``%v`` (Modelfile lines)."""
    if v is None:
        return "<nil>"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return _go_g(float(v))
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return go_quote(v)
    return str(v)


def _go_g(f: float) -> str:
    if f == int(f) and abs(f) < 1e21:
        return str(int(f))
    s = repr(f)
    if "e" in s:
        mant, _, exp = s.partition("e")
        sign = "-" if exp.startswith("-") else "+"
        digits = exp.lstrip("+-").lstrip("0")
        return f"{mant}e{sign}{digits.zfill(2)}"
    return s


def go_plain(v: Any) -> str:
    """``%v`` of a decoded JSON value."""
    if v is None:
        return "<nil>"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return _go_g(float(v))
    return str(v)


def modelfile_quote(s: str) -> str:
    if "\n" in s or s.startswith(" ") or s.endswith(" "):
        return f'"""{s}"""' if '"' in s else f'"{s}"'
    return s


# --------------------------------------------------------------------------------------------------
# options


class OptionError(Exception):
    pass


def merge_options(model: Model, request: Mapping[str, Any] | None) -> dict[str, Any]:
    """DefaultOptions, then the model's parameters, then the request's (``Options.FromMap`` twice)."""
    opts = dict(DEFAULT_OPTIONS)
    for source in (model.options, request or {}):
        for key in sorted(source):
            kind = OPTION_KINDS.get(key)
            val = source[key]
            if kind is None or val is None:
                continue
            if kind in ("int", "ptrint"):
                if isinstance(val, bool) or not isinstance(val, float | int):
                    raise OptionError(f'option "{key}" must be of type integer')
                opts[key] = int(val)
            elif kind == "ptrbool":
                if not isinstance(val, bool):
                    raise OptionError(f'option "{key}" must be of type boolean')
                opts[key] = val
            elif kind == "float32":
                if isinstance(val, bool) or not isinstance(val, float | int):
                    raise OptionError(f'option "{key}" must be of type float32')
                opts[key] = float(val)
            else:
                if not isinstance(val, list):
                    raise OptionError(f'option "{key}" must be of type array')
                if not all(isinstance(x, str) for x in val):
                    raise OptionError(f'option "{key}" must be of an array of strings')
                opts[key] = list(val)
    return opts


# --------------------------------------------------------------------------------------------------
# the application


Handler = Callable[[Request], Awaitable["Resp | Stream | Streamed"]]


class OllamaApp:
    """ASGI app answering like ``ollama serve`` (see README.md for the deliberate differences)."""

    def __init__(self, state: ServerState) -> None:
        self.state = state
        self.faults = FaultBook()
        self.journal = Journal()
        self.scripts = scripting.ScriptBook()
        self.lock = threading.Lock()
        h = self
        # Registration order matters for the Allow header (gin walks its method trees in creation order).
        self.routes: list[tuple[str, str, Handler]] = [
            ("HEAD", "/", h.heartbeat),
            ("GET", "/", h.heartbeat),
            ("HEAD", "/api/version", h.version),
            ("GET", "/api/version", h.version),
            ("GET", "/api/status", h.status),
            ("POST", "/api/pull", h.pull),
            ("POST", "/api/push", h.push),
            ("HEAD", "/api/tags", h.tags),
            ("GET", "/api/tags", h.tags),
            ("POST", "/api/show", h.show),
            ("DELETE", "/api/delete", h.delete),
            ("POST", "/api/me", h.whoami),
            ("POST", "/api/signout", h.signout),
            ("DELETE", "/api/user/keys/:encodedKey", h.signout),
            ("POST", "/api/create", h.create),
            ("POST", "/api/blobs/:digest", h.create_blob),
            ("HEAD", "/api/blobs/:digest", h.head_blob),
            ("POST", "/api/copy", h.copy),
            ("POST", "/api/experimental/web_search", h.web_search),
            ("POST", "/api/experimental/web_fetch", h.web_fetch),
            ("GET", "/api/experimental/model-recommendations", h.recommendations),
            ("GET", "/api/ps", h.ps),
            ("POST", "/api/generate", h.generate),
            ("POST", "/api/chat", h.chat),
            ("POST", "/api/embed", h.embed),
            ("POST", "/api/embeddings", h.embeddings),
        ]
        # The OpenAI- and Anthropic-compatible /v1 routes (compat.py), registered after the native ones.
        from .compat import CompatRoutes

        self.compat = CompatRoutes(self)
        self.routes += self.compat.routes()
        self.tree_order: list[str] = []
        for method, _, _ in self.routes:
            if method not in self.tree_order:
                self.tree_order.append(method)

    # ---- routing

    @staticmethod
    def _match(pattern: str, path: str) -> dict[str, str] | None:
        if ":" not in pattern:
            return {} if pattern == path else None
        pp = pattern.split("/")
        parts = path.split("/")
        if len(pp) != len(parts):
            return None
        params: dict[str, str] = {}
        for a, b in zip(pp, parts, strict=True):
            if a.startswith(":"):
                if not b:
                    return None
                params[a[1:]] = b
            elif a != b:
                return None
        return params

    def resolve(self, method: str, path: str) -> tuple[Handler | None, dict[str, str]]:
        for m, pattern, handler in self.routes:
            if m == method:
                params = self._match(pattern, path)
                if params is not None:
                    return handler, params
        return None, {}

    def allowed(self, method: str, path: str) -> list[str]:
        out = []
        for tree in self.tree_order:
            if tree == method:
                continue
            if self.resolve(tree, path)[0] is not None:
                out.append(tree)
        return out

    # ---- ASGI

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        method = scope["method"].upper()
        raw_path = scope.get("raw_path")
        path = unquote(raw_path.decode("latin-1").split("?", 1)[0]) if raw_path else scope["path"]
        headers: dict[str, str] = {}
        for k, v in scope.get("headers", []):
            name = k.decode("latin-1").lower()
            headers[name] = (
                headers[name] + ", " + v.decode("latin-1") if name in headers else v.decode("latin-1")
            )
        client = scope.get("client") or ("", 0)

        async def read_body() -> bytes:
            chunks = []
            more = True
            while more:
                message = await receive()
                if message["type"] == "http.disconnect":
                    break
                chunks.append(message.get("body", b""))
                more = message.get("more_body", False)
            return b"".join(chunks)

        if path.startswith("/_local/"):
            resp = await self.control(method, path, await read_body())
            await self.send_resp(send, resp, method)
            return

        handler, params = self.resolve(method, path)
        if handler is None and method != "CONNECT" and path != "/":
            toggled = path[:-1] if path.endswith("/") else path + "/"
            if self.resolve(method, toggled)[0] is not None:
                await self.send_resp(send, self.redirect(method, toggled), method)
                return
        extra: list[tuple[str, str]] = []
        if handler is None:
            allow = self.allowed(method, path)
            if allow:
                extra.append(("allow", ", ".join(allow)))
                fallback = Resp(405, [("content-type", "text/plain")], b"405 method not allowed")
            else:
                fallback = Resp(404, [("content-type", "text/plain")], b"404 page not found")
        blocked = self.middlewares(method, headers, extra)
        if blocked is not None:
            blocked.headers = extra + blocked.headers
            await self.send_resp(send, blocked, method)
            return
        if handler is None:
            fallback.headers = extra + fallback.headers
            await self.send_resp(send, fallback, method)
            return

        body = await read_body()
        self.journal.record(method, path, headers, body)
        try:
            fault = self.faults.match(method, path, headers.get(FAULT_HEADER))
        except FaultSpecError as e:
            await self.send_resp(send, error(400, f"bad {FAULT_HEADER} header: {e}"), method)
            return
        scripted = self.scripts.take(path, body)
        if scripted is not None:
            fault = scripting.with_answer(fault, scripted)
        if fault is not None and fault.delay_first_ms:
            await asyncio.sleep(fault.delay_first_ms / 1000)
        if fault is not None and fault.status is not None:
            resp = error(fault.status, fault.message or _status_message(fault.status))
            resp = self.compat.shape_error(path, resp)
            if fault.retry_after is not None:
                resp.headers.append(("retry-after", fault.retry_after))
            await self.send_resp(send, resp, method, extra)
            return

        req = Request(method, path, headers, body, params, client[0] if client else "", scripted)
        try:
            result = await handler(req)
        except HTTPError as e:
            result = e.resp
        except Exception as e:
            # Go's handlers answer unexpected failures with a JSON 500, never a bare text page
            log.exception("%s %s failed", method, path)
            result = error(500, str(e) or type(e).__name__)
        if isinstance(result, Streamed):
            await result.write(send, fault, extra)
        elif isinstance(result, Stream):
            try:
                await self.send_stream(send, result, fault, extra, receive)
            except ClientGone as e:
                # one line per client that stopped reading, instead of asyncio's warning per write
                peer = f"{client[0]}:{client[1]}" if client and client[0] else "a client"
                log.warning("%s went away during the stream of %s %s (%s)", peer, method, path, e)
        else:
            if fault is not None and fault.cut_after is not None:
                await self.send_cut(send, result, extra)
                return
            await self.send_resp(send, result, method, extra)

    async def send_resp(
        self, send: Send, resp: Resp, method: str, extra: Sequence[tuple[str, str]] = ()
    ) -> None:
        headers = [*extra, *resp.headers]
        body = resp.body
        chunked = resp.length is False or (
            resp.length is None and len(body) > CHUNKING_THRESHOLD and method != "HEAD"
        )
        if not chunked:
            headers.append(("content-length", str(len(body))))
        await send(
            {
                "type": "http.response.start",
                "status": resp.status,
                "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers],
            }
        )
        await send({"type": "http.response.body", "body": b"" if method == "HEAD" else body})

    async def send_cut(self, send: Send, resp: Resp, extra: Sequence[tuple[str, str]]) -> None:
        """Announce the whole body, send half of it, then drop the connection."""
        headers = [*extra, *resp.headers, ("content-length", str(max(len(resp.body), 2)))]
        await send(
            {
                "type": "http.response.start",
                "status": resp.status,
                "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers],
            }
        )
        await send(
            {"type": "http.response.body", "body": resp.body[: len(resp.body) // 2], "more_body": True}
        )
        raise InjectedCut("fault injection: connection cut")

    async def send_stream(
        self,
        send: Send,
        stream: Stream,
        fault: Fault | None,
        extra: Sequence[tuple[str, str]],
        receive: Receive | None = None,
    ) -> None:
        """``streamResponse``: the first item decides between an NDJSON 200 and a plain error.

        Raises ``ClientGone`` when the client disconnects before the end (seen through ``receive``)."""
        items = stream.items
        try:
            first = await items.__anext__()
        except StopAsyncIteration:
            first = None
        if isinstance(first, StreamError):
            await self.send_resp(
                send, error(first.status or 500, first.message, content_type=CT_JSON_BARE), "POST", extra
            )
            await _close(items)
            return
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (k.encode("latin-1"), v.encode("latin-1"))
                    for k, v in [*extra, ("content-type", CT_NDJSON)]
                ],
            }
        )
        sent = 0
        gone = asyncio.Event()

        async def watch() -> None:
            # the server reports a closed connection as http.disconnect once the body is read
            while receive is not None and (await receive())["type"] != "http.disconnect":
                pass
            gone.set()

        watcher = asyncio.create_task(watch()) if receive is not None else None

        async def write(data: bytes) -> None:
            if gone.is_set():
                raise ClientGone(f"after {sent} lines")
            await send({"type": "http.response.body", "body": data, "more_body": True})
            # A stream is computed ahead, so without a pause here the lines would go out back to back
            # and keep hitting a dead socket: this lets the server notice a lost connection first.
            await asyncio.sleep(0)

        async def emit(item: Item) -> bool:
            nonlocal sent
            step = None if fault is None else await fault.before_item(sent)
            if step == "error":
                assert fault is not None
                await write(
                    gojson.dumpb({"error": fault.message or "an injected error ended the stream"}) + b"\n"
                )
                return False
            if step == "malformed":
                await write(b'{"model":"' + b"\n")
            if isinstance(item, StreamError):
                await write(gojson.dumpb({"error": item.message}) + b"\n")
                return False
            await write(gojson.dumpb(item) + b"\n")
            sent += 1
            return True

        try:
            finished = first is None or not await emit(first)
            while not finished:
                try:
                    item = await items.__anext__()
                except StopAsyncIteration:
                    break
                except Exception as e:
                    log.exception("stream failed")
                    item = StreamError(str(e) or type(e).__name__)
                finished = not await emit(item)
            if not finished and fault is not None:
                # a stream shorter than the fault's N still gets its fault, after the last line
                if fault.cut_after is not None:
                    raise InjectedCut("fault injection: stream cut")
                if fault.error_after is not None:
                    await write(
                        gojson.dumpb({"error": fault.message or "an injected error ended the stream"}) + b"\n"
                    )
        finally:
            await _close(items)
            if watcher is not None:
                watcher.cancel()
        if gone.is_set():
            raise ClientGone(f"after {sent} lines")
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    def redirect(self, method: str, location: str) -> Resp:
        if method in ("GET", "HEAD"):
            body = f'<a href="{location}">Moved Permanently</a>.\n\n'.encode()
            return Resp(301, [("location", location), ("content-type", "text/html; charset=utf-8")], body)
        return Resp(307, [("location", location)], b"")

    # ---- middlewares (CORS, then the allowed-host check)

    def middlewares(
        self, method: str, headers: Mapping[str, str], extra: list[tuple[str, str]]
    ) -> Resp | None:
        origin = headers.get("origin", "")
        host = headers.get("host", "")
        if origin and origin not in (f"http://{host}", f"https://{host}"):
            if not _origin_allowed(origin):
                return Resp(403, [], b"", length=True)
            if method == "OPTIONS" and "access-control-request-method" in headers:
                extra += [
                    ("access-control-allow-origin", origin),
                    ("access-control-allow-methods", "GET,POST,PUT,PATCH,DELETE,HEAD,OPTIONS"),
                    ("access-control-allow-headers", CORS_ALLOW_HEADERS),
                    ("access-control-max-age", "43200"),
                    ("vary", "Origin"),
                    ("vary", "Access-Control-Request-Method"),
                    ("vary", "Access-Control-Request-Headers"),
                ]
                return Resp(204, [], b"", length=False)
            extra += [("access-control-allow-origin", origin), ("vary", "Origin")]
        hostname = _strip_port(host)
        if _ip_allowed(hostname):
            return None
        if _hostname_allowed(hostname):
            if method == "OPTIONS":
                return Resp(204, [], b"", length=False)
            return None
        return Resp(403, [], b"", length=True)

    # ---- control endpoints (never part of Ollama's API)

    async def control(self, method: str, path: str, body: bytes) -> Resp:
        if path == "/_local/reset" and method == "POST":
            await asyncio.to_thread(self.reset)
            return json_resp(200, {"status": "reset"})
        if path == "/_local/faults":
            if method == "GET":
                return json_resp(200, {"faults": self.faults.list()})
            if method == "DELETE":
                self.faults.clear()
                return json_resp(200, {"faults": []})
            if method == "POST":
                try:
                    spec = gojson.to_plain(gojson.parse_body(body))
                    if not isinstance(spec, dict) or not isinstance(spec.get("fault"), str):
                        raise FaultSpecError(
                            'body must be {"fault": "<spec>", "path": ..., "method": ..., "times": ...}'
                        )
                    fault = parse_fault(spec["fault"])
                    fault.path = spec.get("path")
                    fault.method = spec.get("method")
                    if spec.get("times") is not None:
                        fault.times = int(spec["times"])
                except (GoJSONError, FaultSpecError, ValueError, TypeError) as e:
                    return error(400, str(e))
                self.faults.add(fault)
                return json_resp(200, {"faults": self.faults.list()})
        if path == "/_local/health":
            return json_resp(200, {"status": "ok", "version": VERSION})
        return Resp(404, [("content-type", "text/plain")], b"404 page not found")

    def reset(self) -> None:
        with self.lock:
            self.faults.clear()
            self.scripts.clear()
            self.journal.clear()
            self.state.reset()

    # ---- shared steps of the handlers

    def model_ref(
        self, raw: str, fallback_status: int, fallback_message: str, *, for_pull: bool = False
    ) -> ModelRef:
        """``parseAndValidateModelRef`` + ``writeModelRefParseError``."""
        try:
            return parse_ref(raw, for_pull=for_pull)
        except ConflictingSource as e:
            raise HTTPError(error(400, str(e))) from None
        except Unqualified:
            raise HTTPError(error(400, "invalid model name")) from None
        except ModelRequired:
            raise HTTPError(error(fallback_status, fallback_message)) from None

    def cloud_offline(self, path: str, operation: str = "remote model is unavailable") -> Resp:
        if self.state.cloud_disabled:
            return error(403, f"ollama cloud is disabled: {operation}")
        ts = int(time.time())
        return error(
            502,
            f'Post "https://ollama.com:443{path}?ts={ts}": dial tcp: lookup ollama.com on {RESOLVER}: no such host',
        )

    def lookup(self, name: Name, *, exact: bool = False) -> Model | None:
        """A local model by name; ``exact`` skips the case-insensitive matching (as /api/embeddings does)."""
        store = self.state.store
        if exact:
            entry = store.find(name)
            if entry is None or entry[0] != Name(
                name.host, name.namespace, name.model, name.tag, entry[0].scheme
            ):
                return None
        try:
            return store.get_model(store.canonical(name))
        except NotFound:
            return None

    def run_thread(self, work: Callable[[Callable[[dict[str, Any]], None]], None]) -> AsyncIterator[Item]:
        """Run a progress-reporting operation in a thread and stream its lines as they come."""
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[Item | None] = asyncio.Queue()

        def report(line: dict[str, Any]) -> None:
            loop.call_soon_threadsafe(queue.put_nowait, dict(line))

        def runner() -> None:
            try:
                work(report)
            except CreateError as e:
                loop.call_soon_threadsafe(queue.put_nowait, StreamError(e.message, e.status))
            except Exception as e:  # surfaced to the client like Go's err.Error()
                loop.call_soon_threadsafe(queue.put_nowait, StreamError(str(e) or type(e).__name__))
            finally:
                loop.call_soon_threadsafe(queue.put_nowait, None)

        async def gen() -> AsyncIterator[Item]:
            task = asyncio.create_task(asyncio.to_thread(runner))
            try:
                while True:
                    item = await queue.get()
                    if item is None:
                        break
                    yield item
                    if isinstance(item, StreamError):
                        break
            finally:
                await task

        return gen()

    async def progress(self, stream: bool | None, items: AsyncIterator[Item]) -> Resp | Stream:
        """pull/push/create: NDJSON by default; ``stream: false`` answers the last line (``waitForStream``)."""
        if stream is False:
            latest: dict[str, Any] = {"status": ""}
            async for item in items:
                if isinstance(item, StreamError):
                    await _close(items)
                    return error(item.status or 500, item.message, content_type=CT_JSON_BARE)
                latest = item
            return json_resp(200, _progress(latest), content_type=CT_JSON_BARE)

        async def lines() -> AsyncIterator[Item]:
            async for item in items:
                yield item if isinstance(item, StreamError) else _progress(item)

        return Stream(lines())

    # ---- simple routes

    async def heartbeat(self, req: Request) -> Resp:
        return Resp(200, [("content-type", CT_TEXT)], b"Ollama is running")

    async def version(self, req: Request) -> Resp:
        return json_resp(200, {"version": VERSION})

    async def status(self, req: Request) -> Resp:
        disabled = self.state.cloud_disabled
        return json_resp(200, {"cloud": {"disabled": disabled, "source": "env" if disabled else "none"}})

    async def whoami(self, req: Request) -> Resp:
        return error(503, "account unavailable")

    async def signout(self, req: Request) -> Resp:
        return error(500, "there was an error signing out")

    async def web_search(self, req: Request) -> Resp:
        return self._web(req, "/api/web_search", "web search is unavailable")

    async def web_fetch(self, req: Request) -> Resp:
        return self._web(req, "/api/web_fetch", "web fetch is unavailable")

    def _web(self, req: Request, path: str, operation: str) -> Resp:
        if not req.body.strip():
            return error(400, "missing request body")
        return self.cloud_offline(path, operation)

    async def recommendations(self, req: Request) -> Resp:
        return json_resp(200, {"recommendations": MODEL_RECOMMENDATIONS})

    # ---- model management

    async def tags(self, req: Request) -> Resp:
        store = self.state.store
        entries = sorted(store.list_names(), key=lambda e: e[1].order)
        models = []
        for name, m in entries:
            try:
                model = store.get_model(name)
            except (NotFound, OSError):
                continue
            item: dict[str, Any] = {"name": name.display_shortest(), "model": name.display_shortest()}
            if model.remote:
                item["remote_model"] = model.config.get("remote_model")
                item["remote_host"] = model.config.get("remote_host")
            item["modified_at"] = rfc3339(m.modified_ns, local=True)
            item["size"] = m.size
            item["digest"] = m.digest
            item["details"] = model.details(with_lengths=True)
            caps = model.capabilities()
            if caps:
                item["capabilities"] = caps
            models.append((m.modified_ns // 10**9, item))
        # newest first, by whole seconds like Ollama's stable sort on Unix time
        models.sort(key=lambda x: -x[0])
        return json_resp(200, {"models": [item for _, item in models]})

    async def ps(self, req: Request) -> Resp:
        loaded = self.state.scheduler.snapshot()
        out = []
        for entry in loaded:
            m = entry.model
            out.append(
                (
                    entry.expires_ns // 10**9,
                    {
                        "name": m.short_name,
                        "model": m.short_name,
                        "size": entry.size,
                        "digest": m.digest,
                        "details": m.details(with_lengths=False, parent=False),
                        "expires_at": rfc3339(entry.expires_ns, local=True),
                        "size_vram": 0,
                        "context_length": entry.context_length,
                    },
                )
            )
        out.sort(key=lambda x: -x[0])
        return json_resp(200, {"models": [item for _, item in out]})

    async def show(self, req: Request) -> Resp:
        r = req.bind(wire.SHOW)
        requested = r.get("model") or r.get("name") or ""
        if not requested:
            return error(400, "model is required")
        try:
            ref = parse_ref(requested)
        except ConflictingSource as e:
            return error(400, str(e))
        except RefError as e:
            return error(400, "invalid model name" if isinstance(e, Unqualified) else str(e))
        if ref.source == "cloud":
            return self.cloud_offline("/api/show", "remote model details are unavailable")
        name = self.state.store.canonical(ref.name)
        model = self.lookup(name)
        if model is None:
            return error(404, f"model '{name.display_shortest()}' not found")
        if ref.source == "local" and model.remote:
            return error(404, f"model '{ref.original}' not found")
        resp = self.show_response(model, r)
        ua = req.headers.get("user-agent", "")
        if ua.startswith("GitHubCopilotChat/"):
            resp["model_info"]["general.basename"] = requested
            resp["model_info"] = gojson.sorted_map(resp["model_info"])
        return json_resp(200, resp)

    def show_response(self, model: Model, r: Mapping[str, Any]) -> dict[str, Any]:
        system = r.get("system") or model.system
        options = dict(model.options)
        params = []
        for k in sorted(options):
            v = options[k]
            for item in v if isinstance(v, list) else [v]:
                params.append(f"{k:<30} {go_value(item)}")
        for k, v in (r.get("options") or {}).items():
            options[k] = v
        lines = [
            '# Modelfile generated by "ollama show"',
            "# To build a new Modelfile based on this, replace FROM with:",
            f"# FROM {model.short_name}",
            "",
        ]
        commands = [f"FROM {model.model_path}" if model.model_path else "FROM "]
        commands += [f"ADAPTER {modelfile_quote(str(p))}" for p in model.adapters]
        commands += [f"FROM {p}" for p in model.projectors]
        if model.template is not None:
            commands.append(f"TEMPLATE {modelfile_quote(model.template)}")
        if system:
            commands.append(f"SYSTEM {modelfile_quote(system)}")
        if model.config.get("renderer"):
            commands.append(f"RENDERER {modelfile_quote(model.config['renderer'])}")
        if model.config.get("parser"):
            commands.append(f"PARSER {modelfile_quote(model.config['parser'])}")
        for k in sorted(options):
            v = options[k]
            for item in v if isinstance(v, list) else [v]:
                commands.append(f"PARAMETER {k} {modelfile_quote(go_plain(item))}")
        commands += [f"LICENSE {modelfile_quote(text)}" for text in model.license]
        commands += [
            f"MESSAGE {m.get('role', '')} {modelfile_quote(str(m.get('content', '')))}"
            for m in model.messages
        ]
        modelfile = "\n".join(lines[:3]) + "\n\n" + "".join(c + "\n" for c in commands)

        out: dict[str, Any] = {}
        license_text = "\n".join(model.license)
        if license_text:
            out["license"] = license_text
        out["modelfile"] = modelfile
        if params:
            out["parameters"] = "\n".join(params)
        if model.template:
            out["template"] = model.template
        if system:
            out["system"] = system
        if model.config.get("renderer"):
            out["renderer"] = model.config["renderer"]
        if model.config.get("parser"):
            out["parser"] = model.config["parser"]
        details = model.details(with_lengths=False)
        if model.info is not None and details["quantization_level"] in ("", "unknown"):
            details["quantization_level"] = model.info.file_type_name
        out["details"] = details
        if model.messages:
            out["messages"] = [
                {"role": m.get("role", ""), "content": m.get("content", "")} for m in model.messages
            ]
        if model.remote:
            out["remote_model"] = model.config.get("remote_model")
            out["remote_host"] = model.config.get("remote_host")
        info: dict[str, Any] = {}
        if model.info is not None:
            info = model.info.model_info(bool(r.get("verbose")))
            declared = f"{model.info.architecture}.context_length"
            if model.config.get("context_length") and declared in info:
                info[declared] = model.config["context_length"]
        elif model.remote and model.config.get("model_family"):
            fam = model.config["model_family"]
            info = {"general.architecture": fam}
            if model.config.get("base_name"):
                info["general.basename"] = model.config["base_name"]
            if model.config.get("context_length"):
                info[f"{fam}.context_length"] = model.config["context_length"]
            if model.config.get("embedding_length"):
                info[f"{fam}.embedding_length"] = model.config["embedding_length"]
            info = gojson.sorted_map(info)
        out["model_info"] = info
        if model.info is not None:
            out["tensors"] = [
                {"name": t.name, "type": t.type, "shape": list(t.shape)} for t in model.info.tensors
            ]
        caps = model.capabilities()
        if caps:
            out["capabilities"] = caps
        out["modified_at"] = rfc3339(model.manifest.modified_ns, local=True)
        if model.config.get("requires"):
            out["requires"] = model.config["requires"]
        return out

    async def copy(self, req: Request) -> Resp:
        r = req.bind(wire.COPY)
        store = self.state.store
        source = r.get("source") or ""
        dest = r.get("destination") or ""
        src = parse_name(source)
        if not src.is_valid():
            return error(400, f"source {go_quote(source)} is invalid")
        src = store.canonical(src)
        dst = parse_name(dest)
        if not dst.is_valid():
            return error(400, f"destination {go_quote(dest)} is invalid")
        dst = store.canonical(dst)
        entry = store.find(src)
        if entry is None:
            return error(404, f"model {go_quote(source)} not found")
        if src.key != dst.key:
            m = entry[1]
            store.write_manifest(dst, m.config, m.layers)
        return empty(200)

    async def delete(self, req: Request) -> Resp:
        r = req.bind(wire.DELETE)
        raw = r.get("model") or r.get("name") or ""
        store = self.state.store
        try:
            ref = parse_ref(raw, for_pull=True)
        except ConflictingSource as e:
            return error(400, str(e))
        except Unqualified:
            return error(400, f"name {go_quote(raw)} is invalid")
        except ModelRequired as e:
            return error(400, str(e))
        name = store.canonical(ref.name)
        try:
            m = store.remove_manifest(name)
        except NotFound:
            return error(404, f"model '{raw}' not found")
        store.remove_layers(m)
        return empty(200)

    async def head_blob(self, req: Request) -> Resp:
        digest = req.params["digest"]
        try:
            path = self.state.store.blob_path(digest)
        except InvalidDigest as e:
            return error(400, str(e))
        if not path.is_file():
            return error(404, f"blob {go_quote(digest)} not found")
        return empty(200)

    async def create_blob(self, req: Request) -> Resp:
        digest = req.params["digest"]
        store = self.state.store
        try:
            path = store.blob_path(digest)
        except InvalidDigest as e:
            return error(400, str(e))
        if path.is_file():
            return empty(200)
        got = await asyncio.to_thread(store.store_upload, req.body)
        if got != digest:
            return error(400, f"digest mismatch, expected {go_quote(digest)}, got {go_quote(got)}")
        return empty(201)

    async def create(self, req: Request) -> Resp | Stream:
        r = req.bind(wire.CREATE)
        for key in ("files", "draft_files"):
            problem = files_request_error(r.get(key))
            if problem:
                return error(400, problem)
        if r.get("draft_quantize") and not r.get("draft_files"):
            return error(400, "--draft-quantize requires a DRAFT model")
        for digest in (r.get("adapters") or {}).values():
            if digest == "":
                return error(400, "invalid digest format")
        name = parse_name(r.get("model") or r.get("name") or "")
        if not name.is_valid():
            return error(400, "invalid model name")
        name = self.state.store.canonical(name)
        state = self.state

        def work(fn: Callable[[dict[str, Any]], None]) -> None:
            with self.lock:
                state.creator.run(r, name, fn)

        return await self.progress(r.get("stream"), self.run_thread(work))

    async def pull(self, req: Request) -> Resp | Stream:
        r = req.bind(wire.PULL)
        ref = self.model_ref(r.get("model") or r.get("name") or "", 400, "invalid model name", for_pull=True)
        name = self.state.store.canonical(ref.name)
        insecure = bool(r.get("insecure"))

        def work(fn: Callable[[dict[str, Any]], None]) -> None:
            with self.lock:
                pull_model(self.state, name, insecure=insecure, fn=fn)

        return await self.progress(r.get("stream"), self.run_thread(work))

    async def push(self, req: Request) -> Resp | Stream:
        r = req.bind(wire.PUSH)
        raw = r.get("model") or r.get("name") or ""
        if not raw:
            return error(400, "model is required")
        insecure = bool(r.get("insecure"))

        def work(fn: Callable[[dict[str, Any]], None]) -> None:
            name = self.state.store.canonical(parse_name(raw))
            push_model(self.state, name, insecure=insecure, fn=fn)

        return await self.progress(r.get("stream"), self.run_thread(work))

    # ---- inference

    def schedule(
        self, model: Model, options: Mapping[str, Any] | None, keep_alive: int | None
    ) -> tuple[dict[str, Any], int]:
        """``scheduleRunner`` after the capability checks: options, then load; returns (opts, ctx)."""
        try:
            opts = merge_options(model, options)
        except OptionError as e:
            raise HTTPError(error(500, str(e))) from None
        # a context length declared at create (``info``) stands in for the GGUF's trained one
        trained = int(model.config.get("context_length") or 0) or (
            model.info.context_length if model.info else 0
        )
        ctx = int(opts["num_ctx"])
        if trained:
            ctx = min(ctx, trained)
        self.state.scheduler.load(model, keep_alive, ctx)
        return opts, ctx

    def check_caps(self, model: Model, wanted: Sequence[str], route: str, requested: str) -> None:
        have = model.capabilities()
        missing = [c for c in wanted if c not in have]
        if not missing:
            return
        if "completion" in missing:
            raise HTTPError(error(400, f"{go_quote(requested)} does not support {route}"))
        raise HTTPError(error(400, f"{model.name} does not support " + "\n".join(missing)))

    def render_prompt(
        self,
        model: Model,
        messages: list[dict[str, Any]],
        *,
        template_override: str = "",
        tools: Sequence[Any] = (),
        think: Any = None,
        suffix: str = "",
        prompt_text: str = "",
    ) -> str:
        think_on = _think_bool(think)
        level = think if isinstance(think, str) else ("medium" if think is True else "")
        chat_template = model.info.chat_template if model.info else ""
        if template_override or suffix or model.uses_go_template():
            src = template_override or model.template or prompt.CHATML_FALLBACK
            rendered = prompt.render(
                src,
                messages,
                tools=tools,
                think=think_on,
                think_level=level,
                think_set=think is not None,
                suffix=suffix,
                prompt=prompt_text,
            )
            if rendered is not None:
                return rendered
        gen = "<|im_start|>assistant\n"
        if think_on and "<think>" in chat_template:
            gen += "<think>\n"
        text = prompt.chatml(messages, generation_prompt=gen)
        if tools and ("tools" in chat_template or "tool_call" in chat_template):
            text = (
                "<|im_start|>system\nYou may call these tools: "
                + gojson.dumps(list(tools))
                + "<|im_end|>\n"
                + text
            )
        return text

    async def generate(self, req: Request) -> Resp | Stream:
        start = time.monotonic_ns()
        r = req.bind(wire.GENERATE)
        top = r.get("top_logprobs") or 0
        if top < 0 or top > 20:
            return error(400, "top_logprobs must be between 0 and 20")
        requested = r.get("model") or ""
        ref = self.model_ref(requested, 404, f"model '{requested}' not found")
        if ref.source == "cloud":
            return self.cloud_offline("/api/generate")
        model = self.lookup(ref.name)
        if model is None:
            return error(404, f"model '{requested}' not found")
        if ref.source == "local" and model.remote:
            return error(404, f"model '{requested}' not found")
        if model.remote:
            return self.remote_model(model, "/api/generate")
        keep_alive = r.get("keep_alive")
        prompt_in = r.get("prompt") or ""
        if prompt_in == "" and keep_alive == 0:
            self.state.scheduler.unload(model)
            return json_resp(
                200,
                {
                    "model": requested,
                    "created_at": now_utc(),
                    "response": "",
                    "done": True,
                    "done_reason": "unload",
                },
            )
        raw = bool(r.get("raw"))
        if raw and (r.get("template") or r.get("system") or r.get("context")):
            return error(400, "raw mode does not support template, system, or context")
        caps = ["completion"]
        if r.get("suffix"):
            caps.append("insert")
        think = r.get("think")
        if "thinking" in model.capabilities():
            caps.append("thinking")
            if think is None:
                think = True
        elif _think_bool(think):
            return error(400, f"{go_quote(requested)} does not support thinking")
        self.check_caps(model, caps, "generate", requested)
        opts, ctx = self.schedule(model, r.get("options"), keep_alive)
        loaded = time.monotonic_ns()
        if prompt_in == "":
            return json_resp(
                200,
                {
                    "model": requested,
                    "created_at": now_utc(),
                    "response": "",
                    "done": True,
                    "done_reason": "load",
                },
            )

        images = r.get("images") or []
        tok = engine.Tokenizer(model.info)
        if raw:
            text = prompt_in
        else:
            messages: list[dict[str, Any]] = []
            system = r.get("system") or model.system
            if system:
                messages.append({"role": "system", "content": system})
            if r.get("context") is None:
                messages += [dict(m) for m in model.messages]
            messages.append({"role": "user", "content": prompt_in, "images": images})
            text = self.render_prompt(
                model,
                messages,
                template_override=r.get("template") or "",
                think=think,
                suffix=r.get("suffix") or "",
                prompt_text=prompt_in,
            )
            if r.get("context"):
                text = tok.decode(r["context"]) + text
        if r.get("_debug_render_only"):
            info: dict[str, Any] = {"rendered_template": text}
            if images:
                info["image_count"] = len(images)
            return json_resp(
                200,
                {
                    "model": requested,
                    "created_at": now_utc(),
                    "response": "",
                    "done": False,
                    "_debug_info": info,
                },
            )

        run = self.run_model(model, r, opts, ctx, tok, text, images=len(images), think=think, tools=())
        run = self.script_run(req, r, tok, run)
        if isinstance(run, StreamError):
            if r.get("stream") is False:
                return error(run.status or 500, run.message)
            return Stream(_single(run))
        comp, prompt_tokens = run

        def chunk(p: engine.Piece) -> dict[str, Any]:
            out: dict[str, Any] = {
                "model": requested,
                "created_at": now_utc(),
                "response": p.text if p.kind == "content" else "",
            }
            if p.kind == "thinking":
                out["thinking"] = p.text
            out["done"] = False
            if r.get("logprobs"):
                out["logprobs"] = [_logprob(p, top)]
            return out

        def final() -> dict[str, Any]:
            out: dict[str, Any] = {
                "model": requested,
                "created_at": now_utc(),
                "response": "",
                "done": True,
                "done_reason": comp.done_reason,
            }
            if not raw:
                answer = "".join(p.text for p in comp.pieces if p.kind == "content")
                out["context"] = tok.encode(text + answer, bos=False)
            out.update(_metrics(start, loaded, len(prompt_tokens), comp.eval_count))
            return out

        self.after_run(model, keep_alive)
        if r.get("stream") is False:
            thinking = "".join(p.text for p in comp.pieces if p.kind == "thinking")
            body = final()
            body["response"] = "".join(p.text for p in comp.pieces if p.kind == "content")
            if thinking:
                body = _insert_after(body, "response", "thinking", thinking)
            if r.get("logprobs") and comp.pieces:
                body["logprobs"] = [_logprob(p, top) for p in comp.pieces]
            return json_resp(200, body)

        async def lines() -> AsyncIterator[Item]:
            for p in comp.pieces:
                yield chunk(p)
            yield final()

        return Stream(lines())

    def script_run(
        self,
        req: Request,
        r: Mapping[str, Any],
        tok: engine.Tokenizer,
        run: tuple[engine.Completion, list[int]] | StreamError,
    ) -> tuple[engine.Completion, list[int]] | StreamError:
        """A scripted reply in place of the generated one, once the runner accepted the request."""
        reply = req.scripted
        if not isinstance(reply, Reply) or isinstance(run, StreamError):
            return run
        if r.get("stream") is False and reply.error_after is not None:
            return StreamError(reply.error)
        return scripting.completion(reply, tok, route=req.path), run[1]

    def after_run(self, model: Model, keep_alive: int | None) -> None:
        if keep_alive == 0:
            self.state.scheduler.unload(model)

    def remote_model(self, model: Model, path: str) -> Resp:
        if self.state.cloud_disabled:
            return error(403, "ollama cloud is disabled: remote model is unavailable")
        host = str(model.config.get("remote_host") or "")
        allowed = [h.strip() for h in os.environ.get("OLLAMA_REMOTES", "ollama.com").split(",") if h.strip()]
        hostname = re.sub(r"^[a-z]+://", "", host).split("/")[0].split(":")[0]
        if hostname not in allowed:
            return error(400, "this server cannot run this remote model")
        return error(500, f'Post "{host}{path}": dial tcp: lookup {hostname} on {RESOLVER}: no such host')

    def run_model(
        self,
        model: Model,
        r: Mapping[str, Any],
        opts: Mapping[str, Any],
        ctx: int,
        tok: engine.Tokenizer,
        text: str,
        *,
        images: int,
        think: Any,
        tools: Sequence[Any],
    ) -> tuple[engine.Completion, list[int]] | StreamError:
        """The runner's part: format checks, context limits, multimodal input, sampling."""
        fmt = r.get("format")
        schema: Any = None
        if fmt is not None and fmt != "":
            if fmt == "json":
                schema = True
            elif isinstance(fmt, dict):
                schema = gojson.to_plain(fmt)
            else:
                raw = gojson.dumps(fmt)
                return StreamError(
                    f'invalid format: {go_quote(raw)}; expected "json" or a valid JSON Schema object'
                )
        if images and "vision" not in model.capabilities():
            return StreamError(
                '{"error":{"code":400,"message":"Multimodal data provided, but model does not support multimodal requests.","type":"invalid_request_error"}}',
                400,
            )
        prompt_tokens = tok.encode(text)
        n_ctx = max(ctx, 256)
        if len(prompt_tokens) > n_ctx:
            if r.get("truncate") is False or r.get("shift") is False:
                n = len(prompt_tokens)
                return StreamError(
                    f'{{"error":{{"code":400,"message":"request ({n} tokens) exceeds the available context size ({n_ctx} tokens), try increasing it",'
                    f'"type":"exceed_context_size_error","n_prompt_tokens":{n},"n_ctx":{n_ctx}}}}}',
                    400,
                )
            prompt_tokens = prompt_tokens[-n_ctx:]
        rng = engine.rng_for(
            model.digest,
            text,
            opts.get("seed"),
            opts.get("temperature"),
            opts.get("top_k"),
            opts.get("top_p"),
            opts.get("min_p"),
            opts.get("repeat_penalty"),
            gojson.dumps(fmt) if fmt is not None else None,
        )
        thinking = 0
        if _think_bool(think) and "thinking" in model.capabilities():
            thinking = rng.randint(3, 10)
        forced: str | None = None
        calls: list[dict[str, Any]] = []
        if tools:
            calls = engine.make_tool_calls(tools, rng)
        if schema is True:
            forced = engine.free_json(rng)
        elif schema is not None:
            forced = engine.json_text(engine.instance_for_schema(schema, rng))
        num_predict = int(opts["num_predict"])
        room = max(n_ctx - len(prompt_tokens), 1)
        comp = engine.generate_text(
            tok,
            rng,
            num_predict=num_predict,
            max_tokens=room,
            stop=[s for s in opts.get("stop") or [] if s],
            forced=forced if not calls else "",
            thinking=thinking,
            top_logprobs=int(r.get("top_logprobs") or 0),
        )
        if calls:
            comp.tool_calls = calls
            comp.done_reason = "stop"
            comp.eval_count = max(comp.eval_count, len(tok.pieces_of(gojson.dumps(calls[0]["function"]))))
        return comp, prompt_tokens

    async def chat(self, req: Request) -> Resp | Stream:
        start = time.monotonic_ns()
        r = req.bind(wire.CHAT)
        top = r.get("top_logprobs") or 0
        if top < 0 or top > 20:
            return error(400, "top_logprobs must be between 0 and 20")
        requested = r.get("model") or ""
        ref = self.model_ref(requested, 400, "model is required")
        if ref.source == "cloud":
            return self.cloud_offline("/api/chat")
        model = self.lookup(ref.name)
        if model is None:
            return error(404, f"model '{requested}' not found")
        if ref.source == "local" and model.remote:
            return error(404, f"model '{requested}' not found")
        messages: list[dict[str, Any]] = list(r.get("messages") or [])
        for m in messages:
            m["role"] = (m.get("role") or "").lower()
        keep_alive = r.get("keep_alive")
        if not messages and keep_alive == 0:
            self.state.scheduler.unload(model)
            return json_resp(
                200,
                {
                    "model": requested,
                    "created_at": now_utc(),
                    "message": {"role": "assistant", "content": ""},
                    "done": True,
                    "done_reason": "unload",
                },
            )
        if model.remote:
            return self.remote_model(model, "/api/chat")
        tools = list(r.get("tools") or [])
        caps = ["completion"]
        if tools:
            caps.append("tools")
        think = r.get("think")
        if "thinking" in model.capabilities():
            caps.append("thinking")
            if think is None:
                think = True
        elif _think_bool(think):
            return error(400, f"{go_quote(requested)} does not support thinking")
        self.check_caps(model, caps, "chat", requested)
        opts, ctx = self.schedule(model, r.get("options"), keep_alive)
        loaded = time.monotonic_ns()
        if not messages:
            return json_resp(
                200,
                {
                    "model": requested,
                    "created_at": now_utc(),
                    "message": {"role": "assistant", "content": ""},
                    "done": True,
                    "done_reason": "load",
                },
            )
        msgs = [dict(m) for m in model.messages] + messages
        if messages[0].get("role") != "system" and model.system:
            msgs.insert(0, {"role": "system", "content": model.system})
        tok = engine.Tokenizer(model.info)
        text = self.render_prompt(model, msgs, tools=[_plain_tool(t) for t in tools], think=think)
        image_count = sum(len(m.get("images") or []) for m in msgs)
        if r.get("_debug_render_only"):
            info: dict[str, Any] = {"rendered_template": text}
            if image_count:
                info["image_count"] = image_count
            return json_resp(
                200,
                {
                    "model": requested,
                    "created_at": now_utc(),
                    "message": {"role": "", "content": ""},
                    "done": False,
                    "_debug_info": info,
                },
            )
        answering_tool = bool(msgs) and msgs[-1].get("role") == "tool"
        run = self.run_model(
            model,
            r,
            opts,
            ctx,
            tok,
            text,
            images=image_count,
            think=think,
            tools=[_plain_tool(t) for t in tools] if tools and not answering_tool else (),
        )
        run = self.script_run(req, r, tok, run)
        if isinstance(run, StreamError):
            if r.get("stream") is False:
                return error(run.status or 500, run.message)
            return Stream(_single(run))
        comp, prompt_tokens = run

        def message(
            content: str = "", thinking: str = "", calls: list[dict[str, Any]] | None = None
        ) -> dict[str, Any]:
            out: dict[str, Any] = {"role": "assistant", "content": content}
            if thinking:
                out["thinking"] = thinking
            if calls:
                out["tool_calls"] = calls
            return out

        def chunk(p: engine.Piece) -> dict[str, Any]:
            msg = message(p.text if p.kind == "content" else "", p.text if p.kind == "thinking" else "")
            out: dict[str, Any] = {"model": requested, "created_at": now_utc(), "message": msg, "done": False}
            if r.get("logprobs"):
                out["logprobs"] = [_logprob(p, top)]
            return out

        def final(msg: dict[str, Any]) -> dict[str, Any]:
            out: dict[str, Any] = {
                "model": requested,
                "created_at": now_utc(),
                "message": msg,
                "done": True,
                "done_reason": comp.done_reason,
            }
            out.update(_metrics(start, loaded, len(prompt_tokens), comp.eval_count))
            return out

        self.after_run(model, keep_alive)
        if r.get("stream") is False:
            content = "".join(p.text for p in comp.pieces if p.kind == "content")
            thinking = "".join(p.text for p in comp.pieces if p.kind == "thinking")
            body = final(message(content, thinking, comp.tool_calls or None))
            if r.get("logprobs") and comp.pieces:
                body = _insert_after(body, "done_reason", "logprobs", [_logprob(p, top) for p in comp.pieces])
            return json_resp(200, body)

        async def lines() -> AsyncIterator[Item]:
            for p in comp.pieces:
                yield chunk(p)
            if comp.tool_calls:
                yield {
                    "model": requested,
                    "created_at": now_utc(),
                    "message": message(calls=comp.tool_calls),
                    "done": False,
                }
            yield final(message())

        return Stream(lines())

    async def embed(self, req: Request) -> Resp:
        start = time.monotonic_ns()
        r = req.bind(wire.EMBED)
        requested = r.get("model") or ""
        ref = self.model_ref(requested, 404, f"model '{requested}' not found")
        if ref.source == "cloud":
            return self.cloud_offline("/api/embed")
        raw_input = r.get("input")
        inputs: list[str] = []
        if isinstance(raw_input, str):
            if raw_input:
                inputs.append(raw_input)
        elif isinstance(raw_input, list):
            for v in raw_input:
                if not isinstance(v, str):
                    return error(400, "invalid input type")
                inputs.append(v)
        elif raw_input is not None:
            return error(400, "invalid input type")
        model = self.lookup(ref.name)
        if model is None:
            return error(404, f"model {go_quote(requested)} not found, try pulling it first")
        opts, ctx = self.schedule(model, r.get("options"), r.get("keep_alive"))
        loaded = time.monotonic_ns()
        if not inputs:
            self.after_run(model, r.get("keep_alive"))
            return json_resp(200, {"model": requested, "embeddings": []})
        if "embedding" not in model.capabilities():
            return error(501, "This server does not support embeddings. Start it with `--embeddings`")
        tok = engine.Tokenizer(model.info)
        limit = min(int(opts["num_ctx"]), ctx) if int(opts["num_ctx"]) > 0 else ctx
        length = model.info.embedding_length if model.info else 256
        vectors = []
        total = 0
        for text in inputs:
            ids = tok.encode(text)
            budget = limit - (1 if ids and ids[-1] != tok.eos else 0)
            if r.get("truncate") is False:
                if len(ids) > budget:
                    return error(400, "the input length exceeds the context length")
            elif len(ids) > budget:
                ids = ids[: max(budget, 1)]
                text = tok.decode(ids[1:] if ids and ids[0] == tok.bos else ids)
            total += len(ids)
            vec = engine.normalize(engine.embedding(model.digest, tok.encode(text), length))
            dims = r.get("dimensions") or 0
            if 0 < dims < len(vec):
                vec = engine.normalize(vec[:dims])
            vectors.append([F32(v) for v in vec])
        if isinstance(req.scripted, Embeddings):
            vectors = [[F32(v) for v in vec] for vec in scripting.vectors(req.scripted)]
        self.after_run(model, r.get("keep_alive"))
        body: dict[str, Any] = {"model": requested, "embeddings": vectors}
        m = _metrics(start, loaded, total, 0)
        body["total_duration"] = m["total_duration"]
        body["load_duration"] = m["load_duration"]
        if total:
            body["prompt_eval_count"] = total
        return json_resp(200, body)

    async def embeddings(self, req: Request) -> Resp:
        r = req.bind(wire.EMBEDDINGS)
        requested = r.get("model") or ""
        ref = self.model_ref(requested, 400, "model is required")
        if ref.source == "cloud":
            return self.cloud_offline("/api/embeddings")
        model = self.lookup(ref.name, exact=True)
        if model is None:
            return error(404, f"model {go_quote(requested)} not found, try pulling it first")
        self.schedule(model, r.get("options"), r.get("keep_alive"))
        prompt_text = r.get("prompt") or ""
        if not prompt_text:
            self.after_run(model, r.get("keep_alive"))
            return json_resp(200, {"embedding": []})
        if "embedding" not in model.capabilities():
            return error(500, "This server does not support embeddings. Start it with `--embeddings`")
        length = model.info.embedding_length if model.info else 256
        # Ollama 0.33 answers a unit-length vector here too (recorded norm 1.0000000156), like /api/embed
        vec = engine.normalize(
            engine.embedding(model.digest, engine.Tokenizer(model.info).encode(prompt_text), length)
        )
        if isinstance(req.scripted, Embeddings):
            vec = scripting.vectors(req.scripted)[0] if req.scripted.vectors else []
        self.after_run(model, r.get("keep_alive"))
        return json_resp(200, {"embedding": [float(F32(v)) for v in vec]})


# --------------------------------------------------------------------------------------------------
# small functions


async def _close(items: AsyncIterator[Item]) -> None:
    aclose = getattr(items, "aclose", None)
    if aclose is not None:
        with contextlib.suppress(Exception):
            await aclose()


async def _single(item: Item) -> AsyncIterator[Item]:
    yield item


def _status_message(status: int) -> str:
    if status == 503:
        return "server busy, please try again.  maximum pending requests exceeded"
    if status == 429:
        return "too many requests"
    return "injected failure"


def _progress(line: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"status": line.get("status", "")}
    for key in ("digest", "total", "completed"):
        if line.get(key):
            out[key] = line[key]
    return out


def _think_bool(think: Any) -> bool:
    return think is True or (isinstance(think, str) and think in gojson.THINK_LEVELS)


def _plain_tool(tool: Mapping[str, Any]) -> dict[str, Any]:
    plain = gojson.to_plain(dict(tool))
    return plain if isinstance(plain, dict) else {}


def _logprob(p: engine.Piece, top: int) -> dict[str, Any]:
    out: dict[str, Any] = {"token": p.text, "logprob": p.logprob}
    if p.text:
        out["bytes"] = list(p.text.encode("utf-8"))
    if top > 0:
        alts = []
        for token, lp in p.top:
            alt: dict[str, Any] = {"token": token, "logprob": lp}
            if token:
                alt["bytes"] = list(token.encode("utf-8"))
            alts.append(alt)
        out["top_logprobs"] = alts
    return out


def _metrics(start: int, loaded: int, prompt_count: int, eval_count: int) -> dict[str, Any]:
    now = time.monotonic_ns()
    out: dict[str, Any] = {
        "total_duration": max(now - start, 1),
        "load_duration": max(loaded - start, 1),
    }
    if prompt_count:
        out["prompt_eval_count"] = prompt_count
        out["prompt_eval_duration"] = prompt_count * 75_000
    if eval_count:
        out["eval_count"] = eval_count
        out["eval_duration"] = eval_count * 250_000
    return out


def _insert_after(d: dict[str, Any], after: str, key: str, value: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in d.items():
        out[k] = v
        if k == after:
            out[key] = value
    if key not in out:
        out[key] = value
    return out


def _strip_port(host: str) -> str:
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    if host.count(":") == 1:
        return host.split(":", 1)[0]
    return host


def _ip_allowed(host: str) -> bool:
    import ipaddress

    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    return ip.is_loopback or ip.is_private or ip.is_unspecified


def _hostname_allowed(host: str) -> bool:
    import socket

    host = host.lower()
    if host in ("", "localhost"):
        return True
    if host == socket.gethostname().lower():
        return True
    return any(host.endswith("." + tld) for tld in ("localhost", "local", "internal"))


def _origin_allowed(origin: str) -> bool:
    extra = [o for o in os.environ.get("OLLAMA_ORIGINS", "").split(",") if o]
    if origin.startswith(BROWSER_EXTENSIONS):
        return True
    for pattern in [*extra, *CORS_ORIGINS]:
        if pattern == "*":
            return True
        if "*" in pattern:
            prefix, _, suffix = pattern.partition("*")
            if (
                origin.startswith(prefix)
                and origin.endswith(suffix)
                and len(origin) >= len(prefix) + len(suffix)
            ):
                return True
        elif origin == pattern:
            return True
    return False
