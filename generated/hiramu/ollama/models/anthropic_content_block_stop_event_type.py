from typing import Literal

AnthropicContentBlockStopEventType = Literal["content_block_stop"]

ANTHROPIC_CONTENT_BLOCK_STOP_EVENT_TYPE_VALUES: set[AnthropicContentBlockStopEventType] = {
    "content_block_stop",
}


def check_anthropic_content_block_stop_event_type(value: str) -> AnthropicContentBlockStopEventType:
    if value in ANTHROPIC_CONTENT_BLOCK_STOP_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_CONTENT_BLOCK_STOP_EVENT_TYPE_VALUES!r}"
    )
