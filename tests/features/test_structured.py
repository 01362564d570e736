"""Structured output: schemas for `format=`, answers parsed into classes, typed errors for bad answers."""

from __future__ import annotations

import dataclasses
import datetime
import enum
import json
from typing import Any, Literal, TypedDict

import attrs
import jsonschema
import pydantic
import pytest
from hiramu.ollama import AsyncClient, Client, OllamaError, StructuredOutputError
from hiramu.ollama._convert import ConversionError, convert
from hiramu.ollama._structured import encode_format, parse_as, schema_of

from features.support import CHAT_MODEL


class Size(enum.Enum):
    SMALL = "small"
    LARGE = "large"


@dataclasses.dataclass(frozen=True)
class Point:
    x: float
    y: float


@attrs.frozen
class Shape:
    name: str
    size: Size
    corners: tuple[Point, ...]
    seen: datetime.date | None = None
    tags: frozenset[str] = frozenset()


class Movie(TypedDict):
    title: str
    year: int


class Review(pydantic.BaseModel):
    movie: str
    stars: Literal[1, 2, 3, 4, 5]
    summary: str


@dataclasses.dataclass
class City:
    name: str
    population: int
    kind: Literal["town", "city"]
    districts: list[str]


SHAPE_TEXT = json.dumps(
    {
        "name": "kite",
        "size": "large",
        "corners": [{"x": 0, "y": 1.5}, {"x": 2, "y": 0}],
        "seen": "2026-11-26",
        "tags": ["a", "b"],
    }
)


def test_parse_as_builds_nested_records_with_their_types() -> None:
    shape = parse_as(Shape, SHAPE_TEXT)
    assert shape == Shape(
        name="kite",
        size=Size.LARGE,
        corners=(Point(0.0, 1.5), Point(2.0, 0.0)),
        seen=datetime.date(2026, 11, 26),
        tags=frozenset({"a", "b"}),
    )
    assert isinstance(shape.corners[0].x, float)


def test_parse_as_typed_dicts_lists_and_pydantic() -> None:
    assert parse_as(Movie, '{"title": "Alien", "year": 1979}') == {"title": "Alien", "year": 1979}
    assert parse_as(list[Point], '[{"x": 1, "y": 2}]') == [Point(1.0, 2.0)]
    review = parse_as(Review, '{"movie": "Alien", "stars": 5, "summary": "Tense."}')
    assert review == Review(movie="Alien", stars=5, summary="Tense.")


@pytest.mark.parametrize(
    ("target", "text", "path", "reason"),
    [
        (
            Shape,
            '{"name": "kite", "size": "huge", "corners": []}',
            "$.size",
            "expected one of 'small', 'large', got 'huge'",
        ),
        (
            Shape,
            '{"name": "kite", "size": "small", "corners": [{"x": "1", "y": 2}]}',
            "$.corners[0].x",
            "expected a number, got a string",
        ),
        (Shape, '{"name": "kite", "size": "small"}', "$", "missing required key 'corners' for Shape"),
        (Point, '{"x": 1, "y": 2, "z": 3}', "$", "unexpected key(s) 'z' for Point"),
        (Point, "[1, 2]", "$", "expected an object (Point), got an array"),
        (Movie, '{"title": "Alien", "year": true}', "$.year", "expected an integer, got a boolean"),
        (list[Point], '[{"x": 1, "y": 2}, null]', "$[1]", "expected an object (Point), got null"),
        (
            Shape,
            '{"name": "k", "size": "small", "corners": [], "seen": "yesterday"}',
            "$.seen",
            "expected date",
        ),
    ],
)
def test_schema_mismatch_names_the_place(target: Any, text: str, path: str, reason: str) -> None:
    with pytest.raises(StructuredOutputError) as caught:
        parse_as(target, text)
    error = caught.value
    assert isinstance(error, OllamaError)
    assert error.text == text
    assert error.path == path
    assert error.reason.startswith(reason)
    assert isinstance(error.__cause__, ConversionError)


@pytest.mark.parametrize("text", ['{"x": 1, "y":', "not json", '{"x": 1} trailing', ""])
def test_invalid_json_is_a_typed_error_with_the_raw_text(text: str) -> None:
    with pytest.raises(StructuredOutputError) as caught:
        parse_as(Point, text)
    assert caught.value.text == text
    assert caught.value.path is None
    assert caught.value.reason.startswith(("invalid JSON", "the answer is empty"))


def test_pydantic_errors_are_structured_output_errors() -> None:
    with pytest.raises(StructuredOutputError) as caught:
        parse_as(Review, '{"movie": "Alien", "stars": 9, "summary": "x"}')
    assert caught.value.path == "$.stars"
    assert isinstance(caught.value.__cause__, pydantic.ValidationError)
    with pytest.raises(StructuredOutputError) as invalid:
        parse_as(Review, '{"movie": ')
    assert invalid.value.reason.startswith("invalid JSON")
    assert invalid.value.path is None


def test_parsing_is_strict_but_tool_conversion_is_lenient() -> None:
    with pytest.raises(ConversionError):
        convert(int, "3")
    assert convert(int, "3", lenient=True) == 3
    assert convert(bool, "true", lenient=True) is True
    assert convert(Size, "LARGE", lenient=True) is Size.LARGE
    assert convert(Literal[1, 2], "2", lenient=True) == 2
    # Exact matches win in unions, so text stays text when text is allowed.
    assert convert(int | str, "3", lenient=True) == "3"
    assert convert(int, 3.0) == 3
    with pytest.raises(ConversionError):
        convert(int, 3.5)
    with pytest.raises(ConversionError):
        convert(Literal[1], True)  # True == 1 in Python, not in JSON


def test_schema_of_and_encode_format() -> None:
    explicit = {"type": "object", "properties": {"a": {"type": "integer"}}}
    assert schema_of(explicit) == explicit and schema_of(explicit) is not explicit
    assert schema_of(City)["additionalProperties"] is False
    assert encode_format(None) is None
    assert encode_format("json") == "json"
    assert encode_format(explicit) is explicit
    assert encode_format(City) == schema_of(City)
    assert encode_format(list[Point]) == {"type": "array", "items": schema_of(Point)}
    with pytest.raises(TypeError):
        schema_of("json")


ROOMY = {"num_predict": 1000, "seed": 7}


@pytest.mark.parametrize("target", [City, Shape, Review, Movie])
def test_chat_parse_against_the_server(client: Client, target: Any) -> None:
    result = client.chat_parse(
        CHAT_MODEL, messages=[{"role": "user", "content": "Describe one."}], format=target, options=ROOMY
    )
    content = result.response.message.content
    assert isinstance(content, str)
    jsonschema.validate(json.loads(content), schema_of(target))
    assert result.value == parse_as(target, content)
    if isinstance(target, type) and not isinstance(result.value, dict):
        assert isinstance(result.value, target)


async def test_async_chat_and_generate_parse(aclient: AsyncClient) -> None:
    chat = await aclient.chat_parse(
        CHAT_MODEL, messages=[{"role": "user", "content": "A city?"}], format=City, options=ROOMY
    )
    assert isinstance(chat.value, City)
    assert chat.value.kind in ("town", "city")
    generated = await aclient.generate_parse(CHAT_MODEL, "A city?", format=City, options=ROOMY)
    assert isinstance(generated.value, City)
    assert generated.value == parse_as(City, str(generated.response.response))


def test_generate_parse_sync(client: Client) -> None:
    result = client.generate_parse(CHAT_MODEL, "Review a film.", format=Review, options=ROOMY)
    assert isinstance(result.value, Review)
    assert result.response.done is True


def test_answer_cut_off_by_the_token_limit_is_a_clear_error(client: Client) -> None:
    # The model's Modelfile caps answers at 32 tokens, too few for this object.
    with pytest.raises(StructuredOutputError) as caught:
        client.chat_parse(CHAT_MODEL, messages=[{"role": "user", "content": "A city?"}], format=City)
    error = caught.value
    assert error.response is not None and error.response.done_reason == "length"
    assert error.text == error.response.message.content
    assert "done_reason is 'length'" in str(error)


def test_format_class_through_the_plain_calls(client: Client) -> None:
    response = client.chat(
        CHAT_MODEL, messages=[{"role": "user", "content": "A point?"}], format=Point, options=ROOMY
    )
    assert isinstance(parse_as(Point, str(response.message.content)), Point)
    generated = client.generate(CHAT_MODEL, prompt="Points?", format=list[Point], options=ROOMY)
    points = parse_as(list[Point], str(generated.response))
    assert points and all(isinstance(point, Point) for point in points)
