"""The OpenAI- and Anthropic-compatible routes: what they share, and their place in the router.

Ollama serves these routes with a middleware in front of its native handlers: the middleware binds
the compatible request, rewrites it as a native one (chat, generate, embed, list, show), lets the
native handler answer, and rewrites the answer through its own response writer. This package does
the same in process: each route builds a native request body, calls the native handler of
``app.py`` and translates the ``Resp`` or ``Stream`` it returns. So the two layers answer errors
differently, as the real server does:

* errors of the compat middleware itself (binding, validation): the flavour's error shape with
  ``application/json; charset=utf-8`` (gin's ``AbortWithStatusJSON``);
* errors of the native handler, rewritten by the compat writer: the flavour's error shape with
  ``application/json`` (no charset);
* ``:cloud`` models: the cloud pass-through answers before the compat middleware, in the native
  ``{"error": ...}`` shape.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from typing import TYPE_CHECKING, Any

from . import gojson
from .app import CT_JSON, CT_JSON_BARE, HTTPError, Request, Resp, Stream, StreamError, error
from .gojson import GoJSONError
from .names import RefError, parse_ref
from .state import RESOLVER

if TYPE_CHECKING:
    from .app import Handler, OllamaApp

CLOUD_INFERENCE = "remote inference is unavailable"
CLOUD_MODEL_DETAILS = "remote model details are unavailable"


def openai_error_body(status: int, message: str) -> dict[str, Any]:
    """``openai.NewError``: the type depends on the status only; param and code are always null."""
    kind = {400: "invalid_request_error", 404: "not_found_error"}.get(status, "api_error")
    return {"error": {"message": message, "type": kind, "param": None, "code": None}}


ANTHROPIC_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    429: "rate_limit_error",
    503: "overloaded_error",
    529: "overloaded_error",
}


def go_encode(value: Any) -> bytes:
    """``json.NewEncoder(w).Encode(v)``: Go's compact JSON and a newline."""
    return gojson.dumpb(value) + b"\n"


class Flavour:
    """How one family of routes writes its errors."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def error_body(self, status: int, message: str) -> dict[str, Any]:
        raise NotImplementedError

    def error(self, status: int, message: str, *, content_type: str = CT_JSON_BARE) -> Resp:
        return Resp(status, [("content-type", content_type)], go_encode(self.error_body(status, message)))

    def abort(self, status: int, message: str) -> HTTPError:
        """The middleware's own ``AbortWithStatusJSON`` (with gin's charset)."""
        return HTTPError(self.error(status, message, content_type=CT_JSON))

    def rewrite_error(self, resp: Resp) -> Resp:
        """``writeError``: the native handler's ``{"error": ...}`` body in this flavour's shape."""
        try:
            parsed = json.loads(resp.body)
            message = parsed.get("error") if isinstance(parsed, dict) else None
            text = message if isinstance(message, str) else ""
        except ValueError:
            text = resp.body.decode("utf-8", "replace")
        return self.error(resp.status, text)


class OpenAIFlavour(Flavour):
    def error_body(self, status: int, message: str) -> dict[str, Any]:
        return openai_error_body(status, message)


class AnthropicFlavour(Flavour):
    def error_body(self, status: int, message: str) -> dict[str, Any]:
        return {
            "type": "error",
            "error": {"type": ANTHROPIC_ERROR_TYPES.get(status, "api_error"), "message": message},
            "request_id": self.request_id(),
        }

    def request_id(self) -> str:
        return f"req_{self.rng.getrandbits(96):024x}"

    def message_id(self) -> str:
        return f"msg_{self.rng.getrandbits(96):024x}"


def bind_or_abort(flavour: Flavour, bind: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """ShouldBindJSON failures are the middleware's 400 (``EOF`` for an empty body)."""
    try:
        return bind()
    except GoJSONError as e:
        raise flavour.abort(400, str(e)) from None


def cloud_model(body: bytes) -> bool:
    """Whether the cloud pass-through takes this request: a JSON body whose ``model`` is a cloud ref."""
    try:
        parsed = json.loads(body)
    except ValueError:
        return False
    model = parsed.get("model") if isinstance(parsed, dict) else None
    return isinstance(model, str) and is_cloud_ref(model)


def is_cloud_ref(model: str) -> bool:
    try:
        return parse_ref(model.strip()).source == "cloud"
    except RefError:
        return False


def cloud_offline(app: OllamaApp, method: str, path: str, operation: str) -> Resp:
    """The pass-through's answer without network: Go's failed DNS lookup, native shape."""
    if app.state.cloud_disabled:
        return error(403, f"ollama cloud is disabled: {operation}")
    verb = "Get" if method == "GET" else "Post"
    ts = int(time.time())
    return error(
        502,
        f'{verb} "https://ollama.com:443{path}?ts={ts}": dial tcp: lookup ollama.com on {RESOLVER}: no such host',
    )


async def call_native(handler: Handler, req: Request, path: str, body: dict[str, Any]) -> Resp | Stream:
    """Run a native handler on a rewritten body, as ``c.Next()`` does after the middleware."""
    native = Request("POST", path, req.headers, gojson.dumpb(body), {}, req.client_host)
    try:
        result = await handler(native)
    except HTTPError as e:
        return e.resp
    if not isinstance(result, Resp | Stream):  # pragma: no cover - native handlers answer these two
        raise TypeError(f"unexpected native answer {type(result).__name__}")
    return result


async def first_item(
    stream: Stream,
) -> tuple[dict[str, Any] | StreamError | None, AsyncGenerator[dict[str, Any]]]:
    """The first item of a native stream (which decides the status), and the remaining chunks.

    A native error item after the first is what Ollama's compat writers cannot tell from a chunk:
    they decode it into an empty chat response, so the compat stream carries on without content and
    ends without its final event. The remaining chunks stop there too.
    """
    items = stream.items
    try:
        first = await items.__anext__()
    except StopAsyncIteration:
        first = None

    async def rest() -> AsyncGenerator[dict[str, Any]]:
        try:
            async for item in items:
                if isinstance(item, StreamError):
                    yield {}
                    return
                yield item
        finally:
            aclose = getattr(items, "aclose", None)
            if aclose is not None:
                await aclose()

    return first, rest()


async def last_chunk(items: AsyncIterator[dict[str, Any]], default: dict[str, Any]) -> dict[str, Any]:
    """The last chunk of a native answer (the one with the totals), reading the whole stream."""
    last = default
    async for item in items:
        last = item
    return last


def unix_seconds(rfc3339: str | None) -> int:
    """``CreatedAt.Unix()`` of a native chunk's ``created_at``."""
    if not rfc3339:
        return int(time.time())
    from datetime import datetime

    text = rfc3339.replace("Z", "+00:00")
    if "." in text:
        head, _, tail = text.partition(".")
        digits = "".join(c for c in tail if c.isdigit())
        zone = tail[len(digits) :]
        text = f"{head}.{digits[:6].ljust(6, '0')}{zone}"
    return int(datetime.fromisoformat(text).timestamp())


class CompatRoutes:
    """The 8 compatible routes and the hook ``app.py`` calls to shape injected errors."""

    def __init__(self, app: OllamaApp) -> None:
        from .compat_anthropic import AnthropicRoutes
        from .compat_openai import OpenAIRoutes

        self.app = app
        self.rng = random.Random(0x0A11A3A)
        self.openai = OpenAIRoutes(app, OpenAIFlavour(self.rng), self.rng)
        self.anthropic = AnthropicRoutes(app, AnthropicFlavour(self.rng))

    def routes(self) -> list[tuple[str, str, Handler]]:
        # The order of server/routes.go (GenerateRoutes).
        o = self.openai
        return [
            ("POST", "/v1/chat/completions", o.chat_completions),
            ("POST", "/v1/completions", o.completions),
            ("POST", "/v1/embeddings", o.embeddings),
            ("GET", "/v1/models", o.list_models),
            ("GET", "/v1/models/:model", o.retrieve_model),
            ("POST", "/v1/responses", o.responses),
            ("POST", "/v1/audio/transcriptions", o.audio_transcriptions),
            ("POST", "/v1/messages", self.anthropic.messages),
        ]

    def flavour_of(self, path: str) -> Flavour | None:
        if path == "/v1/messages":
            return self.anthropic.flavour
        if path.startswith("/v1/"):
            return self.openai.flavour
        return None

    def shape_error(self, path: str, resp: Resp) -> Resp:
        """An injected ``status`` fault on a compat route comes back the way its writer words errors."""
        flavour = self.flavour_of(path)
        if flavour is None or (
            self.app.resolve("POST", path)[0] is None and self.app.resolve("GET", path)[0] is None
        ):
            return resp
        return flavour.rewrite_error(resp)
