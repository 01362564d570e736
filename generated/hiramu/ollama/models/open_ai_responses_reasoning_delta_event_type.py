from typing import Literal

OpenAIResponsesReasoningDeltaEventType = Literal["response.reasoning_summary_text.delta"]

OPEN_AI_RESPONSES_REASONING_DELTA_EVENT_TYPE_VALUES: set[OpenAIResponsesReasoningDeltaEventType] = {
    "response.reasoning_summary_text.delta",
}


def check_open_ai_responses_reasoning_delta_event_type(value: str) -> OpenAIResponsesReasoningDeltaEventType:
    if value in OPEN_AI_RESPONSES_REASONING_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_REASONING_DELTA_EVENT_TYPE_VALUES!r}"
    )
