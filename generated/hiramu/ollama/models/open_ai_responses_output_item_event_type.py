from typing import Literal

OpenAIResponsesOutputItemEventType = Literal["response.output_item.added", "response.output_item.done"]

OPEN_AI_RESPONSES_OUTPUT_ITEM_EVENT_TYPE_VALUES: set[OpenAIResponsesOutputItemEventType] = {
    "response.output_item.added",
    "response.output_item.done",
}


def check_open_ai_responses_output_item_event_type(value: str) -> OpenAIResponsesOutputItemEventType:
    if value in OPEN_AI_RESPONSES_OUTPUT_ITEM_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_OUTPUT_ITEM_EVENT_TYPE_VALUES!r}"
    )
