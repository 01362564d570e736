"""Decoding answers: no JSON value escapes as anything but `DecodeError`; missing fields read as Go reads them.

The models an answer can contain are found from the spec, as the generator finds them. For each,
hypothesis builds JSON objects with the model's own keys (so that nested models are reached) whose
values are either of the right kind or arbitrary JSON, and arbitrary JSON documents as well.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import pytest
from hiramu.ollama import DecodeError, models
from hiramu.ollama import _wire as wire
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from paths import SPEC_PATH

from generator import driver

SPEC = driver.load_spec(SPEC_PATH)
ANSWER_MODELS = sorted(
    name
    for name in driver.answer_schemas(SPEC)
    if SPEC["components"]["schemas"][name].get("type") == "object" and hasattr(models, name)
)

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=12,
)


def _model_class(kind: wire.Kind) -> type[wire.WireMapping] | None:
    name = getattr(kind, "class_name", None)
    return getattr(models, name) if isinstance(name, str) else None


def _valid(kind: wire.Kind, depth: int) -> st.SearchStrategy[Any]:
    """JSON values of one kind (nulls only where the kind takes them)."""
    cls = _model_class(kind)
    if cls is not None:
        return _document(cls, depth + 1, valid=True)
    if isinstance(kind, type(wire.list_of(wire.STR))):
        return st.lists(_valid(kind.item, depth), max_size=3)  # type: ignore[attr-defined]
    if isinstance(kind, type(wire.one_of(wire.STR))):
        return st.one_of(*(_valid(choice, depth) for choice in kind.choices))  # type: ignore[attr-defined]
    scalars: dict[str, st.SearchStrategy[Any]] = {
        "string": st.text(max_size=8),
        "integer": st.integers(),
        "number": st.floats(allow_nan=False, allow_infinity=False) | st.integers(),
        "boolean": st.booleans(),
        "null": st.none(),
        "object": st.dictionaries(st.text(max_size=6), JSON, max_size=3),
        "any JSON value": JSON,
        "UUID": st.uuids().map(str),
    }
    if kind.name in scalars:
        return scalars[kind.name]
    values = getattr(kind, "values", None)
    assert values, f"no strategy for kind {kind.name}"
    return st.sampled_from(values)


def _document(
    cls: type[wire.WireMapping], depth: int = 0, *, valid: bool
) -> st.SearchStrategy[dict[str, Any]]:
    """JSON objects with the model's keys: values of the right kind, or (valid=False) sometimes anything."""
    if depth > 3:
        return st.just({})
    optional = {}
    for field in cls._fields:
        right = _valid(field.kind, depth)
        optional[field.wire] = right if valid else st.one_of(right, JSON)
    return st.fixed_dictionaries({}, optional=optional)


@pytest.mark.parametrize("name", ANSWER_MODELS)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_json_decodes_or_raises_decode_error(name: str, data: st.DataObject) -> None:
    cls = getattr(models, name)
    document = data.draw(st.one_of(JSON, _document(cls, valid=False)))
    try:
        parsed = cls.from_dict(document)
    except DecodeError as error:
        assert str(error).startswith(name), str(error)
        assert error.expected and error.got
        return
    # Whatever decodes can be written back and read through the mapping protocol.
    written = parsed.to_dict()
    assert json.loads(json.dumps(written)) == written
    assert dict(parsed.items()).keys() == written.keys()


@pytest.mark.parametrize("name", ANSWER_MODELS)
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_valid_json_round_trips(name: str, data: st.DataObject) -> None:
    cls = getattr(models, name)
    document = data.draw(_document(cls, valid=True))
    parsed = cls.from_dict(document)
    assert parsed.to_dict() == document
    assert set(parsed) == set(document)
    assert len(parsed) == len(document)


def test_answer_models_are_found() -> None:
    assert {"ChatResponse", "GenerateResponse", "ShowResponse", "Message", "ToolCallFunction"} <= set(
        ANSWER_MODELS
    )


@pytest.mark.parametrize("name", ANSWER_MODELS)
def test_no_unset_in_answer_types(name: str) -> None:
    annotations = getattr(models, name).__annotations__
    assert not [field for field, text in annotations.items() if "Unset" in str(text)]


# Missing fields: the Go zero value for a field the server always sends, None for the others.


def test_an_empty_chunk_reads_as_go_zero_values() -> None:
    chunk = models.ChatResponse.from_dict({})
    assert (chunk.model, chunk.created_at, chunk.done) == ("", "", False)
    assert (chunk.message.role, chunk.message.content) == ("", "")
    assert chunk.message.thinking is None and chunk.message.tool_calls is None
    assert chunk.eval_count is None and chunk.debug_info is None


def test_zero_values_stay_absent() -> None:
    chunk = models.ChatResponse.from_dict({"done": True})
    assert "model" not in chunk and "message" not in chunk and "done" in chunk
    assert chunk.get("model") is None and chunk.get("model", "x") == "x"
    with pytest.raises(KeyError):
        chunk["message"]
    assert chunk.to_dict() == {"done": True}
    assert chunk.message.to_dict() == {}
    assert list(chunk) == ["done"] and len(chunk) == 1


def test_mutable_zero_values_are_not_shared() -> None:
    first, second = models.ListResponse.from_dict({}), models.ListResponse.from_dict({})
    assert first.models == [] and first.models is not second.models
    shown = models.ShowResponse.from_dict({})
    assert shown.model_info == {} and len(shown.model_info) == 0


def test_details_without_families_is_not_an_error() -> None:
    shown = models.ShowResponse.from_dict(
        {"details": {"format": "gguf", "family": "llama"}, "model_info": {}, "modified_at": "t"}
    )
    assert shown.details.families is None  # Go's nil slice
    assert shown.details.parent_model == "" and "families" not in shown.details
    assert shown.to_dict()["details"] == {"format": "gguf", "family": "llama"}


def test_assigning_a_missing_field_makes_it_present() -> None:
    chunk = models.ChatResponse.from_dict({})
    chunk.model = "m"
    chunk["done"] = True
    assert chunk.to_dict() == {"model": "m", "done": True}
    del chunk["model"]
    assert "model" not in chunk and chunk.model == ""


def test_null_reads_as_go_reads_it() -> None:
    message = models.Message.from_dict({"role": "assistant", "content": None, "thinking": None})
    assert message.content == "" and message.thinking is None
    assert "thinking" not in message
    details = models.ModelDetails.from_dict({"families": None})
    assert details.families is None and details.to_dict() == {"families": None}


def test_free_form_objects_are_dicts() -> None:
    call = models.ToolCall.from_dict({"function": {"index": 0, "name": "f", "arguments": {"a": [1]}}})
    assert call.function.arguments == {"a": [1]} and type(call.function.arguments) is dict
    shown = models.ShowResponse.from_dict({"model_info": {"general.architecture": "llama"}})
    assert len(shown.model_info) == 1


def test_models_are_mappings() -> None:
    line = {"model": "m", "created_at": "t", "message": {"role": "assistant", "content": "hi"}, "done": False}
    chunk = models.ChatResponse.from_dict({**line, "new": 1})
    assert isinstance(chunk, Mapping)
    assert chunk["message"]["content"] == "hi"
    assert list(chunk.keys()) == [*line, "new"]
    assert dict(chunk.items())["new"] == 1
    assert len(chunk.values()) == 5 and len(chunk) == 5


def test_models_built_in_python_send_what_was_given() -> None:
    message = models.Message(role="user", content="hi")
    assert message.to_dict() == {"role": "user", "content": "hi"}
    assert "thinking" not in message and len(message) == 2


# Errors name the model and the field.


@pytest.mark.parametrize(
    ("name", "document", "text"),
    [
        ("ShowResponse", {"details": {"families": 3}}, "ShowResponse.details.families: expected array"),
        ("ChatResponse", [1], "ChatResponse: expected object, got array"),
        ("ChatResponse", {"done": "yes"}, "ChatResponse.done: expected boolean, got string"),
        ("ChatResponse", {"eval_count": 1.5}, "ChatResponse.eval_count: expected integer, got number"),
        ("ChatResponse", {"eval_count": True}, "ChatResponse.eval_count: expected integer, got boolean"),
        (
            "ChatResponse",
            {"message": {"tool_calls": [{"function": {"name": 3}}]}},
            "ChatResponse.message.tool_calls[0].function.name: expected string, got int",
        ),
        (
            "ShowResponse",
            {"tensors": [{"shape": [1, "2"]}]},
            "ShowResponse.tensors[0].shape[1]: expected integer",
        ),
        ("ShowResponse", {"model_info": []}, "ShowResponse.model_info: expected object, got array"),
        (
            "EmbedResponse",
            {"embeddings": [[0.5] * 20 + [None]]},
            "EmbedResponse.embeddings[0][20]: expected number",
        ),
        ("UserResponse", {"id": "nope"}, "UserResponse.id: expected UUID, got string"),
    ],
)
def test_decode_errors_say_where(name: str, document: Any, text: str) -> None:
    with pytest.raises(DecodeError) as caught:
        getattr(models, name).from_dict(document)
    assert str(caught.value).startswith(text), str(caught.value)
    assert caught.value.model == name
