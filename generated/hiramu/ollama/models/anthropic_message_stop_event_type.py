from typing import Literal

AnthropicMessageStopEventType = Literal["message_stop"]

ANTHROPIC_MESSAGE_STOP_EVENT_TYPE_VALUES: set[AnthropicMessageStopEventType] = {
    "message_stop",
}


def check_anthropic_message_stop_event_type(value: str) -> AnthropicMessageStopEventType:
    if value in ANTHROPIC_MESSAGE_STOP_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_MESSAGE_STOP_EVENT_TYPE_VALUES!r}"
    )
