"""Property: any value of a record type, written as JSON, fits the type's schema and parses back equal."""

from __future__ import annotations

import dataclasses
import enum
import json
from typing import Literal

import attrs
import jsonschema
from hiramu.ollama._schema import type_schema
from hiramu.ollama._structured import parse_as
from hiramu.ollama._tools import tool_result_text
from hypothesis import given, settings
from hypothesis import strategies as st


class Mood(enum.Enum):
    CALM = "calm"
    LOUD = "loud"


@dataclasses.dataclass(frozen=True)
class Leaf:
    label: str
    weight: float
    mood: Mood


@attrs.frozen
class Branch:
    name: str
    kind: Literal["oak", "pine", 3]
    leaves: tuple[Leaf, ...]
    extra: dict[str, int | None]
    best: Leaf | None = None
    tags: list[str] = attrs.field(factory=list)


finite = st.floats(allow_nan=False, allow_infinity=False, width=64)
leaves = st.builds(Leaf, label=st.text(), weight=finite, mood=st.sampled_from(Mood))
branches = st.builds(
    Branch,
    name=st.text(),
    kind=st.sampled_from(["oak", "pine", 3]),
    leaves=st.lists(leaves, max_size=3).map(tuple),
    extra=st.dictionaries(st.text(), st.none() | st.integers(-(2**53), 2**53), max_size=3),
    best=st.none() | leaves,
    tags=st.lists(st.text(), max_size=3),
)

SCHEMA = type_schema(Branch)


@settings(max_examples=60, deadline=None)
@given(branches)
def test_records_round_trip_through_json(branch: Branch) -> None:
    text = tool_result_text(branch)
    jsonschema.validate(json.loads(text), SCHEMA)
    assert parse_as(Branch, text) == branch
