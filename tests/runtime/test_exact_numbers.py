"""Integers beyond 64 bits stay exact whichever JSON decoder runs (orjson would round them)."""

from __future__ import annotations

import json

import pytest
from hiramu.ollama._encode import loads
from hiramu.ollama._ndjson import NDJSONDecoder, may_hold_long_integer


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b'{"n": 18446744073709551615}', True),  # 2**64 - 1: twenty digits, decoded exactly anyway
        (b'{"n": 1234567890123456789}', False),
        (b'{"n": 12345678901234567890123}', True),
        (b'{"n": -99999999999999999999}', True),
        (b'{"s": "1234567890 1234567890"}', False),
        (b"", False),
    ],
)
def test_long_digit_runs_are_found(raw: bytes, expected: bool) -> None:
    assert may_hold_long_integer(raw) is expected


@pytest.mark.parametrize("number", [2**64, 2**64 + 1, -(2**70), 10**30 + 7])
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
