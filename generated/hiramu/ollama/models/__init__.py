"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .chat_request import ChatRequest
    from .chat_response import ChatResponse
    from .cloud_status import CloudStatus
    from .copy_request import CopyRequest
    from .create_info import CreateInfo
    from .create_request import CreateRequest
    from .debug_info import DebugInfo
    from .delete_request import DeleteRequest
    from .embed_request import EmbedRequest
    from .embed_response import EmbedResponse
    from .embedding_request import EmbeddingRequest
    from .embedding_response import EmbeddingResponse
    from .error_response import ErrorResponse
    from .file_digest_map import FileDigestMap
    from .format_keyword import FormatKeyword
    from .generate_request import GenerateRequest
    from .generate_response import GenerateResponse
    from .json_schema import JsonSchema
    from .list_model_response import ListModelResponse
    from .list_response import ListResponse
    from .logprob import Logprob
    from .message import Message
    from .model_details import ModelDetails
    from .model_info import ModelInfo
    from .model_recommendation import ModelRecommendation
    from .model_recommendations_response import ModelRecommendationsResponse
    from .options import Options
    from .process_model_response import ProcessModelResponse
    from .process_response import ProcessResponse
    from .progress_response import ProgressResponse
    from .pull_request import PullRequest
    from .push_request import PushRequest
    from .show_request import ShowRequest
    from .show_response import ShowResponse
    from .signin_error_response import SigninErrorResponse
    from .status_response import StatusResponse
    from .stream_error_line import StreamErrorLine
    from .tensor import Tensor
    from .think_level import ThinkLevel
    from .token_logprob import TokenLogprob
    from .tool import Tool
    from .tool_call import ToolCall
    from .tool_call_arguments import ToolCallArguments
    from .tool_call_function import ToolCallFunction
    from .tool_function import ToolFunction
    from .tool_function_parameters import ToolFunctionParameters
    from .tool_property import ToolProperty
    from .tool_property_map import ToolPropertyMap
    from .user_response import UserResponse
    from .version_response import VersionResponse
    from .web_fetch_request import WebFetchRequest
    from .web_fetch_response import WebFetchResponse
    from .web_search_request import WebSearchRequest
    from .web_search_response import WebSearchResponse
    from .web_search_result import WebSearchResult

_MODULES = {
    "ChatRequest": ".chat_request",
    "ChatResponse": ".chat_response",
    "CloudStatus": ".cloud_status",
    "CopyRequest": ".copy_request",
    "CreateInfo": ".create_info",
    "CreateRequest": ".create_request",
    "DebugInfo": ".debug_info",
    "DeleteRequest": ".delete_request",
    "EmbedRequest": ".embed_request",
    "EmbedResponse": ".embed_response",
    "EmbeddingRequest": ".embedding_request",
    "EmbeddingResponse": ".embedding_response",
    "ErrorResponse": ".error_response",
    "FileDigestMap": ".file_digest_map",
    "FormatKeyword": ".format_keyword",
    "GenerateRequest": ".generate_request",
    "GenerateResponse": ".generate_response",
    "JsonSchema": ".json_schema",
    "ListModelResponse": ".list_model_response",
    "ListResponse": ".list_response",
    "Logprob": ".logprob",
    "Message": ".message",
    "ModelDetails": ".model_details",
    "ModelInfo": ".model_info",
    "ModelRecommendation": ".model_recommendation",
    "ModelRecommendationsResponse": ".model_recommendations_response",
    "Options": ".options",
    "ProcessModelResponse": ".process_model_response",
    "ProcessResponse": ".process_response",
    "ProgressResponse": ".progress_response",
    "PullRequest": ".pull_request",
    "PushRequest": ".push_request",
    "ShowRequest": ".show_request",
    "ShowResponse": ".show_response",
    "SigninErrorResponse": ".signin_error_response",
    "StatusResponse": ".status_response",
    "StreamErrorLine": ".stream_error_line",
    "Tensor": ".tensor",
    "ThinkLevel": ".think_level",
    "TokenLogprob": ".token_logprob",
    "Tool": ".tool",
    "ToolCall": ".tool_call",
    "ToolCallArguments": ".tool_call_arguments",
    "ToolCallFunction": ".tool_call_function",
    "ToolFunction": ".tool_function",
    "ToolFunctionParameters": ".tool_function_parameters",
    "ToolProperty": ".tool_property",
    "ToolPropertyMap": ".tool_property_map",
    "UserResponse": ".user_response",
    "VersionResponse": ".version_response",
    "WebFetchRequest": ".web_fetch_request",
    "WebFetchResponse": ".web_fetch_response",
    "WebSearchRequest": ".web_search_request",
    "WebSearchResponse": ".web_search_response",
    "WebSearchResult": ".web_search_result",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
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
)
