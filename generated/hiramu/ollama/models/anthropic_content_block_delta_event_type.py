from typing import Literal

AnthropicContentBlockDeltaEventType = Literal["content_block_delta"]

ANTHROPIC_CONTENT_BLOCK_DELTA_EVENT_TYPE_VALUES: set[AnthropicContentBlockDeltaEventType] = {
    "content_block_delta",
}


def check_anthropic_content_block_delta_event_type(value: str) -> AnthropicContentBlockDeltaEventType:
    if value in ANTHROPIC_CONTENT_BLOCK_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_CONTENT_BLOCK_DELTA_EVENT_TYPE_VALUES!r}"
    )
