"""JSON Schema from Python types and functions: a table of types, docstring styles, tool definitions."""

from __future__ import annotations

import collections.abc
import dataclasses
import datetime
import enum
import functools
import typing
import uuid
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any, Literal, NewType, NotRequired, Optional, TypedDict, Union

import attrs
import jsonschema
import pydantic
import pytest
from hiramu.ollama._docstrings import parse_docstring
from hiramu.ollama._schema import function_schema, type_schema
from hiramu.ollama._tools import encode_tools, tool_schema


class Color(enum.Enum):
    RED = "red"
    GREEN = "green"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


UserId = NewType("UserId", int)


@dataclasses.dataclass
class Point:
    """A point on the plane.

    Attributes:
        x: Horizontal position.
        y: Vertical position.
    """

    x: float
    y: float = 0.0


@dataclasses.dataclass
class Tagged:
    label: str
    tags: list[str] = dataclasses.field(default_factory=list, metadata={"description": "Free-form labels."})


@attrs.define
class Box:
    corner: Point
    size: Annotated[int, "Edge length in cm."]
    _secret: str = "s"


class Movie(TypedDict):
    title: str
    year: NotRequired[int]


class Owner(pydantic.BaseModel):
    name: str


class Pet(pydantic.BaseModel):
    """A pet and its owner."""

    name: str
    kind: Literal["cat", "dog"]
    owner: Owner | None = None


@dataclasses.dataclass
class Tree:
    value: int
    children: list[Tree]


POINT_PROPERTIES = {
    "x": {"type": "number", "description": "Horizontal position."},
    "y": {"type": "number", "description": "Vertical position.", "default": 0.0},
}

# (type, schema for tools, schema for format); None means "the same as for tools".
TYPE_TABLE: list[tuple[Any, dict[str, Any], dict[str, Any] | None]] = [
    (str, {"type": "string"}, None),
    (int, {"type": "integer"}, None),
    (float, {"type": "number"}, None),
    (bool, {"type": "boolean"}, None),
    (type(None), {"type": "null"}, None),
    (Any, {}, None),
    (UserId, {"type": "integer"}, None),
    (Path, {"type": "string"}, None),
    (datetime.datetime, {"type": "string", "format": "date-time"}, None),
    (datetime.date, {"type": "string", "format": "date"}, None),
    (uuid.UUID, {"type": "string", "format": "uuid"}, None),
    (Literal["c", "f"], {"type": "string", "enum": ["c", "f"]}, None),
    (Literal[1, 2, 3], {"type": "integer", "enum": [1, 2, 3]}, None),
    (Literal["auto", 0], {"type": ["string", "integer"], "enum": ["auto", 0]}, None),
    (Color, {"type": "string", "enum": ["red", "green"]}, None),
    (Level, {"type": "integer", "enum": [1, 2]}, None),
    (list[int], {"type": "array", "items": {"type": "integer"}}, None),
    (Sequence[str], {"type": "array", "items": {"type": "string"}}, None),
    (collections.abc.Iterable[float], {"type": "array", "items": {"type": "number"}}, None),
    (list, {"type": "array"}, None),
    (set[str], {"type": "array", "items": {"type": "string"}, "uniqueItems": True}, None),
    (tuple[int, ...], {"type": "array", "items": {"type": "integer"}}, None),
    (
        tuple[int, str],
        {
            "type": "array",
            "prefixItems": [{"type": "integer"}, {"type": "string"}],
            "minItems": 2,
            "maxItems": 2,
        },
        None,
    ),
    (dict[str, int], {"type": "object", "additionalProperties": {"type": "integer"}}, None),
    (
        Mapping[str, list[str]],
        {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
        None,
    ),
    (dict, {"type": "object"}, None),
    (Optional[str], {"type": ["string", "null"]}, None),  # noqa: UP045 - the spelling under test
    (int | str, {"type": ["integer", "string"]}, None),
    (
        Union[int, list[int]],  # noqa: UP007 - the spelling under test
        {"anyOf": [{"type": "integer"}, {"type": "array", "items": {"type": "integer"}}]},
        None,
    ),
    (list[int] | None, {"anyOf": [{"type": "array", "items": {"type": "integer"}}, {"type": "null"}]}, None),
    (int | Any, {}, None),
    (Annotated[str, "A city name."], {"type": "string", "description": "A city name."}, None),
    (
        Annotated[int, pydantic.Field(description="Days ahead.")],
        {"type": "integer", "description": "Days ahead."},
        None,
    ),
    (
        Point,
        {
            "type": "object",
            "description": "A point on the plane.",
            "properties": POINT_PROPERTIES,
            "required": ["x"],
        },
        {
            "type": "object",
            "description": "A point on the plane.",
            "properties": POINT_PROPERTIES,
            "required": ["x"],
            "additionalProperties": False,
        },
    ),
    (
        Tagged,
        {
            "type": "object",
            "properties": {
                "label": {"type": "string"},
                "tags": {"type": "array", "items": {"type": "string"}, "description": "Free-form labels."},
            },
            "required": ["label"],
        },
        {
            "type": "object",
            "properties": {
                "label": {"type": "string"},
                "tags": {"type": "array", "items": {"type": "string"}, "description": "Free-form labels."},
            },
            "required": ["label"],
            "additionalProperties": False,
        },
    ),
    (
        Box,
        {
            "type": "object",
            "properties": {
                "corner": {
                    "type": "object",
                    "description": "A point on the plane.",
                    "properties": POINT_PROPERTIES,
                    "required": ["x"],
                },
                "size": {"type": "integer", "description": "Edge length in cm."},
                "secret": {"type": "string", "default": "s"},
            },
            "required": ["corner", "size"],
        },
        {
            "type": "object",
            "properties": {
                "corner": {
                    "type": "object",
                    "description": "A point on the plane.",
                    "properties": POINT_PROPERTIES,
                    "required": ["x"],
                    "additionalProperties": False,
                },
                "size": {"type": "integer", "description": "Edge length in cm."},
                "secret": {"type": "string", "default": "s"},
            },
            "required": ["corner", "size"],
            "additionalProperties": False,
        },
    ),
    (
        Movie,
        {
            "type": "object",
            "properties": {"title": {"type": "string"}, "year": {"type": "integer"}},
            "required": ["title"],
        },
        {
            "type": "object",
            "properties": {"title": {"type": "string"}, "year": {"type": "integer"}},
            "required": ["title"],
            "additionalProperties": False,
        },
    ),
    (
        Pet,
        {
            "description": "A pet and its owner.",
            "properties": {
                "name": {"type": "string"},
                "kind": {"enum": ["cat", "dog"], "type": "string"},
                "owner": {
                    "anyOf": [
                        {"properties": {"name": {"type": "string"}}, "required": ["name"], "type": "object"},
                        {"type": "null"},
                    ],
                    "default": None,
                },
            },
            "required": ["name", "kind"],
            "type": "object",
        },
        {
            "description": "A pet and its owner.",
            "properties": {
                "name": {"title": "Name", "type": "string"},
                "kind": {"enum": ["cat", "dog"], "title": "Kind", "type": "string"},
                "owner": {
                    "anyOf": [
                        {
                            "properties": {"name": {"title": "Name", "type": "string"}},
                            "required": ["name"],
                            "title": "Owner",
                            "type": "object",
                        },
                        {"type": "null"},
                    ],
                    "default": None,
                },
            },
            "required": ["name", "kind"],
            "title": "Pet",
            "type": "object",
        },
    ),
    (
        Tree,
        {
            "type": "object",
            "properties": {
                "value": {"type": "integer"},
                "children": {"type": "array", "items": {"type": "object"}},
            },
            "required": ["value", "children"],
        },
        {
            "$ref": "#/$defs/Tree",
            "$defs": {
                "Tree": {
                    "type": "object",
                    "properties": {
                        "value": {"type": "integer"},
                        "children": {"type": "array", "items": {"$ref": "#/$defs/Tree"}},
                    },
                    "required": ["value", "children"],
                    "additionalProperties": False,
                }
            },
        },
    ),
]


@pytest.mark.parametrize(("tp", "tool", "fmt"), TYPE_TABLE, ids=[repr(row[0]) for row in TYPE_TABLE])
def test_type_schema_table(tp: Any, tool: dict[str, Any], fmt: dict[str, Any] | None) -> None:
    assert type_schema(tp, mode="tool") == tool
    assert type_schema(tp, mode="format") == (tool if fmt is None else fmt)


@pytest.mark.parametrize(("tp", "tool", "fmt"), TYPE_TABLE, ids=[repr(row[0]) for row in TYPE_TABLE])
def test_format_schemas_are_valid_json_schema(
    tp: Any, tool: dict[str, Any], fmt: dict[str, Any] | None
) -> None:
    jsonschema.Draft202012Validator.check_schema(type_schema(tp, mode="format"))


def test_recursive_schema_accepts_nested_documents() -> None:
    validator = jsonschema.Draft202012Validator(type_schema(Tree))
    assert validator.is_valid({"value": 1, "children": [{"value": 2, "children": []}]})
    assert not validator.is_valid({"value": 1, "children": [{"value": "two", "children": []}]})
    assert not validator.is_valid({"value": 1, "children": [], "extra": True})


class Category(pydantic.BaseModel):
    name: str
    parent: Category | None = None


def test_recursive_pydantic_model_keeps_its_definitions_for_format_and_is_cut_for_tools() -> None:
    assert type_schema(Category, mode="format") == Category.model_json_schema()
    parent = type_schema(Category, mode="tool")["properties"]["parent"]
    assert parent == {"anyOf": [{"type": "object"}, {"type": "null"}], "default": None}


def test_tool_mode_uses_no_refs_for_pydantic_definitions() -> None:
    schema = type_schema(Pet, mode="tool")
    text = repr(schema)
    assert "$ref" not in text and "$defs" not in text and "title" not in text


def test_property_named_title_survives_title_stripping() -> None:
    class Book(pydantic.BaseModel):
        title: str

    assert type_schema(Book, mode="tool")["properties"] == {"title": {"type": "string"}}


@pytest.mark.parametrize("tp", [bytes, complex, dict[int, str], object()])
def test_unsupported_types_are_refused(tp: Any) -> None:
    with pytest.raises(TypeError):
        type_schema(tp)


def get_weather(
    city: str,
    unit: Literal["celsius", "fahrenheit"] = "celsius",
    days: list[int] | None = None,
    color: Color = Color.RED,
    at: Point | None = None,
    *args: int,
    **kwargs: str,
) -> str:
    """Get the weather forecast for a city.

    Uses the cached forecast when one exists.

    Args:
        city (str): The city's name,
            in English.
        unit: Temperature unit.
        days: Which days ahead to report.

    Returns:
        The forecast as text.
    """
    return city


def test_tool_schema_of_a_documented_function() -> None:
    assert tool_schema(get_weather) == {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Get the weather forecast for a city.\n\nUses the cached forecast when one exists.",
            "parameters": {
                "type": "object",
                "properties": {
                    "city": {"type": "string", "description": "The city's name, in English."},
                    "unit": {
                        "type": "string",
                        "enum": ["celsius", "fahrenheit"],
                        "description": "Temperature unit.",
                        "default": "celsius",
                    },
                    "days": {
                        "anyOf": [{"type": "array", "items": {"type": "integer"}}, {"type": "null"}],
                        "description": "Which days ahead to report.",
                        "default": None,
                    },
                    "color": {"type": "string", "enum": ["red", "green"], "default": "red"},
                    "at": {
                        "anyOf": [
                            {
                                "type": "object",
                                "description": "A point on the plane.",
                                "properties": POINT_PROPERTIES,
                                "required": ["x"],
                            },
                            {"type": "null"},
                        ],
                        "default": None,
                    },
                },
                "required": ["city"],
            },
        },
    }


def numpy_style(count: int, names: list[str], flag: bool = False) -> None:
    """Count things.

    Parameters
    ----------
    count : int
        How many.
        At most ten.
    names, flag : list of str, bool
        Shared text.

    Returns
    -------
    None
    """


def rest_style(count: int, name: str) -> None:
    """Count things.

    :param count: How many
        things.
    :param str name: Who counts.
    :returns: nothing
    """


def undocumented(value, other: int = 3):  # type: ignore[no-untyped-def]
    return value


@pytest.mark.parametrize(
    ("func", "descriptions"),
    [
        (numpy_style, {"count": "How many. At most ten.", "names": "Shared text.", "flag": "Shared text."}),
        (rest_style, {"count": "How many things.", "name": "Who counts."}),
    ],
)
def test_numpy_and_rest_docstrings(func: Any, descriptions: dict[str, str]) -> None:
    function = tool_schema(func)["function"]
    assert function["description"] == "Count things."
    found = {name: prop.get("description") for name, prop in function["parameters"]["properties"].items()}
    assert found == descriptions


def test_unannotated_parameters_accept_anything_and_no_docstring_means_no_description() -> None:
    function = tool_schema(undocumented)["function"]
    assert "description" not in function
    assert function["parameters"] == {
        "type": "object",
        "properties": {"value": {}, "other": {"type": "integer", "default": 3}},
        "required": ["value"],
    }


def test_docstring_sections_do_not_leak_into_the_description() -> None:
    parsed = parse_docstring(
        """Summary here.

        Note:
            Internal detail.

        Args:
            a: First.
            b (int, optional): Second,
                continued.
            *rest: Others.
        """
    )
    assert parsed.description == "Summary here."
    assert parsed.params == {"a": "First.", "b": "Second, continued.", "rest": "Others."}


class Greeter:
    def __call__(self, name: str, polite: bool = True) -> str:
        """Greet someone.

        Args:
            name: Who to greet.
        """
        return f"hello {name}"


def scale(value: float, factor: float) -> float:
    """Multiply two numbers."""
    return value * factor


def test_tool_schema_of_callable_objects_partials_and_overrides() -> None:
    greeter = tool_schema(Greeter())["function"]
    assert greeter["name"] == "Greeter"
    assert greeter["parameters"]["properties"]["name"] == {"type": "string", "description": "Who to greet."}
    assert greeter["parameters"]["required"] == ["name"]

    double = functools.partial(scale, factor=2.0)
    assert tool_schema(double)["function"]["description"] == "Multiply two numbers."
    doubled = tool_schema(double, name="double", description="Double a number.")["function"]
    assert doubled["name"] == "double"
    assert doubled["description"] == "Double a number."
    assert doubled["parameters"]["required"] == ["value"]
    assert doubled["parameters"]["properties"]["factor"] == {"type": "number", "default": 2.0}


def test_encode_tools_mixes_functions_and_definitions() -> None:
    definition = {"type": "function", "function": {"name": "ping", "parameters": {"type": "object"}}}
    encoded = encode_tools([scale, definition])
    assert encoded == [tool_schema(scale), definition]
    assert encode_tools(scale) == [tool_schema(scale)]
    assert encode_tools(None) is None


def test_function_schema_in_format_mode_forbids_extra_keys_in_records() -> None:
    def place(at: Point) -> None:
        """Place."""

    schema = function_schema(place, mode="format")
    assert schema["function"]["parameters"]["properties"]["at"]["additionalProperties"] is False


def test_generic_alias_record_and_typing_spellings() -> None:
    assert type_schema(typing.List[int]) == {"type": "array", "items": {"type": "integer"}}  # noqa: UP006
    assert type_schema(typing.Dict[str, bool]) == {  # noqa: UP006
        "type": "object",
        "additionalProperties": {"type": "boolean"},
    }
