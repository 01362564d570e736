"""Every error hiramu.ollama raises derives from `OllamaError`; this module holds all of them.

    OllamaError
    ├── ResponseError              an HTTP error status (status_code, error, type, response, body)
    │   ├── BadRequestError        400
    │   ├── AuthenticationError    401 (signin_url)
    │   ├── PermissionDeniedError  403
    │   ├── NotFoundError          404
    │   ├── RateLimitError         429
    │   ├── ServerError            500 and above
    │   │   └── ServiceUnavailableError  503
    │   └── StreamError            an {"error": ...} line inside a 2xx stream
    ├── APIConnectionError         no connection, or it dropped before a response
    │   └── APITimeoutError        a connect, read, write or pool timeout
    ├── IncompleteStreamError      a stream ended before its final line
    ├── DecodeError                a body or NDJSON line that is not valid JSON, or a value
    │                              that does not fit its model (model, path, expected, got)
    ├── InvalidHostError           a host string that cannot be parsed (also a ValueError)
    ├── StructuredOutputError      a structured answer that is not JSON or does not fit its type
    ├── ToolError                  a tool call that cannot be run (name, call)
    │   ├── UnknownToolError       the model called a tool that was not given
    │   └── ToolArgumentsError     the arguments do not fit the function
    └── ToolLoopLimitError         the model still calls tools after max_rounds requests

`ResponseError` keeps the name and the `error` / `status_code` attributes of the official `ollama`
package's class, so `except ResponseError as e: e.status_code` code moves over unchanged.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "DecodeError",
    "IncompleteStreamError",
    "InvalidHostError",
    "NotFoundError",
    "OllamaError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseError",
    "ServerError",
    "ServiceUnavailableError",
    "StreamError",
    "StructuredOutputError",
    "ToolArgumentsError",
    "ToolError",
    "ToolLoopLimitError",
    "UnknownToolError",
    "map_transport_error",
    "status_error_from_response",
]

# How much of a bad line or an error body goes into a message.
SNIPPET_CHARS = 200
_MESSAGE_CHARS = 1000


class OllamaError(Exception):
    """Base class of every error raised by hiramu.ollama."""


class ResponseError(OllamaError):
    """The server answered with an HTTP error status (>= 400).

    `error` (also `message`) is the server's message: the `error` field of a native JSON body, the
    `error.message` of an OpenAI- or Anthropic-style body (`{"error": {"message", "type", ...}}`,
    `{"type": "error", "error": {"type", "message"}}`), else the text of the body, else the reason
    phrase. `type` is that body's `error.type` (`invalid_request_error`, `not_found_error`, ...),
    None for a native body; `code` and `param` are the OpenAI body's fields, None when absent.
    `body` is the parsed JSON body, or its text when it is not JSON. The class depends on the status
    alone, whichever of the three shapes the body has. Raised as is for statuses without a subclass
    (405, 499, ...).
    """

    status_code: int
    error: str
    type: str | None
    code: str | None
    param: str | None
    response: httpx.Response | None
    body: object

    def __init__(
        self,
        error: str,
        status_code: int = -1,
        *,
        response: httpx.Response | None = None,
        body: object = None,
    ) -> None:
        super().__init__(error)
        self.error = error
        self.status_code = status_code
        self.response = response
        self.body = body
        detail = _error_detail(body)
        self.type = _text_field(detail, "type")
        self.code = _text_field(detail, "code")
        self.param = _text_field(detail, "param")

    @property
    def message(self) -> str:
        """The server's message (the same as `error`), as the OpenAI and Anthropic SDKs name it."""
        return self.error

    def __str__(self) -> str:
        return f"{self.error} (status code: {self.status_code})"


def _error_detail(body: object) -> dict[str, Any]:
    """The `error` object of an OpenAI- or Anthropic-style body (or a Responses `response.failed`
    event), or an empty dict for a native body (whose `error` is a string)."""
    if not isinstance(body, dict):
        return {}
    detail = body.get("error")
    if detail is None and isinstance(body.get("response"), dict):
        detail = body["response"].get("error")
    return detail if isinstance(detail, dict) else {}


def _text_field(detail: dict[str, Any], key: str) -> str | None:
    value = detail.get(key)
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class BadRequestError(ResponseError):
    """400: the request was malformed or asked for something the model cannot do."""


class AuthenticationError(ResponseError):
    """401: the server (or ollama.com behind it) wants a signed-in key.

    `signin_url` is the sign-in link Ollama puts in the body, when it sends one.
    """

    signin_url: str | None

    def __init__(
        self,
        error: str,
        status_code: int = 401,
        *,
        response: httpx.Response | None = None,
        body: object = None,
        signin_url: str | None = None,
    ) -> None:
        super().__init__(error, status_code, response=response, body=body)
        self.signin_url = signin_url


class PermissionDeniedError(ResponseError):
    """403: refused, e.g. a disallowed Origin or Host header, or cloud models are disabled."""


class NotFoundError(ResponseError):
    """404: an unknown model, blob or path."""


class RateLimitError(ResponseError):
    """429: too many requests (retried automatically before it is raised)."""


class ServerError(ResponseError):
    """500 or above: the server failed (a model that does not load, a runner crash, ...)."""


class ServiceUnavailableError(ServerError):
    """503: the server is busy (its request queue is full); retried automatically before it is raised."""


class StreamError(ResponseError):
    """An `{"error": "..."}` line arrived inside a stream whose HTTP status was already 2xx.

    `status_code` is that HTTP status (usually 200), `error` the message and `line` the parsed line.
    """

    line: dict[str, Any]

    def __init__(
        self,
        error: str,
        status_code: int,
        *,
        line: dict[str, Any],
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(error, status_code, response=response, body=line)
        self.line = line

    def __str__(self) -> str:
        # The 2xx status says nothing about the failure; the message is what went wrong.
        return f"the stream reported an error: {self.error}"


class APIConnectionError(OllamaError):
    """The server could not be reached, or the connection dropped before a response arrived.

    `host` is the server's address as configured (scheme, host, port and base path).
    """

    host: str

    def __init__(self, host: str, message: str | None = None) -> None:
        if message is None:
            message = f"could not connect to Ollama at {host} (is the server running?)"
        super().__init__(message)
        self.host = host


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired.

    A read timeout bounds the wait between two pieces of data, so it must cover a cold model load.
    """

    def __init__(self, host: str, message: str | None = None) -> None:
        super().__init__(host, message or f"request to Ollama at {host} timed out")


class IncompleteStreamError(OllamaError):
    """A stream ended, cleanly or by a dropped connection, before its final line.

    A final line has `"done": true` (generate, chat) or `"status": "success"` (pull, push, create).
    `lines_received` counts the lines that did arrive; a dropped connection is the `__cause__`.
    """

    lines_received: int

    def __init__(self, lines_received: int, message: str | None = None) -> None:
        if message is None:
            message = (
                f"the stream ended after {lines_received} line(s) without its final line "
                '("done": true or "status": "success")'
            )
        super().__init__(message)
        self.lines_received = lines_received


class DecodeError(OllamaError):
    """A response body or an NDJSON line is not valid JSON (or is too long to buffer), or a JSON value
    does not fit the model that reads it.

    For invalid JSON, `line_number` counts lines from 1 (blank lines included) and `snippet` is the
    start of the line. For a value that does not fit, `model` names the model, `path` the field inside
    it (`("details", "families")`, `("messages", 0, "content")`), `expected` what the field accepts and
    `got` the JSON type received: `ShowResponse.details.families: expected array, got int`.
    """

    reason: str
    line_number: int
    snippet: str
    model: str
    path: tuple[str | int, ...]
    expected: str
    got: str

    def __init__(
        self,
        reason: str,
        *,
        line_number: int,
        snippet: str,
        model: str = "",
        path: tuple[str | int, ...] = (),
        expected: str = "",
        got: str = "",
    ) -> None:
        if expected:
            message = f"{model}{_path_text(path)}: {reason}"
        else:
            message = f"invalid JSON on line {line_number}: {reason}; the line starts with {snippet!r}"
        super().__init__(message)
        self.reason = reason
        self.line_number = line_number
        self.snippet = snippet
        self.model = model
        self.path = path
        self.expected = expected
        self.got = got

    @classmethod
    def from_text(cls, text: bytes | bytearray | str, *, line_number: int, reason: str) -> DecodeError:
        """Build the error from the offending line, quoting at most `SNIPPET_CHARS` characters of it."""
        return cls(reason, line_number=line_number, snippet=_snippet(text))

    @classmethod
    def mismatch(cls, expected: str, value: object) -> DecodeError:
        """A JSON value that a field does not accept; `inside` and `within` then say where it was."""
        got = _JSON_NAMES.get(type(value), type(value).__name__)
        return cls(f"expected {expected}, got {got}", line_number=0, snippet="", expected=expected, got=got)

    def inside(self, step: str | int) -> DecodeError:
        """The same error one level up: `step` is the key or index that held the bad value."""
        return self._moved(self.model, (step, *self.path))

    def within(self, model: str) -> DecodeError:
        """The same error, named after the model that read the outermost object."""
        return self._moved(model, self.path)

    def _moved(self, model: str, path: tuple[str | int, ...]) -> DecodeError:
        return type(self)(
            self.reason,
            line_number=self.line_number,
            snippet=self.snippet,
            model=model,
            path=path,
            expected=self.expected,
            got=self.got,
        )


# JSON type names for the Python types `json.loads` produces.
_JSON_NAMES: dict[type, str] = {
    dict: "object",
    list: "array",
    str: "string",
    int: "int",
    float: "number",
    bool: "boolean",
    type(None): "null",
}


def _path_text(path: tuple[str | int, ...]) -> str:
    return "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path)


class InvalidHostError(OllamaError, ValueError):
    """A host string (the `host=` argument or `OLLAMA_HOST`) cannot be parsed.

    Raised when a client is built, never at import.
    """

    host: str
    reason: str

    def __init__(self, host: str, reason: str, *, source: str = "host") -> None:
        super().__init__(f"invalid {source} {host!r}: {reason}")
        self.host = host
        self.reason = reason


class StructuredOutputError(OllamaError):
    """The model's answer is not valid JSON, or does not match the requested type.

    `text` is the raw answer, `target` the requested type, `reason` what is wrong with it, `path`
    where (`$` is the whole document; None when the text is not JSON at all). `response` is the
    whole response when the error comes from `chat_parse`/`generate_parse`; its `done_reason`
    tells whether the answer was cut off by the token limit (`"length"`).
    """

    text: str
    target: Any
    reason: str
    path: str | None
    response: Any

    def __init__(
        self, text: str, target: Any, reason: str, *, path: str | None = None, response: Any = None
    ) -> None:
        name = getattr(target, "__qualname__", None) or repr(target)
        if getattr(response, "done_reason", None) == "length":
            reason += " (the token limit cut the answer off: done_reason is 'length')"
        super().__init__(
            f"the answer does not parse as {name}: {reason}; the answer starts with {_snippet(text)!r}"
        )
        self.text = text
        self.target = target
        self.reason = reason
        self.path = path
        self.response = response


class ToolError(OllamaError):
    """A tool call the model made could not be run. `name` is the tool it asked for, `call` the
    tool call as received."""

    name: str
    call: Any

    def __init__(self, message: str, *, name: str, call: Any = None) -> None:
        super().__init__(message)
        self.name = name
        self.call = call


class UnknownToolError(ToolError):
    """The model asked for a tool that was not given. `available` lists the names that were."""

    available: list[str]

    def __init__(self, name: str, available: list[str], *, call: Any = None) -> None:
        known = ", ".join(available) or "none"
        super().__init__(
            f"the model called an unknown tool {name!r} (available: {known})", name=name, call=call
        )
        self.available = available


class ToolArgumentsError(ToolError):
    """The arguments of a tool call do not fit the function: a missing or unexpected argument, or
    a value of the wrong type. `arguments` is what the model sent, `reason` what is wrong."""

    arguments: Any
    reason: str

    def __init__(self, name: str, arguments: Any, reason: str, *, call: Any = None) -> None:
        super().__init__(f"bad arguments for tool {name!r}: {reason}", name=name, call=call)
        self.arguments = arguments
        self.reason = reason


class ToolLoopLimitError(OllamaError):
    """The model still asked for tools after `max_rounds` chat requests.

    `messages` is the conversation so far (ending with the assistant message whose tool calls were
    not run) and `response` the last response.
    """

    max_rounds: int
    messages: list[Any]
    response: Any

    def __init__(self, max_rounds: int, messages: list[Any], response: Any) -> None:
        super().__init__(f"the model still asked for tools after {max_rounds} chat request(s)")
        self.max_rounds = max_rounds
        self.messages = messages
        self.response = response


def _snippet(text: bytes | bytearray | str, limit: int = SNIPPET_CHARS) -> str:
    """The start of `text`, at most `limit` characters, with an ellipsis when cut."""
    if not isinstance(text, str):
        # Decode only a bounded prefix: a UTF-8 character is at most 4 bytes.
        text = bytes(text[: limit * 4 + 4]).decode("utf-8", "replace") + (
            "…" if len(text) > limit * 4 + 4 else ""
        )
    if len(text) > limit:
        return text[:limit] + "…"
    return text


_STATUS_CLASSES: dict[int, type[ResponseError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
    503: ServiceUnavailableError,
}


def _error_class(status_code: int) -> type[ResponseError]:
    cls = _STATUS_CLASSES.get(status_code)
    if cls is not None:
        return cls
    return ServerError if status_code >= 500 else ResponseError


def _parse_error_body(response: httpx.Response) -> tuple[object, str]:
    import httpx  # loaded already: the response came from it

    try:
        content = response.content
    except httpx.ResponseNotRead:
        content = b""
    # Ollama always answers in UTF-8; a proxy's error page may not, hence "replace".
    text = content.decode("utf-8", "replace")
    body: object = text
    message = ""
    if text.strip():
        try:
            body = json.loads(text)
        except ValueError:
            message = text.strip()
        else:
            error = body.get("error") if isinstance(body, dict) else None
            if isinstance(error, str) and error:
                message = error
            elif isinstance(error, dict) and isinstance(error.get("message"), str) and error["message"]:
                # The OpenAI and Anthropic flavours nest the message in an object.
                message = error["message"]
            elif error:
                message = json.dumps(error, ensure_ascii=False)
            else:
                message = text.strip()
    if not message:
        message = response.reason_phrase or f"HTTP {response.status_code}"
    if len(message) > _MESSAGE_CHARS:
        message = message[:_MESSAGE_CHARS] + "…"
    return body, message


def status_error_from_response(response: httpx.Response) -> ResponseError:
    """The `ResponseError` subclass for an error response whose body was already read."""
    body, message = _parse_error_body(response)
    status = response.status_code
    cls = _error_class(status)
    if cls is AuthenticationError:
        signin_url = body.get("signin_url") if isinstance(body, dict) else None
        return AuthenticationError(
            message,
            status,
            response=response,
            body=body,
            signin_url=signin_url if isinstance(signin_url, str) else None,
        )
    return cls(message, status, response=response, body=body)


def map_transport_error(exc: httpx.RequestError, host: str) -> APIConnectionError:
    """The error to raise (with `from exc`) for an httpx failure before a complete response."""
    import httpx  # loaded already: it raised `exc`

    if isinstance(exc, httpx.ConnectTimeout):
        return APITimeoutError(host, f"timed out connecting to Ollama at {host} (is the server running?)")
    if isinstance(exc, httpx.ReadTimeout):
        return APITimeoutError(
            host,
            f"timed out waiting for Ollama at {host} to answer "
            "(a cold model load can take minutes; raise the read timeout if needed)",
        )
    if isinstance(exc, httpx.WriteTimeout):
        return APITimeoutError(host, f"timed out sending the request to Ollama at {host}")
    if isinstance(exc, httpx.PoolTimeout):
        return APITimeoutError(host, f"timed out waiting for a free connection to Ollama at {host}")
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(host)
    if isinstance(exc, httpx.ConnectError):
        return APIConnectionError(
            host, f"could not connect to Ollama at {host} (is the server running?): {exc}"
        )
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
        return APIConnectionError(
            host, f"the connection to Ollama at {host} was closed before a response: {exc}"
        )
    return APIConnectionError(host, f"the request to Ollama at {host} failed: {exc}")
