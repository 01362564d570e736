"""Typed bindings for Ollama's native HTTP API, generated from spec/ollama.yaml.

    from hiramu.ollama import Client

    with Client() as client:
        answer = client.chat("llama3.2", messages=[{"role": "user", "content": "Hello"}])
        print(answer.message.content)

`Client` and `AsyncClient` have one method per operation; streaming operations also have an
`<operation>_stream` twin, and `client.with_raw_response.<operation>(...)` returns the HTTP status
and headers with the parsed body. Module-level functions (`hiramu.ollama.chat(...)`) call a default
`Client` that is built on first use. The models live in `hiramu.ollama.models`; every error is an
`OllamaError` subclass exported here.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from ._client import AsyncClient, AsyncClientWithRawResponse, Client, ClientWithRawResponse
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    DecodeError,
    IncompleteStreamError,
    InvalidHostError,
    NotFoundError,
    OllamaError,
    PermissionDeniedError,
    RateLimitError,
    ResponseError,
    ServerError,
    ServiceUnavailableError,
    StreamError,
    StructuredOutputError,
    ToolArgumentsError,
    ToolError,
    ToolLoopLimitError,
    UnknownToolError,
)
from ._response import RawResponse
from ._streaming import (
    AsyncEventStream,
    AsyncEventStreamRequest,
    AsyncStream,
    AsyncStreamRequest,
    EventStream,
    Stream,
)

if TYPE_CHECKING:
    from ._progress import ProgressUpdate
    from ._structured import Parsed, schema_of
    from ._tools import ToolRun, tool_schema
    from .models import (
        DeleteRequest,
        ErrorResponse,
        FormatSchema,
        GenerateRequest,
        GenerateRequestFormatType0,
        GenerateRequestThinkType1,
        GenerateResponse,
        ListModelResponse,
        ListResponse,
        ModelDetails,
        Options,
        ProgressResponse,
        PullRequest,
        StreamErrorLine,
        VersionResponse,
    )

    _default_client: Client
    heartbeat = _default_client.heartbeat
    heartbeat_head = _default_client.heartbeat_head
    version = _default_client.version
    generate = _default_client.generate
    generate_stream = _default_client.generate_stream
    pull = _default_client.pull
    pull_stream = _default_client.pull_stream
    list = _default_client.list
    delete = _default_client.delete
    create_blob = _default_client.create_blob
    blob_exists = _default_client.blob_exists
    signout = _default_client.signout

_MODEL_NAMES = frozenset(
    {
        "DeleteRequest",
        "ErrorResponse",
        "FormatSchema",
        "GenerateRequest",
        "GenerateRequestFormatType0",
        "GenerateRequestThinkType1",
        "GenerateResponse",
        "ListModelResponse",
        "ListResponse",
        "ModelDetails",
        "Options",
        "ProgressResponse",
        "PullRequest",
        "StreamErrorLine",
        "VersionResponse",
    }
)
_OPERATION_NAMES = frozenset(
    {
        "heartbeat",
        "heartbeat_head",
        "version",
        "generate",
        "generate_stream",
        "pull",
        "pull_stream",
        "list",
        "delete",
        "create_blob",
        "blob_exists",
        "signout",
    }
)

# Helpers whose modules load on first use (schema building pulls in inspect, decimal, uuid, ...).
_HELPER_MODULES = {
    "ProgressUpdate": "._progress",
    "Parsed": "._structured",
    "schema_of": "._structured",
    "ToolRun": "._tools",
    "tool_schema": "._tools",
}

_default_lock = threading.Lock()
_default: Client | None = None


def default_client() -> Client:
    """The `Client` behind the module-level functions, built from the environment on first use."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Client()
        return _default


def __getattr__(name: str) -> Any:
    # Models import on first use and the default client is built on first call: importing
    # hiramu.ollama reads no environment and opens no connection.
    if name in _OPERATION_NAMES:
        return getattr(default_client(), name)
    if name in _MODEL_NAMES:
        from . import models

        return getattr(models, name)
    if name in _HELPER_MODULES:
        from importlib import import_module

        return getattr(import_module(_HELPER_MODULES[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncClientWithRawResponse",
    "AsyncEventStream",
    "AsyncEventStreamRequest",
    "AsyncStream",
    "AsyncStreamRequest",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClientWithRawResponse",
    "DecodeError",
    "EventStream",
    "IncompleteStreamError",
    "InvalidHostError",
    "NotFoundError",
    "OllamaError",
    "Parsed",
    "PermissionDeniedError",
    "ProgressUpdate",
    "RateLimitError",
    "RawResponse",
    "ResponseError",
    "ServerError",
    "ServiceUnavailableError",
    "Stream",
    "StreamError",
    "StructuredOutputError",
    "ToolArgumentsError",
    "ToolError",
    "ToolLoopLimitError",
    "ToolRun",
    "UnknownToolError",
    "default_client",
    "schema_of",
    "tool_schema",
]
