from typing import Literal

AnthropicMessageDeltaEventType = Literal["message_delta"]

ANTHROPIC_MESSAGE_DELTA_EVENT_TYPE_VALUES: set[AnthropicMessageDeltaEventType] = {
    "message_delta",
}


def check_anthropic_message_delta_event_type(value: str) -> AnthropicMessageDeltaEventType:
    if value in ANTHROPIC_MESSAGE_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_MESSAGE_DELTA_EVENT_TYPE_VALUES!r}"
    )
