from typing import Literal

OpenAIResponsesResponseEventType = Literal[
    "response.completed", "response.created", "response.failed", "response.in_progress"
]

OPEN_AI_RESPONSES_RESPONSE_EVENT_TYPE_VALUES: set[OpenAIResponsesResponseEventType] = {
    "response.completed",
    "response.created",
    "response.failed",
    "response.in_progress",
}


def check_open_ai_responses_response_event_type(value: str) -> OpenAIResponsesResponseEventType:
    if value in OPEN_AI_RESPONSES_RESPONSE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_RESPONSE_EVENT_TYPE_VALUES!r}"
    )
