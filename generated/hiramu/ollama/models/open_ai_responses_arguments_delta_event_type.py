from typing import Literal

OpenAIResponsesArgumentsDeltaEventType = Literal["response.function_call_arguments.delta"]

OPEN_AI_RESPONSES_ARGUMENTS_DELTA_EVENT_TYPE_VALUES: set[OpenAIResponsesArgumentsDeltaEventType] = {
    "response.function_call_arguments.delta",
}


def check_open_ai_responses_arguments_delta_event_type(value: str) -> OpenAIResponsesArgumentsDeltaEventType:
    if value in OPEN_AI_RESPONSES_ARGUMENTS_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_ARGUMENTS_DELTA_EVENT_TYPE_VALUES!r}"
    )
