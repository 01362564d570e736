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
    # Importable by name, left out of `__all__`: a type alias, not a class the reference documents.
    # Importable by name, left out of `__all__`: a type alias, not a class the reference documents.
    from ._events import AnthropicStreamEvent as AnthropicStreamEvent
    from ._events import OpenAIResponsesStreamEvent as OpenAIResponsesStreamEvent
    from ._progress import ProgressUpdate
    from ._structured import Parsed, schema_of
    from ._tools import ToolRun, tool_schema
    from .models import (
        AnthropicCitation,
        AnthropicContentBlock,
        AnthropicContentBlockDeltaEvent,
        AnthropicContentBlockDeltaEventType,
        AnthropicContentBlockStartEvent,
        AnthropicContentBlockStartEventType,
        AnthropicContentBlockStopEvent,
        AnthropicContentBlockStopEventType,
        AnthropicDelta,
        AnthropicError,
        AnthropicErrorResponse,
        AnthropicImageSource,
        AnthropicMessage,
        AnthropicMessageDelta,
        AnthropicMessageDeltaEvent,
        AnthropicMessageDeltaEventType,
        AnthropicMessageParam,
        AnthropicMessagesRequest,
        AnthropicMessageStartEvent,
        AnthropicMessageStartEventType,
        AnthropicMessageStopEvent,
        AnthropicMessageStopEventType,
        AnthropicMetadata,
        AnthropicOutputConfig,
        AnthropicPingEvent,
        AnthropicPingEventType,
        AnthropicStreamErrorEvent,
        AnthropicStreamErrorEventType,
        AnthropicThinkingConfig,
        AnthropicTool,
        AnthropicToolChoice,
        AnthropicUsage,
        AnthropicWebSearchResult,
        AnthropicWebSearchToolResultError,
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
        OpenAIChatChoice,
        OpenAIChatCompletion,
        OpenAIChatCompletionChunk,
        OpenAIChatCompletionMessage,
        OpenAIChatCompletionRequest,
        OpenAIChatMessage,
        OpenAIChoiceLogprobs,
        OpenAIChunkChoice,
        OpenAICompletion,
        OpenAICompletionChoice,
        OpenAICompletionChunk,
        OpenAICompletionRequest,
        OpenAIContentPart,
        OpenAIContentPartType,
        OpenAIDelta,
        OpenAIEmbedding,
        OpenAIEmbeddingList,
        OpenAIEmbeddingRequest,
        OpenAIEmbeddingUsage,
        OpenAIError,
        OpenAIErrorResponse,
        OpenAIImageURL,
        OpenAIInputAudio,
        OpenAIJsonSchemaFormat,
        OpenAIModel,
        OpenAIModelList,
        OpenAIReasoning,
        OpenAIReasoningEffort,
        OpenAIResponse,
        OpenAIResponseFormat,
        OpenAIResponsesArgumentsDeltaEvent,
        OpenAIResponsesArgumentsDeltaEventType,
        OpenAIResponsesArgumentsDoneEvent,
        OpenAIResponsesArgumentsDoneEventType,
        OpenAIResponsesContent,
        OpenAIResponsesContentPartEvent,
        OpenAIResponsesContentPartEventType,
        OpenAIResponsesContentType,
        OpenAIResponsesError,
        OpenAIResponsesIncompleteDetails,
        OpenAIResponsesInputItem,
        OpenAIResponsesInputItemType,
        OpenAIResponsesInputTokensDetails,
        OpenAIResponsesMetadata,
        OpenAIResponsesOutputContent,
        OpenAIResponsesOutputItem,
        OpenAIResponsesOutputItemEvent,
        OpenAIResponsesOutputItemEventType,
        OpenAIResponsesOutputTokensDetails,
        OpenAIResponsesReasoning,
        OpenAIResponsesReasoningDeltaEvent,
        OpenAIResponsesReasoningDeltaEventType,
        OpenAIResponsesReasoningDoneEvent,
        OpenAIResponsesReasoningDoneEventType,
        OpenAIResponsesReasoningOutput,
        OpenAIResponsesReasoningSummary,
        OpenAIResponsesRequest,
        OpenAIResponsesResponseEvent,
        OpenAIResponsesResponseEventType,
        OpenAIResponsesText,
        OpenAIResponsesTextDeltaEvent,
        OpenAIResponsesTextDeltaEventType,
        OpenAIResponsesTextDoneEvent,
        OpenAIResponsesTextDoneEventType,
        OpenAIResponsesTextFormat,
        OpenAIResponsesTool,
        OpenAIResponsesUsage,
        OpenAIResponsesWebSearchAction,
        OpenAIResponsesWebSearchEvent,
        OpenAIResponsesWebSearchEventType,
        OpenAIStreamOptions,
        OpenAIToolCall,
        OpenAIToolCallFunction,
        OpenAITranscriptionRequest,
        OpenAITranscriptionResponse,
        OpenAIUsage,
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
    openai_chat_completions = _default_client.openai_chat_completions
    openai_chat_completions_stream = _default_client.openai_chat_completions_stream
    openai_completions = _default_client.openai_completions
    openai_completions_stream = _default_client.openai_completions_stream
    openai_embeddings = _default_client.openai_embeddings
    openai_list_models = _default_client.openai_list_models
    openai_retrieve_model = _default_client.openai_retrieve_model
    openai_responses = _default_client.openai_responses
    openai_responses_stream = _default_client.openai_responses_stream
    openai_audio_transcriptions = _default_client.openai_audio_transcriptions
    anthropic_messages = _default_client.anthropic_messages
    anthropic_messages_stream = _default_client.anthropic_messages_stream

_MODEL_NAMES = frozenset(
    {
        "AnthropicCitation",
        "AnthropicContentBlock",
        "AnthropicContentBlockDeltaEvent",
        "AnthropicContentBlockDeltaEventType",
        "AnthropicContentBlockStartEvent",
        "AnthropicContentBlockStartEventType",
        "AnthropicContentBlockStopEvent",
        "AnthropicContentBlockStopEventType",
        "AnthropicDelta",
        "AnthropicError",
        "AnthropicErrorResponse",
        "AnthropicImageSource",
        "AnthropicMessage",
        "AnthropicMessageDelta",
        "AnthropicMessageDeltaEvent",
        "AnthropicMessageDeltaEventType",
        "AnthropicMessageParam",
        "AnthropicMessagesRequest",
        "AnthropicMessageStartEvent",
        "AnthropicMessageStartEventType",
        "AnthropicMessageStopEvent",
        "AnthropicMessageStopEventType",
        "AnthropicMetadata",
        "AnthropicOutputConfig",
        "AnthropicPingEvent",
        "AnthropicPingEventType",
        "AnthropicStreamErrorEvent",
        "AnthropicStreamErrorEventType",
        "AnthropicThinkingConfig",
        "AnthropicTool",
        "AnthropicToolChoice",
        "AnthropicUsage",
        "AnthropicWebSearchResult",
        "AnthropicWebSearchToolResultError",
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
        "OpenAIChatChoice",
        "OpenAIChatCompletion",
        "OpenAIChatCompletionChunk",
        "OpenAIChatCompletionMessage",
        "OpenAIChatCompletionRequest",
        "OpenAIChatMessage",
        "OpenAIChoiceLogprobs",
        "OpenAIChunkChoice",
        "OpenAICompletion",
        "OpenAICompletionChoice",
        "OpenAICompletionChunk",
        "OpenAICompletionRequest",
        "OpenAIContentPart",
        "OpenAIContentPartType",
        "OpenAIDelta",
        "OpenAIEmbedding",
        "OpenAIEmbeddingList",
        "OpenAIEmbeddingRequest",
        "OpenAIEmbeddingUsage",
        "OpenAIError",
        "OpenAIErrorResponse",
        "OpenAIImageURL",
        "OpenAIInputAudio",
        "OpenAIJsonSchemaFormat",
        "OpenAIModel",
        "OpenAIModelList",
        "OpenAIReasoning",
        "OpenAIReasoningEffort",
        "OpenAIResponse",
        "OpenAIResponseFormat",
        "OpenAIResponsesArgumentsDeltaEvent",
        "OpenAIResponsesArgumentsDeltaEventType",
        "OpenAIResponsesArgumentsDoneEvent",
        "OpenAIResponsesArgumentsDoneEventType",
        "OpenAIResponsesContent",
        "OpenAIResponsesContentPartEvent",
        "OpenAIResponsesContentPartEventType",
        "OpenAIResponsesContentType",
        "OpenAIResponsesError",
        "OpenAIResponsesIncompleteDetails",
        "OpenAIResponsesInputItem",
        "OpenAIResponsesInputItemType",
        "OpenAIResponsesInputTokensDetails",
        "OpenAIResponsesMetadata",
        "OpenAIResponsesOutputContent",
        "OpenAIResponsesOutputItem",
        "OpenAIResponsesOutputItemEvent",
        "OpenAIResponsesOutputItemEventType",
        "OpenAIResponsesOutputTokensDetails",
        "OpenAIResponsesReasoning",
        "OpenAIResponsesReasoningDeltaEvent",
        "OpenAIResponsesReasoningDeltaEventType",
        "OpenAIResponsesReasoningDoneEvent",
        "OpenAIResponsesReasoningDoneEventType",
        "OpenAIResponsesReasoningOutput",
        "OpenAIResponsesReasoningSummary",
        "OpenAIResponsesRequest",
        "OpenAIResponsesResponseEvent",
        "OpenAIResponsesResponseEventType",
        "OpenAIResponsesText",
        "OpenAIResponsesTextDeltaEvent",
        "OpenAIResponsesTextDeltaEventType",
        "OpenAIResponsesTextDoneEvent",
        "OpenAIResponsesTextDoneEventType",
        "OpenAIResponsesTextFormat",
        "OpenAIResponsesTool",
        "OpenAIResponsesUsage",
        "OpenAIResponsesWebSearchAction",
        "OpenAIResponsesWebSearchEvent",
        "OpenAIResponsesWebSearchEventType",
        "OpenAIStreamOptions",
        "OpenAIToolCall",
        "OpenAIToolCallFunction",
        "OpenAITranscriptionRequest",
        "OpenAITranscriptionResponse",
        "OpenAIUsage",
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
        "openai_chat_completions",
        "openai_chat_completions_stream",
        "openai_completions",
        "openai_completions_stream",
        "openai_embeddings",
        "openai_list_models",
        "openai_retrieve_model",
        "openai_responses",
        "openai_responses_stream",
        "openai_audio_transcriptions",
        "anthropic_messages",
        "anthropic_messages_stream",
    }
)

# Helpers whose modules load on first use (schema building pulls in inspect, decimal, uuid, ...).
_HELPER_MODULES = {
    "ProgressUpdate": "._progress",
    "Parsed": "._structured",
    "schema_of": "._structured",
    "ToolRun": "._tools",
    "tool_schema": "._tools",
    # The event union of a named-event stream (importing it loads every event model).
    "OpenAIResponsesStreamEvent": "._events",
    # The event union of a named-event stream (importing it loads every event model).
    "AnthropicStreamEvent": "._events",
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
