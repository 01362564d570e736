from typing import Literal

AnthropicStreamErrorEventType = Literal["error"]

ANTHROPIC_STREAM_ERROR_EVENT_TYPE_VALUES: set[AnthropicStreamErrorEventType] = {
    "error",
}


def check_anthropic_stream_error_event_type(value: str) -> AnthropicStreamErrorEventType:
    if value in ANTHROPIC_STREAM_ERROR_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_STREAM_ERROR_EVENT_TYPE_VALUES!r}"
    )
