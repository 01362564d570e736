"""Helpers of the fake-Ollama suite."""

from __future__ import annotations

from typing import TypeVar

from hiramu.ollama.types import Unset

T = TypeVar("T")


def given(value: T | Unset | None) -> T:
    """A field the server or the client is expected to have set."""
    assert not isinstance(value, Unset) and value is not None, "the field is missing"
    return value
