from typing import Literal

OpenAIResponsesContentPartEventType = Literal["response.content_part.added", "response.content_part.done"]

OPEN_AI_RESPONSES_CONTENT_PART_EVENT_TYPE_VALUES: set[OpenAIResponsesContentPartEventType] = {
    "response.content_part.added",
    "response.content_part.done",
}


def check_open_ai_responses_content_part_event_type(value: str) -> OpenAIResponsesContentPartEventType:
    if value in OPEN_AI_RESPONSES_CONTENT_PART_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_CONTENT_PART_EVENT_TYPE_VALUES!r}"
    )
