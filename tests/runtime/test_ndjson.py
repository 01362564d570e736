"""NDJSONDecoder: any valid JSON, any split of the byte stream, long lines, malformed lines."""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest
from hiramu.ollama._exceptions import DecodeError
from hiramu.ollama._ndjson import DEFAULT_MAX_LINE_BYTES, GO_CLIENT_MAX_LINE_BYTES, NDJSONDecoder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# Characters that break naive line splitting or escaping, plus astral ones (4 UTF-8 bytes).
TRICKY = [
    "\u2028",
    "\u2029",
    "\x85",
    "\n",
    "\r",
    '"',
    "\\",
    "/",
    "\x00",
    "\x1f",
    "é",
    "€",
    "😀",
    "\U0010ffff",
]
text = st.text(alphabet=st.characters(exclude_categories=["Cs"]) | st.sampled_from(TRICKY), max_size=30)
scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=2**64)  # beyond 64 bits: must stay exact
    | st.integers(max_value=-(2**63) - 1, min_value=-(10**19) + 1)  # 19 digits, below -2**63
    | st.integers(max_value=-(2**63) - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | text
)
json_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(text, children, max_size=4),
    max_leaves=12,
)


def decode_all(chunks: list[bytes], decoder: NDJSONDecoder | None = None) -> list[Any]:
    decoder = decoder or NDJSONDecoder()
    values: list[Any] = []
    for chunk in chunks:
        values.extend(decoder.feed(chunk))
    values.extend(decoder.flush())
    return values


def split_at(data: bytes, cuts: list[int]) -> list[bytes]:
    points = [0, *sorted(cuts), len(data)]
    return [data[start:end] for start, end in itertools.pairwise(points)]


@st.composite
def ndjson_streams(draw: st.DrawFn) -> tuple[list[Any], bytes]:
    values = draw(st.lists(json_values, max_size=6))
    parts: list[str] = []
    for value in values:
        parts.append(draw(st.sampled_from(["", "", "\n", "\r\n", " \t\n"])))  # blank lines
        pad = draw(st.sampled_from(["", " "]))
        parts.append(pad + json.dumps(value, ensure_ascii=draw(st.booleans())) + pad)
        parts.append(draw(st.sampled_from(["\n", "\r\n"])))
    unterminated = draw(st.booleans())
    if parts and unterminated:
        parts.pop()  # the last line has no newline, like Ollama's single-object answers
    return values, "".join(parts).encode("utf-8")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stream=ndjson_streams(), data=st.data())
def test_any_json_any_split(stream: tuple[list[Any], bytes], data: st.DataObject) -> None:
    values, body = stream
    cuts = data.draw(st.lists(st.integers(0, len(body)), max_size=12))
    decoded = decode_all(split_at(body, cuts))
    # repr also tells 1 from 1.0 from True and 0.0 from -0.0.
    assert repr(decoded) == repr(values)


@settings(deadline=None)
@given(stream=ndjson_streams())
def test_one_byte_chunks(stream: tuple[list[Any], bytes]) -> None:
    values, body = stream
    assert repr(decode_all([body[i : i + 1] for i in range(len(body))])) == repr(values)


def test_every_single_split_of_a_multibyte_stream() -> None:
    lines = [{"response": "😀 l'été \u2028 x\x85y"}, {"a": ["€", "\U0010ffff"]}, "plain", 12.5e300, None]
    body = b"\r\n".join(json.dumps(line, ensure_ascii=False).encode() for line in lines)
    for cut in range(len(body) + 1):
        for second in (cut, (cut + 3) % (len(body) + 1)):
            assert decode_all(split_at(body, [cut, second])) == lines


@given(st.characters(categories=["Cs"]))
def test_lone_surrogate_escapes_are_valid_json(surrogate: str) -> None:
    value = f"a{surrogate}b"
    body = json.dumps({"s": value}).encode() + b"\n"  # ensure_ascii escapes it as \udXXX
    assert decode_all([body]) == [{"s": value}]


def test_blank_lines_crlf_and_trailing_line() -> None:
    body = b'\n\r\n{"a":1}\r\n\n   \n{"b":2}\n\t\r\n{"c":3}'
    decoder = NDJSONDecoder()
    assert decoder.feed(body) == [{"a": 1}, {"b": 2}]
    assert decoder.flush() == [{"c": 3}]
    assert decoder.flush() == []


def test_single_object_without_newline() -> None:
    decoder = NDJSONDecoder()
    assert decoder.feed(b'{"status":"success"}') == []
    assert decoder.flush() == [{"status": "success"}]


def test_utf8_bom_at_the_start_is_ignored() -> None:
    assert decode_all([b"\xef\xbb", b'\xbf{"a":1}\n{"b":2}\n']) == [{"a": 1}, {"b": 2}]


@settings(max_examples=10, deadline=None)
@given(data=st.data())
def test_megabyte_lines_with_random_splits(data: st.DataObject) -> None:
    unit = data.draw(st.sampled_from(["a", "é", "😀", "\u2028", "\\"]))
    big = unit * (1_100_000 // len(unit.encode()))
    lines = [{"response": big}, {"done": True, "n": 1}]
    body = b"".join(json.dumps(line, ensure_ascii=False).encode() + b"\n" for line in lines)
    assert len(body) > 1_000_000
    cuts = data.draw(st.lists(st.integers(0, len(body)), max_size=20))
    assert decode_all(split_at(body, cuts)) == lines


def test_default_limit_accepts_what_the_go_client_accepts() -> None:
    # bufio.Scanner with an 8,000,000-byte buffer: the longest line is one byte shorter.
    line = b'{"r":"' + b"x" * (GO_CLIENT_MAX_LINE_BYTES - 1 - 8) + b'"}'
    assert len(line) == GO_CLIENT_MAX_LINE_BYTES - 1
    chunks = split_at(line + b"\n", list(range(0, len(line), 65536)))
    values = decode_all(chunks)
    assert len(values) == 1 and len(values[0]["r"]) == GO_CLIENT_MAX_LINE_BYTES - 9
    assert DEFAULT_MAX_LINE_BYTES >= GO_CLIENT_MAX_LINE_BYTES


def test_default_limit_exact_and_one_over() -> None:
    exact = b'"' + b"y" * (DEFAULT_MAX_LINE_BYTES - 2) + b'"'
    assert decode_all([exact[:5], exact[5:], b"\n"]) == [exact[1:-1].decode()]
    decoder = NDJSONDecoder()
    decoder.feed(exact)
    with pytest.raises(DecodeError) as caught:
        decoder.feed(b"z")  # one byte over, and still no newline: refused before buffering more
    assert caught.value.line_number == 1
    assert f"longer than {DEFAULT_MAX_LINE_BYTES} bytes" in str(caught.value)


@pytest.mark.parametrize("unit", ["a", "é", "😀"])
def test_small_limit_counts_bytes_however_the_line_arrives(unit: str) -> None:
    limit = 1000
    width = len(unit.encode())
    fits = ('"' + unit * ((limit - 2) // width) + '"').encode()
    assert len(fits) <= limit
    too_long = ('"' + unit * ((limit - 2) // width + 1) + '"').encode()
    assert len(too_long) > limit
    ok = b'{"ok":1}\n'
    # In one piece, in small pieces, and with the newline arriving separately.
    for chunks in ([ok + fits + b"\n"], split_at(ok + fits + b"\n", list(range(0, 1100, 7)))):
        assert decode_all(chunks, NDJSONDecoder(limit)) == [{"ok": 1}, json.loads(fits)]
    for chunks in ([ok + too_long + b"\n"], split_at(ok + too_long + b"\n", list(range(0, 1100, 7)))):
        decoder = NDJSONDecoder(limit)
        seen: list[Any] = []
        with pytest.raises(DecodeError) as caught:
            for chunk in chunks:
                seen.extend(decoder.feed(chunk))
            decoder.flush()
        assert seen == [{"ok": 1}]
        assert caught.value.line_number == 2
        assert caught.value.snippet.startswith('"' + unit * 3)


def test_no_limit() -> None:
    line = b'"' + b"q" * (DEFAULT_MAX_LINE_BYTES + 10) + b'"\n'
    assert len(decode_all([line], NDJSONDecoder(None))[0]) == DEFAULT_MAX_LINE_BYTES + 10


@st.composite
def streams_with_a_bad_line(draw: st.DrawFn) -> tuple[list[Any], bytes, int, str]:
    good = draw(st.lists(json_values, max_size=4))
    lines = [json.dumps(value, ensure_ascii=draw(st.booleans())) for value in good]
    blanks = draw(st.integers(0, 2))
    whole = json.dumps(draw(st.dictionaries(text, json_values, min_size=1, max_size=3)), ensure_ascii=False)
    bad = whole[: draw(st.integers(1, len(whole) - 1))]  # every proper prefix of an object is invalid
    after = [json.dumps(value) for value in draw(st.lists(json_values, max_size=2))]
    body = "\n".join([*lines, *[""] * blanks, bad, *after]) + "\n"
    return good, body.encode(), len(lines) + blanks + 1, bad


@settings(max_examples=200, deadline=None)
@given(case=streams_with_a_bad_line(), data=st.data())
def test_malformed_line_raises_after_the_good_ones(
    case: tuple[list[Any], bytes, int, str], data: st.DataObject
) -> None:
    good, body, bad_number, bad = case
    chunks = split_at(body, data.draw(st.lists(st.integers(0, len(body)), max_size=8)))
    decoder = NDJSONDecoder()
    seen: list[Any] = []
    with pytest.raises(DecodeError) as caught:
        for chunk in chunks:
            seen.extend(decoder.feed(chunk))
        seen.extend(decoder.flush())
    assert repr(seen) == repr(good)
    error = caught.value
    assert error.line_number == bad_number
    expected = bad if len(bad) <= 200 else bad[:200] + "…"
    assert error.snippet == expected
    assert f"line {bad_number}" in str(error) and repr(expected) in str(error)
    # A failed decoder keeps failing.
    with pytest.raises(DecodeError):
        decoder.feed(b"{}\n")


def test_snippet_is_at_most_200_characters() -> None:
    with pytest.raises(DecodeError) as caught:
        decode_all([b"[" + b"1," * 5000 + b"\n"])
    assert caught.value.snippet == ("[" + "1," * 100)[:200] + "…"


def test_error_is_raised_by_the_next_call_when_good_lines_precede_it() -> None:
    decoder = NDJSONDecoder()
    assert decoder.feed(b'{"a":1}\nnot json\n{"b":2}\n') == [{"a": 1}]
    with pytest.raises(DecodeError, match="line 2") as caught:
        decoder.flush()
    assert caught.value.snippet == "not json"
    decoder = NDJSONDecoder()
    with pytest.raises(DecodeError, match="line 1"):
        decoder.feed(b"{oops}\n")


def test_invalid_utf8_line() -> None:
    decoder = NDJSONDecoder()
    assert decoder.feed(b'{"a":1}\n"\xff\xfe"\n') == [{"a": 1}]
    with pytest.raises(DecodeError, match="UTF-8") as caught:
        decoder.flush()
    assert caught.value.line_number == 2


def test_require_objects() -> None:
    decoder = NDJSONDecoder(require_objects=True)
    assert decoder.feed(b'{"a":1}\n[1,2]\n') == [{"a": 1}]
    with pytest.raises(DecodeError, match="expected a JSON object, not an array"):
        decoder.flush()


def test_deep_nesting_is_a_decode_error_not_a_crash() -> None:
    with pytest.raises(DecodeError):
        decode_all([b"[" * 100_000 + b"]" * 100_000 + b"\n"])


def test_bad_limit() -> None:
    with pytest.raises(ValueError):
        NDJSONDecoder(0)
