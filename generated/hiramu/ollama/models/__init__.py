"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .anthropic_citation import AnthropicCitation
    from .anthropic_content_block import AnthropicContentBlock
    from .anthropic_content_block_delta_event import AnthropicContentBlockDeltaEvent
    from .anthropic_content_block_delta_event_type import AnthropicContentBlockDeltaEventType
    from .anthropic_content_block_start_event import AnthropicContentBlockStartEvent
    from .anthropic_content_block_start_event_type import AnthropicContentBlockStartEventType
    from .anthropic_content_block_stop_event import AnthropicContentBlockStopEvent
    from .anthropic_content_block_stop_event_type import AnthropicContentBlockStopEventType
    from .anthropic_delta import AnthropicDelta
    from .anthropic_error import AnthropicError
    from .anthropic_error_response import AnthropicErrorResponse
    from .anthropic_image_source import AnthropicImageSource
    from .anthropic_message import AnthropicMessage
    from .anthropic_message_delta import AnthropicMessageDelta
    from .anthropic_message_delta_event import AnthropicMessageDeltaEvent
    from .anthropic_message_delta_event_type import AnthropicMessageDeltaEventType
    from .anthropic_message_param import AnthropicMessageParam
    from .anthropic_message_start_event import AnthropicMessageStartEvent
    from .anthropic_message_start_event_type import AnthropicMessageStartEventType
    from .anthropic_message_stop_event import AnthropicMessageStopEvent
    from .anthropic_message_stop_event_type import AnthropicMessageStopEventType
    from .anthropic_messages_request import AnthropicMessagesRequest
    from .anthropic_metadata import AnthropicMetadata
    from .anthropic_output_config import AnthropicOutputConfig
    from .anthropic_ping_event import AnthropicPingEvent
    from .anthropic_ping_event_type import AnthropicPingEventType
    from .anthropic_stream_error_event import AnthropicStreamErrorEvent
    from .anthropic_stream_error_event_type import AnthropicStreamErrorEventType
    from .anthropic_thinking_config import AnthropicThinkingConfig
    from .anthropic_tool import AnthropicTool
    from .anthropic_tool_choice import AnthropicToolChoice
    from .anthropic_usage import AnthropicUsage
    from .anthropic_web_search_result import AnthropicWebSearchResult
    from .anthropic_web_search_tool_result_error import AnthropicWebSearchToolResultError
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
    from .open_ai_chat_choice import OpenAIChatChoice
    from .open_ai_chat_completion import OpenAIChatCompletion
    from .open_ai_chat_completion_chunk import OpenAIChatCompletionChunk
    from .open_ai_chat_completion_message import OpenAIChatCompletionMessage
    from .open_ai_chat_completion_request import OpenAIChatCompletionRequest
    from .open_ai_chat_message import OpenAIChatMessage
    from .open_ai_choice_logprobs import OpenAIChoiceLogprobs
    from .open_ai_chunk_choice import OpenAIChunkChoice
    from .open_ai_completion import OpenAICompletion
    from .open_ai_completion_choice import OpenAICompletionChoice
    from .open_ai_completion_chunk import OpenAICompletionChunk
    from .open_ai_completion_request import OpenAICompletionRequest
    from .open_ai_content_part import OpenAIContentPart
    from .open_ai_content_part_type import OpenAIContentPartType
    from .open_ai_delta import OpenAIDelta
    from .open_ai_embedding import OpenAIEmbedding
    from .open_ai_embedding_list import OpenAIEmbeddingList
    from .open_ai_embedding_request import OpenAIEmbeddingRequest
    from .open_ai_embedding_usage import OpenAIEmbeddingUsage
    from .open_ai_error import OpenAIError
    from .open_ai_error_response import OpenAIErrorResponse
    from .open_ai_image_url import OpenAIImageURL
    from .open_ai_input_audio import OpenAIInputAudio
    from .open_ai_json_schema_format import OpenAIJsonSchemaFormat
    from .open_ai_model import OpenAIModel
    from .open_ai_model_list import OpenAIModelList
    from .open_ai_reasoning import OpenAIReasoning
    from .open_ai_reasoning_effort import OpenAIReasoningEffort
    from .open_ai_response import OpenAIResponse
    from .open_ai_response_format import OpenAIResponseFormat
    from .open_ai_responses_arguments_delta_event import OpenAIResponsesArgumentsDeltaEvent
    from .open_ai_responses_arguments_delta_event_type import OpenAIResponsesArgumentsDeltaEventType
    from .open_ai_responses_arguments_done_event import OpenAIResponsesArgumentsDoneEvent
    from .open_ai_responses_arguments_done_event_type import OpenAIResponsesArgumentsDoneEventType
    from .open_ai_responses_content import OpenAIResponsesContent
    from .open_ai_responses_content_part_event import OpenAIResponsesContentPartEvent
    from .open_ai_responses_content_part_event_type import OpenAIResponsesContentPartEventType
    from .open_ai_responses_content_type import OpenAIResponsesContentType
    from .open_ai_responses_error import OpenAIResponsesError
    from .open_ai_responses_incomplete_details import OpenAIResponsesIncompleteDetails
    from .open_ai_responses_input_item import OpenAIResponsesInputItem
    from .open_ai_responses_input_item_type import OpenAIResponsesInputItemType
    from .open_ai_responses_input_tokens_details import OpenAIResponsesInputTokensDetails
    from .open_ai_responses_metadata import OpenAIResponsesMetadata
    from .open_ai_responses_output_content import OpenAIResponsesOutputContent
    from .open_ai_responses_output_item import OpenAIResponsesOutputItem
    from .open_ai_responses_output_item_event import OpenAIResponsesOutputItemEvent
    from .open_ai_responses_output_item_event_type import OpenAIResponsesOutputItemEventType
    from .open_ai_responses_output_tokens_details import OpenAIResponsesOutputTokensDetails
    from .open_ai_responses_reasoning import OpenAIResponsesReasoning
    from .open_ai_responses_reasoning_delta_event import OpenAIResponsesReasoningDeltaEvent
    from .open_ai_responses_reasoning_delta_event_type import OpenAIResponsesReasoningDeltaEventType
    from .open_ai_responses_reasoning_done_event import OpenAIResponsesReasoningDoneEvent
    from .open_ai_responses_reasoning_done_event_type import OpenAIResponsesReasoningDoneEventType
    from .open_ai_responses_reasoning_output import OpenAIResponsesReasoningOutput
    from .open_ai_responses_reasoning_summary import OpenAIResponsesReasoningSummary
    from .open_ai_responses_request import OpenAIResponsesRequest
    from .open_ai_responses_response_event import OpenAIResponsesResponseEvent
    from .open_ai_responses_response_event_type import OpenAIResponsesResponseEventType
    from .open_ai_responses_text import OpenAIResponsesText
    from .open_ai_responses_text_delta_event import OpenAIResponsesTextDeltaEvent
    from .open_ai_responses_text_delta_event_type import OpenAIResponsesTextDeltaEventType
    from .open_ai_responses_text_done_event import OpenAIResponsesTextDoneEvent
    from .open_ai_responses_text_done_event_type import OpenAIResponsesTextDoneEventType
    from .open_ai_responses_text_format import OpenAIResponsesTextFormat
    from .open_ai_responses_tool import OpenAIResponsesTool
    from .open_ai_responses_usage import OpenAIResponsesUsage
    from .open_ai_responses_web_search_action import OpenAIResponsesWebSearchAction
    from .open_ai_responses_web_search_event import OpenAIResponsesWebSearchEvent
    from .open_ai_responses_web_search_event_type import OpenAIResponsesWebSearchEventType
    from .open_ai_stream_options import OpenAIStreamOptions
    from .open_ai_tool_call import OpenAIToolCall
    from .open_ai_tool_call_function import OpenAIToolCallFunction
    from .open_ai_transcription_request import OpenAITranscriptionRequest
    from .open_ai_transcription_response import OpenAITranscriptionResponse
    from .open_ai_usage import OpenAIUsage
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
    "AnthropicCitation": ".anthropic_citation",
    "AnthropicContentBlock": ".anthropic_content_block",
    "AnthropicContentBlockDeltaEvent": ".anthropic_content_block_delta_event",
    "AnthropicContentBlockDeltaEventType": ".anthropic_content_block_delta_event_type",
    "AnthropicContentBlockStartEvent": ".anthropic_content_block_start_event",
    "AnthropicContentBlockStartEventType": ".anthropic_content_block_start_event_type",
    "AnthropicContentBlockStopEvent": ".anthropic_content_block_stop_event",
    "AnthropicContentBlockStopEventType": ".anthropic_content_block_stop_event_type",
    "AnthropicDelta": ".anthropic_delta",
    "AnthropicError": ".anthropic_error",
    "AnthropicErrorResponse": ".anthropic_error_response",
    "AnthropicImageSource": ".anthropic_image_source",
    "AnthropicMessage": ".anthropic_message",
    "AnthropicMessageDelta": ".anthropic_message_delta",
    "AnthropicMessageDeltaEvent": ".anthropic_message_delta_event",
    "AnthropicMessageDeltaEventType": ".anthropic_message_delta_event_type",
    "AnthropicMessageParam": ".anthropic_message_param",
    "AnthropicMessageStartEvent": ".anthropic_message_start_event",
    "AnthropicMessageStartEventType": ".anthropic_message_start_event_type",
    "AnthropicMessageStopEvent": ".anthropic_message_stop_event",
    "AnthropicMessageStopEventType": ".anthropic_message_stop_event_type",
    "AnthropicMessagesRequest": ".anthropic_messages_request",
    "AnthropicMetadata": ".anthropic_metadata",
    "AnthropicOutputConfig": ".anthropic_output_config",
    "AnthropicPingEvent": ".anthropic_ping_event",
    "AnthropicPingEventType": ".anthropic_ping_event_type",
    "AnthropicStreamErrorEvent": ".anthropic_stream_error_event",
    "AnthropicStreamErrorEventType": ".anthropic_stream_error_event_type",
    "AnthropicThinkingConfig": ".anthropic_thinking_config",
    "AnthropicTool": ".anthropic_tool",
    "AnthropicToolChoice": ".anthropic_tool_choice",
    "AnthropicUsage": ".anthropic_usage",
    "AnthropicWebSearchResult": ".anthropic_web_search_result",
    "AnthropicWebSearchToolResultError": ".anthropic_web_search_tool_result_error",
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
    "OpenAIChatChoice": ".open_ai_chat_choice",
    "OpenAIChatCompletion": ".open_ai_chat_completion",
    "OpenAIChatCompletionChunk": ".open_ai_chat_completion_chunk",
    "OpenAIChatCompletionMessage": ".open_ai_chat_completion_message",
    "OpenAIChatCompletionRequest": ".open_ai_chat_completion_request",
    "OpenAIChatMessage": ".open_ai_chat_message",
    "OpenAIChoiceLogprobs": ".open_ai_choice_logprobs",
    "OpenAIChunkChoice": ".open_ai_chunk_choice",
    "OpenAICompletion": ".open_ai_completion",
    "OpenAICompletionChoice": ".open_ai_completion_choice",
    "OpenAICompletionChunk": ".open_ai_completion_chunk",
    "OpenAICompletionRequest": ".open_ai_completion_request",
    "OpenAIContentPart": ".open_ai_content_part",
    "OpenAIContentPartType": ".open_ai_content_part_type",
    "OpenAIDelta": ".open_ai_delta",
    "OpenAIEmbedding": ".open_ai_embedding",
    "OpenAIEmbeddingList": ".open_ai_embedding_list",
    "OpenAIEmbeddingRequest": ".open_ai_embedding_request",
    "OpenAIEmbeddingUsage": ".open_ai_embedding_usage",
    "OpenAIError": ".open_ai_error",
    "OpenAIErrorResponse": ".open_ai_error_response",
    "OpenAIImageURL": ".open_ai_image_url",
    "OpenAIInputAudio": ".open_ai_input_audio",
    "OpenAIJsonSchemaFormat": ".open_ai_json_schema_format",
    "OpenAIModel": ".open_ai_model",
    "OpenAIModelList": ".open_ai_model_list",
    "OpenAIReasoning": ".open_ai_reasoning",
    "OpenAIReasoningEffort": ".open_ai_reasoning_effort",
    "OpenAIResponse": ".open_ai_response",
    "OpenAIResponseFormat": ".open_ai_response_format",
    "OpenAIResponsesArgumentsDeltaEvent": ".open_ai_responses_arguments_delta_event",
    "OpenAIResponsesArgumentsDeltaEventType": ".open_ai_responses_arguments_delta_event_type",
    "OpenAIResponsesArgumentsDoneEvent": ".open_ai_responses_arguments_done_event",
    "OpenAIResponsesArgumentsDoneEventType": ".open_ai_responses_arguments_done_event_type",
    "OpenAIResponsesContent": ".open_ai_responses_content",
    "OpenAIResponsesContentPartEvent": ".open_ai_responses_content_part_event",
    "OpenAIResponsesContentPartEventType": ".open_ai_responses_content_part_event_type",
    "OpenAIResponsesContentType": ".open_ai_responses_content_type",
    "OpenAIResponsesError": ".open_ai_responses_error",
    "OpenAIResponsesIncompleteDetails": ".open_ai_responses_incomplete_details",
    "OpenAIResponsesInputItem": ".open_ai_responses_input_item",
    "OpenAIResponsesInputItemType": ".open_ai_responses_input_item_type",
    "OpenAIResponsesInputTokensDetails": ".open_ai_responses_input_tokens_details",
    "OpenAIResponsesMetadata": ".open_ai_responses_metadata",
    "OpenAIResponsesOutputContent": ".open_ai_responses_output_content",
    "OpenAIResponsesOutputItem": ".open_ai_responses_output_item",
    "OpenAIResponsesOutputItemEvent": ".open_ai_responses_output_item_event",
    "OpenAIResponsesOutputItemEventType": ".open_ai_responses_output_item_event_type",
    "OpenAIResponsesOutputTokensDetails": ".open_ai_responses_output_tokens_details",
    "OpenAIResponsesReasoning": ".open_ai_responses_reasoning",
    "OpenAIResponsesReasoningDeltaEvent": ".open_ai_responses_reasoning_delta_event",
    "OpenAIResponsesReasoningDeltaEventType": ".open_ai_responses_reasoning_delta_event_type",
    "OpenAIResponsesReasoningDoneEvent": ".open_ai_responses_reasoning_done_event",
    "OpenAIResponsesReasoningDoneEventType": ".open_ai_responses_reasoning_done_event_type",
    "OpenAIResponsesReasoningOutput": ".open_ai_responses_reasoning_output",
    "OpenAIResponsesReasoningSummary": ".open_ai_responses_reasoning_summary",
    "OpenAIResponsesRequest": ".open_ai_responses_request",
    "OpenAIResponsesResponseEvent": ".open_ai_responses_response_event",
    "OpenAIResponsesResponseEventType": ".open_ai_responses_response_event_type",
    "OpenAIResponsesText": ".open_ai_responses_text",
    "OpenAIResponsesTextDeltaEvent": ".open_ai_responses_text_delta_event",
    "OpenAIResponsesTextDeltaEventType": ".open_ai_responses_text_delta_event_type",
    "OpenAIResponsesTextDoneEvent": ".open_ai_responses_text_done_event",
    "OpenAIResponsesTextDoneEventType": ".open_ai_responses_text_done_event_type",
    "OpenAIResponsesTextFormat": ".open_ai_responses_text_format",
    "OpenAIResponsesTool": ".open_ai_responses_tool",
    "OpenAIResponsesUsage": ".open_ai_responses_usage",
    "OpenAIResponsesWebSearchAction": ".open_ai_responses_web_search_action",
    "OpenAIResponsesWebSearchEvent": ".open_ai_responses_web_search_event",
    "OpenAIResponsesWebSearchEventType": ".open_ai_responses_web_search_event_type",
    "OpenAIStreamOptions": ".open_ai_stream_options",
    "OpenAIToolCall": ".open_ai_tool_call",
    "OpenAIToolCallFunction": ".open_ai_tool_call_function",
    "OpenAITranscriptionRequest": ".open_ai_transcription_request",
    "OpenAITranscriptionResponse": ".open_ai_transcription_response",
    "OpenAIUsage": ".open_ai_usage",
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
)
