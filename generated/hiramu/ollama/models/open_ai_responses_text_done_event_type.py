from typing import Literal

OpenAIResponsesTextDoneEventType = Literal["response.output_text.done"]

OPEN_AI_RESPONSES_TEXT_DONE_EVENT_TYPE_VALUES: set[OpenAIResponsesTextDoneEventType] = {
    "response.output_text.done",
}


def check_open_ai_responses_text_done_event_type(value: str) -> OpenAIResponsesTextDoneEventType:
    if value in OPEN_AI_RESPONSES_TEXT_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_TEXT_DONE_EVENT_TYPE_VALUES!r}"
    )
