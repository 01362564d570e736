from typing import Literal

OpenAIResponsesTextDeltaEventType = Literal["response.output_text.delta"]

OPEN_AI_RESPONSES_TEXT_DELTA_EVENT_TYPE_VALUES: set[OpenAIResponsesTextDeltaEventType] = {
    "response.output_text.delta",
}


def check_open_ai_responses_text_delta_event_type(value: str) -> OpenAIResponsesTextDeltaEventType:
    if value in OPEN_AI_RESPONSES_TEXT_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_TEXT_DELTA_EVENT_TYPE_VALUES!r}"
    )
