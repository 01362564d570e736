from typing import Literal

FormatKeyword = Literal["", "json"]

FORMAT_KEYWORD_VALUES: set[FormatKeyword] = {
    "",
    "json",
}


def check_format_keyword(value: str) -> FormatKeyword:
    if value in FORMAT_KEYWORD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FORMAT_KEYWORD_VALUES!r}")
