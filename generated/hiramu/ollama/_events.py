"""The event unions of the named-event streams, and the functions that type one event.

Each stream of named Server-Sent Events (`x-sse.events` in the spec) yields one model per event,
chosen by the event's `type` (which repeats the event name). Imported by the streaming methods
only, so `import hiramu.ollama` does not load these models.
"""

from __future__ import annotations

from typing import Any, TypeAlias, cast

from ._exceptions import DecodeError
from .models.anthropic_content_block_delta_event import AnthropicContentBlockDeltaEvent
from .models.anthropic_content_block_start_event import AnthropicContentBlockStartEvent
from .models.anthropic_content_block_stop_event import AnthropicContentBlockStopEvent
from .models.anthropic_message_delta_event import AnthropicMessageDeltaEvent
from .models.anthropic_message_start_event import AnthropicMessageStartEvent
from .models.anthropic_message_stop_event import AnthropicMessageStopEvent
from .models.anthropic_ping_event import AnthropicPingEvent
from .models.anthropic_stream_error_event import AnthropicStreamErrorEvent
from .models.open_ai_responses_arguments_delta_event import OpenAIResponsesArgumentsDeltaEvent
from .models.open_ai_responses_arguments_done_event import OpenAIResponsesArgumentsDoneEvent
from .models.open_ai_responses_content_part_event import OpenAIResponsesContentPartEvent
from .models.open_ai_responses_output_item_event import OpenAIResponsesOutputItemEvent
from .models.open_ai_responses_reasoning_delta_event import OpenAIResponsesReasoningDeltaEvent
from .models.open_ai_responses_reasoning_done_event import OpenAIResponsesReasoningDoneEvent
from .models.open_ai_responses_response_event import OpenAIResponsesResponseEvent
from .models.open_ai_responses_text_delta_event import OpenAIResponsesTextDeltaEvent
from .models.open_ai_responses_text_done_event import OpenAIResponsesTextDoneEvent
from .models.open_ai_responses_web_search_event import OpenAIResponsesWebSearchEvent

__all__ = [
    "OpenAIResponsesStreamEvent",
    "parse_openai_responses_event",
    "AnthropicStreamEvent",
    "parse_anthropic_messages_event",
]

OpenAIResponsesStreamEvent: TypeAlias = (
    OpenAIResponsesResponseEvent
    | OpenAIResponsesOutputItemEvent
    | OpenAIResponsesContentPartEvent
    | OpenAIResponsesTextDeltaEvent
    | OpenAIResponsesTextDoneEvent
    | OpenAIResponsesReasoningDeltaEvent
    | OpenAIResponsesReasoningDoneEvent
    | OpenAIResponsesArgumentsDeltaEvent
    | OpenAIResponsesArgumentsDoneEvent
    | OpenAIResponsesWebSearchEvent
)

_PARSE_OPENAI_RESPONSES_EVENT = {
    "response.created": OpenAIResponsesResponseEvent.from_dict,
    "response.in_progress": OpenAIResponsesResponseEvent.from_dict,
    "response.completed": OpenAIResponsesResponseEvent.from_dict,
    "response.failed": OpenAIResponsesResponseEvent.from_dict,
    "response.output_item.added": OpenAIResponsesOutputItemEvent.from_dict,
    "response.output_item.done": OpenAIResponsesOutputItemEvent.from_dict,
    "response.content_part.added": OpenAIResponsesContentPartEvent.from_dict,
    "response.content_part.done": OpenAIResponsesContentPartEvent.from_dict,
    "response.output_text.delta": OpenAIResponsesTextDeltaEvent.from_dict,
    "response.output_text.done": OpenAIResponsesTextDoneEvent.from_dict,
    "response.reasoning_summary_text.delta": OpenAIResponsesReasoningDeltaEvent.from_dict,
    "response.reasoning_summary_text.done": OpenAIResponsesReasoningDoneEvent.from_dict,
    "response.function_call_arguments.delta": OpenAIResponsesArgumentsDeltaEvent.from_dict,
    "response.function_call_arguments.done": OpenAIResponsesArgumentsDoneEvent.from_dict,
    "response.web_search_call.in_progress": OpenAIResponsesWebSearchEvent.from_dict,
    "response.web_search_call.searching": OpenAIResponsesWebSearchEvent.from_dict,
    "response.web_search_call.completed": OpenAIResponsesWebSearchEvent.from_dict,
}


def parse_openai_responses_event(data: dict[str, Any]) -> OpenAIResponsesStreamEvent:
    """One event's `data` as the model its `type` names.

    Raises:
        DecodeError: The data has no `type`, or one this stream does not send.
    """
    kind = data.get("type") if isinstance(data, dict) else None
    parse = _PARSE_OPENAI_RESPONSES_EVENT.get(kind) if isinstance(kind, str) else None
    if parse is None:
        raise DecodeError(
            f"unknown event type {kind!r}",
            line_number=0,
            snippet="",
            model="OpenAIResponsesStreamEvent",
            path=("type",),
            expected="one of response.completed, response.content_part.added, response.content_part.done, response.created, response.failed, response.function_call_arguments.delta, response.function_call_arguments.done, response.in_progress, response.output_item.added, response.output_item.done, response.output_text.delta, response.output_text.done, response.reasoning_summary_text.delta, response.reasoning_summary_text.done, response.web_search_call.completed, response.web_search_call.in_progress, response.web_search_call.searching",
            got=type(kind).__name__,
        )
    return cast(OpenAIResponsesStreamEvent, parse(data))


AnthropicStreamEvent: TypeAlias = (
    AnthropicMessageStartEvent
    | AnthropicContentBlockStartEvent
    | AnthropicContentBlockDeltaEvent
    | AnthropicContentBlockStopEvent
    | AnthropicMessageDeltaEvent
    | AnthropicMessageStopEvent
    | AnthropicPingEvent
    | AnthropicStreamErrorEvent
)

_PARSE_ANTHROPIC_MESSAGES_EVENT = {
    "message_start": AnthropicMessageStartEvent.from_dict,
    "content_block_start": AnthropicContentBlockStartEvent.from_dict,
    "content_block_delta": AnthropicContentBlockDeltaEvent.from_dict,
    "content_block_stop": AnthropicContentBlockStopEvent.from_dict,
    "message_delta": AnthropicMessageDeltaEvent.from_dict,
    "message_stop": AnthropicMessageStopEvent.from_dict,
    "ping": AnthropicPingEvent.from_dict,
    "error": AnthropicStreamErrorEvent.from_dict,
}


def parse_anthropic_messages_event(data: dict[str, Any]) -> AnthropicStreamEvent:
    """One event's `data` as the model its `type` names.

    Raises:
        DecodeError: The data has no `type`, or one this stream does not send.
    """
    kind = data.get("type") if isinstance(data, dict) else None
    parse = _PARSE_ANTHROPIC_MESSAGES_EVENT.get(kind) if isinstance(kind, str) else None
    if parse is None:
        raise DecodeError(
            f"unknown event type {kind!r}",
            line_number=0,
            snippet="",
            model="AnthropicStreamEvent",
            path=("type",),
            expected="one of content_block_delta, content_block_start, content_block_stop, error, message_delta, message_start, message_stop, ping",
            got=type(kind).__name__,
        )
    return cast(AnthropicStreamEvent, parse(data))
