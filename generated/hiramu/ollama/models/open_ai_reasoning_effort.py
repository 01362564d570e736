from typing import Literal

OpenAIReasoningEffort = Literal["", "high", "low", "max", "medium", "minimal", "none", "ultra", "xhigh"]

OPEN_AI_REASONING_EFFORT_VALUES: set[OpenAIReasoningEffort] = {
    "",
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "ultra",
    "xhigh",
}


def check_open_ai_reasoning_effort(value: str) -> OpenAIReasoningEffort:
    if value in OPEN_AI_REASONING_EFFORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPEN_AI_REASONING_EFFORT_VALUES!r}")
