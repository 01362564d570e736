from typing import Literal

OpenAIResponsesWebSearchEventType = Literal[
    "response.web_search_call.completed",
    "response.web_search_call.in_progress",
    "response.web_search_call.searching",
]

OPEN_AI_RESPONSES_WEB_SEARCH_EVENT_TYPE_VALUES: set[OpenAIResponsesWebSearchEventType] = {
    "response.web_search_call.completed",
    "response.web_search_call.in_progress",
    "response.web_search_call.searching",
}


def check_open_ai_responses_web_search_event_type(value: str) -> OpenAIResponsesWebSearchEventType:
    if value in OPEN_AI_RESPONSES_WEB_SEARCH_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_WEB_SEARCH_EVENT_TYPE_VALUES!r}"
    )
