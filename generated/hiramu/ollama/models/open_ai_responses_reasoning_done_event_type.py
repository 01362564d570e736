from typing import Literal

OpenAIResponsesReasoningDoneEventType = Literal["response.reasoning_summary_text.done"]

OPEN_AI_RESPONSES_REASONING_DONE_EVENT_TYPE_VALUES: set[OpenAIResponsesReasoningDoneEventType] = {
    "response.reasoning_summary_text.done",
}


def check_open_ai_responses_reasoning_done_event_type(value: str) -> OpenAIResponsesReasoningDoneEventType:
    if value in OPEN_AI_RESPONSES_REASONING_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_REASONING_DONE_EVENT_TYPE_VALUES!r}"
    )
