from typing import Literal

AnthropicPingEventType = Literal["ping"]

ANTHROPIC_PING_EVENT_TYPE_VALUES: set[AnthropicPingEventType] = {
    "ping",
}


def check_anthropic_ping_event_type(value: str) -> AnthropicPingEventType:
    if value in ANTHROPIC_PING_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANTHROPIC_PING_EVENT_TYPE_VALUES!r}")
