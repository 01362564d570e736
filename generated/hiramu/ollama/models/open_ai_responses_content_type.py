from typing import Literal

OpenAIResponsesContentType = Literal["input_file", "input_image", "input_text", "output_text"]

OPEN_AI_RESPONSES_CONTENT_TYPE_VALUES: set[OpenAIResponsesContentType] = {
    "input_file",
    "input_image",
    "input_text",
    "output_text",
}


def check_open_ai_responses_content_type(value: str) -> OpenAIResponsesContentType:
    if value in OPEN_AI_RESPONSES_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_CONTENT_TYPE_VALUES!r}")
