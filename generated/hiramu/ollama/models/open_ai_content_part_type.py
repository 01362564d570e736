from typing import Literal

OpenAIContentPartType = Literal["image_url", "input_audio", "text"]

OPEN_AI_CONTENT_PART_TYPE_VALUES: set[OpenAIContentPartType] = {
    "image_url",
    "input_audio",
    "text",
}


def check_open_ai_content_part_type(value: str) -> OpenAIContentPartType:
    if value in OPEN_AI_CONTENT_PART_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPEN_AI_CONTENT_PART_TYPE_VALUES!r}")
