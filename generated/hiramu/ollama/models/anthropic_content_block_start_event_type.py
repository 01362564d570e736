from typing import Literal

AnthropicContentBlockStartEventType = Literal["content_block_start"]

ANTHROPIC_CONTENT_BLOCK_START_EVENT_TYPE_VALUES: set[AnthropicContentBlockStartEventType] = {
    "content_block_start",
}


def check_anthropic_content_block_start_event_type(value: str) -> AnthropicContentBlockStartEventType:
    if value in ANTHROPIC_CONTENT_BLOCK_START_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_CONTENT_BLOCK_START_EVENT_TYPE_VALUES!r}"
    )
