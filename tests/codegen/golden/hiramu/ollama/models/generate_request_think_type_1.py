from typing import Literal

GenerateRequestThinkType1 = Literal["high", "low", "max", "medium"]

GENERATE_REQUEST_THINK_TYPE_1_VALUES: set[GenerateRequestThinkType1] = {
    "high",
    "low",
    "max",
    "medium",
}


def check_generate_request_think_type_1(value: str) -> GenerateRequestThinkType1:
    if value in GENERATE_REQUEST_THINK_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GENERATE_REQUEST_THINK_TYPE_1_VALUES!r}")
