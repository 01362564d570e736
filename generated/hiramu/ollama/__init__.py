"""Typed bindings for Ollama's native HTTP API, generated from spec/ollama.yaml.

    from hiramu.ollama import Client

    with Client() as client:
        answer = client.chat("llama3.2", messages=[{"role": "user", "content": "Hello"}])
        print(answer.message.content)

`Client` and `AsyncClient` have one method per operation; streaming operations also have an
`<operation>_stream` twin. Module-level functions (`hiramu.ollama.chat(...)`) call a default
`Client` that is built on first use. The low-level per-operation functions live in
`hiramu.ollama.api.default`, the models in `hiramu.ollama.models`.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from ._client import AsyncClient, Client
from ._streaming import AsyncStream, Stream
from .errors import (
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
)

if TYPE_CHECKING:
    from ._progress import ProgressUpdate
    from ._structured import Parsed, StructuredOutputError, schema_of
    from ._tools import ToolArgumentsError, ToolError, ToolRun, UnknownToolError, tool_schema
    from .models import (
        ChatRequest,
        ChatResponse,
        CloudStatus,
        CopyRequest,
        CreateInfo,
        CreateRequest,
        DebugInfo,
        DeleteRequest,
        EmbeddingRequest,
        EmbeddingResponse,
        EmbedRequest,
        EmbedResponse,
        ErrorResponse,
        FileDigestMap,
        FormatKeyword,
        GenerateRequest,
        GenerateResponse,
        JsonSchema,
        ListModelResponse,
        ListResponse,
        Logprob,
        Message,
        ModelDetails,
        ModelInfo,
        ModelRecommendation,
        ModelRecommendationsResponse,
        Options,
        ProcessModelResponse,
        ProcessResponse,
        ProgressResponse,
        PullRequest,
        PushRequest,
        ShowRequest,
        ShowResponse,
        SigninErrorResponse,
        StatusResponse,
        StreamErrorLine,
        Tensor,
        ThinkLevel,
        TokenLogprob,
        Tool,
        ToolCall,
        ToolCallArguments,
        ToolCallFunction,
        ToolFunction,
        ToolFunctionParameters,
        ToolProperty,
        ToolPropertyMap,
        UserResponse,
        VersionResponse,
        WebFetchRequest,
        WebFetchResponse,
        WebSearchRequest,
        WebSearchResponse,
        WebSearchResult,
    )

    _default_client: Client
    heartbeat = _default_client.heartbeat
    heartbeat_head = _default_client.heartbeat_head
    version = _default_client.version
    version_head = _default_client.version_head
    status = _default_client.status
    generate = _default_client.generate
    generate_stream = _default_client.generate_stream
    chat = _default_client.chat
    chat_stream = _default_client.chat_stream
    embed = _default_client.embed
    embeddings = _default_client.embeddings
    create = _default_client.create
    create_stream = _default_client.create_stream
    create_blob = _default_client.create_blob
    blob_exists = _default_client.blob_exists
    list = _default_client.list
    list_head = _default_client.list_head
    show = _default_client.show
    copy = _default_client.copy
    delete = _default_client.delete
    pull = _default_client.pull
    pull_stream = _default_client.pull_stream
    push = _default_client.push
    push_stream = _default_client.push_stream
    ps = _default_client.ps
    whoami = _default_client.whoami
    signout = _default_client.signout
    delete_user_key = _default_client.delete_user_key
    web_search = _default_client.web_search
    web_fetch = _default_client.web_fetch
    model_recommendations = _default_client.model_recommendations

_MODEL_NAMES = frozenset(
    {
        "ChatRequest",
        "ChatResponse",
        "CloudStatus",
        "CopyRequest",
        "CreateInfo",
        "CreateRequest",
        "DebugInfo",
        "DeleteRequest",
        "EmbeddingRequest",
        "EmbeddingResponse",
        "EmbedRequest",
        "EmbedResponse",
        "ErrorResponse",
        "FileDigestMap",
        "FormatKeyword",
        "GenerateRequest",
        "GenerateResponse",
        "JsonSchema",
        "ListModelResponse",
        "ListResponse",
        "Logprob",
        "Message",
        "ModelDetails",
        "ModelInfo",
        "ModelRecommendation",
        "ModelRecommendationsResponse",
        "Options",
        "ProcessModelResponse",
        "ProcessResponse",
        "ProgressResponse",
        "PullRequest",
        "PushRequest",
        "ShowRequest",
        "ShowResponse",
        "SigninErrorResponse",
        "StatusResponse",
        "StreamErrorLine",
        "Tensor",
        "ThinkLevel",
        "TokenLogprob",
        "Tool",
        "ToolCall",
        "ToolCallArguments",
        "ToolCallFunction",
        "ToolFunction",
        "ToolFunctionParameters",
        "ToolProperty",
        "ToolPropertyMap",
        "UserResponse",
        "VersionResponse",
        "WebFetchRequest",
        "WebFetchResponse",
        "WebSearchRequest",
        "WebSearchResponse",
        "WebSearchResult",
    }
)
_OPERATION_NAMES = frozenset(
    {
        "heartbeat",
        "heartbeat_head",
        "version",
        "version_head",
        "status",
        "generate",
        "generate_stream",
        "chat",
        "chat_stream",
        "embed",
        "embeddings",
        "create",
        "create_stream",
        "create_blob",
        "blob_exists",
        "list",
        "list_head",
        "show",
        "copy",
        "delete",
        "pull",
        "pull_stream",
        "push",
        "push_stream",
        "ps",
        "whoami",
        "signout",
        "delete_user_key",
        "web_search",
        "web_fetch",
        "model_recommendations",
    }
)

# Helpers whose modules load on first use (schema building pulls in inspect, decimal, uuid, ...).
_HELPER_MODULES = {
    "ProgressUpdate": "._progress",
    "Parsed": "._structured",
    "StructuredOutputError": "._structured",
    "schema_of": "._structured",
    "ToolArgumentsError": "._tools",
    "ToolError": "._tools",
    "ToolRun": "._tools",
    "UnknownToolError": "._tools",
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
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "DecodeError",
    "IncompleteStreamError",
    "InvalidHostError",
    "NotFoundError",
    "OllamaError",
    "Parsed",
    "PermissionDeniedError",
    "ProgressUpdate",
    "RateLimitError",
    "ResponseError",
    "ServerError",
    "ServiceUnavailableError",
    "Stream",
    "StreamError",
    "StructuredOutputError",
    "ToolArgumentsError",
    "ToolError",
    "ToolRun",
    "UnknownToolError",
    "default_client",
    "schema_of",
    "tool_schema",
]
