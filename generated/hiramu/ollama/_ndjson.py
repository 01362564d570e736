"""Incremental NDJSON decoding: bytes in, one JSON value per complete line out.

Lines are split on the byte `\\n` only. Splitting decoded text with `str.splitlines` would also
break at U+0085, U+2028 and U+2029, which JSON allows raw inside strings.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from math import hypot
from typing import Any

from ._exceptions import DecodeError

__all__ = [
    "DEFAULT_MAX_LINE_BYTES",
    "GO_CLIENT_MAX_LINE_BYTES",
    "NDJSONDecoder",
    "fast_loads",
    "may_be_rounded",
    "may_hold_long_integer",
]

# Ollama's Go client reads streams with a bufio.Scanner whose buffer is 8 * format.MegaByte
# (decimal), so the longest line it accepts is just under 8,000,000 bytes.
GO_CLIENT_MAX_LINE_BYTES = 8 * 1000 * 1000

# Twice what the Go client accepts, in binary units; bounds the memory one partial line can hold.
DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024

# JSON's whitespace; a line holding only these is blank.
_JSON_WHITESPACE = " \t\r"

# orjson decodes integers from -2**63 to 2**64 - 1 exactly and turns any other into a float, whose
# magnitude is then at least 2**63; such an integer has at least 19 digits (-9223372036854775809).
# Text that may hold one takes the exact path (the standard library). Two exact tests, each cheap
# where the other is not:
# - a scan of the text for a run of 19 digits: mapping digits to "0" and the rest to " " and
#   searching for nineteen "0"s runs at C speed (ten times faster than a regular expression), about
#   3.5 ns a byte on digit-dense text (45 ms for a 13 MB embed answer);
# - after orjson decoded it, a walk of the value for a float of magnitude >= 2**63 (in lists of
#   numbers through `math.hypot`, at C speed): 12 ms for the same answer, but slower than the scan
#   on structured answers (160 us against 30 us for a `show` answer of 27 KB).
# So text from WALK_FROM bytes on is walked once decoded, and scanned only when the walk finds such
# a float (it may also be a float written as one); shorter text is scanned.
_DIGITS_AS_ZERO = bytes(0x30 if 0x30 <= byte <= 0x39 else 0x20 for byte in range(256))
_LONG_RUN = b"0" * 19
WALK_FROM = 1 << 20
# Half of 2**63: a margin for the rounding of `hypot`, which is never below the largest magnitude
# by more than that. NaN fails every comparison, so it counts as large too.
_LARGE = float(2**62)


def may_hold_long_integer(raw: bytes) -> bool:
    """Whether `raw` has a run of 19 or more digits (an integer beyond 64 bits, possibly)."""
    return raw.translate(_DIGITS_AS_ZERO).find(_LONG_RUN) >= 0


def _holds_large_float(value: Any) -> bool:
    """Whether a decoded JSON value holds a float of magnitude 2**62 or more (or NaN).

    In a list of numbers only, ints of that size count too (the scan then decides), and so do
    many floats just below it, whose norm is that large.
    """
    stack = [value]
    pop, push = stack.pop, stack.append
    while stack:
        node = pop()
        if type(node) is list:
            try:
                # The Euclidean norm is at least the largest magnitude; ints and bools count as
                # numbers, anything else raises TypeError and the items are looked at one by one
                # (OverflowError: an int beyond a double, which orjson never returns).
                if not hypot(*node) < _LARGE:
                    return True
                continue
            except (TypeError, OverflowError):
                items: Any = node
        elif type(node) is dict:
            items = node.values()
        else:  # a float at the top level
            items = (node,)
        for item in items:
            kind = type(item)
            if kind is float:
                if not -_LARGE < item < _LARGE:
                    return True
            elif kind is list or kind is dict:
                push(item)
    return False


def may_be_rounded(raw: bytes, value: Any) -> bool:
    """Whether orjson's `value` for the text `raw` may hold a rounded integer beyond 64 bits."""
    if len(raw) >= WALK_FROM and not _holds_large_float(value):
        return False
    return may_hold_long_integer(raw)


_UNRESOLVED: Any = object()
_orjson_loads: Any = _UNRESOLVED


def fast_loads() -> Callable[[bytes], Any] | None:
    """orjson's `loads` when it is installed (imported on first use, not with the package)."""
    global _orjson_loads
    if _orjson_loads is _UNRESOLVED:
        try:
            import orjson
        except ImportError:  # optional: the standard library decodes everything too, slower
            _orjson_loads = None
        else:
            _orjson_loads = orjson.loads
    result: Callable[[bytes], Any] | None = _orjson_loads
    return result


class NDJSONDecoder:
    """Decodes a byte stream of newline-delimited JSON, whatever the chunk boundaries.

    `feed()` returns the values of every line completed by the new bytes; `flush()` decodes a last
    line that has no trailing newline (Ollama's single-object answers end without one). Blank lines
    and `\\r\\n` endings are accepted. A line that is not JSON raises `DecodeError`; when values
    precede it in the same `feed()`, they are returned first and the error is raised by the next
    `feed()` or `flush()`, so a consumer sees every good line before the error, however the bytes
    were split. Once failed, the decoder keeps raising the same error.

    With `require_objects=True`, a line whose value is not a JSON object is a `DecodeError` too.

    A line longer than `max_line_bytes` (default `DEFAULT_MAX_LINE_BYTES`, twice the longest line
    Ollama's Go client reads) raises `DecodeError` as soon as that many bytes are buffered, so
    memory stays bounded. `max_line_bytes=None` removes the limit.
    """

    __slots__ = (
        "_buffer",
        "_error",
        "_fast_limit",
        "_line_number",
        "_max_line_bytes",
        "_require_objects",
        "_started",
    )

    def __init__(
        self,
        max_line_bytes: int | None = DEFAULT_MAX_LINE_BYTES,
        *,
        require_objects: bool = False,
    ) -> None:
        if max_line_bytes is not None and max_line_bytes < 1:
            raise ValueError("max_line_bytes must be positive or None")
        self._max_line_bytes = max_line_bytes
        self._require_objects = require_objects
        # A decoded line of at most this many characters cannot exceed the limit (<= 4 bytes each).
        self._fast_limit = max_line_bytes // 4 if max_line_bytes is not None else None
        self._buffer = bytearray()
        self._error: DecodeError | None = None
        self._line_number = 0
        self._started = False

    @property
    def line_number(self) -> int:
        """The number of complete lines seen so far, blank lines included."""
        return self._line_number

    @property
    def max_line_bytes(self) -> int | None:
        return self._max_line_bytes

    def feed(self, data: bytes | bytearray | memoryview) -> list[Any]:
        """Add bytes; return the decoded value of every line they complete, in order."""
        if self._error is not None:
            raise self._error
        if not isinstance(data, bytes):
            data = bytes(data)
        end = data.rfind(b"\n")
        if end < 0:
            if data:
                self._buffer += data
                self._check_buffer()
                if self._error is not None:
                    raise self._error
            return []
        block: bytes | bytearray
        if self._buffer:
            self._buffer += data[:end]
            block = self._buffer
            self._buffer = bytearray(data[end + 1 :])
        else:
            block = data[:end]
            if end + 1 < len(data):
                self._buffer = bytearray(data[end + 1 :])
        values = self._decode_block(block)
        if self._error is None:
            self._check_buffer()
        if self._error is not None and not values:
            raise self._error
        return values

    def flush(self) -> list[Any]:
        """Decode a pending line without a trailing newline (the end of the input)."""
        if self._error is not None:
            raise self._error
        if not self._buffer:
            return []
        block = self._buffer
        self._buffer = bytearray()
        values = self._decode_block(block)
        if self._error is not None:
            raise self._error
        return values

    def _check_buffer(self) -> None:
        limit = self._max_line_bytes
        if limit is not None and len(self._buffer) > limit:
            self._fail(self._buffer, self._line_number + 1, f"the line is longer than {limit} bytes")

    def _fail(self, line: bytes | bytearray | str, line_number: int, reason: str) -> None:
        self._error = DecodeError.from_text(line, line_number=line_number, reason=reason)
        self._buffer = bytearray()  # release the memory; nothing more will be decoded

    def _too_long(self, line: str) -> bool:
        limit = self._max_line_bytes
        if limit is None:
            return False
        return len(line) > limit or len(line.encode("utf-8")) > limit

    def _decode_block(self, block: bytes | bytearray) -> list[Any]:
        fast = fast_loads()
        if fast is None:
            return self._decode_text_block(block)
        # orjson reads each line's bytes directly. Any line it refuses, and any that may hold an
        # integer beyond 64 bits, goes through the standard library, which has the last word on
        # what is valid and words the error.
        data = bytes(block)
        if not self._started:
            self._started = True
            if data.startswith(b"\xef\xbb\xbf"):
                data = data[3:]
        values: list[Any] = []
        append = values.append
        limit = self._max_line_bytes
        require_objects = self._require_objects
        number = self._line_number
        lines = data.split(b"\n")
        # One scan of the whole block usually clears every line in it; a block of one long line is
        # checked after decoding instead (see may_be_rounded).
        one_long_line = len(lines) == 1 and len(data) >= WALK_FROM
        check_lines = not one_long_line and may_hold_long_integer(data)
        for raw in lines:
            number += 1
            if not raw:
                continue
            if limit is not None and len(raw) > limit:
                self._fail(raw, number, f"the line is longer than {limit} bytes")
                break
            value: Any = None
            decoded = False
            if not (check_lines and may_hold_long_integer(raw)):
                try:
                    value = fast(raw)
                    decoded = not (one_long_line and may_be_rounded(raw, value))
                except (ValueError, RecursionError):
                    pass
            if not decoded:
                self._line_number = number - 1
                exact = self._decode_text_block(raw)
                number = self._line_number
                if self._error is not None:
                    values.extend(exact)
                    break
                values.extend(exact)
                continue
            if require_objects and type(value) is not dict:
                self._fail(raw, number, f"expected a JSON object, not {_json_type(value)}")
                break
            append(value)
        self._line_number = number
        return values

    def _decode_text_block(self, block: bytes | bytearray) -> list[Any]:
        # `block` holds whole lines only: the newline byte never occurs inside a multi-byte UTF-8
        # character, so every line in it is complete UTF-8 (or invalid on its own).
        try:
            text = block.decode("utf-8")
        except UnicodeDecodeError:
            return self._decode_lines_slowly(block)
        if not self._started:
            self._started = True
            if text.startswith("\ufeff"):
                text = text[1:]
        values: list[Any] = []
        append = values.append
        loads = json.loads
        fast_limit = self._fast_limit
        require_objects = self._require_objects
        number = self._line_number
        for line in text.split("\n"):
            number += 1
            if not line:
                continue
            if fast_limit is not None and len(line) > fast_limit and self._too_long(line):
                self._fail(line, number, f"the line is longer than {self._max_line_bytes} bytes")
                break
            try:
                value = loads(line)
            except (ValueError, RecursionError) as exc:
                if not line.strip(_JSON_WHITESPACE):
                    continue
                self._fail(line, number, _reason(exc))
                break
            if require_objects and type(value) is not dict:
                self._fail(line, number, f"expected a JSON object, not {_json_type(value)}")
                break
            append(value)
        self._line_number = number
        return values

    def _decode_lines_slowly(self, block: bytes | bytearray) -> list[Any]:
        # Some line is not UTF-8: decode line by line so the good lines before it still count.
        values: list[Any] = []
        for raw in bytes(block).split(b"\n"):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                self._line_number += 1
                self._fail(raw, self._line_number, f"not valid UTF-8 ({exc.reason} at byte {exc.start})")
                break
            values.extend(self._decode_text_block(raw))
            if self._error is not None:
                break
        return values


def _json_type(value: Any) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if value is None:
        return "null"
    return "a number"


def _reason(exc: BaseException) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at column {exc.colno}"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc)
