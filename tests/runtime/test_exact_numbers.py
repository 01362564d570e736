"""Integers beyond 64 bits stay exact whichever JSON decoder runs (orjson would round them)."""

from __future__ import annotations

import json

import pytest
from hiramu.ollama._encode import loads
from hiramu.ollama._ndjson import (
    WALK_FROM,
    NDJSONDecoder,
    _holds_large_float,
    fast_loads,
    may_be_rounded,
    may_hold_long_integer,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b'{"n": 18446744073709551615}', True),  # 2**64 - 1: twenty digits, decoded exactly anyway
        (b'{"n": 1234567890123456789}', True),  # nineteen digits, as -9223372036854775809 has
        (b'{"n": -9223372036854775809}', True),
        (b'{"n": 123456789012345678}', False),
        (b'{"n": 12345678901234567890123}', True),
        (b'{"n": -99999999999999999999}', True),
        (b'{"s": "1234567890 1234567890"}', False),
        (b"", False),
    ],
)
def test_long_digit_runs_are_found(raw: bytes, expected: bool) -> None:
    assert may_hold_long_integer(raw) is expected


@pytest.mark.parametrize("number", [2**64, 2**64 + 1, -(2**63) - 1, -(10**19) + 1, -(2**70), 10**30 + 7])
def test_big_integers_stay_exact(number: int) -> None:
    text = json.dumps({"n": number, "tail": [number]})
    assert loads(text.encode()) == {"n": number, "tail": [number]}
    assert loads(text) == {"n": number, "tail": [number]}
    decoder = NDJSONDecoder()
    assert decoder.feed((text + "\n").encode()) == [{"n": number, "tail": [number]}]


def test_ordinary_documents_decode_alike() -> None:
    document = {"model": "m", "values": [1, -2, 3.5, 1e-7, 9007199254740993], "nested": {"ok": True}}
    raw = json.dumps(document).encode()
    assert loads(raw) == json.loads(raw)


def _large(middle: str) -> bytes:
    """One JSON document of at least WALK_FROM bytes: 256 vectors of floats with `middle` among them."""
    row = ",".join(f"{0.0123456 * (n % 97 - 48):.7g}" for n in range(512))
    rows = [f"[{row}]"] * 256
    rows[100] = f"[{row},{middle},{row}]"
    text = f'{{"model":"m","embeddings":[{",".join(rows)}],"total_duration":5156380}}'.encode()
    assert len(text) >= WALK_FROM
    return text


@pytest.mark.parametrize(
    "middle",
    [str(2**64), str(-(2**63) - 1), '{"deep":[' + str(10**25) + "]}", '"s",' + str(2**70)],
)
def test_big_integers_in_large_documents_stay_exact(middle: str) -> None:
    raw = _large(middle)
    expected = json.loads(raw)
    assert loads(raw) == expected
    assert NDJSONDecoder().feed(raw) == [] and NDJSONDecoder().feed(raw + b"\n") == [expected]
    decoder = NDJSONDecoder()
    assert decoder.feed(raw) == [] and decoder.flush() == [expected]


def test_large_documents_are_walked_not_scanned() -> None:
    fast = fast_loads()
    if fast is None:
        pytest.skip("orjson is not installed")
    # A long digit run in a small float: the scan would send the text to the exact path, the walk
    # of the decoded value clears it (no float of magnitude 2**63 or more).
    raw = _large("0.00000012345678901234567891")
    assert may_hold_long_integer(raw)
    assert not may_be_rounded(raw, fast(raw))
    assert loads(raw) == json.loads(raw)
    # A large float without a long digit run: the walk finds it, the scan clears it.
    raw = _large("1e300")
    assert _holds_large_float(fast(raw)) and not may_be_rounded(raw, fast(raw))
    # Both: an integer beyond 64 bits.
    raw = _large(str(2**64))
    assert may_be_rounded(raw, fast(raw))
    # Below WALK_FROM the scan decides alone, whatever the value.
    small = b'{"x": 0.00000012345678901234567891}'
    assert may_be_rounded(small, fast(small))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"n": 2**63 - 1, "m": [0.5, -3, True]}, False),  # ints are exact: only floats count
        ([0.5, 2**63 - 1], True),  # except in a list of numbers (the scan then decides)
        ([0.5, "text", None, {"a": [1.5, {"b": -0.25}]}], False),
        ([[0.5] * 10, [1.0, 2.0**63]], True),
        ({"a": "s", "b": {"c": [1, "x", -(2.0**63)]}}, True),
        ([1e18] * 100, True),  # no single one large, their norm is: cleared by the scan instead
        (float("nan"), True),
        (2.0**70, True),
        ([], False),
        ("text", False),
    ],
)
def test_large_floats_are_found(value: object, expected: bool) -> None:
    assert _holds_large_float(value) is expected
