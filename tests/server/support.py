"""Shared values and small functions for the bundled server's tests."""

from __future__ import annotations

import json
from typing import Any

import httpx

TOOLS: list[dict[str, Any]] = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Get the weather in a city",
            "parameters": {
                "type": "object",
                "required": ["city"],
                "properties": {
                    "city": {"type": "string", "description": "City name"},
                    "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                    "days": {"type": "integer", "description": "Forecast days"},
                },
            },
        },
    }
]


def lines(resp: httpx.Response) -> list[dict[str, Any]]:
    """The parsed lines of an NDJSON answer."""
    out = []
    for line in resp.text.splitlines():
        if line.strip():
            value = json.loads(line)
            assert isinstance(value, dict), line
            out.append(value)
    return out


def pull(client: httpx.Client, model: str) -> list[dict[str, Any]]:
    resp = client.post("/api/pull", json={"model": model})
    assert resp.status_code == 200, resp.text
    got = lines(resp)
    assert got[-1] == {"status": "success"}, got
    return got
