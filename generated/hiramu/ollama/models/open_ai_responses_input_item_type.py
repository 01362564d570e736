from typing import Literal

OpenAIResponsesInputItemType = Literal[
    "function_call", "function_call_output", "message", "reasoning", "web_search_call"
]

OPEN_AI_RESPONSES_INPUT_ITEM_TYPE_VALUES: set[OpenAIResponsesInputItemType] = {
    "function_call",
    "function_call_output",
    "message",
    "reasoning",
    "web_search_call",
}


def check_open_ai_responses_input_item_type(value: str) -> OpenAIResponsesInputItemType:
    if value in OPEN_AI_RESPONSES_INPUT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_INPUT_ITEM_TYPE_VALUES!r}"
    )
