from typing import Literal

AnthropicMessageStartEventType = Literal["message_start"]

ANTHROPIC_MESSAGE_START_EVENT_TYPE_VALUES: set[AnthropicMessageStartEventType] = {
    "message_start",
}


def check_anthropic_message_start_event_type(value: str) -> AnthropicMessageStartEventType:
    if value in ANTHROPIC_MESSAGE_START_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_MESSAGE_START_EVENT_TYPE_VALUES!r}"
    )
