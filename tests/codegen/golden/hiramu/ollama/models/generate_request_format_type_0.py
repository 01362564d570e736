from typing import Literal

GenerateRequestFormatType0 = Literal["", "json"]

GENERATE_REQUEST_FORMAT_TYPE_0_VALUES: set[GenerateRequestFormatType0] = {
    "",
    "json",
}


def check_generate_request_format_type_0(value: str) -> GenerateRequestFormatType0:
    if value in GENERATE_REQUEST_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GENERATE_REQUEST_FORMAT_TYPE_0_VALUES!r}")
