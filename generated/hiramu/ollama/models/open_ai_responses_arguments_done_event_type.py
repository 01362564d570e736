from typing import Literal

OpenAIResponsesArgumentsDoneEventType = Literal["response.function_call_arguments.done"]

OPEN_AI_RESPONSES_ARGUMENTS_DONE_EVENT_TYPE_VALUES: set[OpenAIResponsesArgumentsDoneEventType] = {
    "response.function_call_arguments.done",
}


def check_open_ai_responses_arguments_done_event_type(value: str) -> OpenAIResponsesArgumentsDoneEventType:
    if value in OPEN_AI_RESPONSES_ARGUMENTS_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_ARGUMENTS_DONE_EVENT_TYPE_VALUES!r}"
    )
